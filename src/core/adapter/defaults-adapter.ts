import { createDocumentAdapter } from './read-only-adapter.js';

/**
 * The factsheet's own content, for widgets with no data source: the template day, the five guiding
 * questions, the five-point plan, and an empty network (the partner map then lists the recommended types).
 * The content is a sibling file, loaded by the first widget that shows it.
 */
export const defaultsAdapter = createDocumentAdapter(
  'defaults',
  async (resource) => {
    if (resource === 'partners') return [];
    const { DEFAULT_AGENDA, DEFAULT_BOARD, DEFAULT_PLAN, cloneDefault } = await import('../defaults/index.js');
    return cloneDefault({ agenda: DEFAULT_AGENDA, board: DEFAULT_BOARD, plan: DEFAULT_PLAN }[resource]);
  },
  { trusted: true },
);
