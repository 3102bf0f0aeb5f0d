/**
 * Builds the reference server as a package of its own, `ija-widgets-server` (bin `ija-server`), into
 * server-dist/: the server and the library code it uses bundled into one file (main.js), the demo site
 * (public/) and the built library (dist/), and a package.json whose dependencies are exactly the
 * packages main.js imports. The widgets package keeps no server dependencies: webmasters install it.
 *
 *   npm run build:server        (after the library build: it copies dist/)
 *
 * IJA_SERVER_OUT: another output folder (tests build into a temp folder); IJA_LIBRARY_DIST: another
 * built library to ship instead of dist/.
 */
import { build } from 'esbuild';
import { builtinModules } from 'node:module';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(process.env.IJA_SERVER_OUT ?? join(ROOT, 'server-dist'));
const LIBRARY = resolve(process.env.IJA_LIBRARY_DIST ?? join(ROOT, 'dist'));
/** What a browser loads from /dist/: the drop-in (cdn/) and the manifest, schemas and OpenAPI; not the npm modules. */
const servedFromDist = (name) => name === 'cdn' || name === 'schema' || name.endsWith('.json');

const rootPackage = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));

if (!existsSync(join(LIBRARY, 'cdn', 'ija-widgets.js'))) {
  console.error(`build-server: ${relative(ROOT, LIBRARY) || LIBRARY}/cdn/ija-widgets.js is missing; build the library first (npm run build).`);
  process.exit(1);
}

/** `@scope/name/sub/path` → `@scope/name`, `name/sub` → `name`. */
function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The range the root package asks for; the locked version when it names the package only indirectly. */
function versionOf(name) {
  const range = rootPackage.dependencies?.[name] ?? rootPackage.devDependencies?.[name];
  if (range !== undefined) return range;
  const locked = lock.packages?.[`node_modules/${name}`]?.version;
  if (locked !== undefined) return locked;
  throw new Error(`build-server: the bundle imports "${name}", which neither package.json nor package-lock.json names`);
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const result = await build({
  entryPoints: [join(ROOT, 'server/main.ts')],
  outfile: join(OUT, 'main.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: `node${rootPackage.engines.node.replace(/^>=\s*/, '')}`,
  // Runtime packages stay imports (installed as dependencies, better-sqlite3 compiled for the machine);
  // the server's and the library's own code and the demo JSON are inlined.
  packages: 'external',
  tsconfig: join(ROOT, 'server/tsconfig.json'),
  banner: { js: '#!/usr/bin/env node' },
  metafile: true,
  logLevel: 'warning',
});

const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
const imported = new Set();
for (const output of Object.values(result.metafile.outputs)) {
  for (const { path, external } of output.imports) {
    if (external && !builtins.has(path) && !path.startsWith('node:')) imported.add(packageName(path));
  }
}
const dependencies = Object.fromEntries([...imported].sort().map((name) => [name, versionOf(name)]));

const serverPackage = {
  name: 'ija-widgets-server',
  version: rootPackage.version,
  description: 'Reference server of ija-widgets: the REST contract and event stream on SQLite or PostgreSQL, with the demo site.',
  type: 'module',
  license: rootPackage.license,
  bin: { 'ija-server': './main.js' },
  files: ['main.js', 'public/', 'dist/', 'README.md', 'LICENSE'],
  engines: rootPackage.engines,
  dependencies,
};
writeFileSync(join(OUT, 'package.json'), `${JSON.stringify(serverPackage, null, 2)}\n`);

cpSync(join(ROOT, 'server/public'), join(OUT, 'public'), { recursive: true });
cpSync(LIBRARY, join(OUT, 'dist'), {
  recursive: true,
  filter: (source) => source === LIBRARY || servedFromDist(relative(LIBRARY, source).split(/[/\\]/)[0]),
});
cpSync(join(ROOT, 'LICENSE'), join(OUT, 'LICENSE'));
writeFileSync(
  join(OUT, 'README.md'),
  `# ija-widgets-server

The reference server of ija-widgets: the REST contract and the board's event stream on SQLite or
PostgreSQL, with the Musterstadt demo site and the built library.

    npm install ija-widgets-server-${rootPackage.version}.tgz     # the file \`npm pack\` makes of this folder
    npx ija-server --db data/ija.sqlite --demo                   # http://127.0.0.1:8787/
    npx ija-server --help

Operation (backups, systemd, nginx): docs/betrieb.md and docs/deploy/ in the ija-widgets repository.
`,
);

console.log(`build-server: ${relative(ROOT, OUT) || OUT}/ (ija-widgets-server ${rootPackage.version}; dependencies: ${Object.keys(dependencies).join(', ')})`);
