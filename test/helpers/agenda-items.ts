import type { AgendaItem } from '../../src/core/schemas/agenda.js';

/** Freezes a value through and through, so a test fails if code under test mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export function item(id: string, start: string, end: string, extra: Partial<AgendaItem> = {}): AgendaItem {
  return { id, start, end, title: id, type: 'other', ...extra };
}
