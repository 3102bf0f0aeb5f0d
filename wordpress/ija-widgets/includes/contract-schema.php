<?php
/**
 * The contract's JSON Schemas, as the build copies them from `dist/schema/` into the plugin's `schema/` folder,
 * and the one call that checks a document against one of them.
 *
 * @package IjaWidgets
 */

namespace IjaWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * One schema by its published name ("partner", "plan-point-patch", …).
 *
 * @throws \RuntimeException When the file is missing: a broken build, not a bad request.
 */
function contract_schema( string $name ): array {
	static $schemas = array();
	if ( ! isset( $schemas[ $name ] ) ) {
		$file = PLUGIN_DIR . '/schema/' . $name . '.json';
		$json = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin.
		if ( ! is_array( $json ) ) {
			throw new \RuntimeException( "The contract schema {$name} is missing from the plugin's schema folder" );
		}
		$schemas[ $name ] = $json;
	}
	return $schemas[ $name ];
}

/** Checks a decoded document against the named schema and the refinements no schema can carry. */
function check_document( mixed $value, string $name ): Checked {
	$checked = check_value( $value, contract_schema( $name ) );
	if ( ! $checked->ok() ) {
		return $checked;
	}
	$issues = refinement_issues( $checked->value, $name );
	return array() === $issues ? $checked : new Checked( null, $issues );
}
