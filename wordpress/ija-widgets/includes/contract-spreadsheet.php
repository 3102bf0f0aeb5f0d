<?php
/**
 * Partner lists as CSV, as the reference server writes and reads them (server/spreadsheet): German headings,
 * group and type by their German labels, "Neu in der IJA" as ja/nein, coordinates with a decimal comma, offers
 * joined with "; ", UTF-8 with a byte order mark, semicolons and CRLF (German Excel), cells Excel would run as a
 * formula behind an apostrophe. The labels and headings come from contract-vocabulary.json, written from the
 * library's tables by scripts/wordpress-vocabulary.ts.
 *
 * @package IjaWidgets
 */

namespace IjaWidgets;

defined( 'ABSPATH' ) || exit;

/** Rows an import reads at most, as the reference server. */
const MAX_IMPORT_ROWS = 5000;

function vocabulary(): array {
	static $vocabulary = null;
	$vocabulary ??= json_decode( (string) file_get_contents( __DIR__ . '/contract-vocabulary.json' ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin.
	return $vocabulary;
}

/** "Übergang Schule - Beruf" and "übergang schule–beruf" are one label. */
function normalize_label( string $text ): string {
	$text = mb_strtolower( normalize_nfc( $text ) );
	$text = (string) preg_replace( '/[\x{2010}-\x{2015}\x{2212}]/u', '-', $text );
	$text = (string) preg_replace( '/\s*-\s*/u', '-', $text );
	return trim( (string) preg_replace( '/\s+/u', ' ', $text ) );
}

function normalize_nfc( string $text ): string {
	return class_exists( 'Normalizer' ) ? (string) \Normalizer::normalize( $text, \Normalizer::FORM_C ) : $text;
}

function group_label( string $category ): string {
	return vocabulary()['groups'][ $category ]['de'] ?? $category;
}

function group_from_text( string $text ): ?string {
	foreach ( vocabulary()['groups'] as $id => $labels ) {
		if ( in_array( normalize_label( $text ), array( $id, normalize_label( $labels['de'] ), normalize_label( $labels['en'] ) ), true ) ) {
			return $id;
		}
	}
	return null;
}

/** A recommended type's German label; another type is written as stored. */
function type_label( string $type ): string {
	foreach ( vocabulary()['types'] as $known ) {
		if ( $known['id'] === $type ) {
			return $known['de'];
		}
	}
	return $type;
}

/** A recommended type (by id or label) or the text as given; and the group it belongs to, if recommended. */
function type_from_text( string $text ): array {
	foreach ( vocabulary()['types'] as $known ) {
		if ( in_array( normalize_label( $text ), array( $known['id'], normalize_label( $known['de'] ), normalize_label( $known['en'] ) ), true ) ) {
			return array( $known['id'], $known['category'] );
		}
	}
	return array( trim( $text ), null );
}

/** A number as JavaScript's String() writes it, with a decimal comma. */
function decimal_comma( float|int $value ): string {
	$text = is_int( $value ) || ( floor( $value ) === $value && abs( $value ) < 1e15 ) ? (string) (int) $value : (string) wp_json_encode( $value );
	return str_replace( '.', ',', $text );
}

/**
 * A partner as the cells of one exported row, by column key.
 *
 * @return array<string, string>
 */
function partner_cells( \stdClass $partner ): array {
	$active = $partner->activeInIja ?? null; // phpcs:ignore WordPress.NamingConventions.ValidVariableName -- the contract's name.
	return array(
		'id'          => $partner->id,
		'name'        => $partner->name,
		'group'       => group_label( $partner->category ),
		'type'        => isset( $partner->type ) ? type_label( $partner->type ) : '',
		'description' => $partner->description ?? '',
		'address'     => $partner->address ?? '',
		'website'     => $partner->website ?? '',
		'email'       => $partner->email ?? '',
		'phone'       => $partner->phone ?? '',
		'offers'      => implode( '; ', $partner->offers ?? array() ),
		// The column asks "new to IJA?", the field says "active in IJA": the answers are opposite.
		'newToIja'    => null === $active ? '' : ( $active ? 'nein' : 'ja' ),
		'lat'         => isset( $partner->location ) ? decimal_comma( $partner->location->lat ) : '',
		'lng'         => isset( $partner->location ) ? decimal_comma( $partner->location->lng ) : '',
		'confirmed'   => $partner->confirmedAt ?? '', // phpcs:ignore WordPress.NamingConventions.ValidVariableName
	);
}

/** Excel runs a cell starting with one of these as a formula. */
const FORMULA_START = '/^[=+\-@\t\r]/';

function csv_cell( string $cell, bool $number ): string {
	if ( ! $number && preg_match( FORMULA_START, $cell ) ) {
		$cell = "'" . $cell;
	}
	if ( preg_match( '/[;"\r\n]|^\s|\s$/', $cell ) ) {
		$cell = '"' . str_replace( '"', '""', $cell ) . '"';
	}
	return $cell;
}

/**
 * The partner list as CSV bytes.
 *
 * @param \stdClass[] $partners
 */
function export_csv( array $partners ): string {
	$columns = vocabulary()['exportColumns'];
	$rows    = array( array_map( static fn ( string $key ) => vocabulary()['headings'][ $key ], $columns ) );
	foreach ( $partners as $partner ) {
		$cells  = partner_cells( $partner );
		$rows[] = array_map( static fn ( string $key ) => $cells[ $key ], $columns );
	}
	$lines = array_map(
		static fn ( array $row ) => implode( ';', array_map( static fn ( string $cell, int $index ) => csv_cell( $cell, in_array( $columns[ $index ], array( 'lat', 'lng' ), true ) ), $row, array_keys( $row ) ) ),
		$rows
	);
	return "\u{FEFF}" . implode( "\r\n", $lines ) . "\r\n";
}

/**
 * The rows of a CSV file: UTF-8 (a byte order mark dropped) or else Windows-1252, the delimiter from an Excel
 * "sep=" line or the one that splits the first line into the most cells, quoted cells over several lines.
 *
 * @return array{rows: string[][], skipped: int} The rows, and the lines before the first row ("sep=").
 * @throws ApiError 415 for a file that is no text, 400 for more rows than an import reads.
 */
function read_csv( string $bytes ): array {
	if ( str_contains( substr( $bytes, 0, 4096 ), "\0" ) ) {
		throw new ApiError( 415, 'unsupported-media-type', array( issue( 'file', 'The file is not a CSV text file.' ) ) );
	}
	$text = str_starts_with( $bytes, "\xEF\xBB\xBF" ) ? substr( $bytes, 3 ) : $bytes;
	if ( ! mb_check_encoding( $text, 'UTF-8' ) ) {
		$text = mb_convert_encoding( $text, 'UTF-8', 'Windows-1252' );
	}
	$skipped = 0;
	if ( preg_match( '/^sep=(.)\r?\n/i', $text, $hint ) ) {
		$text    = substr( $text, strlen( $hint[0] ) );
		$skipped = 1;
	}
	$delimiter = $hint[1] ?? detect_delimiter( $text );
	$stream    = fopen( 'php://temp', 'r+' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fopen -- an in-memory stream for fgetcsv.
	fwrite( $stream, $text ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fwrite
	rewind( $stream );
	$rows = array();
	while ( false !== ( $record = fgetcsv( $stream, null, $delimiter, '"', '' ) ) ) { // phpcs:ignore WordPress.CodeAnalysis.AssignmentInCondition
		$rows[] = array_map( static fn ( $cell ) => preg_match( '/^\'[=+\-@\t\r]/', (string) $cell ) ? substr( (string) $cell, 1 ) : (string) $cell, $record );
		if ( count( $rows ) > MAX_IMPORT_ROWS + HEADING_SEARCH_ROWS + 1 ) {
			throw invalid( array( issue( 'file', sprintf( 'The list has more than %d rows; at most %d partners can be imported at once.', MAX_IMPORT_ROWS, MAX_IMPORT_ROWS ) ) ) );
		}
	}
	fclose( $stream ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fclose
	return array(
		'rows'    => $rows,
		'skipped' => $skipped,
	);
}

function detect_delimiter( string $text ): string {
	$first = strtok( ltrim( $text, "\r\n" ), "\r\n" );
	$best  = ';';
	$most  = 0;
	foreach ( array( ';', ',', "\t" ) as $delimiter ) {
		$count = count( str_getcsv( (string) $first, $delimiter, '"', '' ) );
		if ( $count > $most ) {
			list( $best, $most ) = array( $delimiter, $count );
		}
	}
	return $best;
}

/** A heading row further down than this is not looked for: the rows above are a title, not data. */
const HEADING_SEARCH_ROWS = 10;

/** A heading row names the Name or ID column and at least one more known column. */
function looks_like_heading_row( array $cells ): bool {
	$keys = array_unique( array_filter( array_map( static fn ( $cell ) => column_of( (string) $cell ), $cells ) ) );
	return ( in_array( 'name', $keys, true ) || in_array( 'id', $keys, true ) ) && count( $keys ) >= 2;
}

/**
 * The heading row (within the first rows) and the rows below it, or null when there is none.
 *
 * @param string[][] $rows
 * @return array{headings: string[], rows: string[][], headingRow: int}|null The heading row's number as the program shows it.
 */
function sheet_from( array $rows, int $rows_above ): ?array {
	foreach ( array_slice( $rows, 0, HEADING_SEARCH_ROWS ) as $index => $cells ) {
		if ( looks_like_heading_row( $cells ) ) {
			$data = array_slice( $rows, $index + 1 );
			while ( array() !== $data && '' === trim( implode( '', end( $data ) ) ) ) {
				array_pop( $data );
			}
			if ( count( $data ) > MAX_IMPORT_ROWS ) {
				throw invalid( array( issue( 'file', sprintf( 'The list has %d rows; at most %d partners can be imported at once.', count( $data ), MAX_IMPORT_ROWS ) ) ) );
			}
			return array(
				'headings'   => $cells,
				'rows'       => $data,
				'headingRow' => $rows_above + $index + 1,
			);
		}
	}
	return null;
}

/** The column key of a heading ("E-Mail", "email", "E Mail" are one), or null. */
function column_of( string $heading ): ?string {
	$normalize = static fn ( string $text ) => (string) preg_replace( '/[\s\-_.:*]/u', '', mb_strtolower( normalize_nfc( trim( $text ) ) ) );
	foreach ( vocabulary()['headings'] as $key => $german ) {
		if ( in_array( $normalize( $heading ), array( $normalize( $german ), mb_strtolower( $key ) ), true ) ) {
			return $key;
		}
	}
	return null;
}
