<?php
/**
 * Excel workbooks (.xlsx) with PHP's ZipArchive, for the partner list: written as the reference server writes
 * them (one sheet "Partner", the heading row bold and frozen, an autofilter, coordinates as numbers, the
 * confirmation date as a date), and read as rows of the text a person sees in each cell (numbers with their
 * decimal point, dates as YYYY-MM-DD, ja/nein for booleans), first sheet with a heading row first.
 *
 * @package IjaWidgets
 */

namespace IjaWidgets;

defined( 'ABSPATH' ) || exit;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A part of a workbook bigger than this is refused unread (a zip bomb, not a partner list). */
const XLSX_PART_LIMIT = 50 * 1048576;

/** Column widths in characters, by column key, as the reference server's export. */
const XLSX_WIDTHS = array(
	'id'          => 16,
	'name'        => 40,
	'group'       => 24,
	'type'        => 32,
	'description' => 60,
	'address'     => 40,
	'website'     => 36,
	'email'       => 32,
	'phone'       => 20,
	'offers'      => 40,
	'newToIja'    => 14,
	'lat'         => 12,
	'lng'         => 12,
	'confirmed'   => 16,
);

function xml_text( string $text ): string {
	return htmlspecialchars( $text, ENT_XML1 | ENT_QUOTES, 'UTF-8' );
}

/** "A", "B", … "AA": the letters of a column (0-based). */
function column_letters( int $index ): string {
	$letters = '';
	for ( $index++; $index > 0; $index = intdiv( $index - 1, 26 ) ) {
		$letters = chr( 65 + ( $index - 1 ) % 26 ) . $letters;
	}
	return $letters;
}

/**
 * The partner list as an Excel workbook.
 *
 * @param \stdClass[] $partners
 */
