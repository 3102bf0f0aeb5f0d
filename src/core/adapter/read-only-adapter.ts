import { IjaAdapterError } from '../errors.js';
import type { IjaAdapter } from './types.js';
import type { Parsed } from '../schemas/parse.js';
import { parsePartners } from '../schemas/partner.js';
import { parseAgenda } from '../schemas/agenda.js';
import { parseBoard } from '../schemas/board.js';
import { parsePlan } from '../schemas/plan.js';

function readOnly(): Promise<never> {
  return Promise.reject(
    new IjaAdapterError('read-only', 'This data source cannot store changes; download the JSON instead'),
  );
}

/**
 * An adapter over one JSON document (a static file, inline JSON or the built-in defaults): each
 * widget reads the document as its own resource; writes are refused with a `read-only` error.
 */
export function createDocumentAdapter(
  kind: IjaAdapter['kind'],
  load: (resource: 'partners' | 'agenda' | 'board' | 'plan', signal?: AbortSignal) => Promise<unknown>,
): IjaAdapter {
  const read = async <T>(
    resource: 'partners' | 'agenda' | 'board' | 'plan',
    parse: (input: unknown) => Parsed<T>,
    signal?: AbortSignal,
  ) => parse(await load(resource, signal));
  return {
    kind,
    writable: false,
    getPartners: (o) => read('partners', parsePartners, o?.signal),
    getAgenda: (_id, o) => read('agenda', parseAgenda, o?.signal),
    getBoard: (_id, o) => read('board', parseBoard, o?.signal),
    getPlan: (_id, o) => read('plan', parsePlan, o?.signal),
    requestToJoin: readOnly,
    listJoinRequests: readOnly,
    saveAgenda: readOnly,
    addCard: readOnly,
    updateCard: readOnly,
    vote: readOnly,
    updateBoard: readOnly,
    deleteCard: readOnly,
    mergeCard: readOnly,
    clearBoard: readOnly,
    updatePlanPoint: readOnly,
  };
}
