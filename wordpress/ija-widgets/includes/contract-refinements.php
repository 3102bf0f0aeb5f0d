<?php
/**
 * The contract's rules that its JSON Schemas cannot say (zod refinements in src/core/schemas): an agenda's time
 * zone must exist, a plan's link needs a url or a target. Only these; everything else comes from the schemas.
 *
 * @package IjaWidgets
 */

namespace IjaWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * The issues of a document that passed its schema.
 *
 * @param mixed  $doc  The checked document.
 * @param string $name The schema's name.
 * @return array<int, array{path: string, message: string}>
 */
function refinement_issues( mixed $doc, string $name ): array {
	$issues = array();
	if ( 'agenda' === $name && ! known_time_zone( $doc->timezone ) ) {
		$issues[] = array(
			'path'    => 'timezone',
			'message' => 'Unknown time zone',
		);
	}
	foreach ( 'plan' === $name ? $doc->points : array() as $index => $point ) {
		foreach ( $point->links ?? array() as $link_index => $link ) {
			if ( ! isset( $link->url ) && ! isset( $link->target ) ) {
				$issues[] = array(
					'path'    => "points[{$index}].links[{$link_index}]",
					'message' => 'Needs a url or a target',
				);
			}
		}
	}
	return $issues;
}

/**
 * An IANA time zone name, as the browser's Intl takes it (any case, old names too), not an offset ("+02:00") or an
 * abbreviation that only PHP reads ("Z").
 */
function known_time_zone( string $name ): bool {
	static $names = null;
	$names ??= array_flip( array_map( 'strtolower', timezone_identifiers_list( \DateTimeZone::ALL_WITH_BC ) ) );
	return isset( $names[ strtolower( $name ) ] );
}
