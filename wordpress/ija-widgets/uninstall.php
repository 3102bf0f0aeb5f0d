<?php
/**
 * Runs when the site owner deletes the plugin (not on deactivation): takes away the capabilities and the role
 * "IJA-Netzwerk", and deletes the plugin's documents (partners, join requests, agendas, plans), its settings, its
 * cron event and its rate-limit counters.
 *
 * @package IjaWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

// Every role: a role editor may have given the capabilities to others than administrators and editors.
remove_role( 'ija_network' );
foreach ( wp_roles()->role_objects as $ija_widgets_role ) {
	$ija_widgets_role->remove_cap( 'ija_edit_content' );
	$ija_widgets_role->remove_cap( 'ija_manage_network' );
}

$ija_widgets_posts = get_posts(
	array(
		'post_type'        => array( 'ija_partner', 'ija_join_request', 'ija_agenda', 'ija_plan' ),
		'post_status'      => 'any',
		'numberposts'      => -1,
		'fields'           => 'ids',
		'suppress_filters' => true,
	)
);
foreach ( $ija_widgets_posts as $ija_widgets_post_id ) {
	wp_delete_post( $ija_widgets_post_id, true );
}

delete_option( 'ija_widgets' );
wp_clear_scheduled_hook( 'ija_widgets_purge_join_requests' );

global $wpdb;
$wpdb->query( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the counters have no list of their own.
	"DELETE FROM {$wpdb->options} WHERE option_name LIKE '\\_transient\\_ija\\_join\\_%' OR option_name LIKE '\\_transient\\_timeout\\_ija\\_join\\_%'"
);
