<?php
/**
 * Workshop agendas: anyone reads them (with an ETag), `ija_edit_content` saves them whole.
 *
 * @package IjaWidgets
 */

namespace IjaWidgets;

defined( 'ABSPATH' ) || exit;

add_action(
	'rest_api_init',
	static function () {
		add_route(
			'/agendas/(?P<id>[^/]+)',
			'GET',
			static function ( \WP_REST_Request $request ) {
				$agenda = get_document( POST_TYPES['agenda'], path_id( $request ) ) ?? throw not_found();
				return conditional_read( $request, $agenda, body_tag( $agenda ) );
			},
			null
		);
		add_route(
			'/agendas/(?P<id>[^/]+)',
			'PUT',
			static function ( \WP_REST_Request $request ) {
				$id     = path_id( $request );
				$agenda = body_of( $request, 'agenda' );
				same_id( $id, $agenda );
				put_document( POST_TYPES['agenda'], $id, $agenda );
				return new \WP_REST_Response( $agenda, 200 );
			},
			CAP_EDIT_CONTENT
		);
	}
);
