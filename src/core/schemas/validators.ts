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

/** How an answer is checked: `check` with the schemas; `plain`, where there is one, with the plain checks first. */
export interface Checks<T> {
  check(v: Validators, json: unknown): T;
  /** The value the schemas would return, or undefined when the plain checks cannot vouch for it. */
  plain?(f: FastPaths, json: unknown): T | undefined;
}

/** The checks of what pages read (and of the answers to writes that return the same shapes). */
export const CHECKS = {
  partners: { check: (v, json) => v.parsePartners(json), plain: (f, json) => f.plainPartnerList(json) },
  agenda: { check: (v, json) => v.parseAgenda(json), plain: (f, json) => f.plainAgenda(json) },
  board: { check: (v, json) => v.parseBoard(json), plain: (f, json) => f.plainBoard(json) },
  card: { check: (v, json) => v.parseCard(json), plain: (f, json) => f.plainCard(json) },
  plan: { check: (v, json) => v.parsePlan(json), plain: (f, json) => f.plainPlan(json) },
  planPoint: { check: (v, json) => v.parsePlanPoint(json), plain: (f, json) => f.plainPlanPoint(json) },
} satisfies Record<string, Checks<unknown>>;

/**
 * Checks a response. With plain checks: those first (loaded while the request runs), and the schemas only
 * for what they cannot vouch for (then the full check, with its readable issues). Without: the schemas,
 * loaded while the request runs.
 */
export async function validated<T>(response: Promise<unknown>, { check, plain }: Checks<T>): Promise<T> {
  if (!plain) {
    const [json, v] = await Promise.all([response, validators.load()]);
    return check(v, json);
  }
  const [json, f] = await Promise.all([response, fastPaths.load()]);
  return plain(f, json) ?? check(await validators.load(), json);
}
