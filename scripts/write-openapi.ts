/**
 * Writes the reference server's OpenAPI document (the REST contract the fetch adapter speaks) to
 * dist/openapi.json, with the server's API prefix. Run with `node --import tsx scripts/write-openapi.ts`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openApiDocument } from '../server/http/openapi.js';


const document = openApiDocument();
const outDir = 'dist';
await mkdir(outDir, { recursive: true });
await writeFile(join(outDir, 'openapi.json'), `${JSON.stringify(document, null, 2)}\n`);
console.log(`wrote dist/openapi.json (${Object.keys(document['paths'] as object).length} paths)`);
