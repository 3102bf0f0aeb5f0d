import { MAX_DURATION, MIN_DURATION } from './agenda-edit.js';
import { toMinutes } from './agenda-time.js';

/**
 * Checks what an organiser typed into the agenda's forms. Pure: the values in, the problems out
 * (as codes, so the editor words them in the widget's language); nothing typed is changed.
 */

export type FieldProblem = 'required' | 'time' | 'end-before-start' | 'duration' | 'date' | 'url';

export interface FieldError {
  /** The field's `name` in its form. */
  field: string;
  problem: FieldProblem;
}

/** A field as read from the form: its text, and whether the browser could not read what was typed (half a date). */
export interface FieldValue {
  value: string;
  bad?: boolean;
}

export type FormValues = Record<string, FieldValue | undefined>;

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Reads the named fields of a form, trimmed; a missing field reads as empty. */
export function readForm(form: HTMLFormElement, names: readonly string[]): FormValues {
  const values: FormValues = {};
  for (const name of names) {
    const field = form.elements.namedItem(name) as HTMLInputElement | null;
    if (field && !field.disabled) values[name] = { value: field.value.trim(), bad: field.validity?.badInput ?? false };
  }
  return values;
}

const text = (values: FormValues, name: string) => values[name]?.value ?? '';

function requireText(values: FormValues, name: string, errors: FieldError[]): void {
  if (values[name] && text(values, name).trim() === '') errors.push({ field: name, problem: 'required' });
}

function checkTime(values: FormValues, name: string, errors: FieldError[]): boolean {
  if (!values[name]) return true;
  if (CLOCK.test(text(values, name))) return true;
  errors.push({ field: name, problem: 'time' });
  return false;
}

/** A whole number of minutes the editor accepts. */
export function isDuration(value: string): boolean {
  const minutes = Number(value);
  return value !== '' && Number.isInteger(minutes) && minutes >= MIN_DURATION && minutes <= MAX_DURATION;
}

function checkDuration(values: FormValues, name: string, errors: FieldError[]): void {
  if (values[name] && (values[name].bad || !isDuration(text(values, name)))) errors.push({ field: name, problem: 'duration' });
}

/** An http(s) address, as the schema's `url` takes it. */
export function isWebUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** The per-item form: title; for a fixed item, start and end; an optional link. */
export function checkItemForm(values: FormValues): FieldError[] {
  const errors: FieldError[] = [];
  requireText(values, 'title', errors);
  const times = checkTime(values, 'start', errors) && checkTime(values, 'end', errors);
  if (times && values['start'] && values['end'] && toMinutes(text(values, 'end')) <= toMinutes(text(values, 'start'))) {
    errors.push({ field: 'end', problem: 'end-before-start' });
  }
  const url = text(values, 'url');
  if (url !== '' && !isWebUrl(url)) errors.push({ field: 'url', problem: 'url' });
  return errors;
}

/** The agenda's own details: title, date (empty for a template), place, the day's start. */
export function checkDetailsForm(values: FormValues): FieldError[] {
  const errors: FieldError[] = [];
  requireText(values, 'title', errors);
  const date = values['date'];
  if (date && (date.bad || (date.value !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(date.value)))) errors.push({ field: 'date', problem: 'date' });
  checkTime(values, 'dayStart', errors);
  return errors;
}

/** The add form: a title and a duration. */
export function checkAddForm(values: FormValues): FieldError[] {
  const errors: FieldError[] = [];
  requireText(values, 'title', errors);
  checkDuration(values, 'duration', errors);
  return errors;
}
