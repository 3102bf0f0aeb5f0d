import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { parsePartners, type Partner } from '../../src/core/schemas/partner.js';
import { ImportReport } from '../../src/core/schemas/partner.js';
import { decodeText } from '../spreadsheet/decode.js';
import { detectDelimiter } from '../spreadsheet/csv.js';
import { exportCsv, exportXlsx } from '../spreadsheet/export.js';
import { newIdFor } from '../spreadsheet/ids.js';
import { planImport, type SheetRowsInput } from '../spreadsheet/import-rows.js';
import { readSpreadsheet, SpreadsheetError, XLSX_MEDIA_TYPE, type Sheet } from '../spreadsheet/read.js';
import { readDate, readList, readYesNo } from '../spreadsheet/values.js';

/**
 * The partner list through the spreadsheets people keep it in: the files German Excel and
 * LibreOffice write, read to the same partners; every refusal with the note the organiser reads;
 * matching, new ids, repeats; and export → import giving every row back unchanged.
 */

const NOW = new Date('2026-05-04T10:00:00Z');
const GROUPS = 'Vereine, Träger der Jugendarbeit, Politik, Übergang Schule–Beruf';

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url)));
}

function demoPartners(): Partner[] {
  const json: unknown = JSON.parse(readFileSync(new URL('../../stories/data/netzwerk-musterstadt.json', import.meta.url), 'utf8'));
  const { data, issues } = parsePartners(json);
  assert.deepEqual(issues, []);
  return data;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

async function csvSheet(text: string): Promise<Sheet> {
  return readSpreadsheet(utf8(text), 'text/csv');
}

async function importFixture(name: string, contentType: string, existing: Partner[] = []) {
  const sheet = await readSpreadsheet(fixture(name), contentType);
  return { sheet, ...planImport(existing, sheet, { now: NOW }) };
}

function partnerNamed(partners: Partner[], name: string): Partner {
  const partner = partners.find((candidate) => candidate.name === name);
  assert.ok(partner, `no partner "${name}" in ${partners.map((p) => p.name).join(' | ')}`);
  return partner;
}

/** The report as the contract checks it, and the counts agreeing with the rows. */
function assertReport(report: ImportReport): void {
  assert.equal(ImportReport.safeParse(report).success, true);
  for (const action of ['add', 'change', 'unchanged', 'refuse'] as const) {
    const key = ({ add: 'added', change: 'changed', unchanged: 'unchanged', refuse: 'refused' } as const)[action];
    assert.equal(report[key], report.rows.filter((row) => row.action === action).length, key);
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe('reading CSV as German Excel and LibreOffice save it', () => {
  it('reads Windows-1252 with semicolons, German headings, labels, decimal commas and ja/nein', async () => {
    const { sheet, report, partners } = await importFixture('partner-excel-de.csv', 'text/csv');
    assert.equal(sheet.headings[5], 'Straße');
    assert.equal(sheet.headings[14], 'Längengrad');
    assertReport(report);
    assert.deepEqual(
      report.rows.map(({ row, action, name }) => ({ row, action, name })),
      [
        { row: 2, action: 'add', name: 'Jugendförderverein Süd e. V.' },
        { row: 3, action: 'add', name: 'Berufskolleg Am Weißen Stein' },
        { row: 4, action: 'add', name: 'Städtepartnerschaftsverein Musterstadt–Évreux' },
      ],
    );
    assert.deepEqual(partnerNamed(partners, 'Jugendförderverein Süd e. V.'), {
      id: 'jugendfoerderverein-sued-e-v',
      name: 'Jugendförderverein Süd e. V.',
      category: 'vereine',
      type: 'vereine-junger-migrantinnen',
      description: 'Begegnungen für Jugendliche, die noch nie im Ausland waren',
      address: 'Bahnhofstraße 12, 45127 Musterstadt',
      location: { lat: 51.4556, lng: 7.0116 },
      website: 'https://jfv-sued.example',
      email: 'info@jfv-sued.example',
      phone: '0201 123456',
      activeInIja: false,
      offers: ['Jugendbegegnung', 'Sprachkurs'],
      confirmedAt: '2025-03-01',
    });
    // "Übergang Schule–Beruf" has Windows-1252's en dash (0x96), which Latin-1 would turn into a control character.
    const school = partnerNamed(partners, 'Berufskolleg Am Weißen Stein');
    assert.equal(school.category, 'schule-beruf');
    assert.equal(school.type, 'schulen');
    assert.equal(school.activeInIja, true);
    assert.equal(school.address, 'Große Straße 3, 45139 Musterstadt');
    const twinning = partnerNamed(partners, 'Städtepartnerschaftsverein Musterstadt–Évreux');
    assert.deepEqual(twinning.offers, ['Gastfamilien', 'Schüleraustausch']);
    assert.equal(twinning.activeInIja, undefined);
    assert.deepEqual(twinning.location, { lat: 51.5, lng: 7.2 });
  });

  it('reads UTF-8 with a byte order mark, commas and English headings, ignoring empty trailing lines', async () => {
    const { sheet, report, partners } = await importFixture('partner-bom-comma.csv', 'application/csv');
    assert.equal(sheet.headings[0], 'Name', 'the byte order mark is not part of the first heading');
    assert.equal(sheet.rows.length, 2);
    assertReport(report);
    assert.equal(report.added, 2);
    const club = partnerNamed(partners, 'Jugendförderverein Süd e. V.');
    assert.equal(club.category, 'vereine');
    assert.equal(club.type, 'jugendring');
    assert.equal(club.address, 'Hauptstraße 5, 45127 Musterstadt');
    assert.deepEqual(club.location, { lat: 51.45, lng: 7.01 });
    assert.equal(club.activeInIja, false);
    assert.deepEqual(club.offers, ['Workcamp', 'Sprachkurs']);
    assert.equal(club.confirmedAt, '2025-02-28');
    const service = partnerNamed(partners, 'Jugendmigrationsdienst Nordstadt');
    assert.equal(service.category, 'jugendarbeit', 'the English group label');
    assert.equal(service.type, 'jugendmigrationsdienst', 'the German type label in an English sheet');
    assert.equal(service.description, 'Beratung für junge Zugewanderte, auch auf Türkisch');
    assert.equal(service.website, 'https://www.jmd-nord.example', 'a website without scheme is https');
    assert.equal(service.activeInIja, true);
  });

  it('reads quoted cells with line breaks, doubled quotes and semicolons, numbering rows as the program shows them', async () => {
    const { report, partners } = await importFixture('partner-linebreaks.csv', 'text/plain');
    assertReport(report);
    assert.deepEqual(
      report.rows.map(({ row, action, name }) => ({ row, action, name })),
      [
        { row: 2, action: 'add', name: 'Jugendtreff "Oase" Nord' },
        { row: 4, action: 'add', name: 'Straßenfußball für Toleranz' },
      ],
      'the blank row 3 is skipped without a note; the multi-line cell is one row',
    );
    const treff = partnerNamed(partners, 'Jugendtreff "Oase" Nord');
    assert.equal(treff.description, 'Erste Zeile\nZweite Zeile mit "Zitat" und ; Semikolon');
    assert.deepEqual(treff.offers, ['Workcamp', 'Sprachkurs', 'Fachkräfteaustausch']);
    assert.equal(treff.category, 'jugendarbeit');
  });

  it('decodes UTF-8 strictly and falls back to Windows-1252, also for €, „“ and –', () => {
    assert.equal(decodeText(utf8('Straße')), 'Straße');
    assert.equal(decodeText(new Uint8Array([0x53, 0x74, 0x72, 0x61, 0xdf, 0x65])), 'Straße');
    assert.equal(decodeText(new Uint8Array([0x80, 0x20, 0x84, 0x61, 0x93, 0x20, 0x96, 0x20, 0xfc])), '€ „a“ – ü');
    assert.equal(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0xbc])), 'ü');
    assert.equal(decodeText(new Uint8Array([0xff, 0xfe, 0xfc, 0x00, 0x3b, 0x00])), 'ü;', 'Excel\'s "Unicode text" is UTF-16');
  });

  it('detects the delimiter from the heading row: semicolon, comma or tab; an Excel "sep=" line decides', async () => {
    assert.equal(detectDelimiter('Name;Gruppe;Beschreibung\r\nA;Vereine;"x, y, z"\r\n'), ';');
    assert.equal(detectDelimiter('Name,Gruppe\nA,Vereine\n'), ',');
    assert.equal(detectDelimiter('Name\tGruppe\tAngebote\nA\tVereine\tx; y, z\n'), '\t');
    assert.equal(detectDelimiter('\n\nName,Gruppe\n'), ',', 'blank lines before the headings');
    assert.equal(detectDelimiter('Name\n'), ';', 'nothing to tell: the German default');
    const hinted = await csvSheet('sep=,\r\nName,Gruppe\r\n"A; B",Politik\r\n');
    assert.equal(hinted.headingRow, 2);
    assert.deepEqual(hinted.rows, [['A; B', 'Politik']]);
    const tabbed = await csvSheet('Name\tGruppe\nA\tPolitik\n');
    assert.deepEqual(tabbed.rows, [['A', 'Politik']]);
  });

  it('reads LF and CRLF alike and finds a heading row under a title row', async () => {
    const lf = await csvSheet('Name;Gruppe\nA;Politik\n');
    const crlf = await csvSheet('Name;Gruppe\r\nA;Politik\r\n\r\n');
    assert.deepEqual(lf.rows, crlf.rows);
    // Excel ends rows with CRLF but writes a line break inside a cell as LF.
    const excel = await csvSheet('Name;Gruppe;Beschreibung\r\nA;Politik;"x\ny"\r\nB;Vereine;z\r\n');
    assert.deepEqual(excel.rows, [['A', 'Politik', 'x\ny'], ['B', 'Vereine', 'z']]);
    const titled = await csvSheet('Partnerliste Musterstadt;\r\n;\r\nName;Gruppe\r\nA;Politik\r\n');
    assert.equal(titled.headingRow, 3);
    assert.equal(planImport([], titled, { now: NOW }).report.rows[0]!.row, 4);
  });
});

