import { onDemand } from '../on-demand.js';

/** The schemas and zod: the bulk of the data layer, needed only for data the plain checks cannot vouch for. */
export type Validators = typeof import('./index.js');

/** The plain checks (see fast-paths.ts): small, and enough for plainly valid data. */
export type FastPaths = typeof import('./fast-paths.js');

/**
 * Loaded once, from sibling files of the bundle; a failed load is a network error and is tried again next time.
 * Part of the first render's code: data given as a property is checked at once when it is there.
 */
export const validators = onDemand<Validators>(() => import('./index.js'), { firstRender: true });
export const fastPaths = onDemand<FastPaths>(() => import('./fast-paths.js'), { firstRender: true });

/** What has plain checks (exported under this name by fast-paths.ts) besides its schema check (`PARSE` in checks.ts). */
export type Checked = keyof Validators['PARSE'];

/** The value the schema check of `K` returns. */
export type CheckedValue<K extends Checked> = ReturnType<Validators['PARSE'][K]>;

/**
 * Checks a response. Named (`'board'`): the plain checks first (loaded while the request runs), and the schemas
 * only for what they cannot vouch for (then the full check, with its readable issues). A function: the schemas,
 * loaded while the request runs.
 */
export async function validated<K extends Checked>(response: Promise<unknown>, what: K): Promise<CheckedValue<K>>;
export async function validated<T>(response: Promise<unknown>, what: (v: Validators, json: unknown) => T): Promise<T>;
export async function validated(response: Promise<unknown>, what: Checked | ((v: Validators, json: unknown) => unknown)): Promise<unknown> {
  if (typeof what === 'function') {
    const [json, v] = await Promise.all([response, validators.load()]);
    return what(v, json);
  }
  const [json, f] = await Promise.all([response, fastPaths.load()]);
  return f[what](json) ?? (await validators.load()).PARSE[what](json);
}
