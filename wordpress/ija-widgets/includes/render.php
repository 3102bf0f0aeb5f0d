<?php
/**
 * The one renderer behind blocks and shortcodes: a widget's custom element, its attributes from a whitelist, its data
 * source, and a placeholder text shown until the element upgrades.
 *
 * @package IjaWidgets
 */

namespace IjaWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * The widgets: each one's element, the attributes a block or shortcode may set (the element's own names; a list of
 * values, 'text' or 'bool'), and the text shown until the script has run.
 *
 * @return array<string, array{tag: string, attributes: array<string, mixed>, placeholder: string}>
 */
function widgets(): array {
	$common = array(
		'lang'          => LANGUAGES,
		'theme'         => array( 'light', 'dark', 'auto' ),
		'heading-level' => array( '1', '2', '3', '4', '5', '6' ),
	);
	return array(
		'partner-map'      => array(
			'tag'         => 'ija-partner-map',
			'attributes'  => $common + array(
				'view'       => array( 'list', 'map', 'gaps', 'join' ),
				'category'   => array( 'vereine', 'jugendarbeit', 'politik', 'schule-beruf' ),
				'type'       => 'text',
				'offer'      => 'text',
				'new-to-ija' => 'bool',
				'join'       => 'bool',
			),
			'placeholder' => __( 'The partner network is loading …', 'ija-widgets' ),
		),
		'workshop-agenda'  => array(
			'tag'         => 'ija-workshop-agenda',
			'attributes'  => $common + array(
				'agenda-id' => 'text',
				'variant'   => array( 'default', 'projector' ),
			),
			'placeholder' => __( 'The programme is loading …', 'ija-widgets' ),
		),
		'leitfragen-board' => array(
			'tag'         => 'ija-leitfragen-board',
			'attributes'  => $common + array(
				'board-id' => 'text',
				'view'     => array( 'board', 'presentation', 'results' ),
				'plan-id'  => 'text',
			),
			'placeholder' => __( 'The guiding questions are loading …', 'ija-widgets' ),
		),
		'five-point-plan'  => array(
			'tag'         => 'ija-five-point-plan',
			'attributes'  => $common + array(
				'plan-id' => 'text',
				'mode'    => array( 'plan', 'check' ),
			),
			'placeholder' => __( 'The five-point plan is loading …', 'ija-widgets' ),
		),
	);
}

/**
 * Renders a widget and enqueues its scripts.
 *
 * @param string               $widget A key of widgets().
 * @param array<string, mixed> $given  Element attributes (kebab-case) plus `source` (builtin | media | site | api,
 *                                     '' = `src`/`api` if given, else the setting), `src` and `api`. Others are dropped.
 * @return string HTML.
 */
function render_widget( string $widget, array $given ): string {
	$widgets = widgets();
	if ( ! isset( $widgets[ $widget ] ) ) {
		return '';
	}
	$spec       = $widgets[ $widget ];
	$attributes = allowed_attributes( $spec['attributes'], $given );
	$provider   = null;
	if ( ! isset( $attributes['lang'] ) && '' !== settings()['lang'] ) {
		$attributes = array( 'lang' => settings()['lang'] ) + $attributes;
	}

	$source = data_source( $widget, $given );
	if ( 'site' === $source['kind'] ) {
		$provider = array( 'data-ija-wp-rest' => rest_url( 'ija/v1' ) );
		if ( is_user_logged_in() ) {
			$provider['data-ija-wp-nonce'] = wp_create_nonce( 'wp_rest' );
			// Where a fresh nonce comes from when this one belongs to a session that ended while the page was open.
			$provider['data-ija-wp-nonce-url'] = admin_url( 'admin-ajax.php?action=rest-nonce' );
		}
		// Editing controls on the page only: not in the block editor's preview (rendered through the REST API).
		$on_page = ! ( defined( 'REST_REQUEST' ) && REST_REQUEST );
		if ( $on_page && 'partner-map' === $widget && current_user_can( 'ija_manage_network' ) ) {
			$attributes['admin'] = true;
		}
		if ( $on_page && in_array( $widget, array( 'workshop-agenda', 'five-point-plan' ), true ) && current_user_can( 'ija_edit_content' ) ) {
			$attributes['editable'] = true;
		}
	} elseif ( '' !== $source['url'] ) {
		$attributes[ $source['kind'] ] = $source['url'];
	}

	// Phrasing content only: the classic editor's wpautop wraps shortcodes that share a line in a <p>, and a <p>
	// inside it would close that <p> and the element with it, leaving the text outside the widget.
	$inner = '<span>' . esc_html( $spec['placeholder'] ) . '</span>';
	if ( 'partner-map' === $widget ) {
		$attributes += map_attributes();
		$inner      .= consent_slot();
	}

	enqueue_front_end();
	$html = '<' . $spec['tag'] . html_attributes( $attributes ) . '>' . $inner . '</' . $spec['tag'] . '>';
	return null === $provider ? $html : '<ija-provider' . html_attributes( $provider ) . '>' . $html . '</ija-provider>';
}

