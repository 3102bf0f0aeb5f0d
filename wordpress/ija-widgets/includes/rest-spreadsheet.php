<?php
/**
 * The partner list to and from a spreadsheet (`ija_manage_network`): `GET /partners/export` as CSV or XLSX, and
 * `POST /partners/import` of a CSV or XLSX file (what it is, is decided from its first bytes): rows matched by
 * id, else by name; a dry run (?dryRun=true) only reports, otherwise the accepted rows are written.
 *
 * @package IjaWidgets
 */

namespace IjaWidgets;

defined( 'ABSPATH' ) || exit;

/** The largest upload, as the reference server's. */
const UPLOAD_LIMIT = 5 * 1048576;

const SPREADSHEET_TYPES = array( 'text/csv', 'application/csv', 'text/plain', 'application/vnd.ms-excel', XLSX_TYPE, 'application/octet-stream' );

function export_partners( \WP_REST_Request $request ): FileAnswer {
	$format   = $request->get_param( 'format' ) ?? 'csv';
	$partners = list_documents( POST_TYPES['partner'] );
	return match ( $format ) {
		'csv' => new FileAnswer( export_csv( $partners ), 'text/csv; charset=utf-8', 'partner.csv' ),
		'xlsx' => new FileAnswer( export_xlsx( $partners ), XLSX_TYPE, 'partner.xlsx' ),
		default => throw invalid( array( issue( 'format', 'Expected csv or xlsx' ) ) ),
	};
}

function unsupported_file( string $message ): ApiError {
	return new ApiError( 415, 'unsupported-media-type', array( issue( 'file', $message ) ) );
}

/**
 * The uploaded partner list as its heading row and the rows below it.
 *
 * @throws ApiError 415 for a kind of file that is not read, 400 for one that cannot be read as a partner list.
 */
