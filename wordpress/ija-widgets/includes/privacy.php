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

/**
 * A suggestion for the site's privacy policy (Settings → Privacy → Policy Guide): what the join form keeps, how long,
 * and that the map asks before it loads tiles from the tile server.
 */
add_action(
	'admin_init',
	static function () {
		if ( ! function_exists( 'wp_add_privacy_policy_content' ) ) {
			return;
		}
		$days  = retention_days();
		$board = settings()['board_api_url'];
		$text  = '<p>' . esc_html(
			sprintf(
				/* translators: %d: the retention period in days */
				__( 'The partner map\'s join form sends to this website what the organisation types in: its name, group and type, a contact person and e-mail address, and where given a phone number, website, address, offers, description and message. People with the IJA network role read the request and accept or decline it. Handled requests are deleted automatically after the number of days set under Settings → IJA Widgets (currently %d).', 'ija-widgets' ),
				$days
			)
		) . '</p>'
			. '<p>' . esc_html__( 'The widgets set no cookie and load no file from another website. The map is only loaded when a visitor asks for it in the map tab: only then does the browser send its IP address to the tile server named there.', 'ija-widgets' ) . '</p>';
		if ( '' !== $board ) {
			$text .= '<p>' . esc_html(
				sprintf(
					/* translators: %s: the address of the live board server */
					__( 'The guiding-questions board sends the ideas and votes typed in to %s, and keeps a random participant number in the browser (localStorage), so that a visitor can change their own ideas and votes.', 'ija-widgets' ),
					$board
				)
			) . '</p>';
		}
		wp_add_privacy_policy_content( __( 'IJA Widgets', 'ija-widgets' ), wp_kses_post( $text ) );
	}
);
