import { onDemand } from '../on-demand.js';
import type { Parsed } from '../schemas/issues.js';
import { createDocumentAdapter, type DocumentResource } from './read-only-adapter.js';

/** The factsheet's content: a sibling file, loaded by the first widget that shows it (or `preloadFirstRender`). */
const content = onDemand(() => import('../defaults/index.js'), { firstRender: true });

/** A fresh copy of one resource's built-in content; the network starts empty. */
function pick(defaults: typeof import('../defaults/index.js'), resource: DocumentResource): unknown {
  if (resource === 'partners') return [];
  return defaults.cloneDefault({ agenda: defaults.DEFAULT_AGENDA, board: defaults.DEFAULT_BOARD, plan: defaults.DEFAULT_PLAN }[resource]);
}

/**
 * The factsheet's own content, for widgets with no data source: the template day, the five guiding
 * questions, the five-point plan, and an empty network (the partner map then lists the recommended types).
 */
export const defaultsAdapter = createDocumentAdapter(
  'defaults',
  async (resource) => (resource === 'partners' ? [] : pick(await content.load(), resource)),
  { trusted: true },
);

/** The built-in content at once, when its file is loaded (else undefined): for an element's first render. */
export function defaultsNow<T>(resource: DocumentResource): Parsed<T> | undefined {
  if (resource === 'partners') return { data: [] as T, issues: [] };
  const loaded = content.value;
  return loaded && { data: pick(loaded, resource) as T, issues: [] };
}
