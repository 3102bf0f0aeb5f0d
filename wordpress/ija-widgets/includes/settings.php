<?php
/**
 * The plugin's settings: one option `ija_widgets`, its defaults and how each key is cleaned.
 *
 * @package IjaWidgets
 */

namespace IjaWidgets;

defined( 'ABSPATH' ) || exit;

const OPTION = 'ija_widgets';

/** The data sources a block or shortcode can use (`media` is a JSON file from the media library). */
const SOURCES = array( 'builtin', 'media', 'site', 'api' );

/** The widgets' languages ('' = the site's language). */
const LANGUAGES = array( 'de', 'de-x-leichte-sprache', 'en', 'tr', 'ar', 'uk', 'pl' );

/**
 * The defaults: built-in content, no other backend, the library's own tile server (consent-first either way).
 *
 * @return array<string, mixed>
 */
function default_settings(): array {
	return array(
		'source'          => 'builtin',
		'api_url'         => '',
		'board_api_url'   => '',
		'tiles'           => '',
		'attribution'     => '',
		'attribution_url' => '',
		'consent_text'    => '',
		'lang'            => '',
		'retention_days'  => 30,
	);
}

/**
 * The settings, every key present (stored values over the defaults; unknown keys dropped).
 *
 * @return array<string, mixed>
 */
function settings(): array {
	$stored = get_option( OPTION, array() );
	return sanitize_settings( is_array( $stored ) ? $stored : array() );
}

/**
 * Cleans the settings as saved by the settings page (or anyone calling update_option): each key to its type and
 * range, a value that does not fit falls back to the default.
 *
 * @param mixed $input The submitted settings.
 * @return array<string, mixed>
 */
function sanitize_settings( $input ): array {
	$input    = is_array( $input ) ? $input : array();
	$defaults = default_settings();
	$text     = static fn ( string $key ): string => isset( $input[ $key ] ) && is_scalar( $input[ $key ] ) ? trim( (string) $input[ $key ] ) : '';
	$url      = static fn ( string $key ): string => esc_url_raw( $text( $key ), array( 'http', 'https' ) );

	$source = $text( 'source' );
	$lang   = $text( 'lang' );
	$days   = isset( $input['retention_days'] ) && is_numeric( $input['retention_days'] ) ? (int) $input['retention_days'] : $defaults['retention_days'];

	return array(
		'source'          => in_array( $source, SOURCES, true ) && 'media' !== $source ? $source : $defaults['source'],
		'api_url'         => $url( 'api_url' ),
		'board_api_url'   => $url( 'board_api_url' ),
		// A tile template keeps its {z}/{x}/{y} placeholders, which esc_url_raw would encode.
		'tiles'           => preg_match( '#^https://[^\s"<>]+$#', $text( 'tiles' ) ) ? $text( 'tiles' ) : '',
		'attribution'     => sanitize_text_field( $text( 'attribution' ) ),
		'attribution_url' => $url( 'attribution_url' ),
		'consent_text'    => sanitize_textarea_field( $text( 'consent_text' ) ),
		'lang'            => in_array( $lang, LANGUAGES, true ) ? $lang : '',
		'retention_days'  => max( 1, min( 3650, $days ) ),
	);
}