describe('reading Excel workbooks', () => {
  it('takes the first sheet with our headings, after an instructions sheet, with cells as the text they show', async () => {
    const { sheet, report, partners, notes } = await importFixture('partner-two-sheets.xlsx', XLSX_MEDIA_TYPE);
    assert.equal(sheet.sheetName, 'Partner');
    assertReport(report);
    assert.deepEqual(
      report.rows.map(({ row, action, id }) => ({ row, action, id })),
      [
        { row: 2, action: 'add', id: 'p-01' },
        { row: 4, action: 'add', id: 'ausbildungsbuero-weissenburg' },
      ],
    );
    assert.deepEqual(partnerNamed(partners, 'Jugendförderverein Süd e. V.'), {
      id: 'p-01',
      name: 'Jugendförderverein Süd e. V.',
      category: 'vereine',
      type: 'jugendring',
      address: 'Bahnhofstraße 12, 45127 Musterstadt',
      location: { lat: 51.4556, lng: 7.0116 },
      website: 'https://jfv-sued.example',
      phone: '+49 201 123456',
      activeInIja: false,
      offers: ['Workcamp', 'Sprachkurs'],
      confirmedAt: '2025-03-01',
    });
    const office = partnerNamed(partners, 'Ausbildungsbüro Weißenburg');
    assert.equal(office.category, 'schule-beruf');
    assert.equal(office.activeInIja, true, 'a FALSE cell is "nein"');
    assert.deepEqual(office.location, { lat: 51.5556, lng: 7.0116 }, 'formulas give their results');
    assert.equal(office.confirmedAt, '2024-01-15', 'a German date typed as text');
    assert.deepEqual(notes, ['Column "PLZ-Hinweis" is not part of the partner list and ignored']);
    assert.equal(sheet.rows[0]![7], '45127', 'a number cell as its digits');
  });

  it('refuses a workbook in which no sheet has our headings, naming the sheets', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Anleitung').addRow(['Name', 'Pflichtfeld']);
    workbook.addWorksheet('Daten').addRow(['Organisation?', 'Farbe']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    await assert.rejects(readSpreadsheet(bytes, XLSX_MEDIA_TYPE), (error: unknown) => {
      assert.ok(error instanceof SpreadsheetError);
      assert.equal(error.kind, 'unreadable');
      assert.match(error.message, /"Anleitung", "Daten"/);
      return true;
    });
  });
});

