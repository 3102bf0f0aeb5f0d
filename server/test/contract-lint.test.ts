import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import * as z from 'zod/mini';
import { DEFAULT_AGENDA, DEFAULT_PLAN } from '../../src/core/defaults/index.js';
import { CONTRACT_SCHEMAS, type ContractSchemaName } from '../../src/core/schemas/json-schema.js';
import { ApiError } from '../core/errors.js';
import { BoardHub } from '../http/board-hub.js';
import { eventStreamHandler } from '../http/event-stream.js';
import { openApiDocument } from '../http/openapi.js';
import { createMemoryRepository } from '../repository/memory.js';
import { DEFAULT_SITE } from '../repository/repository.js';

/**
 * The contract files as a backend developer gets them: the OpenAPI document passes Redocly's lint
 * (redocly.yaml: the recommended rules as errors, and more), says who may call each operation and
 * every header a client needs; the published JSON Schemas accept and refuse what the zod schemas do.
 */

const ROOT = resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);

interface LintReport {
  totals: { errors: number; warnings: number; ignored: number };
  problems: { ruleId: string; severity: string; message: string; location?: { pointer?: string }[] }[];
}

/** Lints a document with the project's Redocly CLI and config; the report and the exit code. */
async function lint(document: unknown, dir: string, name: string): Promise<{ report: LintReport; code: number; output: string }> {
  const file = join(dir, name);
  await writeFile(file, JSON.stringify(document, null, 2));
  const args = ['lint', file, '--config', join(ROOT, 'redocly.yaml'), '--format', 'json'];
  // Offline and quiet: no telemetry, no update check.
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };
  let stdout: string;
  let stderr: string;
  let code = 0;
  try {
    ({ stdout, stderr } = await run(join(ROOT, 'node_modules', '.bin', 'redocly'), args, { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024, timeout: 120_000 }));
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; code?: number };
    stdout = failed.stdout ?? '';
    stderr = failed.stderr ?? '';
    code = typeof failed.code === 'number' ? failed.code : 1;
  }
  const start = stdout.indexOf('{');
  assert.notEqual(start, -1, `redocly printed no report:\n${stdout}\n${stderr}`);
  return { report: JSON.parse(stdout.slice(start)) as LintReport, code, output: `${stdout}\n${stderr}` };
}

