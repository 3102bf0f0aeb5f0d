<?php
/**
 * A shortcode per widget for the classic editor: `[ija_partner_map src="…" category="politik" join]`,
 * `[ija_workshop_agenda source="site"]`, … with the elements' attribute names; the renderer drops unknown ones.
 *
 * @package IjaWidgets
 */

namespace IjaWidgets;

defined( 'ABSPATH' ) || exit;

add_action( 'init', __NAMESPACE__ . '\\register_shortcodes' );

/** `[ija_partner_map]`, `[ija_workshop_agenda]`, `[ija_leitfragen_board]`, `[ija_five_point_plan]`. */
function register_shortcodes(): void {
	foreach ( array_keys( widgets() ) as $widget ) {
		add_shortcode(
			'ija_' . str_replace( '-', '_', $widget ),
			static fn ( $attributes ) => render_widget( $widget, shortcode_attributes( $attributes ) )
		);
	}
}

/**
 * A shortcode's attributes by name; a bare word (`[ija_partner_map join]`) is a boolean attribute.
 *
 * @param array<int|string, string>|string $attributes As WordPress parsed them ('' when there are none).
 * @return array<string, string>
 */
function shortcode_attributes( $attributes ): array {
	$named = array();
	foreach ( is_array( $attributes ) ? $attributes : array() as $name => $value ) {
		if ( is_int( $name ) ) {
			$named[ strtolower( $value ) ] = 'true';
		} else {
			$named[ $name ] = $value;
		}
	}
	return $named;
}
