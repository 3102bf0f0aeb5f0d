import type * as z from 'zod/mini';
import { describeIssue } from '../../src/core/schemas/parse.js';
import { headingOf, type ColumnKey } from './columns.js';
import { GROUP_CHOICES } from './vocabulary.js';

/**
 * The schema's objections to a candidate partner as sentences for the person who keeps the sheet:
 * the column by its German heading, the cell's value, what is wrong with it.
 */

const FIELD_COLUMNS: Readonly<Record<string, ColumnKey>> = {
  id: 'id',
  name: 'name',
  category: 'group',
  type: 'type',
  description: 'description',
  address: 'address',
  website: 'website',
  email: 'email',
  phone: 'phone',
  offers: 'offers',
  activeInIja: 'newToIja',
  confirmedAt: 'confirmed',
};

/** Long cell values are cut in notes: the note names the cell, the sheet shows the rest. */
export function quoted(value: unknown): string {
  const text = String(value);
  return `"${text.length > 80 ? `${text.slice(0, 79)}…` : text}"`;
}

export function columnOfPath(path: readonly PropertyKey[], addressHeading: string): string {
  const [field, sub] = path;
  if (field === 'location') return headingOf(sub === 'lng' ? 'lng' : 'lat');
  if (field === 'address') return addressHeading;
  const column = FIELD_COLUMNS[String(field)];
  return column === undefined ? String(field) : headingOf(column);
}

export function issueNote(issue: z.core.$ZodIssue, candidate: Record<string, unknown>, addressHeading: string): string {
  const column = columnOfPath(issue.path, addressHeading);
  const value = issue.path.reduce<unknown>((at, key) => (at as Record<PropertyKey, unknown> | undefined)?.[key], candidate);
  const [field] = issue.path;
  if (field === 'category') return `${column} is missing; every partner needs one of ${GROUP_CHOICES}`;
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return `${column} is empty; every partner needs one`;
      break;
    case 'too_big':
      if (issue.origin === 'string') return `${column}: ${quoted(value)} has ${String(value).length} characters; at most ${String(issue.maximum)}`;
      if (issue.origin === 'array') return `${column}: ${(value as unknown[]).length} entries; at most ${String(issue.maximum)}`;
      break;
    case 'invalid_format':
      if (field === 'email') return `${column}: ${quoted(value)} is not an e-mail address`;
      if (field === 'website') return `${column}: ${quoted(value)} is not a web address (https://… or http://…)`;
      if (field === 'phone') return `${column}: ${quoted(value)} is not a phone number (digits, spaces and + ( ) / . - only)`;
      if (field === 'confirmedAt') return `${column}: ${quoted(value)} is not a date`;
      break;
  }
  return `${column}: ${describeIssue(issue)}`;
}
