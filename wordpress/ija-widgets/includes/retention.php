<?php
/**
 * Join requests hold personal data: once accepted or declined they are deleted after the retention period (the
 * setting `retention_days`, 30 days unless set), by a daily WP-Cron event scheduled on activation.
 *
 * @package IjaWidgets
 */

namespace IjaWidgets;

defined( 'ABSPATH' ) || exit;

const PURGE_EVENT = 'ija_widgets_purge_join_requests';

function retention_days(): int {
	return function_exists( __NAMESPACE__ . '\settings' ) ? (int) settings()['retention_days'] : 30;
}

/**
 * Deletes the join requests handled more than the retention period before `$now`.
 *
 * @return int How many were deleted.
 */
function purge_handled_join_requests( ?int $now = null ): int {
	$before = ( $now ?? time() ) - retention_days() * DAY_IN_SECONDS;
	$ids    = get_posts(
		array(
			'post_type'        => POST_TYPES['join_request'],
			'post_status'      => 'any',
			'numberposts'      => -1,
			'fields'           => 'ids',
			'suppress_filters' => true,
			'meta_query'       => array( // phpcs:ignore WordPress.DB.SlowDBQuery -- a daily job over a short list.
				array(
					'key'     => HANDLED_META,
					'value'   => $before,
					'compare' => '<',
					'type'    => 'NUMERIC',
				),
			),
		)
	);
	foreach ( $ids as $id ) {
		wp_delete_post( $id, true );
	}
	return count( $ids );
}

add_action( PURGE_EVENT, static fn () => purge_handled_join_requests() );

add_action(
	'ija_widgets_activate',
	static function () {
		if ( false === wp_next_scheduled( PURGE_EVENT ) ) {
			wp_schedule_event( time() + HOUR_IN_SECONDS, 'daily', PURGE_EVENT );
		}
	}
);

add_action( 'ija_widgets_deactivate', static fn () => wp_clear_scheduled_hook( PURGE_EVENT ) );