describe('files that are no partner list', () => {
  async function refusal(bytes: Uint8Array, contentType: string): Promise<SpreadsheetError> {
    try {
      await readSpreadsheet(bytes, contentType);
    } catch (error) {
      if (error instanceof SpreadsheetError) return error;
      throw error;
    }
    assert.fail('read without an error');
  }

  it('refuses other media types, old .xls and LibreOffice .ods as unsupported, saying what to save instead', async () => {
    assert.equal((await refusal(utf8('Name;Gruppe\n'), 'image/png')).kind, 'unsupported');
    const xls = await refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'application/vnd.ms-excel');
    assert.equal(xls.kind, 'unsupported');
    assert.match(xls.message, /\.xls.*\.xlsx/);
    const ods = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Uint8Array(26), ...utf8('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')]);
    assert.match((await refusal(ods, 'application/octet-stream')).message, /\.ods/);
  });

  it('refuses a broken workbook, an unclosed quote and a file without our heading row as unreadable', async () => {
    assert.equal((await refusal(utf8('not a zip'), XLSX_MEDIA_TYPE)).kind, 'unreadable');
    assert.equal((await refusal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), XLSX_MEDIA_TYPE)).kind, 'unreadable');
    const unclosed = await refusal(utf8('Name;Gruppe\r\n"A;Politik\r\nB;Politik\r\n'), 'text/csv');
    assert.match(unclosed.message, /^Row 2: a quoted cell is not closed/);
    const headless = await refusal(utf8('Organisation;Farbe\r\nA;rot\r\n'), 'text/csv');
    assert.equal(headless.kind, 'unreadable');
    assert.match(headless.message, /the first row has "Organisation", "Farbe"/);
    assert.match((await refusal(new Uint8Array(0), 'text/csv')).message, /the file is empty/);
  });

  it('refuses a list of more than 5000 partners before checking its rows', async () => {
    const rows = (count: number) => ['Name;Gruppe', ...Array.from({ length: count }, (_, index) => `Partner ${index};Politik`)].join('\r\n');
    assert.equal((await csvSheet(rows(5000))).rows.length, 5000);
    assert.match((await refusal(utf8(rows(5001)), 'text/csv')).message, /at most 5000 partners/);
  });
});

