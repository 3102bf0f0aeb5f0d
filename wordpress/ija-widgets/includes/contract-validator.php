<?php
/**
 * Checks a decoded JSON value against one of the contract's JSON Schemas (the files the build copies from
 * `dist/schema/` into `schema/`), so the rules are written once, in the library's zod schemas.
 *
 * It knows exactly the keywords those files use: type, properties, required, additionalProperties,
 * propertyNames, items, minItems, maxItems, minLength, maxLength, pattern, enum, const, anyOf, minimum,
 * maximum, default. `format` is an annotation there (each such field also carries a `pattern`). And it does
 * what zod does besides, which JSON Schema cannot say: text fields (no format, no pattern other than
 * "not blank") are trimmed, unknown properties are dropped, defaults are filled in, and a list of records that
 * each need an `id` must not repeat one. Lengths count code points, as JSON Schema and the library's zod do.
 * Refinements that no schema shape implies are in contract-refinements.php.
 *
 * Objects are `stdClass` and lists are PHP lists (json_decode without `assoc`), so `{}` stays `{}`.
 *
 * @package IjaWidgets
 */

namespace IjaWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * The result of a check: the value as the contract reads it, or the issues (`path`, `message`).
 */
final class Checked {
	/**
	 * @param mixed                                        $value  The cleaned value (trimmed, defaults filled in, unknown keys dropped).
	 * @param array<int, array{path: string, message: string}> $issues Empty when the value is valid.
	 */
	public function __construct( public mixed $value, public array $issues ) {}

	public function ok(): bool {
		return array() === $this->issues;
	}
}

/**
 * Checks a value against a schema.
 *
 * @param mixed  $value  Decoded JSON (objects as stdClass).
 * @param array  $schema A JSON Schema (decoded as arrays).
 * @param string $path   The value's path, dot-separated ("" for the whole body).
 */
function check_value( mixed $value, array $schema, string $path = '' ): Checked {
	if ( isset( $schema['anyOf'] ) ) {
		$first = null;
		foreach ( $schema['anyOf'] as $branch ) {
			$result = check_value( $value, $branch, $path );
			if ( $result->ok() ) {
				return $result;
			}
			$first ??= $result;
		}
		return $first ?? new Checked( $value, array() );
	}
	if ( array_key_exists( 'const', $schema ) && $value !== $schema['const'] ) {
		return failed( $path, sprintf( 'Expected %s', wp_json_encode( $schema['const'] ) ) );
	}
	if ( isset( $schema['enum'] ) && ! in_array( $value, $schema['enum'], true ) ) {
		return failed( $path, sprintf( 'Expected one of %s', implode( ', ', array_map( 'wp_json_encode', $schema['enum'] ) ) ) );
	}
	switch ( $schema['type'] ?? null ) {
		case 'object':
			return check_object( $value, $schema, $path );
		case 'array':
			return check_list( $value, $schema, $path );
		case 'string':
			return check_string( $value, $schema, $path );
		case 'integer':
		case 'number':
			return check_number( $value, $schema, $path );
		case 'boolean':
			return is_bool( $value ) ? new Checked( $value, array() ) : failed( $path, 'Expected true or false' );
		case 'null':
			return null === $value ? new Checked( null, array() ) : failed( $path, 'Expected null' );
	}
	return new Checked( $value, array() );
}

/** One issue at a path. */
function failed( string $path, string $message ): Checked {
	return new Checked(
		null,
		array(
			array(
				'path'    => $path,
				'message' => $message,
			),
		)
	);
}

/** The path of a property ("items[2].title"), as the library's own issues name it. */
function child_path( string $path, string|int $key ): string {
	if ( is_int( $key ) ) {
		return $path . '[' . $key . ']';
	}
	return '' === $path ? $key : $path . '.' . $key;
}

function check_object( mixed $value, array $schema, string $path ): Checked {
	if ( ! $value instanceof \stdClass ) {
		return failed( $path, 'Expected an object' );
	}
	$out    = new \stdClass();
	$issues = array();
	$given  = get_object_vars( $value );
	foreach ( $schema['required'] ?? array() as $name ) {
		if ( ! array_key_exists( $name, $given ) && ! isset( $schema['properties'][ $name ]['default'] ) ) {
			$issues[] = array(
				'path'    => child_path( $path, $name ),
				'message' => 'Required',
			);
		}
	}
	foreach ( $schema['properties'] ?? array() as $name => $property ) {
		if ( ! array_key_exists( $name, $given ) ) {
			if ( array_key_exists( 'default', $property ) ) {
				$out->$name = $property['default'];
			}
			continue;
		}
		$result = check_value( $given[ $name ], $property, child_path( $path, $name ) );
		$issues = array_merge( $issues, $result->issues );
		if ( $result->ok() ) {
			$out->$name = $result->value;
		}
	}
	if ( isset( $schema['additionalProperties'] ) && is_array( $schema['additionalProperties'] ) ) {
		foreach ( $given as $name => $item ) {
			if ( isset( $schema['properties'][ $name ] ) ) {
				continue;
			}
			$name   = (string) $name;
			$key    = check_value( $name, $schema['propertyNames'] ?? array(), child_path( $path, $name ) );
			$result = check_value( $item, $schema['additionalProperties'], child_path( $path, $name ) );
			$issues = array_merge( $issues, $key->issues, $result->issues );
			if ( $key->ok() && $result->ok() ) {
				$out->$name = $result->value;
			}
		}
	}
	return new Checked( $out, $issues );
}

