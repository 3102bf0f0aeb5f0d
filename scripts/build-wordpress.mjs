/**
 * Builds the WordPress plugin: dist/wordpress/ija-widgets/ is the plugin folder (wordpress/ija-widgets/) with the
 * built library (dist/cdn/*.js and its stylesheet, no source maps) in lib/ and the contract's JSON Schemas
 * (dist/schema/*.json) in schema/; dist/wordpress/ija-widgets.zip holds that folder, ready for
 * Plugins → Installieren → Plugin hochladen.
 *
 *   npm run build:wordpress        (after the library build; `npm run build` runs it at its end)
 *
 * The zip is written here, without the `zip` command (CI machines may lack it): deflate from node:zlib, CRC-32 from
 * node:zlib, UTF-8 names, Unix modes, one fixed timestamp so the same input gives the same bytes.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE = join(ROOT, 'wordpress', 'ija-widgets');
const OUT = join(ROOT, 'dist', 'wordpress');
const PLUGIN = join(OUT, 'ija-widgets');
const ZIP = join(OUT, 'ija-widgets.zip');

for (const needed of [join(ROOT, 'dist', 'cdn', 'ija-widgets.js'), join(ROOT, 'dist', 'schema')]) {
  if (!existsSync(needed)) {
    console.error(`build-wordpress: ${relative(ROOT, needed)} is missing; build the library first (npm run build).`);
    process.exit(1);
  }
}

rmSync(OUT, { recursive: true, force: true });
cpSync(SOURCE, PLUGIN, { recursive: true });
copyMatching(join(ROOT, 'dist', 'cdn'), join(PLUGIN, 'lib'), (name) => name.endsWith('.js') || name.endsWith('.css'));
copyMatching(join(ROOT, 'dist', 'schema'), join(PLUGIN, 'schema'), (name) => name.endsWith('.json'));

const entries = listTree(PLUGIN).map((path) => ({ path, name: relative(OUT, path).split('\\').join('/') }));
writeFileSync(ZIP, zip(entries));
console.log(`build-wordpress: ${relative(ROOT, ZIP)} (${entries.length} entries, ${Math.round(statSync(ZIP).size / 1024)} KB)`);

/** Copies the files of `from` whose names pass `keep` (no subfolders) into `to`. */
function copyMatching(from, to, keep) {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (keep(name) && statSync(join(from, name)).isFile()) cpSync(join(from, name), join(to, name));
  }
}

/** The folder and everything under it, folders before their contents, in a stable order. */
function listTree(folder) {
  const below = readdirSync(folder).sort().flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? listTree(path) : [path];
  });
  return [folder, ...below];
}

/** A zip archive (PKZIP 2.0: deflate or stored, no zip64; fine below 4 GB) of the given files and folders. */
function zip(entries) {
  const DOS_TIME = 0; // 00:00:00
  const DOS_DATE = (2020 - 1980) << 9 | 1 << 5 | 1; // 2020-01-01: a fixed date keeps the archive reproducible
  const UTF8_NAMES = 0x0800;
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { path, name } of entries) {
    const folder = statSync(path).isDirectory();
    const fileName = Buffer.from(folder ? `${name}/` : name, 'utf8');
    const data = folder ? Buffer.alloc(0) : readFileSync(path);
    const deflated = folder ? data : deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const method = stored ? 0 : 8;
    const crc = crc32(data);
    const mode = folder ? 0o40755 : 0o100644;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    local.writeUInt16LE(0, 28); // no extra field
    locals.push(local, fileName, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(3 << 8 | 20, 4); // made by: Unix, 2.0 (so the external attributes carry the mode)
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(UTF8_NAMES, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    // extra length, comment length, disk number, internal attributes: all 0 (bytes 30–37)
    central.writeUInt32LE(((mode << 16) | (folder ? 0x10 : 0)) >>> 0, 38); // Unix mode; MS-DOS directory bit
    central.writeUInt32LE(offset, 42);
    centrals.push(central, fileName);

    offset += local.length + fileName.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8); // entries on this disk
  end.writeUInt16LE(entries.length, 10); // entries in all
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
