import { createDocumentAdapter } from './read-only-adapter.js';
import { DEFAULT_AGENDA, DEFAULT_BOARD, DEFAULT_PLAN, cloneDefault } from '../defaults/index.js';

/**
 * The factsheet's own content, for widgets with no data source: the template day, the five guiding
 * questions, the five-point plan, and an empty network (the partner map then lists the recommended types).
 */
export const defaultsAdapter = createDocumentAdapter('defaults', async (resource) => {
  switch (resource) {
    case 'partners':
      return { partners: [] };
    case 'agenda':
      return cloneDefault(DEFAULT_AGENDA);
    case 'board':
      return cloneDefault(DEFAULT_BOARD);
    case 'plan':
      return cloneDefault(DEFAULT_PLAN);
  }
});