/**
 * The given attributes that the widget knows, each checked against its kind.
 *
 * @param array<string, mixed> $allowed The widget's attributes and their kinds.
 * @param array<string, mixed> $given   What the block or shortcode gave.
 * @return array<string, string|true>
 */
function allowed_attributes( array $allowed, array $given ): array {
	$attributes = array();
	foreach ( $allowed as $name => $kind ) {
		if ( ! isset( $given[ $name ] ) || ! is_scalar( $given[ $name ] ) ) {
			continue;
		}
		$value = trim( (string) $given[ $name ] );
		if ( 'bool' === $kind ) {
			if ( in_array( strtolower( $value ), array( '1', 'true', 'yes', 'ja', $name ), true ) ) {
				$attributes[ $name ] = true;
			}
		} elseif ( 'text' === $kind ) {
			$value = sanitize_text_field( $value );
			if ( '' !== $value ) {
				$attributes[ $name ] = $value;
			}
		} elseif ( in_array( $value, $kind, true ) ) {
			$attributes[ $name ] = $value;
		}
	}
	return $attributes;
}

/**
 * Where the widget's data comes from: `site` (this site's REST API, through a provider), `src` or `api` with a URL,
 * or `builtin` (the widget's own content). The board has no backend in WordPress: "this site" (and the default
 * source) means the live-board server of the settings, and without one the board shows its built-in content.
 *
 * @param string               $widget A key of widgets().
 * @param array<string, mixed> $given  The block's or shortcode's attributes.
 * @return array{kind: string, url: string}
 */
function data_source( string $widget, array $given ): array {
	$settings = settings();
	$text     = static fn ( string $key ): string => isset( $given[ $key ] ) && is_scalar( $given[ $key ] ) ? trim( (string) $given[ $key ] ) : '';
	$src      = esc_url_raw( $text( 'src' ), array( 'http', 'https' ) );
	$api      = esc_url_raw( $text( 'api' ), array( 'http', 'https' ) );
	$source   = $text( 'source' );
	$chosen   = in_array( $source, SOURCES, true );
	if ( ! $chosen ) {
		$source = '' !== $src ? 'media' : ( '' !== $api ? 'api' : $settings['source'] );
	}

	$builtin = array(
		'kind' => 'builtin',
		'url'  => '',
	);
	if ( 'media' === $source ) {
		return '' === $src ? $builtin : array(
			'kind' => 'src',
			'url'  => $src,
		);
	}
	if ( 'api' === $source ) {
		$url = '' !== $api ? $api : $settings['api_url'];
		return '' === $url ? $builtin : array(
			'kind' => 'api',
			'url'  => $url,
		);
	}
	if ( 'leitfragen-board' === $widget && ( 'site' === $source || ! $chosen ) ) {
		return '' === $settings['board_api_url'] ? $builtin : array(
			'kind' => 'api',
			'url'  => $settings['board_api_url'],
		);
	}
	return 'site' === $source ? array(
		'kind' => 'site',
		'url'  => '',
	) : $builtin;
}

/**
 * The map's tile server from the settings (the library's default when empty).
 *
 * @return array<string, string>
 */
function map_attributes(): array {
	$settings = settings();
	$names    = array(
		'tiles'           => 'tiles',
		'attribution'     => 'attribution',
		'attribution_url' => 'attribution-url',
	);
	$map      = array();
	foreach ( $names as $key => $name ) {
		if ( '' !== $settings[ $key ] ) {
			$map[ $name ] = $settings[ $key ];
		}
	}
	return $map;
}

/**
 * The consent text of the settings, in the map's consent panel in place of its own explanation.
 *
 * @return string HTML.
 */
function consent_slot(): string {
	$text = settings()['consent_text'];
	return '' === $text ? '' : '<span slot="consent">' . nl2br( esc_html( $text ) ) . '</span>';
}

/**
 * Attributes as HTML, each value escaped (true = a boolean attribute).
 *
 * @param array<string, string|true> $attributes Names and values.
 * @return string
 */
function html_attributes( array $attributes ): string {
	$html = '';
	foreach ( $attributes as $name => $value ) {
		$html .= true === $value ? ' ' . $name : ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	return $html;
}