describe('refusals, each with its note', () => {
  it('refuses an unknown group, an invalid e-mail, latitude 123 and an empty name, and takes the good row', async () => {
    const { report, partners, notes } = await importFixture('partner-bad-rows.csv', 'text/csv');
    assertReport(report);
    assert.deepEqual(report.rows, [
      { row: 2, action: 'refuse', name: 'Sportverein Nord', notes: [`Gruppe: "Sport" is not one of ${GROUPS}`] },
      { row: 3, action: 'refuse', name: 'Jugendhaus West', notes: ['E-Mail: "kontakt@" is not an e-mail address'] },
      { row: 4, action: 'refuse', name: 'Jugendhaus Ost', notes: ['Breitengrad: 123 is not between -90 and 90'] },
      { row: 5, action: 'refuse', notes: ['Name is empty; every partner needs one'] },
      { row: 6, action: 'add', id: 'gute-zeile', name: 'Gute Zeile', notes: [] },
    ]);
    assert.deepEqual(partners, [{ id: 'gute-zeile', name: 'Gute Zeile', category: 'politik' }]);
    assert.deepEqual(notes, ['Column "Bemerkung" is not part of the partner list and ignored'], 'an unknown column is reported once');
  });

  it('names every problem of a row, in German column terms', async () => {
    const sheet = await csvSheet(
      [
        'Name;Gruppe;Website;Telefon;Neu in der IJA;Breitengrad;Längengrad;Zuletzt bestätigt;Angebote',
        'A;Politik;javascript:alert(1);call me;vielleicht;51,4;;31.02.2025;',
        `B;;;;;abc;7;01.01.2030;${'x'.repeat(121)}`,
        'C;;;;;;;;',
      ].join('\r\n'),
    );
    const { report } = planImport([], sheet, { now: NOW });
    assert.deepEqual(report.rows[0]!.notes, [
      'Neu in der IJA: "vielleicht" is not ja or nein',
      'Längengrad is empty; a position needs both Breitengrad and Längengrad',
      'Zuletzt bestätigt: "31.02.2025" is not a date (write it as 31.12.2025 or 2025-12-31)',
      'Website: "javascript:alert(1)" is not a web address (https://… or http://…)',
      'Telefon: "call me" is not a phone number (digits, spaces and + ( ) / . - only)',
    ]);
    assert.deepEqual(report.rows[1]!.notes, [
      'Breitengrad: "abc" is not a number',
      'Zuletzt bestätigt: "01.01.2030" is in the future',
      `Gruppe is missing; every partner needs one of ${GROUPS}`,
      `Angebote: "${'x'.repeat(79)}…" has 121 characters; at most 120`,
    ]);
    assert.deepEqual(report.rows[2]!.notes, [`Gruppe is missing; every partner needs one of ${GROUPS}`]);
    assert.equal(report.refused, 3);
  });

  it('takes the group from a recommended type when the group cell is empty', async () => {
    const { report, partners } = planImport([], await csvSheet('Name;Gruppe;Art\r\nGesamtschule Nord;;Schulen\r\n'), { now: NOW });
    assert.equal(report.rows[0]!.action, 'add');
    assert.deepEqual(report.rows[0]!.notes, ['Gruppe is empty; taken from the type: "Übergang Schule–Beruf"']);
    assert.equal(partners[0]!.category, 'schule-beruf');
  });

  it('keeps a type that is none of the recommended ones as written', async () => {
    const { partners } = planImport([], await csvSheet('Name;Gruppe;Art\r\nA;Vereine;Sportverein mit Jugendabteilung\r\n'), { now: NOW });
    assert.equal(partners[0]!.type, 'Sportverein mit Jugendabteilung');
  });
});

