import * as z from 'zod/mini';
import { IjaAdapterError } from '../errors.js';

export { countDroppedRecords, isRecord, type DataIssue, type Parsed } from './issues.js';
import { type DataIssue, isRecord } from './issues.js';

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out === '' ? name : `${out}.${name}`;
  }, '');
}

function joinPath(base: string, rest: readonly PropertyKey[]): string {
  const tail = formatPath(rest);
  if (tail === '') return base;
  if (base === '') return tail;
  return tail.startsWith('[') ? `${base}${tail}` : `${base}.${tail}`;
}

/**
 * A readable English sentence for a webmaster reading the console. zod/mini carries no message
 * locale (its messages are all "Invalid input"), and loading one costs more than these lines.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Expected ${issue.expected}`;
    case 'invalid_value':
      return `Expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return 'Not a valid value';
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `Needs at least ${String(issue.minimum)} ${issue.origin === 'string' ? 'character(s)' : 'entries'}`
        : `Must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `Allows at most ${String(issue.maximum)} ${issue.origin === 'string' ? 'character(s)' : 'entries'}`
        : `Must be at most ${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.message !== 'Invalid input' ? issue.message : `Expected a valid ${issue.format}`;
    default:
      return issue.message;
  }
}

export function issuesOf(error: z.core.$ZodError, record = ''): DataIssue[] {
  return error.issues.map((issue) => ({
    path: joinPath(record, issue.path),
    message: describeIssue(issue as z.core.$ZodIssue),
    record,
  }));
}


/** A rule across records (e.g. a card's question must exist): the field and why, or undefined. */
export type RecordRule<T> = (item: T) => { field: string; message: string } | undefined;

/**
 * Keeps the items of a collection that match the schema (and the rule) and reports the others.
 * Items whose `id` repeats an earlier one are dropped too: ids address records in the REST contract.
 * `checked`: the schema's output for an item already found valid a faster way (by its index), else undefined.
 */
export function keepValid<S extends z.core.$ZodType>(
  items: unknown,
  schema: S,
  path: string,
  issues: DataIssue[],
  rule?: RecordRule<z.output<S>>,
  checked?: (index: number) => z.output<S> | undefined,
): z.output<S>[] {
  if (items === undefined) return [];
  if (!Array.isArray(items)) {
    issues.push({ path, message: 'Expected an array', record: '' });
    return [];
  }
  const seen = new Set<unknown>();
  const valid: z.output<S>[] = [];
  items.forEach((item, index) => {
    const record = `${path}[${index}]`;
    const known = checked?.(index);
    const result = known !== undefined ? ({ success: true, data: known } as const) : z.safeParse(schema, item);
    if (!result.success) {
      issues.push(...issuesOf(result.error, record));
      return;
    }
    const id = isRecord(result.data) ? result.data['id'] : undefined;
    if (id !== undefined && seen.has(id)) {
      issues.push({ path: `${record}.id`, message: `Duplicate id "${String(id)}"`, record });
      return;
    }
    const broken = rule?.(result.data);
    if (broken) {
      issues.push({ path: `${record}.${broken.field}`, message: broken.message, record });
      return;
    }
    seen.add(id);
    valid.push(result.data);
  });
  return valid;
}

/**
 * Removes optional fields that fail their own schema (e.g. a `javascript:` website) and reports
 * them, so one bad link does not cost the whole record.
 */
export function dropInvalidOptionalFields(
  item: unknown,
  fields: Record<string, z.core.$ZodType>,
  path: string,
  issues: DataIssue[],
): unknown {
  if (!isRecord(item)) return item;
  let cleaned: Record<string, unknown> | undefined;
  for (const [field, schema] of Object.entries(fields)) {
    if (item[field] === undefined) continue;
    const result = z.safeParse(schema, item[field]);
    if (result.success) continue;
    cleaned ??= { ...item };
    delete cleaned[field];
    issues.push(...issuesOf(result.error, `${path}.${field}`).map((issue) => ({ ...issue, record: '' })));
  }
  return cleaned ?? item;
}

/** Parses the parts of a document that are not collections; failure there rejects the whole document. */
export function parseWhole<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
  issues: DataIssue[],
  what: string,
): z.output<S> {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  const all = [...issues, ...issuesOf(result.error)];
  throw new IjaAdapterError('invalid-data', `Invalid ${what}: ${all.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`, {
    issues: all,
  });
}

export function requireObject(value: unknown, what: string): Record<string, unknown> {
  if (isRecord(value)) return value;
  throw new IjaAdapterError('invalid-data', `Invalid ${what}: expected a JSON object`, {
    issues: [{ path: '', message: 'Expected a JSON object', record: '' }],
  });
}
