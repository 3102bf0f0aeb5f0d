import { onDemand } from '../on-demand.js';

/** The schemas and zod: the bulk of the data layer, needed only for data from outside (not the built-in content). */
export type Validators = typeof import('./index.js');

/**
 * Loaded once, from a sibling file of the bundle; a failed load is a network error and is tried again next time.
 * Part of the first render's code: data given as a property is checked at once when it is there.
 */
export const validators = onDemand<Validators>(() => import('./index.js'), { firstRender: true });

/** Waits for a response and the schemas together (both requests run at once), then checks the response. */
export async function validated<T>(response: Promise<unknown>, check: (v: Validators, json: unknown) => T): Promise<T> {
  const [json, v] = await Promise.all([response, validators.load()]);
  return check(v, json);
}
