<?php
/**
 * Settings → IJA-Widgets: the option `ija_widgets` through the Settings API (cleaned by sanitize_settings()).
 *
 * @package IjaWidgets
 */

namespace IjaWidgets;

defined( 'ABSPATH' ) || exit;

const PAGE = 'ija-widgets';

add_action( 'admin_menu', __NAMESPACE__ . '\\add_settings_page' );

/** The page under Settings, for administrators. */
function add_settings_page(): void {
	add_options_page( __( 'IJA Widgets', 'ija-widgets' ), __( 'IJA Widgets', 'ija-widgets' ), 'manage_options', PAGE, __NAMESPACE__ . '\\settings_page' );
}

add_filter( 'plugin_action_links_' . plugin_basename( PLUGIN_FILE ), __NAMESPACE__ . '\\settings_link' );

/**
 * "Settings" beside "Deactivate" on the Plugins screen: where a webmaster looks first after activating.
 *
 * @param array<string, string> $links The plugin's action links.
 * @return array<string, string>
 */
function settings_link( array $links ): array {
	if ( current_user_can( 'manage_options' ) ) {
		$links = array( 'settings' => '<a href="' . esc_url( admin_url( 'options-general.php?page=' . PAGE ) ) . '">' . esc_html__( 'Settings', 'ija-widgets' ) . '</a>' ) + $links;
	}
	return $links;
}

add_action( 'admin_init', __NAMESPACE__ . '\\register_settings' );

/** The option, its sections and fields. */
function register_settings(): void {
	register_setting(
		PAGE,
		OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => __NAMESPACE__ . '\\sanitize_settings',
			'default'           => default_settings(),
		)
	);

	add_settings_section( 'data', __( 'Data', 'ija-widgets' ), '__return_null', PAGE );
	add_field(
		'data',
		'source',
		__( 'Default data source', 'ija-widgets' ),
		__( 'Used by new blocks and shortcodes that do not choose their own.', 'ija-widgets' ),
		array(
			'builtin' => __( 'Built-in content (the factsheet)', 'ija-widgets' ),
			'site'    => __( 'This site (WordPress)', 'ija-widgets' ),
			'api'     => __( 'Another backend (the API address below)', 'ija-widgets' ),
		)
	);
	add_field( 'data', 'api_url', __( 'API address', 'ija-widgets' ), __( 'Base URL of another backend that speaks the REST contract, for the data source "another backend".', 'ija-widgets' ), 'url' );
	add_field( 'data', 'board_api_url', __( 'Live-board server', 'ija-widgets' ), __( 'WordPress does not store guiding-questions boards: for live boards, give the address of an ija-widgets reference server (e.g. https://ija.example.de/api). Empty: boards show their built-in questions.', 'ija-widgets' ), 'url' );
	add_field( 'data', 'retention_days', __( 'Keep join requests for (days)', 'ija-widgets' ), __( 'Join requests contain personal data: once accepted or declined, they are deleted after this many days (1 to 3650). Open requests stay until someone in the network handles them.', 'ija-widgets' ), 'number' );

	add_settings_section( 'map', __( 'Map', 'ija-widgets' ), __NAMESPACE__ . '\\map_section_intro', PAGE );
	add_field( 'map', 'tiles', __( 'Tile server', 'ija-widgets' ), __( 'Address template of the map tiles, e.g. https://tiles.example.de/{z}/{x}/{y}.png. Empty: OpenStreetMap.', 'ija-widgets' ), 'text' );
	add_field( 'map', 'attribution', __( 'Map attribution', 'ija-widgets' ), __( 'The map data\'s credit, e.g. "© OpenStreetMap contributors".', 'ija-widgets' ), 'text' );
	add_field( 'map', 'attribution_url', __( 'Attribution link', 'ija-widgets' ), __( 'Where the credit links to (the tile server\'s licence page).', 'ija-widgets' ), 'url' );
	add_field( 'map', 'consent_text', __( 'Consent text', 'ija-widgets' ), __( 'Shown before the map loads, in place of the widget\'s own explanation: say who runs the tile server and link to your privacy notice in words. Empty: the widget\'s own text.', 'ija-widgets' ), 'textarea' );

	add_settings_section( 'language', __( 'Language', 'ija-widgets' ), '__return_null', PAGE );
	add_field(
		'language',
		'lang',
		__( 'Language of the widgets', 'ija-widgets' ),
		__( 'A block can choose another one.', 'ija-widgets' ),
		array(
			''                     => __( 'The site\'s language', 'ija-widgets' ),
			'de'                   => 'Deutsch',
			'de-x-leichte-sprache' => 'Leichte Sprache',
			'en'                   => 'English',
			'tr'                   => 'Türkçe',
			'ar'                   => 'العربية',
			'uk'                   => 'Українська',
			'pl'                   => 'Polski',
		)
	);
}

/** The map is consent-first whatever the tile server: say so where it is set. */
function map_section_intro(): void {
	echo '<p>' . esc_html__( 'The map loads no tile before the visitor agrees in its consent panel.', 'ija-widgets' ) . '</p>';
}

/**
 * One field: a labelled control with its description, tied to the control by aria-describedby.
 *
 * @param string                       $section     Section id.
 * @param string                       $key         Settings key.
 * @param string                       $label       Label.
 * @param string                       $description Description below the control.
 * @param string|array<string, string> $kind        'text', 'url', 'number', 'textarea' or the options of a select.
 */
function add_field( string $section, string $key, string $label, string $description, $kind ): void {
	add_settings_field(
		$key,
		$label,
		__NAMESPACE__ . '\\render_field',
		PAGE,
		$section,
		array(
			'label_for'   => 'ija-' . $key,
			'key'         => $key,
			'description' => $description,
			'kind'        => $kind,
		)
	);
}

/**
 * Prints a field's control (the label is WordPress's, through label_for).
 *
 * @param array{label_for: string, key: string, description: string, kind: string|array<string, string>} $field The field.
 */
function render_field( array $field ): void {
	$value = (string) settings()[ $field['key'] ];
	$id    = $field['label_for'];
	$attrs = 'id="' . esc_attr( $id ) . '" name="' . esc_attr( OPTION . '[' . $field['key'] . ']' ) . '" aria-describedby="' . esc_attr( $id . '-description' ) . '"';
	$kind  = $field['kind'];

	if ( is_array( $kind ) ) {
		echo '<select ' . $attrs . '>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above.
		foreach ( $kind as $option => $text ) {
			echo '<option value="' . esc_attr( $option ) . '"' . selected( $value, (string) $option, false ) . '>' . esc_html( $text ) . '</option>';
		}
		echo '</select>';
	} elseif ( 'textarea' === $kind ) {
		echo '<textarea ' . $attrs . ' rows="4" class="large-text">' . esc_textarea( $value ) . '</textarea>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above.
	} else {
		$extra = 'number' === $kind ? ' min="1" max="3650" class="small-text"' : ' class="regular-text"';
		echo '<input type="' . esc_attr( $kind ) . '" ' . $attrs . $extra . ' value="' . esc_attr( $value ) . '">'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above.
	}
	echo '<p class="description" id="' . esc_attr( $id . '-description' ) . '">' . esc_html( $field['description'] ) . '</p>';
}

/** The page. */
function settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1><form action="options.php" method="post">';
	settings_fields( PAGE );
	do_settings_sections( PAGE );
	submit_button();
	echo '</form></div>';
}