const shown = (report: LintReport) =>
  report.problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} (${p.location?.[0]?.pointer ?? ''})`).join('\n');

type Operation = { operationId: string; security?: Record<string, string[]>[]; responses: Record<string, { $ref?: string }> };
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: { responses: Record<string, { headers?: Record<string, unknown> }>; securitySchemes: Record<string, unknown> };
};

function operations(document: Document): Operation[] {
  return Object.values(document.paths).flatMap((item) => Object.values(item));
}

describe('contract: the OpenAPI document passes a real linter', () => {
  let dir: string;
  const document = openApiDocument() as unknown as Document;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ija-contract-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('redocly lint (redocly.yaml) finds no error and no warning', async () => {
    const { report, code, output } = await lint(document, dir, 'openapi.json');
    assert.deepEqual(report.totals, { errors: 0, warnings: 0, ignored: 0 }, shown(report));
    assert.equal(code, 0, output);
  });

  it('the linter checks what it is trusted with: a public operation without `security`, a 503 without Retry-After', async () => {
    const broken = structuredClone(document);
    const partners = operations(broken).find((operation) => operation.operationId === 'partners')!;
    delete partners.security;
    delete broken.components.responses['shutting-down']!.headers;
    const { report, code } = await lint(broken, dir, 'broken.json');
    const rules = new Set(report.problems.map((problem) => problem.ruleId));
    assert.ok(rules.has('security-defined'), shown(report));
    assert.ok(rules.has('response-contains-header'), shown(report));
    assert.notEqual(code, 0);
  });

  it('public operations declare `security: []`, protected ones their schemes', () => {
    const schemes = new Set(Object.keys(document.components.securitySchemes));
    const byId = new Map(operations(document).map((operation) => [operation.operationId, operation]));
    for (const name of ['partners', 'agenda', 'plan', 'joinRequest']) assert.deepEqual(byId.get(name)?.security, [], name);
    assert.deepEqual(byId.get('saveAgenda')?.security, [{ editorKey: [] }]);
    assert.deepEqual(byId.get('joinRequests')?.security, [{ networkKey: [] }]);
    assert.deepEqual(byId.get('boards')?.security, [{ moderatorKey: [] }]);
    for (const operation of operations(document)) {
      assert.ok(Array.isArray(operation.security), `${operation.operationId} says who may call it`);
      for (const requirement of operation.security!) {
        for (const scheme of Object.keys(requirement)) assert.ok(schemes.has(scheme), `${operation.operationId}: ${scheme}`);
      }
    }
  });

  it('documents Retry-After wherever the server sends it (429, 503), and the file name of an export', () => {
    const { responses } = document.components;
    assert.ok(responses['too-many-requests']?.headers?.['Retry-After']);
    assert.ok(responses['shutting-down']?.headers?.['Retry-After']);
    for (const operation of operations(document)) {
      for (const status of ['429', '503']) {
        const answer = operation.responses[status];
        if (answer !== undefined) assert.ok(answer.$ref?.endsWith(status === '429' ? 'too-many-requests' : 'shutting-down'), operation.operationId);
      }
    }
    const exported = operations(document).find((operation) => operation.operationId === 'exportPartners')!;
    const ok = exported.responses['200'] as { headers?: Record<string, unknown> };
    assert.ok(ok.headers?.['Content-Disposition']);
  });

  it('a stream asked for while the server shuts down is refused with 503 and the Retry-After the document names', async () => {
    const repo = createMemoryRepository();
    const hub = new BoardHub(repo);
    hub.closeAll();
    const handler = eventStreamHandler(repo, hub, 8);
    const request = { query: {}, headers: {}, params: { id: 'leitfragen' }, method: 'GET', ip: '127.0.0.1' } as unknown as FastifyRequest;
    await assert.rejects(handler(request, {} as FastifyReply, DEFAULT_SITE, false), (error: unknown) => {
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 503);
      assert.match(error.headers['retry-after'] ?? '', /^[1-9]\d*$/);
      return true;
    });
  });
});

/* ---------------------------------------------------------------------------------------------- */

/** What the published files hold: `scripts/write-json-schemas.mjs` run into a temp folder. */
async function publishedSchemas(dir: string): Promise<Record<string, Record<string, unknown>>> {
  const script = `import { writeJsonSchemas } from ${JSON.stringify(join(ROOT, 'scripts', 'write-json-schemas.mjs'))}; await writeJsonSchemas(${JSON.stringify(dir)});`;
  await run(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, timeout: 60_000 });
  const schemas: Record<string, Record<string, unknown>> = {};
  for (const file of await readdir(dir)) schemas[file.replace(/\.json$/, '')] = JSON.parse(await readFile(join(dir, file), 'utf8')) as Record<string, unknown>;
  return schemas;
}

/** A JSON Schema validator as a backend might use one: formats as annotations only (the 2020-12 default), or asserted. */
function validators(schemas: Record<string, Record<string, unknown>>) {
  const annotating = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
  const asserting = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(asserting);
  return (name: ContractSchemaName) => ({ annotating: annotating.compile(schemas[name]!), asserting: asserting.compile(schemas[name]!) });
}

/** One field of a valid document, put in a document by `place`. */
interface Field {
  schema: ContractSchemaName;
  place: (value: unknown) => unknown;
}

const PARTNER = { id: 'p-1', name: 'Jugendkunstschule', category: 'jugendarbeit' };
const JOIN_REQUEST = { id: 'jr-1', name: 'Jugendkunstschule', category: 'jugendarbeit', contactName: 'Alex Beispiel', email: 'alex@example.org' };
const AGENDA_ITEM = DEFAULT_AGENDA.items[0]!;
const PLAN_POINT = DEFAULT_PLAN.points[0]!;

/** Every URL field of the contract. */
const URL_FIELDS: Record<string, Field> = {
  'partner website': { schema: 'partner', place: (website) => ({ ...PARTNER, website }) },
  'join request website': { schema: 'join-request', place: (website) => ({ ...JOIN_REQUEST, website }) },
  'partner patch website': { schema: 'partner-patch', place: (website) => ({ website }) },
  'agenda item url': { schema: 'agenda', place: (url) => ({ ...DEFAULT_AGENDA, items: [{ ...AGENDA_ITEM, url }] }) },
  'plan link url': { schema: 'plan-point', place: (url) => ({ ...PLAN_POINT, links: [{ label: 'Mehr', url }] }) },
};

const GOOD_URLS = [
  'https://www.jugendring-musterstadt.de',
  'http://example.org/jugend?x=1#mitmachen',
  'https://example.org:8443/pfad/',
  'HTTPS://EXAMPLE.ORG/',
  'https://xn--mnchen-3ya.de',
];
const BAD_URLS = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'mailto:info@example.org',
  'tel:+4921112345',
  'ftp://example.org/datei',
  '//evil.example',
  ' https://example.org',
  'https://example.org ',
  '\thttps://example.org',
  'https://exa mple.org',
  '',
  'https://',
  'https:///pfad',
  'https:example.org',
  'example.org',
  '/relative/pfad',
];

/** Other string formats that exist in both: zod's own check and the schema's pattern/format. */
const OTHER_FIELDS: Record<string, Field & { good: unknown[]; bad: unknown[] }> = {
  'partner email': {
    schema: 'partner',
    place: (email) => ({ ...PARTNER, email }),
    good: ['info@example.org', 'vorname.nachname+ija@jugend-ring.de'],
    bad: ['', 'info@', '@example.org', 'info example.org', 'info@localhost', ' info@example.org', 'mailto:info@example.org'],
  },
  'partner phone': {
    schema: 'partner',
    place: (phone) => ({ ...PARTNER, phone }),
    good: ['+49 211 123456', '0211/123-45', '(0211) 12 34'],
    bad: ['', '12', 'anrufen', '0211 123456 ext. 5', 'javascript:alert(1)'],
  },
  'agenda item start': {
    schema: 'agenda',
    place: (start) => ({ ...DEFAULT_AGENDA, items: [{ ...AGENDA_ITEM, start }] }),
    good: ['00:00', '10:30', '23:59'],
    bad: ['24:00', '9:30', '10:60', '10:30:00', ' 10:30', ''],
  },
  'agenda date': {
    schema: 'agenda',
    place: (date) => ({ ...DEFAULT_AGENDA, date }),
    good: ['2027-03-12', '2028-02-29'],
    bad: ['2027-02-29', '2027-13-01', '12.03.2027', '2027-03-12T10:00:00Z', ''],
  },
  'plan point updatedAt': {
    schema: 'plan-point',
    place: (updatedAt) => ({ ...PLAN_POINT, updatedAt }),
    good: ['2027-02-01T09:30:00Z', '2027-02-01T09:30:00.123+01:00'],
    bad: ['2027-02-01', '2027-02-01 09:30:00Z', '2027-02-01T25:00:00Z', ''],
  },
  'partner id': {
    schema: 'partner',
    place: (id) => ({ ...PARTNER, id }),
    good: ['p-1', ' padded ', 'x'.repeat(100)],
    bad: ['', '   ', '\t\n', 'x'.repeat(101), 42],
  },
  'partner name': {
    schema: 'partner',
    place: (name) => ({ ...PARTNER, name }),
    good: ['Jugendring', ' Jugendring '],
    bad: ['', '  '],
  },
};

describe('contract: the JSON Schemas and the zod schemas agree', () => {
  let dir: string;
  let validate: ReturnType<typeof validators>;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ija-schema-'));
    validate = validators(await publishedSchemas(dir));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** Each value: does zod take it, does each JSON Schema validator take it. */
  function verdicts(field: Field, values: unknown[]) {
    const { annotating, asserting } = validate(field.schema);
    const zod = CONTRACT_SCHEMAS[field.schema] as z.core.$ZodType;
    return values.map((value) => {
      const document = field.place(value);
      return { value, zod: z.safeParse(zod, document).success, schema: annotating(document), formats: asserting(document) };
    });
  }

  for (const [name, field] of Object.entries(URL_FIELDS)) {
    it(`${name}: http and https only, in zod and in the JSON Schema (with formats asserted or not)`, () => {
      const results = verdicts(field, [...GOOD_URLS, ...BAD_URLS]);
      for (const { value, zod, schema, formats } of results) {
        const expected = GOOD_URLS.includes(value as string);
        assert.deepEqual({ value, zod, schema, formats }, { value, zod: expected, schema: expected, formats: expected });
      }
    });
  }

  for (const [name, field] of Object.entries(OTHER_FIELDS)) {
    it(`${name}: the same values pass zod and the JSON Schema`, () => {
      for (const { value, zod, schema, formats } of verdicts(field, [...field.good, ...field.bad])) {
        const expected = field.good.includes(value);
        assert.deepEqual({ value, zod, schema, formats }, { value, zod: expected, schema: expected, formats: expected });
      }
    });
  }

  it('publishes the web address rule as a pattern a reader can see', () => {
    const partner = CONTRACT_SCHEMAS.partner;
    const website = (z.toJSONSchema(partner, { io: 'input' }) as { properties: Record<string, { pattern?: string }> }).properties['website'];
    assert.match(website?.pattern ?? '', /^\^\[Hh\]\[Tt\]\[Tt\]\[Pp\]\[Ss\]\?:/);
  });
});
