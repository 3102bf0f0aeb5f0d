import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeJsonSchemas } from '../../scripts/write-json-schemas.mjs';

/** Serves `/__schema/<name>.json` as written by `npm run schema`, so tests check the real files. */
export function schemaPlugin() {
  let written;
  return {
    name: 'ija-schema',
    async serve(context) {
      const match = context.path.match(/^\/__schema\/([\w-]+)\.json$/);
      if (!match) return undefined;
      written ??= mkdtemp(join(tmpdir(), 'ija-schema-')).then(async (dir) => ({ dir, names: await writeJsonSchemas(dir) }));
      const { dir, names } = await written;
      if (match[1] === 'index') return { body: JSON.stringify(names), type: 'json' };
      if (!names.includes(match[1])) return { body: '{"error":"no such schema"}', type: 'json', status: 404 };
      return { body: await readFile(join(dir, `${match[1]}.json`), 'utf8'), type: 'json' };
    },
  };
}