describe('matching rows to the partners there are', () => {
  it('matches by ID and changes the cells that differ, with a note per column', async () => {
    const existing = demoPartners();
    const sheet = await csvSheet('ID;Name;Telefon;Angebote\r\np-01;Jugendzentrum Kreuzviertel;+49 2549 677801;"Fachkräfteaustausch; Sprachkurs"\r\n');
    const { report, partners } = planImport(existing, sheet, { now: NOW });
    assertReport(report);
    assert.deepEqual(report.rows, [
      {
        row: 2,
        action: 'change',
        id: 'p-01',
        name: 'Jugendzentrum Kreuzviertel',
        notes: [
          'Telefon: "+49 2549 677800" becomes "+49 2549 677801"',
          'Angebote: "Fachkräfteaustausch; Sprachkurs; Beratung zu Förderprogrammen" becomes "Fachkräfteaustausch; Sprachkurs"',
        ],
      },
    ]);
    assert.equal(partners.length, existing.length);
    assert.equal(partners[0]!.phone, '+49 2549 677801');
    assert.deepEqual(partners[0]!.offers, ['Fachkräfteaustausch', 'Sprachkurs']);
    assert.equal(partners[0]!.description, existing[0]!.description, 'columns the sheet lacks keep their values');
    assert.equal(partners[1], existing[1], 'the other partners stay as they are, in their places');
  });

  it('says when cells right of the last heading are ignored (an unquoted delimiter in CSV)', async () => {
    const sheet = await csvSheet('ID;Name;Angebote\r\np-01;Jugendzentrum Kreuzviertel;Fachkräfteaustausch; Sprachkurs;\r\n');
    const { report } = planImport(demoPartners(), sheet, { now: NOW });
    assert.equal(report.rows[0]!.action, 'change');
    assert.equal(report.rows[0]!.notes[0], 'Cells right of the last heading are ignored: "Sprachkurs" (a cell with a ; or , in it needs quotes in CSV)');
  });

  it('matches by name whatever the case and spacing when the ID is empty', async () => {
    const existing = demoPartners();
    const sheet = await csvSheet('ID;Name;Telefon\r\n;  jugendzentrum   KREUZVIERTEL ;+49 2549 677801\r\n');
    const { report, partners } = planImport(existing, sheet, { now: NOW });
    assert.equal(report.rows[0]!.action, 'change');
    assert.equal(report.rows[0]!.id, 'p-01');
    assert.deepEqual(report.rows[0]!.notes, [
      'Name: "Jugendzentrum Kreuzviertel" becomes "jugendzentrum   KREUZVIERTEL"',
      'Telefon: "+49 2549 677800" becomes "+49 2549 677801"',
    ]);
    assert.equal(partners[0]!.phone, '+49 2549 677801');
  });

  it('clears a field whose cell is empty and keeps the fields of missing columns', async () => {
    const existing = demoPartners();
    const { report, partners } = planImport(existing, await csvSheet('ID;Name;E-Mail\r\np-01;Jugendzentrum Kreuzviertel;\r\n'), { now: NOW });
    assert.deepEqual(report.rows[0]!.notes, ['E-Mail: "kontakt@jugendzentrum-kreuzviertel.example" is removed']);
    assert.equal(partners[0]!.email, undefined);
    assert.equal('email' in partners[0]!, false);
    assert.equal(partners[0]!.phone, existing[0]!.phone);
  });

  it('reports a row that changes nothing as unchanged and keeps the partner object', async () => {
    const existing = demoPartners();
    const sheet = await csvSheet('ID;Name;Gruppe;Neu in der IJA\r\np-01;Jugendzentrum Kreuzviertel;Träger der Jugendarbeit;nein\r\n;Jugendberufshilfe Ostend;schule-beruf;ja\r\n');
    const { report, partners } = planImport(existing, sheet, { now: NOW });
    assert.deepEqual(
      report.rows.map(({ action, id, notes }) => ({ action, id, notes })),
      [
        { action: 'unchanged', id: 'p-01', notes: [] },
        { action: 'unchanged', id: 'p-03', notes: [] },
      ],
    );
    assert.equal(partners[0], existing[0]);
    assert.equal(report.unchanged, 2);
  });

  it('refuses a new ID whose name belongs to another partner, and a name that two partners share', async () => {
    const existing = [...demoPartners(), { id: 'p-99', name: 'Jugendberufshilfe Ostend', category: 'schule-beruf' as const }];
    const sheet = await csvSheet('ID;Name;Gruppe\r\nkreuz;Jugendzentrum Kreuzviertel;Politik\r\n;Jugendberufshilfe Ostend;Politik\r\n');
    const { report } = planImport(existing, sheet, { now: NOW });
    assert.deepEqual(report.rows[0]!.notes, [
      'ID: "kreuz" is new, but "p-01" has this name; write "p-01" in the ID column to change it, or leave the ID empty',
    ]);
    assert.deepEqual(report.rows[1]!.notes, ['Name: 2 partners are called "Jugendberufshilfe Ostend" ("p-03", "p-99"); write the ID to say which']);
    assert.equal(report.refused, 2);
  });

  it('refuses the second row for the same partner, by ID or by name', async () => {
    const existing = demoPartners();
    const sheet = await csvSheet(
      [
        'ID;Name;Gruppe;Telefon',
        'p-01;Jugendzentrum Kreuzviertel;Träger der Jugendarbeit;+49 1',
        ';Jugendzentrum Kreuzviertel;Träger der Jugendarbeit;+49 2',
        'p-01;Anders geschrieben;Träger der Jugendarbeit;+49 3',
        ';Neuer Verein;Vereine;+49 4',
        ';NEUER  Verein;Vereine;+49 5',
        'eigene-id;Neuer Verein;Vereine;+49 6',
      ].join('\r\n'),
    );
    const { report, partners } = planImport(existing, sheet, { now: NOW });
    assertReport(report);
    assert.deepEqual(
      report.rows.map(({ row, action, notes }) => ({ row, action, notes })),
      [
        { row: 2, action: 'change', notes: ['Telefon: "+49 2549 677800" becomes "+49 1"'] },
        { row: 3, action: 'refuse', notes: ['Same partner as row 2; only the first row for a partner is imported'] },
        { row: 4, action: 'refuse', notes: ['Same partner as row 2; only the first row for a partner is imported'] },
        { row: 5, action: 'add', notes: [] },
        { row: 6, action: 'refuse', notes: ['Same partner as row 5; only the first row for a partner is imported'] },
        { row: 7, action: 'add', notes: [] },
      ],
      'a row with an ID of its own is a partner of its own, whatever its name',
    );
    assert.equal(partners[0]!.phone, '+49 1');
    assert.deepEqual(
      partners.slice(existing.length).map((partner) => partner.id),
      ['neuer-verein', 'eigene-id'],
    );
  });
});

