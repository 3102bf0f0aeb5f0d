<?php
/**
 * Where WordPress keeps the contract's documents: one custom post type each, not public (the REST routes under
 * `ija/v1` are the only way in), the document as JSON in the post meta `_ija_document`, its id as `post_name`.
 *
 * @package IjaWidgets
 */

namespace IjaWidgets;

defined( 'ABSPATH' ) || exit;

const POST_TYPES = array(
	'partner'      => 'ija_partner',
	'join_request' => 'ija_join_request',
	'agenda'       => 'ija_agenda',
	'plan'         => 'ija_plan',
);

add_action(
	'init',
	static function () {
		foreach ( POST_TYPES as $post_type ) {
			register_post_type(
				$post_type,
				array(
					'public'              => false,
					'show_ui'             => false,
					'show_in_rest'        => false,
					'exclude_from_search' => true,
					'publicly_queryable'  => false,
					'query_var'           => false,
					'rewrite'             => false,
					'can_export'          => false,
					'supports'            => array( 'title' ),
				)
			);
		}
	}
);
