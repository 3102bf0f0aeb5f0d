<?php
/**
 * The partner list: anyone reads it (with an ETag), `ija_manage_network` adds, replaces, changes and removes
 * partners. Writes to the network hold one lock, so an id is never taken twice.
 *
 * @package IjaWidgets
 */

namespace IjaWidgets;

defined( 'ABSPATH' ) || exit;

const NETWORK_LOCK = 'network';

function id_conflict(): ApiError {
	return new ApiError( 409, 'id-conflict' );
}

function partner_list(): \stdClass {
	return (object) array( 'partners' => list_documents( POST_TYPES['partner'] ) );
}

function create_partner( \WP_REST_Request $request ): \WP_REST_Response {
	$partner = body_of( $request, 'partner' );
	with_lock(
		NETWORK_LOCK,
		static function () use ( $partner ) {
			if ( null !== find_post( POST_TYPES['partner'], $partner->id ) ) {
				throw id_conflict();
			}
			put_document( POST_TYPES['partner'], $partner->id, $partner );
		}
	);
	return new \WP_REST_Response( $partner, 201 );
}

function save_partner( \WP_REST_Request $request ): \WP_REST_Response {
	$id      = path_id( $request );
	$partner = body_of( $request, 'partner' );
	same_id( $id, $partner );
	$created = with_lock( NETWORK_LOCK, static fn () => put_document( POST_TYPES['partner'], $id, $partner ) );
	return new \WP_REST_Response( $partner, $created ? 201 : 200 );
}

function patch_partner( \WP_REST_Request $request ): \WP_REST_Response {
	$id      = path_id( $request );
	$patch   = body_of( $request, 'partner-patch' );
	$partner = with_lock(
		NETWORK_LOCK,
		static function () use ( $id, $patch ) {
			$partner = get_document( POST_TYPES['partner'], $id ) ?? throw not_found();
			foreach ( get_object_vars( $patch ) as $field => $value ) {
				$partner->$field = $value;
			}
			$partner->id = $id;
			put_document( POST_TYPES['partner'], $id, $partner );
			return $partner;
		}
	);
	return new \WP_REST_Response( $partner, 200 );
}

function delete_partner( \WP_REST_Request $request ): \WP_REST_Response {
	if ( ! delete_document( POST_TYPES['partner'], path_id( $request ) ) ) {
		throw not_found();
	}
	return new \WP_REST_Response( null, 204 );
}

add_action(
	'rest_api_init',
	static function () {
		add_route(
			'/partners',
			'GET',
			static function ( \WP_REST_Request $request ) {
				$list = partner_list();
				return conditional_read( $request, $list, body_tag( $list ) );
			},
			null
		);
		add_route( '/partners', 'POST', __NAMESPACE__ . '\create_partner', CAP_MANAGE_NETWORK );
		add_route( '/partners/(?P<id>[^/]+)', 'PUT', __NAMESPACE__ . '\save_partner', CAP_MANAGE_NETWORK );
		add_route( '/partners/(?P<id>[^/]+)', 'PATCH', __NAMESPACE__ . '\patch_partner', CAP_MANAGE_NETWORK );
		add_route( '/partners/(?P<id>[^/]+)', 'DELETE', __NAMESPACE__ . '\delete_partner', CAP_MANAGE_NETWORK );
	}
);