describe('ids for new partners', () => {
  it('makes a slug of the name, unique among existing ids and the ids the sheet gives', async () => {
    const existing: Partner[] = [{ id: 'stadtjugendring-musterstadt', name: 'Stadtjugendring (alt)', category: 'vereine' }];
    const sheet = await csvSheet(
      ['ID;Name;Gruppe', ';Stadtjugendring Musterstadt;Vereine', ';Stadtjugendring  musterstadt;Vereine', ';Jugendring Süd;Vereine', 'jugendring-sued;Jugendring Süd (Nebenstelle);Vereine'].join('\r\n'),
    );
    const { report } = planImport(existing, sheet, { now: NOW });
    assert.deepEqual(
      report.rows.map(({ action, id }) => ({ action, id })),
      [
        { action: 'add', id: 'stadtjugendring-musterstadt-2' },
        { action: 'refuse', id: undefined },
        { action: 'add', id: 'jugendring-sued-2' },
        { action: 'add', id: 'jugendring-sued' },
      ],
      'the second "Stadtjugendring Musterstadt" is the same partner; "jugendring-sued" is kept for the row that gives it',
    );
  });

  it('keeps ids at most 100 characters, suffix included, and names without latin letters get "partner"', () => {
    const long = 'Förderverein '.repeat(20);
    const first = newIdFor(long, new Set());
    assert.ok(first.length <= 100);
    assert.match(first, /^foerderverein-foerderverein-.*[a-z]$/);
    const second = newIdFor(long, new Set([first]));
    assert.ok(second.length <= 100 && second.endsWith('-2'));
    assert.equal(newIdFor('Молодіжний клуб', new Set()), 'partner');
    assert.equal(newIdFor('Молодіжний клуб', new Set(['partner'])), 'partner-2');
    assert.equal(newIdFor('Café Élan – Jugendtreff', new Set()), 'cafe-elan-jugendtreff');
  });
});

