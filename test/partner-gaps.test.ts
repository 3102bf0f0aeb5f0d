import { expect } from '@open-wc/testing';
import {
  findGaps,
  gapsToCsv,
  gapsToText,
  type GapGroup,
  type GapLabels,
} from '../src/components/ija-partner-map/partner-gaps.js';
import {
  PARTNER_CATEGORY_LABELS_DE,
  RECOMMENDED_PARTNER_TYPES,
  type PartnerTypeDefinition,
} from '../src/core/defaults/partner-types.js';
import { PARTNER_CATEGORIES, type Partner } from '../src/core/schemas/partner.js';

const LABELS: GapLabels = {
  title: 'Wer fehlt noch?',
  category: (category) => PARTNER_CATEGORY_LABELS_DE[category],
  type: (def) => def.label,
  columns: ['Gruppe', 'Partnertyp'],
  none: 'Alle empfohlenen Partner sind dabei.',
};

const ids = (defs: readonly PartnerTypeDefinition[]) => defs.map((def) => def.id);

function partner(id: string, category: Partner['category'], type?: string): Partner {
  return { id, name: `Partner ${id}`, category, ...(type ? { type } : {}) };
}

/** A minimal CSV reader for the tested dialect: BOM, CRLF rows, `;` outside quotes, `""` inside quotes. */
function parseCsv(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF'), 'starts with a BOM').to.equal(true);
  const body = csv.slice(1);
  expect(body.endsWith('\r\n'), 'ends with CRLF').to.equal(true);
  const rows = body.slice(0, -2).split('\r\n');
  return rows.map((row) => {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    let wasQuoted = false;
    for (let i = 0; i < row.length; i++) {
      const char = row[i];
      if (quoted) {
        if (char === '"' && row[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (char === '"') {
          quoted = false;
        } else {
          cell += char;
        }
      } else if (char === '"') {
        expect(cell, 'quote only at the start of a cell').to.equal('');
        quoted = true;
        wasQuoted = true;
      } else if (char === ';') {
        expect(wasQuoted, 'every cell quoted').to.equal(true);
        cells.push(cell);
        cell = '';
        wasQuoted = false;
      } else {
        expect.fail(`unquoted character ${JSON.stringify(char)} in row ${JSON.stringify(row)}`);
      }
    }
    expect(quoted, 'closing quote').to.equal(false);
    expect(wasQuoted, 'every cell quoted').to.equal(true);
    cells.push(cell);
    return cells;
  });
}

describe('findGaps', () => {
  it('reports all 18 recommended types missing on an empty network', () => {
    const groups = findGaps([]);
    expect(groups.map((group) => group.category)).to.deep.equal([...PARTNER_CATEGORIES]);
    expect(groups.map((group) => group.missing.length)).to.deep.equal([4, 6, 2, 6]);
    expect(groups.every((group) => group.present.length === 0)).to.equal(true);
    expect(groups.flatMap((group) => ids(group.missing))).to.deep.equal(RECOMMENDED_PARTNER_TYPES.map((def) => def.id));
  });

  it('splits a partial network into present and missing, in factsheet order', () => {
    const groups = findGaps([
      partner('a', 'vereine', 'jugendring'),
      partner('b', 'vereine', 'jugendring'),
      partner('c', 'jugendarbeit', 'jugendunterkunft'),
      partner('d', 'jugendarbeit', 'freie-traeger'),
      partner('e', 'schule-beruf', 'schulen'),
      partner('f', 'politik'),
      partner('g', 'politik', 'Beirat'),
    ]);
    const [vereine, jugendarbeit, politik, schuleBeruf] = groups;
    expect(ids(vereine.present)).to.deep.equal(['jugendring']);
    expect(ids(vereine.missing)).to.deep.equal([
      'staedtepartnerschaft',
      'vereine-junger-migrantinnen',
      'migrantinnen-selbstorganisationen',
    ]);
    expect(ids(jugendarbeit.present)).to.deep.equal(['freie-traeger', 'jugendunterkunft']);
    expect(jugendarbeit.missing).to.have.length(4);
    expect(politik.present).to.deep.equal([]);
    expect(ids(politik.missing)).to.deep.equal(['integrationsbeauftragte', 'politik-entscheidung']);
    expect(ids(schuleBeruf.present)).to.deep.equal(['schulen']);
    expect(ids(schuleBeruf.missing)).to.deep.equal(['arge', 'jobcenter', 'handwerkskammer', 'ihk', 'jugendberufshilfe']);
  });

  it('counts a type only within its own category', () => {
    const [vereine, , politik] = findGaps([
      partner('a', 'politik', 'jugendring'),
      partner('b', 'vereine', 'integrationsbeauftragte'),
    ]);
    expect(vereine.present).to.deep.equal([]);
    expect(politik.present).to.deep.equal([]);
  });

  it('reports nothing missing when every type is filled', () => {
    const groups = findGaps(RECOMMENDED_PARTNER_TYPES.map((def) => partner(def.id, def.category, def.id)));
    expect(groups.map((group) => group.missing.length)).to.deep.equal([0, 0, 0, 0]);
    expect(groups.map((group) => group.present.length)).to.deep.equal([4, 6, 2, 6]);
  });
});

describe('gapsToCsv', () => {
  it('writes BOM, quoted header and one row per missing type', () => {
    const csv = gapsToCsv(findGaps([]), LABELS);
    expect(csv.startsWith('\uFEFF"Gruppe";"Partnertyp"\r\n"Vereine";"Städtepartnerschaftsvereine"\r\n')).to.equal(true);
    expect(csv).not.to.match(/[^\r]\n/);
    const rows = parseCsv(csv);
    expect(rows).to.have.length(19);
    expect(rows[0]).to.deep.equal(['Gruppe', 'Partnertyp']);
    expect(rows.slice(1)).to.deep.equal(
      RECOMMENDED_PARTNER_TYPES.map((def) => [PARTNER_CATEGORY_LABELS_DE[def.category], def.label]),
    );
    expect(rows[5]).to.deep.equal(['Träger der Jugendarbeit', 'Einrichtungen der kommunalen Jugendarbeit']);
  });

  it('writes only the header when nothing is missing', () => {
    const groups = findGaps(RECOMMENDED_PARTNER_TYPES.map((def) => partner(def.id, def.category, def.id)));
    expect(gapsToCsv(groups, LABELS)).to.equal('\uFEFF"Gruppe";"Partnertyp"\r\n');
  });

  it('escapes quotes and keeps semicolons inside cells', () => {
    const groups: GapGroup[] = [
      {
        category: 'vereine',
        missing: [{ id: 'x', category: 'vereine', label: 'Verein "Brücke"; e. V.' }],
        present: [],
      },
    ];
    const csv = gapsToCsv(groups, { ...LABELS, columns: ['Gruppe; Name', 'Typ "neu"'] });
    expect(csv).to.include('"Verein ""Brücke""; e. V."');
    expect(parseCsv(csv)).to.deep.equal([
      ['Gruppe; Name', 'Typ "neu"'],
      ['Vereine', 'Verein "Brücke"; e. V.'],
    ]);
  });

  it('defuses formula-like cells with an apostrophe', () => {
    const labels = ['=HYPERLINK("http://example.com")', '+49 Verein', '-Gruppe', '@SUM(A1)', '\tTab', 'Normal = gut'];
    const groups: GapGroup[] = [
      {
        category: 'politik',
        missing: labels.map((label, i) => ({ id: `t${i}`, category: 'politik', label })),
        present: [],
      },
    ];
    const rows = parseCsv(gapsToCsv(groups, { ...LABELS, category: () => '=1+1' }));
    expect(rows.slice(1).map((row) => row[1])).to.deep.equal([
      `'=HYPERLINK("http://example.com")`,
      "'+49 Verein",
      "'-Gruppe",
      "'@SUM(A1)",
      "'\tTab",
      'Normal = gut',
    ]);
    expect(rows.slice(1).every((row) => row[0] === "'=1+1")).to.equal(true);
  });
});

describe('gapsToText', () => {
  it('lists groups with gaps under their headings', () => {
    const groups = findGaps([
      ...RECOMMENDED_PARTNER_TYPES.filter((def) => def.category !== 'politik').map((def) =>
        partner(def.id, def.category, def.id),
      ),
      partner('x', 'schule-beruf', 'x'),
    ]).map((group) => (group.category === 'vereine' ? { ...group, missing: group.present.slice(0, 1) } : group));
    expect(gapsToText(groups, LABELS)).to.equal(
      [
        'Wer fehlt noch?',
        '',
        'Vereine',
        '- Städtepartnerschaftsvereine',
        '',
        'Politik',
        '- Integrationsbeauftragte*r',
        '- Politische Entscheidungsträger*innen (z. B. Ratsmitglieder)',
        '',
      ].join('\n'),
    );
  });

  it('lists all 18 types on an empty network with LF line ends', () => {
    const text = gapsToText(findGaps([]), LABELS);
    expect(text).not.to.include('\r');
    const lines = text.split('\n');
    expect(lines[0]).to.equal('Wer fehlt noch?');
    expect(lines.filter((line) => line.startsWith('- '))).to.have.length(18);
    for (const category of PARTNER_CATEGORIES) expect(lines).to.include(PARTNER_CATEGORY_LABELS_DE[category]);
  });

  it('says so when nothing is missing', () => {
    const groups = findGaps(RECOMMENDED_PARTNER_TYPES.map((def) => partner(def.id, def.category, def.id)));
    expect(gapsToText(groups, LABELS)).to.equal('Wer fehlt noch?\n\nAlle empfohlenen Partner sind dabei.\n');
  });

  it('uses the given labels', () => {
    const text = gapsToText(findGaps([]), {
      ...LABELS,
      title: 'Who is missing?',
      category: (category) => category.toUpperCase(),
      type: (def) => def.id,
    });
    expect(text.startsWith('Who is missing?\n\nVEREINE\n- staedtepartnerschaft\n- jugendring\n')).to.equal(true);
  });
});
