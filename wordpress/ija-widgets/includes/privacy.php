<?php
/**
 * Join requests in WordPress's privacy tools (Tools → Export / Erase Personal Data): found by the requester's
 * e-mail address, exported with every field, erased whole.
 *
 * @package IjaWidgets
 */

namespace IjaWidgets;

defined( 'ABSPATH' ) || exit;

const PRIVACY_PAGE_SIZE = 50;

/**
 * The join request posts sent from an e-mail address, a page at a time.
 *
 * @return \WP_Post[]
 */
function join_requests_of( string $email, int $page ): array {
	return get_posts(
		array(
			'post_type'        => POST_TYPES['join_request'],
			'post_status'      => 'any',
			'numberposts'      => PRIVACY_PAGE_SIZE,
			'paged'            => max( 1, $page ),
			'orderby'          => 'ID',
			'order'            => 'ASC',
			'suppress_filters' => true,
			'meta_key'         => EMAIL_META, // phpcs:ignore WordPress.DB.SlowDBQuery
			'meta_value'       => strtolower( trim( $email ) ), // phpcs:ignore WordPress.DB.SlowDBQuery
		)
	);
}

function export_join_requests( string $email, int $page = 1 ): array {
	$posts = join_requests_of( $email, $page );
	$items = array();
	foreach ( $posts as $post ) {
		$data = array();
		foreach ( get_object_vars( document_of( $post ) ) as $field => $value ) {
			$data[] = array(
				'name'  => $field,
				'value' => is_scalar( $value ) ? (string) $value : (string) wp_json_encode( $value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ),
			);
		}
		$items[] = array(
			'group_id'    => 'ija-join-requests',
			'group_label' => __( 'Requests to join the IJA network', 'ija-widgets' ),
			'item_id'     => 'ija-join-request-' . $post->ID,
			'data'        => $data,
		);
	}
	return array(
		'data' => $items,
		'done' => count( $posts ) < PRIVACY_PAGE_SIZE,
	);
}

function erase_join_requests( string $email, int $page = 1 ): array {
	// Each pass deletes what it finds, so the next pass starts again at the first page.
	$posts = join_requests_of( $email, 1 );
	foreach ( $posts as $post ) {
		wp_delete_post( $post->ID, true );
	}
	return array(
		'items_removed'  => count( $posts ) > 0,
		'items_retained' => false,
		'messages'       => array(),
		'done'           => count( $posts ) < PRIVACY_PAGE_SIZE,
	);
}

add_filter(
	'wp_privacy_personal_data_exporters',
	static function ( array $exporters ) {
		$exporters['ija-widgets'] = array(
			'exporter_friendly_name' => __( 'IJA Widgets: join requests', 'ija-widgets' ),
			'callback'               => __NAMESPACE__ . '\export_join_requests',
		);
		return $exporters;
	}
);

add_filter(
	'wp_privacy_personal_data_erasers',
	static function ( array $erasers ) {
		$erasers['ija-widgets'] = array(
			'eraser_friendly_name' => __( 'IJA Widgets: join requests', 'ija-widgets' ),
			'callback'             => __NAMESPACE__ . '\erase_join_requests',
		);
		return $erasers;
	}
);
