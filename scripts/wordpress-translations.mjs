/**
 * The WordPress plugin's translations, from the hand-written `.po` files in wordpress/ija-widgets/languages/:
 * - `<domain>-<locale>.mo` for PHP (WordPress reads .mo files; written here, so no `msgfmt` is needed);
 * - `<domain>-<locale>-ija-widgets-editor.json` (Jed format) for the block editor's script, with the strings it uses.
 * `--check` writes nothing and fails when a written file is out of date, or when a string of the plugin (PHP, the
 * editor script, block.json) has no translation.
 *
 *   node scripts/wordpress-translations.mjs [--check]
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const PLUGIN = resolve(import.meta.dirname, '..', 'wordpress', 'ija-widgets');
const LANGUAGES = join(PLUGIN, 'languages');
const DOMAIN = 'ija-widgets';
const EDITOR_SCRIPT = { handle: 'ija-widgets-editor', file: join(PLUGIN, 'assets', 'ija-blocks-editor.js') };
/** block.json fields WordPress translates, with the context it uses. */
const BLOCK_CONTEXTS = { title: 'block title', description: 'block description', keywords: 'block keyword' };
const CONTEXT_GLUE = '\u0004';

/** The entries of a .po file: key (context + \u0004 + msgid, or msgid) → msgstr. */
export function readPo(text) {
  const entries = new Map();
  let entry = {};
  let field;
  const flush = () => {
    if (entry.msgid !== undefined) entries.set(entry.msgctxt !== undefined ? entry.msgctxt + CONTEXT_GLUE + entry.msgid : entry.msgid, entry.msgstr ?? '');
    entry = {};
  };
  for (const line of text.split('\n')) {
    const start = /^(msgctxt|msgid|msgstr) (".*")$/.exec(line);
    if (start) {
      if (start[1] !== 'msgstr' && entry.msgstr !== undefined) flush();
      field = start[1];
      entry[field] = JSON.parse(start[2]);
    } else if (/^".*"$/.test(line) && field) {
      entry[field] += JSON.parse(line);
    } else if (line.trim() === '') {
      flush();
      field = undefined;
    }
  }
  flush();
  return entries;
}

/** A .mo file (GNU gettext, little endian, no hash table) of the entries, sorted by key as the format wants. */
export function writeMo(entries) {
  const keys = [...entries.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const originals = keys.map((key) => Buffer.from(key));
  const translations = keys.map((key) => Buffer.from(entries.get(key)));
  const count = keys.length;
  const headerSize = 28 + count * 16;
  const tables = Buffer.alloc(headerSize);
  tables.writeUInt32LE(0x950412de, 0);
  tables.writeUInt32LE(0, 4);
  tables.writeUInt32LE(count, 8);
  tables.writeUInt32LE(28, 12);
  tables.writeUInt32LE(28 + count * 8, 16);
  tables.writeUInt32LE(0, 20);
  tables.writeUInt32LE(headerSize, 24);
  const strings = [];
  let offset = headerSize;
  [originals, translations].forEach((list, table) => {
    list.forEach((bytes, index) => {
      tables.writeUInt32LE(bytes.length, 28 + table * count * 8 + index * 8);
      tables.writeUInt32LE(offset, 28 + table * count * 8 + index * 8 + 4);
      strings.push(bytes, Buffer.from([0]));
      offset += bytes.length + 1;
    });
  });
  return Buffer.concat([tables, ...strings]);
}

/** The strings an editor script translates: __('…', 'ija-widgets'). */
function scriptStrings(source) {
  return [...source.matchAll(/__\(\s*'((?:[^'\\]|\\.)*)',\s*'ija-widgets'\s*\)/g)].map((match) => match[1].replace(/\\(.)/g, '$1'));
}

/** Every string the plugin translates: PHP (__ and esc_html__ …), the editor script, the blocks' block.json. */
function pluginStrings() {
  const php = readdirSync(join(PLUGIN, 'includes'))
    .filter((name) => name.endsWith('.php'))
    .flatMap((name) => [...readFileSync(join(PLUGIN, 'includes', name), 'utf8').matchAll(/\b(?:__|_e|esc_html__|esc_attr__|esc_html_e|esc_attr_e)\(\s*'((?:[^'\\]|\\.)*)',\s*'ija-widgets'\s*\)/g)])
    .map((match) => match[1].replace(/\\(.)/g, '$1'));
  const blocks = readdirSync(join(PLUGIN, 'blocks')).flatMap((name) => {
    const block = JSON.parse(readFileSync(join(PLUGIN, 'blocks', name, 'block.json'), 'utf8'));
    return Object.entries(BLOCK_CONTEXTS).flatMap(([field, context]) => [block[field]].flat().map((text) => context + CONTEXT_GLUE + text));
  });
  return [...php, ...scriptStrings(readFileSync(EDITOR_SCRIPT.file, 'utf8')), ...blocks];
}

function editorJson(entries, locale) {
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': 'nplurals=2; plural=(n != 1);' } };
  for (const text of [...new Set(scriptStrings(readFileSync(EDITOR_SCRIPT.file, 'utf8')))].sort()) {
    if (entries.get(text)) messages[text] = [entries.get(text)];
  }
  return `${JSON.stringify({ domain: 'messages', locale_data: { messages } })}\n`;
}

const check = process.argv.includes('--check');
const problems = [];
for (const po of readdirSync(LANGUAGES).filter((name) => name.endsWith('.po'))) {
  const locale = po.slice(DOMAIN.length + 1, -'.po'.length);
  const entries = readPo(readFileSync(join(LANGUAGES, po), 'utf8'));
  for (const text of pluginStrings()) {
    if (!entries.get(text)) problems.push(`${po}: no translation of ${JSON.stringify(text.replace(CONTEXT_GLUE, ' | '))}`);
  }
  const outputs = [
    [join(LANGUAGES, `${DOMAIN}-${locale}.mo`), writeMo(entries)],
    [join(LANGUAGES, `${DOMAIN}-${locale}-${EDITOR_SCRIPT.handle}.json`), Buffer.from(editorJson(entries, locale))],
  ];
  for (const [file, bytes] of outputs) {
    if (!check) writeFileSync(file, bytes);
    else if (!existsSync(file) || !readFileSync(file).equals(bytes)) problems.push(`${file} is out of date: run node scripts/wordpress-translations.mjs`);
  }
}
if (problems.length > 0) {
  console.error([...new Set(problems)].join('\n'));
  process.exit(1);
}
console.log(check ? 'wordpress-translations: up to date' : 'wordpress-translations: written');