describe('export and import again', () => {
  it('exports CSV as German Excel opens it: UTF-8 with BOM, semicolons, CRLF, German headings and values', () => {
    const [partner] = demoPartners().filter((p) => p.id === 'p-03');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(exportCsv([partner!]));
    assert.ok(text.startsWith('\uFEFFID;Name;Gruppe;Art;Beschreibung;Adresse;Website;E-Mail;Telefon;Angebote;Neu in der IJA;Breitengrad;Längengrad;Zuletzt bestätigt\r\n'));
    assert.equal(
      text.split('\r\n')[1],
      'p-03;Jugendberufshilfe Ostend;Übergang Schule–Beruf;Jugendberufshilfe;Begleitet junge Menschen im Übergang von der Schule in Ausbildung und Beruf.;' +
        "Lindenallee 33, 45115 Musterstadt-Ostend;https://jugendberufshilfe-ostend.example;;'+49 2624 403012;" +
        '"Workcamp; Fachkräfteaustausch; Sprachkurs";ja;51,4768;7,3742;',
    );
    assert.ok(text.endsWith('\r\n'));
  });

  it('exports XLSX with one sheet "Partner", a bold frozen heading row, widths, and numbers for coordinates', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportXlsx(demoPartners())).slice().buffer);
    assert.deepEqual(workbook.worksheets.map((sheet) => sheet.name), ['Partner']);
    const sheet = workbook.worksheets[0]!;
    assert.equal(sheet.getCell('A1').value, 'ID');
    assert.equal(sheet.getCell('A1').font?.bold, true);
    assert.equal(sheet.views[0]?.state, 'frozen');
    assert.equal((sheet.views[0] as { ySplit?: number }).ySplit, 1);
    assert.ok((sheet.getColumn(5).width ?? 0) > (sheet.getColumn(11).width ?? 0));
    const p03 = sheet.getRows(2, 60)!.find((row) => row.getCell(1).value === 'p-03')!;
    assert.equal(p03.getCell(12).value, 51.4768);
    assert.equal(p03.getCell(9).value, '+49 2624 403012', 'phone numbers are text, not guarded in a workbook');
    assert.equal(sheet.rowCount, 61);
  });

  const extras: Partner[] = [
    {
      id: 'x-1',
      name: '=HYPERLINK("https://evil.example","klick")',
      category: 'politik',
      type: 'Eigene Art; mit Semikolon',
      description: 'Zwei\r\nZeilen mit "Anführungszeichen"; und Semikolon',
      location: { lat: -33.8688, lng: -151.2093 },
      offers: ['Beratung, auch online', 'Workcamp'],
      activeInIja: false,
      confirmedAt: '2025-12-31',
      phone: '-12 34',
    },
    { id: 'x-2', name: '@Jugendtreff', category: 'vereine', description: '' },
  ];

  for (const format of ['csv', 'xlsx'] as const) {
    it(`gives every Musterstadt partner back unchanged after export and import (${format})`, async () => {
      const existing = deepFreeze([...demoPartners(), ...extras]);
      assert.equal(existing.length, 62);
      const bytes = format === 'csv' ? exportCsv(existing) : await exportXlsx(existing);
      const sheet = await readSpreadsheet(bytes, format === 'csv' ? 'text/csv' : XLSX_MEDIA_TYPE);
      const { report, partners, notes } = planImport(existing, sheet, { now: NOW });
      assertReport(report);
      const changed = report.rows.filter((row) => row.action !== 'unchanged');
      assert.deepEqual(changed, []);
      assert.equal(report.unchanged, 62);
      assert.deepEqual(notes, []);
      assert.deepEqual(partners, existing);
    });
  }

  it('puts an apostrophe before CSV cells Excel would run as formulas, and the import takes it away', () => {
    const text = new TextDecoder().decode(exportCsv(extras));
    assert.match(text, /\r\nx-1;"'=HYPERLINK\(""https:/);
    assert.match(text, /;'-12 34;/);
    assert.match(text, /;-33,8688;-151,2093;/, 'negative coordinates are numbers, not guarded');
    assert.match(text, /\r\nx-2;'@Jugendtreff;/);
  });
});

describe('planImport is pure', () => {
  it('does not change the existing list or its partners, and answers a new list', async () => {
    const existing = deepFreeze(demoPartners());
    const before = JSON.stringify(existing);
    const sheet: SheetRowsInput = await csvSheet('ID;Name;Gruppe;Telefon;Angebote\r\np-01;Jugendzentrum Kreuzviertel;Politik;+49 1;"a; b"\r\n;Neu;Vereine;;\r\n');
    const plan = planImport(existing, sheet, { now: NOW });
    assert.equal(plan.report.changed, 1);
    assert.equal(plan.report.added, 1);
    assert.equal(JSON.stringify(existing), before);
    assert.notEqual(plan.partners, existing);
    assert.equal(plan.partners.length, existing.length + 1);
    assert.deepEqual(planImport(existing, sheet, { now: NOW }), plan, 'the same input gives the same plan');
  });

  it('marks the report as a dry run that wrote nothing; the caller that writes says so', () => {
    const { report } = planImport([], { headings: ['Name', 'Gruppe'], rows: [['A', 'Politik']] });
    assert.equal(report.dryRun, true);
    assert.equal(report.written, false);
  });
});

describe('cell values', () => {
  it('reads ja/nein, yes/no, x/empty, 1/0, true/false and LibreOffice\'s WAHR/FALSCH', () => {
    for (const yes of ['ja', 'Ja', 'JA', 'yes', 'x', 'X', '1', 'true', 'WAHR']) assert.deepEqual(readYesNo(yes), { value: true }, yes);
    for (const no of ['nein', 'no', '0', 'false', 'FALSCH']) assert.deepEqual(readYesNo(no), { value: false }, no);
    assert.deepEqual(readYesNo('  '), { value: undefined });
    assert.ok('problem' in readYesNo('vielleicht'));
  });

  it('reads ISO and German dates and refuses days that do not exist', () => {
    assert.deepEqual(readDate('2025-03-01'), { value: '2025-03-01' });
    assert.deepEqual(readDate('1.3.2025'), { value: '2025-03-01' });
    assert.deepEqual(readDate('01.03.25'), { value: '2025-03-01' });
    assert.deepEqual(readDate('29.02.2024'), { value: '2024-02-29' });
    for (const wrong of ['29.02.2025', '2025-13-01', '3/1/2025', 'gestern']) assert.ok('problem' in readDate(wrong), wrong);
  });

  it('splits offers by semicolons or line breaks when the cell has any, else by commas', () => {
    assert.deepEqual(readList('Workcamp, Sprachkurs'), ['Workcamp', 'Sprachkurs']);
    assert.deepEqual(readList('Workcamp; Beratung, auch online'), ['Workcamp', 'Beratung, auch online']);
    assert.deepEqual(readList('Workcamp\r\nSprachkurs\n\n'), ['Workcamp', 'Sprachkurs']);
    assert.deepEqual(readList(' '), []);
  });
});