function sheet_of_upload( string $bytes, string $type ): array {
	if ( str_starts_with( $bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" ) ) {
		throw unsupported_file( 'This is an old Excel file (.xls): save it as Excel workbook (.xlsx) or as CSV and upload that.' );
	}
	if ( str_starts_with( $bytes, "PK\x03\x04" ) ) {
		if ( str_contains( substr( $bytes, 0, 100 ), 'application/vnd.oasis.opendocument' ) ) {
			throw unsupported_file( 'This is a LibreOffice spreadsheet (.ods): save it as Excel 2007-365 (.xlsx) or as CSV and upload that.' );
		}
		$sheets = read_xlsx( $bytes );
		foreach ( $sheets as $sheet ) {
			$found = sheet_from( $sheet['rows'], 0 );
			if ( null !== $found ) {
				return $found;
			}
		}
		$names = implode( ', ', array_map( static fn ( $sheet ) => '"' . $sheet['name'] . '"', $sheets ) );
		throw invalid( array( issue( 'file', "No sheet of the workbook ({$names}) has a heading row with the column Name (or ID) and the other columns, e.g. Gruppe." ) ) );
	}
	if ( XLSX_TYPE === $type ) {
		throw unreadable_xlsx();
	}
	$csv   = read_csv( $bytes );
	$found = sheet_from( $csv['rows'], $csv['skipped'] );
	if ( null === $found ) {
		throw invalid( array( issue( 'file', 'No heading row with the column Name (or ID) and the other columns, e.g. Gruppe.' ) ) );
	}
	return $found;
}

/**
 * One row read into partner fields: a present column's empty cell removes the field (null).
 *
 * @param array<string, int> $index Column key → cell index.
 * @return array{fields: array<string, mixed>, problems: string[], group: ?string}
 */
function read_partner_row( array $cells, array $index ): array {
	$cell     = static fn ( string $key ) => trim( (string) ( $cells[ $index[ $key ] ?? -1 ] ?? '' ) );
	$has      = static fn ( string $key ) => isset( $index[ $key ] );
	$fields   = array();
	$problems = array();
	$heading  = static fn ( string $key ) => vocabulary()['headings'][ $key ];
	foreach ( array( 'id', 'name', 'description', 'email', 'phone' ) as $key ) {
		if ( $has( $key ) ) {
			$fields[ $key ] = '' === $cell( $key ) ? null : $cell( $key );
		}
	}
	$group = null;
	if ( $has( 'group' ) && '' !== $cell( 'group' ) ) {
		$fields['category'] = group_from_text( $cell( 'group' ) );
		if ( null === $fields['category'] ) {
			$problems[] = sprintf( '%s: "%s" is not one of %s', $heading( 'group' ), $cell( 'group' ), implode( ', ', array_column( vocabulary()['groups'], 'de' ) ) );
		}
	}
	if ( $has( 'type' ) ) {
		list( $type, $group ) = '' === $cell( 'type' ) ? array( null, null ) : type_from_text( $cell( 'type' ) );
		$fields['type']       = $type;
	}
	if ( $has( 'address' ) || $has( 'street' ) || $has( 'postcode' ) || $has( 'city' ) ) {
		$place             = trim( $cell( 'postcode' ) . ' ' . $cell( 'city' ) );
		$joined            = implode( ', ', array_filter( array( $cell( 'street' ), $place ), 'strlen' ) );
		$fields['address'] = '' !== $cell( 'address' ) ? $cell( 'address' ) : ( '' === $joined ? null : $joined );
	}
	if ( $has( 'website' ) ) {
		$site              = $cell( 'website' );
		$fields['website'] = '' === $site ? null : ( preg_match( '/^[a-z][a-z0-9+.-]*:/i', $site ) || ! preg_match( '/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+([\/?#].*)?$/u', $site ) ? $site : 'https://' . $site );
	}
	if ( $has( 'offers' ) ) {
		$list             = array_values( array_filter( array_map( 'trim', preg_split( preg_match( '/[;\n\r]/', $cell( 'offers' ) ) ? '/[;\n\r]+/' : '/,/', $cell( 'offers' ) ) ), 'strlen' ) );
		$fields['offers'] = array() === $list ? null : $list;
	}
	if ( $has( 'newToIja' ) ) {
		$answer = mb_strtolower( $cell( 'newToIja' ) );
		if ( '' === $answer ) {
			$fields['activeInIja'] = null;
		} elseif ( in_array( $answer, array( 'ja', 'j', 'yes', 'y', 'x', '1', 'true', 'wahr' ), true ) ) {
			$fields['activeInIja'] = false;
		} elseif ( in_array( $answer, array( 'nein', 'n', 'no', '0', 'false', 'falsch', '-' ), true ) ) {
			$fields['activeInIja'] = true;
		} else {
			$problems[] = sprintf( '%s: "%s" is not ja or nein', $heading( 'newToIja' ), $cell( 'newToIja' ) );
		}
	}
	if ( $has( 'lat' ) || $has( 'lng' ) ) {
		$coordinates = array();
		foreach ( array( 'lat', 'lng' ) as $key ) {
			$text = (string) preg_replace( '/\s+/', '', $cell( $key ) );
			if ( preg_match( '/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/', $text ) ) {
				$number = (float) str_replace( ',', '.', $text );
				// A whole number stays an integer, as JSON gives it back (-7, not -7.0): else it would count as changed.
				$coordinates[ $key ] = floor( $number ) === $number ? (int) $number : $number;
			} elseif ( '' !== $text ) {
				$problems[] = sprintf( '%s: "%s" is not a number', $heading( $key ), $cell( $key ) );
			}
		}
		$fields['location'] = 2 === count( $coordinates ) ? (object) $coordinates : null;
	}
	if ( $has( 'confirmed' ) ) {
		$text = $cell( 'confirmed' );
		$date = null;
		if ( preg_match( '/^(\d{4})-(\d{1,2})-(\d{1,2})$/', $text, $m ) ) {
			$date = array( (int) $m[1], (int) $m[2], (int) $m[3] );
		} elseif ( preg_match( '/^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/', $text, $m ) ) {
			$date = array( (int) ( 2 === strlen( $m[3] ) ? '20' . $m[3] : $m[3] ), (int) $m[2], (int) $m[1] );
		}
		if ( null !== $date && checkdate( $date[1], $date[2], $date[0] ) ) {
			$fields['confirmedAt'] = sprintf( '%04d-%02d-%02d', $date[0], $date[1], $date[2] );
		} elseif ( '' === $text ) {
			$fields['confirmedAt'] = null;
		} else {
			$problems[] = sprintf( '%s: "%s" is not a date (write it as 31.12.2025 or 2025-12-31)', $heading( 'confirmed' ), $text );
		}
	}
	return array(
		'fields'   => $fields,
		'problems' => $problems,
		'group'    => $group,
	);
}

function name_key( string $name ): string {
	return trim( (string) preg_replace( '/\s+/u', ' ', mb_strtolower( normalize_nfc( $name ) ) ) );
}

/** A readable id from a name ("Süd-Verein" → "sued-verein"), "-2", "-3" … when taken, as the library's freeSlug. */
function new_id_for( string $name, array $taken ): string {
	$slug = strtr( mb_strtolower( $name ), array( 'ä' => 'ae', 'ö' => 'oe', 'ü' => 'ue', 'ß' => 'ss' ) );
	$slug = trim( substr( (string) preg_replace( '/[^a-z0-9]+/', '-', remove_accents( $slug ) ), 0, 100 ), '-' );
	$base = '' === $slug ? 'partner' : $slug;
	for ( $number = 1; ; $number++ ) {
		$suffix = 1 === $number ? '' : '-' . $number;
		$id     = rtrim( substr( $base, 0, 100 - strlen( $suffix ) ), '-' ) . $suffix;
		if ( ! isset( $taken[ $id ] ) ) {
			return $id;
		}
	}
}

/** A document with its keys sorted, to compare two partners whatever the order of their fields. */
function canonical( mixed $value ): mixed {
	if ( $value instanceof \stdClass ) {
		$value = get_object_vars( $value );
		ksort( $value );
		return array_map( __NAMESPACE__ . '\canonical', $value );
	}
	return is_array( $value ) ? array_map( __NAMESPACE__ . '\canonical', $value ) : $value;
}

/**
 * What importing the rows does to the list, without doing it.
 *
 * @param \stdClass[] $existing
 * @return array{report: array, writes: \stdClass[]} The report, and the partners to add or change.
 */
function plan_import( array $existing, array $sheet ): array {
	$index    = array();
	$unknown  = array();
	foreach ( $sheet['headings'] as $position => $heading ) {
		$key = column_of( (string) $heading );
		if ( null !== $key && ! isset( $index[ $key ] ) ) {
			$index[ $key ] = $position;
		} elseif ( null === $key && '' !== trim( (string) $heading ) ) {
			$unknown[] = '"' . trim( (string) $heading ) . '"';
		}
	}
	$by_id   = array();
	$by_name = array();
	foreach ( $existing as $position => $partner ) {
		$by_id[ $partner->id ]                  = $position;
		$by_name[ name_key( $partner->name ) ][] = $position;
	}
	$taken    = array_fill_keys( array_keys( $by_id ), true );
	$writes   = array();
	$report   = array();
	$seen     = array();
	foreach ( $sheet['rows'] as $offset => $cells ) {
		$row = $sheet['headingRow'] + 1 + $offset;
		if ( '' === trim( implode( '', $cells ) ) ) {
			continue;
		}
		$reading = read_partner_row( $cells, $index );
		$fields  = $reading['fields'];
		$id      = $fields['id'] ?? null;
		$name    = $fields['name'] ?? null;
		$refuse  = static function ( array $notes ) use ( &$report, $row, $id, $name ) {
			$report[] = array_filter( array( 'row' => $row, 'action' => 'refuse', 'id' => $id, 'name' => $name ), static fn ( $v ) => null !== $v ) + array( 'notes' => $notes );
		};
		if ( ! isset( $index['id'] ) && ! isset( $index['name'] ) ) {
			$refuse( array( 'The sheet has neither an ID nor a Name column, so the row names no partner' ) );
			continue;
		}
		$target = null;
		if ( null !== $id ) {
			$target = $by_id[ $id ] ?? null;
			if ( null === $target && null !== $name && isset( $by_name[ name_key( $name ) ] ) ) {
				$refuse( array( sprintf( 'ID: "%s" is new, but a partner has this name; write its ID to change it, or leave the ID empty', $id ) ) );
				continue;
			}
		} elseif ( null !== $name ) {
			$matches = $by_name[ name_key( $name ) ] ?? array();
			if ( count( $matches ) > 1 ) {
				$refuse( array( sprintf( 'Name: %d partners are called "%s"; write the ID to say which', count( $matches ), $name ) ) );
				continue;
			}
			$target = $matches[0] ?? null;
		}
		$base = null === $target ? new \stdClass() : clone $existing[ $target ];
		$key  = $id ?? ( null === $target ? 'name:' . name_key( (string) $name ) : $base->id );
		if ( isset( $seen[ $key ] ) ) {
			$refuse( array( sprintf( 'Same partner as row %d; only the first row for a partner is imported', $seen[ $key ] ) ) );
			continue;
		}
		foreach ( $fields as $field => $value ) {
			if ( null === $value ) {
				unset( $base->$field );
			} else {
				$base->$field = $value;
			}
		}
		$base->id = $id ?? $base->id ?? 'pending-id';
		if ( ! isset( $base->category ) && null !== $reading['group'] ) {
			$base->category = $reading['group'];
		}
		$checked  = check_document( $base, 'partner' );
		$problems = $reading['problems'];
		foreach ( $checked->issues as $found ) {
			$problems[] = $found['path'] . ': ' . $found['message'];
		}
		if ( array() !== $problems ) {
			$refuse( $problems );
			continue;
		}
		$partner = $checked->value;
		if ( null !== $target ) {
			$same = canonical( $existing[ $target ] ) === canonical( $partner );
			if ( ! $same ) {
				$writes[] = $partner;
			}
			$action = $same ? 'unchanged' : 'change';
		} else {
			if ( null === $id ) {
				$partner->id = new_id_for( $partner->name, $taken );
			}
			$taken[ $partner->id ] = true;
			$writes[]              = $partner;
			$action                = 'add';
		}
		$seen[ $key ] = $row;
		$report[]     = array(
			'row'    => $row,
			'action' => $action,
			'id'     => $partner->id,
			'name'   => $partner->name,
			'notes'  => array(),
		);
	}
	$count = static fn ( string $action ) => count( array_filter( $report, static fn ( $entry ) => $entry['action'] === $action ) );
	$sums  = array(
		'dryRun'    => true,
		'written'   => false,
		'added'     => $count( 'add' ),
		'changed'   => $count( 'change' ),
		'unchanged' => $count( 'unchanged' ),
		'refused'   => $count( 'refuse' ),
		'rows'      => $report,
	);
	if ( array() !== $unknown ) {
		$sums['notes'] = array( sprintf( 'Columns %s are not part of the partner list and ignored', implode( ', ', $unknown ) ) );
	}
	return array(
		'report' => $sums,
		'writes' => $writes,
	);
}

function import_partners( \WP_REST_Request $request ): \WP_REST_Response {
	$type  = strtolower( trim( explode( ';', (string) $request->get_header( 'content-type' ) )[0] ) );
	$bytes = $request->get_body();
	if ( ! in_array( $type, SPREADSHEET_TYPES, true ) ) {
		throw new ApiError( 415, 'unsupported-media-type', array( issue( 'Content-Type', 'Expected one of ' . implode( ', ', SPREADSHEET_TYPES ) ) ) );
	}
	if ( strlen( $bytes ) > UPLOAD_LIMIT ) {
		throw new ApiError( 413, 'too-large', null, array(), array( 'limit' => UPLOAD_LIMIT ) );
	}
	$sheet   = sheet_of_upload( $bytes, $type );
	$dry_run = in_array( $request->get_param( 'dryRun' ), array( 'true', '1' ), true );
	$report  = with_lock(
		NETWORK_LOCK,
		static function () use ( $sheet, $dry_run ) {
			$plan = plan_import( list_documents( POST_TYPES['partner'] ), $sheet );
			foreach ( $dry_run ? array() : $plan['writes'] as $partner ) {
				put_document( POST_TYPES['partner'], $partner->id, $partner );
			}
			return array(
				'dryRun'  => $dry_run,
				'written' => ! $dry_run && array() !== $plan['writes'],
			) + $plan['report'];
		}
	);
	return new \WP_REST_Response( $report, 200 );
}

add_action(
	'rest_api_init',
	static function () {
		add_route( '/partners/export', 'GET', __NAMESPACE__ . '\export_partners', CAP_MANAGE_NETWORK );
		add_route( '/partners/import', 'POST', __NAMESPACE__ . '\import_partners', CAP_MANAGE_NETWORK );
	}
);
