<?php
/**
 * How the `ija/v1` routes answer, as the reference server does: errors in the contract's shape
 * `{ "error": "<code>", "issues"?: [{ "path", "message" }] }` (also WordPress's own refusals: no route,
 * malformed JSON, no permission), `Cache-Control: no-store` on everything but the reads that carry an ETag,
 * and answers without a body (204, 304) or with a file (a CSV export) sent as they are.
 *
 * @package IjaWidgets
 */

namespace IjaWidgets;

defined( 'ABSPATH' ) || exit;

const REST_NAMESPACE = 'ija/v1';

/** A refusal in the contract's shape, thrown by a route and answered by route(). */
final class ApiError extends \Exception {
	/**
	 * @param int                                                   $status  The HTTP status.
	 * @param string                                                $code    The contract's error code ("invalid", "not-found", …).
	 * @param array<int, array{path: string, message: string}>|null $issues  What is wrong, by field.
	 * @param array<string, string>                                 $headers Headers of the answer (Retry-After).
	 * @param array<string, mixed>                                  $extra   Further members of the body (a 413's limit).
	 */
	public function __construct( public int $status, public string $error_code, public ?array $issues = null, public array $headers = array(), public array $extra = array() ) {
		parent::__construct( $error_code );
	}

	public function response(): \WP_REST_Response {
		$body = array( 'error' => $this->error_code ) + ( null === $this->issues ? array() : array( 'issues' => $this->issues ) ) + $this->extra;
		return new \WP_REST_Response( $body, $this->status, $this->headers );
	}
}

function not_found(): ApiError {
	return new ApiError( 404, 'not-found' );
}

/** 400 with the issues of a body that is not what the contract says. */
function invalid( array $issues ): ApiError {
	return new ApiError( 400, 'invalid', $issues );
}

/**
 * Registers one route of the contract. The handler gets the request and answers a WP_REST_Response (or throws an
 * ApiError); `$capability` null means anyone may call it.
 */
function add_route( string $path, string $method, callable $handler, ?string $capability ): void {
	register_rest_route(
		REST_NAMESPACE,
		$path,
		array(
			'methods'             => $method,
			'permission_callback' => null === $capability ? '__return_true' : static fn () => current_user_can( $capability )
				? true
				: new \WP_Error( 'ija_forbidden', 'Not allowed', array( 'status' => rest_authorization_required_code() ) ),
			'callback'            => static function ( \WP_REST_Request $request ) use ( $handler ) {
				try {
					return $handler( $request );
				} catch ( ApiError $error ) {
					return $error->response();
				}
			},
		)
	);
}

/** Whether a request is for this plugin's routes. */
function is_ija_route( \WP_REST_Request $request ): bool {
	return str_starts_with( $request->get_route(), '/' . REST_NAMESPACE . '/' );
}

/** WordPress's own refusals of a request to these routes, in the contract's shape. */
function contract_error_of( \WP_REST_Response $response ): ?\WP_REST_Response {
	$data = $response->get_data();
	if ( ! is_array( $data ) || ! isset( $data['code'] ) || isset( $data['error'] ) ) {
		return null;
	}
	$status = $response->get_status();
	$body   = match ( true ) {
		'rest_invalid_json' === $data['code'] => array(
			'error'  => 'invalid',
			'issues' => array(
				array(
					'path'    => '',
					'message' => 'Malformed JSON',
				),
			),
		),
		401 === $status => array( 'error' => 'unauthorized' ),
		403 === $status => array( 'error' => 'forbidden' ),
		404 === $status => array( 'error' => 'not-found' ),
		$status < 500 => array( 'error' => 'bad-request' ),
		default => array( 'error' => 'internal' ),
	};
	return new \WP_REST_Response( $body, $status, $response->get_headers() );
}

add_filter(
	'rest_post_dispatch',
	static function ( $response, $server, \WP_REST_Request $request ) {
		if ( ! is_ija_route( $request ) || ! $response instanceof \WP_REST_Response ) {
			return $response;
		}
		$response = contract_error_of( $response ) ?? $response;
		// A read that is cheap to poll set its own (no-cache, with an ETag); nothing else is kept anywhere.
		if ( ! isset( $response->get_headers()['ETag'] ) ) {
			$response->header( 'Cache-Control', 'no-store' );
		}
		// WordPress would replace that with its no-cache headers for a logged-in user, after the answer was sent.
		add_filter( 'rest_send_nocache_headers', '__return_false' );
		$response->header( 'X-Content-Type-Options', 'nosniff' );
		return $response;
	},
	10,
	3
);

/** A file answer (a spreadsheet): its bytes go out as they are, not as JSON. */
final class FileAnswer extends \WP_REST_Response {
	public function __construct( public string $bytes, string $content_type, string $file_name ) {
		parent::__construct(
			null,
			200,
			array(
				'Content-Type'        => $content_type,
				'Content-Disposition' => 'attachment; filename="' . $file_name . '"',
			)
		);
	}
}

// 204, 304 and files are sent without WordPress's JSON body ("null" would follow a 304, which has none).
add_filter(
	'rest_pre_serve_request',
	static function ( $served, $result, \WP_REST_Request $request, \WP_REST_Server $server ) {
		if ( $served || ! is_ija_route( $request ) || ! $result instanceof \WP_HTTP_Response ) {
			return $served;
		}
		$status = $result->get_status();
		if ( ! $result instanceof FileAnswer && 204 !== $status && 304 !== $status ) {
			return false;
		}
		status_header( $status );
		$server->send_headers( $result->get_headers() );
		if ( $result instanceof FileAnswer && 'HEAD' !== $request->get_method() ) {
			echo $result->bytes; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- a download, not HTML.
		}
		return true;
	},
	10,
	4
);
