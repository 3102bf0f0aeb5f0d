<?php
/**
 * Join requests: any visitor sends one (no login, no nonce; at most JOIN_REQUESTS_PER_HOUR per address, counted
 * under a keyed hash, never the address itself); `ija_manage_network` lists them (personal data), accepts one (it
 * becomes a partner in the same step), declines or deletes it. Handled requests are deleted after the retention
 * period (retention.php).
 *
 * @package IjaWidgets
 */

namespace IjaWidgets;

defined( 'ABSPATH' ) || exit;

const JOIN_REQUESTS_PER_HOUR = 20;
const EMAIL_META             = '_ija_email';
const HANDLED_META           = '_ija_handled_at';

/**
 * Counts a join request from the caller's address; refuses it past the limit (429 with Retry-After).
 *
 * @throws ApiError 429.
 */
function count_join_request(): void {
	$address = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';
	$key     = 'ija_join_' . substr( hash_hmac( 'sha256', $address, wp_salt( 'nonce' ) ), 0, 24 );
	$window  = get_transient( $key );
	$now     = time();
	if ( ! is_array( $window ) || $window['until'] <= $now ) {
		$window = array(
			'count' => 0,
			'until' => $now + HOUR_IN_SECONDS,
		);
	}
	++$window['count'];
	set_transient( $key, $window, $window['until'] - $now );
	if ( $window['count'] > JOIN_REQUESTS_PER_HOUR ) {
		throw new ApiError( 429, 'too-many-requests', null, array( 'Retry-After' => (string) max( 1, $window['until'] - $now ) ) );
	}
}

function store_join_request( \stdClass $request ): void {
	$meta = array( EMAIL_META => strtolower( $request->email ) );
	if ( isset( $request->handledAt ) ) { // phpcs:ignore WordPress.NamingConventions.ValidVariableName -- the contract's name.
		$meta[ HANDLED_META ] = strtotime( $request->handledAt ); // phpcs:ignore WordPress.NamingConventions.ValidVariableName
	}
	put_document( POST_TYPES['join_request'], $request->id, $request, $meta );
}

function receive_join_request( \WP_REST_Request $request ): \WP_REST_Response {
	count_join_request();
	$join    = body_of( $request, 'join-request' );
	$created = with_lock(
		NETWORK_LOCK,
		static function () use ( $join ) {
			// Idempotent on the id: a retried request is stored once.
			if ( null !== find_post( POST_TYPES['join_request'], $join->id ) ) {
				return false;
			}
			$join->receivedAt = now_iso(); // phpcs:ignore WordPress.NamingConventions.ValidVariableName
			$join->status     = 'new';
			store_join_request( $join );
			return true;
		}
	);
	return new \WP_REST_Response(
		array(
			'id'     => $join->id,
			'status' => 'received',
		),
		$created ? 201 : 200
	);
}

/**
 * Changes a join request that is not accepted yet (accepting or declining it again would hide a mistake: 409).
 *
 * @param callable(\stdClass): mixed $change
 */
function handle_join_request( \WP_REST_Request $request, callable $change ): mixed {
	$id = path_id( $request );
	return with_lock(
		NETWORK_LOCK,
		static function () use ( $id, $change ) {
			$join = get_document( POST_TYPES['join_request'], $id ) ?? throw not_found();
			if ( 'accepted' === $join->status ) {
				throw new ApiError( 409, 'already-accepted' );
			}
			return $change( $join );
		}
	);
}

function accept_join_request( \WP_REST_Request $request ): \WP_REST_Response {
	$partner = body_of( $request, 'join-request-acceptance' )->partner;
	$join    = handle_join_request(
		$request,
		static function ( \stdClass $join ) use ( $partner ) {
			if ( null !== find_post( POST_TYPES['partner'], $partner->id ) ) {
				throw id_conflict();
			}
			put_document( POST_TYPES['partner'], $partner->id, $partner );
			$join->status    = 'accepted';
			$join->handledAt = now_iso(); // phpcs:ignore WordPress.NamingConventions.ValidVariableName
			$join->partnerId = $partner->id; // phpcs:ignore WordPress.NamingConventions.ValidVariableName
			store_join_request( $join );
			return $join;
		}
	);
	return new \WP_REST_Response(
		array(
			'partner' => $partner,
			'request' => $join,
		),
		200
	);
}

function decline_join_request( \WP_REST_Request $request ): \WP_REST_Response {
	$join = handle_join_request(
		$request,
		static function ( \stdClass $join ) {
			$join->status    = 'declined';
			$join->handledAt = now_iso(); // phpcs:ignore WordPress.NamingConventions.ValidVariableName
			store_join_request( $join );
			return $join;
		}
	);
	return new \WP_REST_Response( $join, 200 );
}

add_action(
	'rest_api_init',
	static function () {
		add_route( '/partners/requests', 'POST', __NAMESPACE__ . '\receive_join_request', null );
		add_route(
			'/partners/requests',
			'GET',
			static fn () => new \WP_REST_Response( array( 'requests' => list_documents( POST_TYPES['join_request'] ) ), 200 ),
			CAP_MANAGE_NETWORK
		);
		add_route( '/partners/requests/(?P<id>[^/]+)/accept', 'POST', __NAMESPACE__ . '\accept_join_request', CAP_MANAGE_NETWORK );
		add_route( '/partners/requests/(?P<id>[^/]+)/decline', 'POST', __NAMESPACE__ . '\decline_join_request', CAP_MANAGE_NETWORK );
		add_route(
			'/partners/requests/(?P<id>[^/]+)',
			'DELETE',
			static function ( \WP_REST_Request $request ) {
				if ( ! delete_document( POST_TYPES['join_request'], path_id( $request ) ) ) {
					throw not_found();
				}
				return new \WP_REST_Response( null, 204 );
			},
			CAP_MANAGE_NETWORK
		);
	}
);