function check_list( mixed $value, array $schema, string $path ): Checked {
	// json_decode (without assoc) gives arrays only for JSON lists; objects are stdClass.
	if ( ! is_array( $value ) ) {
		return failed( $path, 'Expected a list' );
	}
	if ( isset( $schema['minItems'] ) && count( $value ) < $schema['minItems'] ) {
		return failed( $path, sprintf( 'Needs at least %d entries', $schema['minItems'] ) );
	}
	if ( isset( $schema['maxItems'] ) && count( $value ) > $schema['maxItems'] ) {
		return failed( $path, sprintf( 'Takes at most %d entries', $schema['maxItems'] ) );
	}
	$out    = array();
	$issues = array();
	foreach ( $value as $index => $item ) {
		$result = check_value( $item, $schema['items'] ?? array(), child_path( $path, $index ) );
		$issues = array_merge( $issues, $result->issues );
		$out[]  = $result->value;
	}
	if ( array() === $issues && in_array( 'id', $schema['items']['required'] ?? array(), true ) ) {
		$ids = array_map( static fn ( \stdClass $item ) => $item->id, $out );
		if ( count( array_unique( $ids ) ) !== count( $ids ) ) {
			return failed( $path, 'Every entry needs its own id' );
		}
	}
	return new Checked( $out, $issues );
}

/** What JavaScript's String.prototype.trim takes away: Unicode white space, line ends and the byte order mark. */
function js_trim( string $text ): string {
	return (string) preg_replace( '/^[\s\x{FEFF}]+|[\s\x{FEFF}]+$/u', '', $text );
}


/**
 * The schema's pattern as a PCRE: Unicode-aware like a JavaScript "u" regex (\s, \S), with \d kept to ASCII
 * digits as in JavaScript.
 */
function pcre_of( string $pattern ): string {
	return '~(*UCP)' . str_replace( array( '~', '\\d' ), array( '\\~', '[0-9]' ), $pattern ) . '~u';
}

function check_string( mixed $value, array $schema, string $path ): Checked {
	if ( ! is_string( $value ) ) {
		return failed( $path, 'Expected text' );
	}
	$pattern = $schema['pattern'] ?? null;
	// Free text and ids are trimmed by the contract (zod's trim); formatted values (dates, addresses, e-mail) are not.
	if ( ! isset( $schema['format'] ) && ( null === $pattern || '\\S' === $pattern ) && ! isset( $schema['enum'] ) ) {
		$value = js_trim( $value );
	}
	$length = mb_strlen( $value, 'UTF-8' );
	if ( isset( $schema['minLength'] ) && $length < $schema['minLength'] ) {
		return failed( $path, 1 === $schema['minLength'] ? 'Must not be empty' : sprintf( 'Needs at least %d characters', $schema['minLength'] ) );
	}
	if ( isset( $schema['maxLength'] ) && $length > $schema['maxLength'] ) {
		return failed( $path, sprintf( 'Takes at most %d characters', $schema['maxLength'] ) );
	}
	if ( null !== $pattern && 1 !== preg_match( pcre_of( $pattern ), $value ) ) {
		return failed( $path, '\\S' === $pattern ? 'Must not be blank' : pattern_message( $schema ) );
	}
	return new Checked( $value, array() );
}

/** A readable reason for a value that does not match its pattern. */
function pattern_message( array $schema ): string {
	$formats = array(
		'uri'       => 'Expected an http or https address',
		'email'     => 'Expected an e-mail address',
		'date'      => 'Expected a date "YYYY-MM-DD"',
		'date-time' => 'Expected a date and time with its offset (ISO 8601)',
	);
	if ( isset( $formats[ $schema['format'] ?? '' ] ) ) {
		return $formats[ $schema['format'] ];
	}
	return sprintf( 'Does not match the pattern %s', $schema['pattern'] );
}

function check_number( mixed $value, array $schema, string $path ): Checked {
	if ( ! is_int( $value ) && ! is_float( $value ) ) {
		return failed( $path, 'Expected a number' );
	}
	if ( 'integer' === $schema['type'] && is_float( $value ) && floor( $value ) !== $value ) {
		return failed( $path, 'Expected a whole number' );
	}
	if ( isset( $schema['minimum'] ) && $value < $schema['minimum'] ) {
		return failed( $path, sprintf( 'Must be at least %s', $schema['minimum'] ) );
	}
	if ( isset( $schema['maximum'] ) && $value > $schema['maximum'] ) {
		return failed( $path, sprintf( 'Must be at most %s', $schema['maximum'] ) );
	}
	// Within the range (the schemas bound every integer to the safe range), so the cast keeps the value.
	return new Checked( 'integer' === $schema['type'] ? (int) $value : $value, array() );
}
