import { IjaAdapterError } from '../errors.js';

/** The schemas and zod: the bulk of the data layer, needed only for data from outside (not the built-in content). */
export type Validators = typeof import('./index.js');

let loading: Promise<Validators> | undefined;
let loaded: Validators | undefined;

/**
 * Loads the schemas once, from a sibling file of the bundle. A failed load (the connection dropped
 * between the page and this file) is reported as a network error and tried again on the next call.
 */
export function loadValidators(): Promise<Validators> {
  loading ??= import('./index.js').then(
    (module) => (loaded = module),
    (cause: unknown) => {
      loading = undefined;
      throw new IjaAdapterError('network', 'Could not load the data checks of ija-widgets', { cause });
    },
  );
  return loading;
}

/** The schemas once `loadValidators()` has resolved (for code that runs after a load, e.g. live events). */
export function loadedValidators(): Validators | undefined {
  return loaded;
}

/** Waits for a response and the schemas together (both requests run at once), then checks the response. */
export async function validated<T>(response: Promise<unknown>, check: (v: Validators, json: unknown) => T): Promise<T> {
  const [json, v] = await Promise.all([response, loadValidators()]);
  return check(v, json);
}
