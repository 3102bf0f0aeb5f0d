<?php
/**
 * The built-in agenda and five-point plan (the factsheet's content, as the widgets show it without a backend; from
 * contract-defaults.json, written from the library by scripts/wordpress-contract-data.ts), stored on activation
 * under their default ids when the site has no document of that id yet: so an editor who adds the agenda or plan
 * block with "this site" has a document to start from and edit. A document already there is never replaced.
 *
 * @package IjaWidgets
 */

namespace IjaWidgets;

defined( 'ABSPATH' ) || exit;

add_action(
	'ija_widgets_activate',
	static function () {
		$defaults      = json_decode( (string) file_get_contents( __DIR__ . '/contract-defaults.json' ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin.
		$plan          = $defaults->plan;
		$plan->version = 1;
		foreach ( array( 'agenda' => $defaults->agenda, 'plan' => $plan ) as $type => $doc ) {
			with_lock(
				$type . ':' . $doc->id,
				static function () use ( $type, $doc ) {
					if ( null === find_post( POST_TYPES[ $type ], $doc->id ) ) {
						put_document( POST_TYPES[ $type ], $doc->id, $doc );
					}
				}
			);
		}
	}
);