function export_xlsx( array $partners ): string {
	$columns = vocabulary()['exportColumns'];
	$last    = column_letters( count( $columns ) - 1 );
	$rows    = array();
	$heading = '';
	foreach ( $columns as $index => $key ) {
		$heading .= sprintf( '<c r="%s1" s="1" t="inlineStr"><is><t>%s</t></is></c>', column_letters( $index ), xml_text( vocabulary()['headings'][ $key ] ) );
	}
	$rows[] = '<row r="1">' . $heading . '</row>';
	foreach ( array_values( $partners ) as $number => $partner ) {
		$row   = $number + 2;
		$cells = partner_cells( $partner );
		$xml   = '';
		foreach ( $columns as $index => $key ) {
			$ref = column_letters( $index ) . $row;
			if ( in_array( $key, array( 'lat', 'lng' ), true ) && isset( $partner->location ) ) {
				$xml .= sprintf( '<c r="%s" s="3"><v>%s</v></c>', $ref, wp_json_encode( $partner->location->$key ) );
			} elseif ( 'confirmed' === $key && isset( $partner->confirmedAt ) ) { // phpcs:ignore WordPress.NamingConventions.ValidVariableName -- the contract's name.
				$days = ( strtotime( $partner->confirmedAt . 'T00:00:00Z' ) - strtotime( '1899-12-30T00:00:00Z' ) ) / DAY_IN_SECONDS; // phpcs:ignore WordPress.NamingConventions.ValidVariableName
				$xml .= sprintf( '<c r="%s" s="2"><v>%d</v></c>', $ref, $days );
			} elseif ( '' !== $cells[ $key ] ) {
				// Text stays text: an id or a phone number keeps its leading zeros.
				$xml .= sprintf( '<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>', $ref, xml_text( $cells[ $key ] ) );
			}
		}
		$rows[] = '<row r="' . $row . '">' . $xml . '</row>';
	}
	$widths = '';
	foreach ( $columns as $index => $key ) {
		$widths .= sprintf( '<col min="%1$d" max="%1$d" width="%2$d" customWidth="1"/>', $index + 1, XLSX_WIDTHS[ $key ] ?? 20 );
	}
	$main  = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
	$rel   = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
	$pkg   = 'http://schemas.openxmlformats.org/package/2006/relationships';
	$parts = array(
		'[Content_Types].xml'        => '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
		'_rels/.rels'                => '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="' . $pkg . '"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
		'xl/workbook.xml'            => '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="' . $main . '" xmlns:r="' . $rel . '"><sheets><sheet name="Partner" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Partner!$A$1:$' . $last . '$1</definedName></definedNames></workbook>',
		'xl/_rels/workbook.xml.rels' => '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="' . $pkg . '"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
		'xl/styles.xml'              => '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="' . $main . '"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/><numFmt numFmtId="165" formatCode="0.0000##"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="4"><xf/><xf fontId="1" applyFont="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/></cellXfs></styleSheet>',
		'xl/worksheets/sheet1.xml'   => '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="' . $main . '"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>' . $widths . '</cols><sheetData>' . implode( '', $rows ) . '</sheetData><autoFilter ref="A1:' . $last . '1"/></worksheet>',
	);
	$file = (string) tempnam( get_temp_dir(), 'ija' );
	$zip  = new \ZipArchive();
	$zip->open( $file, \ZipArchive::OVERWRITE );
	foreach ( $parts as $name => $xml ) {
		$zip->addFromString( $name, $xml );
	}
	$zip->close();
	$bytes = (string) file_get_contents( $file ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- our own temp file.
	wp_delete_file( $file );
	return $bytes;
}

function unreadable_xlsx(): ApiError {
	return invalid( array( issue( 'file', 'The file is not an Excel workbook (.xlsx) that can be read.' ) ) );
}

/** The elements of a part by local name, whatever prefix the program gave the namespace. */
function xml_part( \ZipArchive $zip, string $name ): ?\DOMDocument {
	$stat = $zip->statName( $name );
	if ( false === $stat ) {
		return null;
	}
	if ( $stat['size'] > XLSX_PART_LIMIT ) {
		throw unreadable_xlsx();
	}
	$doc = new \DOMDocument();
	if ( ! $doc->loadXML( (string) $zip->getFromName( $name ), LIBXML_NONET | LIBXML_COMPACT | LIBXML_PARSEHUGE ) ) {
		throw unreadable_xlsx();
	}
	return $doc;
}

function elements( \DOMDocument|\DOMElement $node, string $local_name ): \DOMNodeList {
	return $node->getElementsByTagNameNS( '*', $local_name );
}

/** The 0-based index of a cell's column, from its reference ("AB12" → 27). */
function column_index( string $reference ): ?int {
	if ( ! preg_match( '/^[A-Z]+/', $reference, $letters ) ) {
		return null;
	}
	$index = 0;
	foreach ( str_split( $letters[0] ) as $letter ) {
		$index = $index * 26 + ord( $letter ) - 64;
	}
	return $index - 1;
}

/** The style indexes whose number format shows a date. */
function date_styles( ?\DOMDocument $styles ): array {
	if ( null === $styles ) {
		return array();
	}
	$custom = array();
	foreach ( elements( $styles, 'numFmt' ) as $format ) {
		$code = (string) preg_replace( '/"[^"]*"|\[[^\]]*\]/', '', $format->getAttribute( 'formatCode' ) );
		if ( preg_match( '/[dy]/i', $code ) ) {
			$custom[ (int) $format->getAttribute( 'numFmtId' ) ] = true;
		}
	}
	$dates = array();
	$xfs   = elements( $styles, 'cellXfs' )->item( 0 );
	foreach ( null === $xfs ? array() : elements( $xfs, 'xf' ) as $index => $xf ) {
		$id = (int) $xf->getAttribute( 'numFmtId' );
		if ( ( $id >= 14 && $id <= 22 ) || ( $id >= 45 && $id <= 47 ) || isset( $custom[ $id ] ) ) {
			$dates[ $index ] = true;
		}
	}
	return $dates;
}

/**
 * The sheets of a workbook as rows of cell text, in the workbook's order.
 *
 * @return array<int, array{name: string, rows: string[][]}>
 * @throws ApiError 400 for a file that cannot be read.
 */
function read_xlsx( string $bytes ): array {
	$file = (string) tempnam( get_temp_dir(), 'ija' );
	file_put_contents( $file, $bytes ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents -- our own temp file.
	$zip    = new \ZipArchive();
	$opened = $zip->open( $file, \ZipArchive::RDONLY );
	try {
		if ( true !== $opened ) {
			throw unreadable_xlsx();
		}
		$workbook = xml_part( $zip, 'xl/workbook.xml' ) ?? throw unreadable_xlsx();
		$targets  = array();
		foreach ( elements( xml_part( $zip, 'xl/_rels/workbook.xml.rels' ) ?? new \DOMDocument(), 'Relationship' ) as $relation ) {
			$target                                     = $relation->getAttribute( 'Target' );
			$targets[ $relation->getAttribute( 'Id' ) ] = str_starts_with( $target, '/' ) ? ltrim( $target, '/' ) : 'xl/' . $target;
		}
		$strings = array();
		foreach ( elements( xml_part( $zip, 'xl/sharedStrings.xml' ) ?? new \DOMDocument(), 'si' ) as $item ) {
			$text = '';
			foreach ( elements( $item, 't' ) as $part ) {
				// Phonetic hints (rPh) are not what the cell shows.
				$text .= 'rPh' === $part->parentNode->localName ? '' : $part->textContent;
			}
			$strings[] = $text;
		}
		$dates  = date_styles( xml_part( $zip, 'xl/styles.xml' ) );
		$sheets = array();
		foreach ( elements( $workbook, 'sheet' ) as $sheet ) {
			$relation = $sheet->getAttributeNS( 'http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id' );
			$part     = isset( $targets[ $relation ] ) ? xml_part( $zip, $targets[ $relation ] ) : null;
			if ( null !== $part ) {
				$sheets[] = array(
					'name' => $sheet->getAttribute( 'name' ),
					'rows' => sheet_rows( $part, $strings, $dates ),
				);
			}
		}
		return $sheets;
	} finally {
		if ( true === $opened ) {
			$zip->close();
		}
		wp_delete_file( $file );
	}
}

/** A worksheet's rows as cell text; empty rows stay, so the row numbers are the sheet's. */
function sheet_rows( \DOMDocument $sheet, array $strings, array $dates ): array {
	$rows = array();
	foreach ( elements( $sheet, 'row' ) as $row ) {
		$number = (int) $row->getAttribute( 'r' ) ?: count( $rows ) + 1;
		// A long sheet costs no more than the limit; the partner list's own length is checked by sheet_from().
		if ( $number > MAX_IMPORT_ROWS + HEADING_SEARCH_ROWS + 1 ) {
			break;
		}
		$cells = array();
		foreach ( elements( $row, 'c' ) as $cell ) {
			$column           = column_index( $cell->getAttribute( 'r' ) ) ?? count( $cells );
			$cells            = array_pad( $cells, $column, '' );
			$cells[ $column ] = cell_text( $cell, $strings, $dates );
		}
		$rows                = array_pad( $rows, $number - 1, array() );
		$rows[ $number - 1 ] = $cells;
	}
	return $rows;
}

function cell_text( \DOMElement $cell, array $strings, array $dates ): string {
	$value = elements( $cell, 'v' )->item( 0 )?->textContent ?? '';
	switch ( $cell->getAttribute( 't' ) ) {
		case 's':
			return $strings[ (int) $value ] ?? '';
		case 'inlineStr':
			return elements( $cell, 'is' )->item( 0 )?->textContent ?? '';
		case 'b':
			return '1' === $value ? 'ja' : 'nein';
		case 'str':
		case 'e':
			return $value;
	}
	if ( '' === $value || ! is_numeric( $value ) ) {
		return $value;
	}
	if ( isset( $dates[ (int) $cell->getAttribute( 's' ) ] ) ) {
		return gmdate( 'Y-m-d', (int) round( ( (float) $value - 25569 ) * DAY_IN_SECONDS ) );
	}
	// As JavaScript's String(number) writes it: "51.4556", "7", no exponent for ordinary values.
	$number = (float) $value;
	return floor( $number ) === $number && abs( $number ) < 1e15 ? (string) (int) $number : (string) wp_json_encode( $number );
}
