export * from './partner-types.js';
export * from './agenda.js';
export * from './board.js';
export * from './plan.js';

/** A fresh deep copy of a default, which the caller may mutate without touching the shared original. */
export function cloneDefault<T>(value: T): T {
  return structuredClone(value);
}
