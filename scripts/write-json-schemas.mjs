import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Builds the schema module for Node and writes one JSON Schema file per contract document. */
export async function writeJsonSchemas(outDir) {
  const tmpDir = join('node_modules', '.cache', 'ija-schema');
  await mkdir(tmpDir, { recursive: true });
  const outfile = join(tmpDir, `json-schema-${process.pid}-${Date.now()}.mjs`);
  await build({
    entryPoints: ['src/core/schemas/json-schema.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    tsconfig: 'tsconfig.json',
    logLevel: 'error',
  });
  const { contractJsonSchemas } = await import(pathToFileURL(outfile).href);
  const schemas = contractJsonSchemas();
  await mkdir(outDir, { recursive: true });
  for (const [name, schema] of Object.entries(schemas)) {
    await writeFile(join(outDir, `${name}.json`), `${JSON.stringify(schema, null, 2)}\n`);
  }
  return Object.keys(schemas);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const names = await writeJsonSchemas(join('dist', 'schema'));
  console.log(`wrote ${names.length} JSON Schemas to dist/schema/`);
}
