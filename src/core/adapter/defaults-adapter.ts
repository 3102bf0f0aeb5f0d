import { onDemand, type OnDemand } from '../on-demand.js';
import type { Parsed } from '../schemas/issues.js';
import { createDocumentAdapter, type DocumentResource } from './read-only-adapter.js';

/**
 * The factsheet's content, one sibling file per resource, loaded by the first widget that shows it (or
 * `preloadFirstRender`); the drop-in carries the agenda's and the board's itself. The network starts empty.
 */
export const builtInContent: Record<Exclude<DocumentResource, 'partners'>, OnDemand<unknown>> = {
  agenda: onDemand(() => import('../defaults/agenda.js').then((module) => module.DEFAULT_AGENDA), { firstRender: true }),
  board: onDemand(() => import('../defaults/board.js').then((module) => module.DEFAULT_BOARD), { firstRender: true }),
  plan: onDemand(() => import('../defaults/plan.js').then((module) => module.DEFAULT_PLAN), { firstRender: true }),
};

/**
 * The factsheet's own content, for widgets with no data source: the template day, the five guiding
 * questions, the five-point plan, and an empty network (the partner map then lists the recommended types).
 * Each read is a fresh copy, which the widget may change without touching the shared original.
 */
export const defaultsAdapter = createDocumentAdapter(
  'defaults',
  async (resource) => (resource === 'partners' ? [] : structuredClone(await builtInContent[resource].load())),
  { trusted: true },
);

/** The built-in content at once, when its file is loaded (else undefined): for an element's first render. */
export function defaultsNow<T>(resource: DocumentResource): Parsed<T> | undefined {
  if (resource === 'partners') return { data: [] as T, issues: [] };
  const loaded = builtInContent[resource].value;
  return loaded === undefined ? undefined : { data: structuredClone(loaded) as T, issues: [] };
}
