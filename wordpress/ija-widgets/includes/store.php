<?php
/**
 * The documents of one post type, addressed by their contract id (kept exactly, in `post_name`: WordPress would
 * lower-case and slugify it, so it is written after the insert and compared in binary, case and accents count).
 *
 * @package IjaWidgets
 */

namespace IjaWidgets;

defined( 'ABSPATH' ) || exit;

const DOCUMENT_META = '_ija_document';

/** The time now as JavaScript's toISOString writes it: the contract's timestamps (receivedAt, updatedAt, …). */
function now_iso(): string {
	return ( new \DateTimeImmutable( 'now', new \DateTimeZone( 'UTC' ) ) )->format( 'Y-m-d\TH:i:s.v\Z' );
}

/** The post of a document, or null. */
function find_post( string $post_type, string $id ): ?\WP_Post {
	global $wpdb;
	$post_id = $wpdb->get_var( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- an exact (binary) match WP_Query cannot ask for.
		$wpdb->prepare( "SELECT ID FROM {$wpdb->posts} WHERE post_type = %s AND BINARY post_name = %s LIMIT 1", $post_type, $id )
	);
	return null === $post_id ? null : get_post( (int) $post_id );
}

function document_of( \WP_Post $post ): \stdClass {
	$doc = json_decode( (string) get_post_meta( $post->ID, DOCUMENT_META, true ) );
	return $doc instanceof \stdClass ? $doc : new \stdClass();
}

function get_document( string $post_type, string $id ): ?\stdClass {
	$post = find_post( $post_type, $id );
	return null === $post ? null : document_of( $post );
}

/**
 * Every document of a type, oldest first (the order they were added in).
 *
 * @return \stdClass[]
 */
function list_documents( string $post_type ): array {
	$posts = get_posts(
		array(
			'post_type'        => $post_type,
			'post_status'      => 'publish',
			'numberposts'      => -1,
			'orderby'          => 'ID',
			'order'            => 'ASC',
			'suppress_filters' => true,
		)
	);
	return array_map( __NAMESPACE__ . '\document_of', $posts );
}

/**
 * Stores a document under its id: replaces it, or adds it at the end. Further meta (for queries: a date, an
 * e-mail address) is written beside it.
 *
 * @param array<string, scalar> $meta More post meta.
 * @return bool Whether the document was new.
 */
function put_document( string $post_type, string $id, \stdClass $doc, array $meta = array() ): bool {
	global $wpdb;
	$post    = find_post( $post_type, $id );
	$title   = (string) ( $doc->name ?? $doc->title ?? $id );
	if ( null === $post ) {
		$post_id = wp_insert_post(
			array(
				'post_type'   => $post_type,
				'post_status' => 'publish',
				'post_title'  => $title,
			),
			true
		);
		if ( is_wp_error( $post_id ) ) {
			throw new \RuntimeException( $post_id->get_error_message() );
		}
	} else {
		$post_id = $post->ID;
	}
	// wp_insert_post and wp_update_post slugify post_name: the id and the title are written as they are.
	$wpdb->update( // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$wpdb->posts,
		array(
			'post_name'         => $id,
			'post_title'        => $title,
			'post_modified'     => current_time( 'mysql' ),
			'post_modified_gmt' => current_time( 'mysql', true ),
		),
		array( 'ID' => $post_id )
	);
	clean_post_cache( $post_id );
	update_post_meta( $post_id, DOCUMENT_META, wp_slash( wp_json_encode( $doc ) ) );
	foreach ( $meta as $key => $value ) {
		update_post_meta( $post_id, $key, $value );
	}
	return null === $post;
}

function delete_document( string $post_type, string $id ): bool {
	$post = find_post( $post_type, $id );
	return null !== $post && false !== wp_delete_post( $post->ID, true );
}

/**
 * Runs `$work` holding a database lock on one name, so two requests changing the same document (a plan's steps,
 * a join request being accepted) do not both read the old version and one lose its change.
 *
 * @template T
 * @param callable(): T $work
 * @return T
 */
function with_lock( string $name, callable $work ): mixed {
	global $wpdb;
	$lock = 'ija:' . md5( $wpdb->prefix . $name );
	$wpdb->get_var( $wpdb->prepare( 'SELECT GET_LOCK(%s, 10)', $lock ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
	try {
		return $work();
	} finally {
		$wpdb->get_var( $wpdb->prepare( 'SELECT RELEASE_LOCK(%s)', $lock ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
	}
}
