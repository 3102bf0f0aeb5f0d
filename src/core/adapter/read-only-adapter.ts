import { IjaAdapterError } from '../errors.js';
import type { IjaAdapter } from './types.js';
import type { Parsed } from '../schemas/issues.js';
import { fastPaths, validated, validators } from '../schemas/validators.js';

/** The resources a JSON document holds, one per widget. */
export type DocumentResource = 'partners' | 'agenda' | 'board' | 'plan';

function readOnly(): Promise<never> {
  return Promise.reject(
    new IjaAdapterError('read-only', 'This data source cannot store changes; download the JSON instead'),
  );
}

/**
 * An adapter over one JSON document (a static file, inline JSON or the built-in defaults): each
 * widget reads the document as its own resource; writes are refused with a `read-only` error.
 * `trusted` skips the schema check (the built-in content, which the tests check), so no schema code loads.
 */
export function createDocumentAdapter(
  kind: IjaAdapter['kind'],
  load: (resource: DocumentResource, signal?: AbortSignal) => Promise<unknown>,
  options: { trusted?: boolean } = {},
): IjaAdapter {
  const read = <T>(resource: DocumentResource, signal?: AbortSignal): Promise<Parsed<T>> =>
    options.trusted
      ? load(resource, signal).then((data) => ({ data: data as T, issues: [] }))
      : (validated(load(resource, signal), resource) as Promise<Parsed<T>>);
  return {
    kind,
    writable: false,
    getPartners: (o) => read('partners', o?.signal),
    getAgenda: (_id, o) => read('agenda', o?.signal),
    getBoard: (_id, o) => read('board', o?.signal),
    getPlan: (_id, o) => read('plan', o?.signal),
    requestToJoin: readOnly,
    listJoinRequests: readOnly,
    createPartner: readOnly,
    savePartner: readOnly,
    updatePartner: readOnly,
    deletePartner: readOnly,
    acceptJoinRequest: readOnly,
    declineJoinRequest: readOnly,
    deleteJoinRequest: readOnly,
    importPartners: readOnly,
    exportPartners: readOnly,
    saveAgenda: readOnly,
    addCard: readOnly,
    updateCard: readOnly,
    vote: readOnly,
    updateBoard: readOnly,
    deleteCard: readOnly,
    mergeCard: readOnly,
    clearBoard: readOnly,
    updatePlanPoint: readOnly,
    listBoards: readOnly,
    putBoard: readOnly,
    putPlan: readOnly,
    addPlanStep: readOnly,
    updatePlanStep: readOnly,
    deletePlanStep: readOnly,
    savePlanCheck: readOnly,
  };
}

/** Reads JSON text given in the page (`<script type="application/json">` inside the element). */
export function createInlineAdapter(jsonText: string): IjaAdapter {
  return createDocumentAdapter('inline', async () => {
    try {
      return JSON.parse(jsonText) as unknown;
    } catch (cause) {
      throw new IjaAdapterError('invalid-data', `Malformed inline JSON: ${(cause as Error).message}`, { cause });
    }
  });
}

/**
 * Data given as a property, checked at once as `createValueAdapter` checks it, when the checks it needs are
 * loaded (else undefined): so an element's first render, also on a server, can show it. Throws for wholly invalid data.
 */
export function parseNow<T>(resource: DocumentResource, value: unknown): Parsed<T> | undefined {
  return (fastPaths.value?.[resource](value) ?? validators.value?.PARSE[resource](value)) as Parsed<T> | undefined;
}

/** Wraps data handed over as a property (e.g. `element.agenda = {...}`); it is validated like any source. */
export function createValueAdapter(value: unknown): IjaAdapter {
  return createDocumentAdapter('value', async () => value);
}
