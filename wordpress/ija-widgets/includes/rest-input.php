<?php
/**
 * What a request brings, checked before a route acts on it: the JSON body against the contract's schema (415 not
 * JSON, 413 too large, 400 malformed, broken Unicode or invalid, with the fields named), the ids in the path (one
 * that cannot exist names nothing: 404), and the conditional headers (ETag and If-None-Match on reads, If-Match on
 * a plan's writes).
 *
 * @package IjaWidgets
 */

namespace IjaWidgets;

defined( 'ABSPATH' ) || exit;

/** The largest JSON body, in bytes, as the reference server's default. */
const BODY_LIMIT = 65536;

/**
 * The request's JSON body, checked against the named schema.
 *
 * @throws ApiError 413, 415 or 400.
 */
function body_of( \WP_REST_Request $request, string $schema ): mixed {
	$type = strtolower( trim( explode( ';', (string) $request->get_header( 'content-type' ) )[0] ) );
	if ( 'application/json' !== $type ) {
		throw new ApiError(
			415,
			'unsupported-media-type',
			array(
				array(
					'path'    => 'Content-Type',
					'message' => 'Expected one of application/json',
				),
			)
		);
	}
	$text = $request->get_body();
	if ( strlen( $text ) > BODY_LIMIT ) {
		throw new ApiError( 413, 'too-large', null, array(), array( 'limit' => BODY_LIMIT ) );
	}
	if ( '' === trim( $text ) ) {
		throw invalid( array( issue( '', 'Expected a JSON body' ) ) );
	}
	$value = json_decode( $text, false, 64 );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		$reason = match ( json_last_error() ) {
			JSON_ERROR_UTF8, JSON_ERROR_UTF16 => 'Contains broken Unicode (invalid UTF-8 or an unpaired surrogate)',
			JSON_ERROR_DEPTH => 'Nested too deeply',
			default => 'Malformed JSON',
		};
		throw invalid( array( issue( '', $reason ) ) );
	}
	$checked = check_document( $value, $schema );
	if ( ! $checked->ok() ) {
		throw invalid( $checked->issues );
	}
	return $checked->value;
}

/** @return array{path: string, message: string} */
function issue( string $path, string $message ): array {
	return array(
		'path'    => $path,
		'message' => $message,
	);
}

/**
 * A path parameter that is an id; one that cannot be an id (blank, padded, too long, broken Unicode) is a 404.
 *
 * @throws ApiError 404.
 */
function path_id( \WP_REST_Request $request, string $name = 'id' ): string {
	$value = (string) $request->get_url_params()[ $name ];
	$id    = check_value( $value, array( 'type' => 'string', 'minLength' => 1, 'maxLength' => 100, 'pattern' => '\\S' ) );
	if ( ! mb_check_encoding( $value, 'UTF-8' ) || ! $id->ok() || $id->value !== $value ) {
		throw not_found();
	}
	return $value;
}

/** The body must name the document the path names. */
function same_id( string $path_id, \stdClass $doc ): void {
	if ( $doc->id !== $path_id ) {
		throw invalid( array( issue( 'id', 'Must equal the id in the path' ) ) );
	}
}

/** The entity tags of an If-Match / If-None-Match value, `*` kept; an unquoted tag is taken as if quoted. */
function entity_tags( string $header ): array {
	$tags = array();
	foreach ( array_filter( array_map( 'trim', explode( ',', $header ) ), 'strlen' ) as $part ) {
		$weak   = str_starts_with( $part, 'W/' );
		$bare   = $weak ? substr( $part, 2 ) : $part;
		$tags[] = array(
			'weak' => $weak,
			'tag'  => '*' === $bare || str_starts_with( $bare, '"' ) ? $bare : '"' . $bare . '"',
		);
	}
	return $tags;
}

/** The ETag of a JSON answer: a hash of it as it is sent. */
function body_tag( mixed $body ): string {
	$json = (string) wp_json_encode( $body );
	return '"h' . substr( hash( 'sha256', $json ), 0, 16 ) . '-' . base_convert( (string) strlen( $json ), 10, 36 ) . '"';
}

/** The ETag of a plan at a version. */
function version_tag( int $version ): string {
	return '"v' . $version . '"';
}

/** A read that may be conditional: 304 without a body when If-None-Match names the current tag, else 200. */
function conditional_read( \WP_REST_Request $request, mixed $body, string $etag ): \WP_REST_Response {
	$headers = array(
		'ETag'          => $etag,
		'Cache-Control' => 'no-cache',
	);
	$asked   = $request->get_header( 'if-none-match' );
	foreach ( null === $asked ? array() : entity_tags( $asked ) as $tag ) {
		// If-None-Match compares weakly: W/"x" matches "x".
		if ( '*' === $tag['tag'] || $etag === $tag['tag'] ) {
			return new \WP_REST_Response( null, 304, $headers );
		}
	}
	return new \WP_REST_Response( $body, 200, $headers );
}

/**
 * Refuses a write whose If-Match does not name the stored version (412 `version-conflict`); a write without
 * If-Match goes through. `$current` is null when there is no document yet: then only a write without If-Match may
 * create it. The comparison is strong: a weak tag never matches.
 *
 * @throws ApiError 412.
 */
function check_if_match( \WP_REST_Request $request, ?int $current ): void {
	$asked = $request->get_header( 'if-match' );
	if ( null === $asked ) {
		return;
	}
	foreach ( entity_tags( $asked ) as $tag ) {
		if ( null !== $current && ! $tag['weak'] && ( '*' === $tag['tag'] || version_tag( $current ) === $tag['tag'] ) ) {
			return;
		}
	}
	throw new ApiError( 412, 'version-conflict' );
}
