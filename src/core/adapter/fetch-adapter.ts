import { requestBlob, requestJson, type HeadersSource, type HttpRequest, type HttpSettings } from './http.js';
import { fillPath, ROUTES, type RouteName, type RouteParams } from './routes.js';
import type { IjaAdapter, RequestOptions } from './types.js';
import { openEventStream } from './event-stream.js';
import { validated } from '../schemas/validators.js';
import type { IjaErrorSubject } from '../errors.js';

export interface FetchAdapterOptions {
  /** Where the REST contract lives, absolute or relative to the page (e.g. "/api/ija"). */
  baseUrl: string;
  /** Your own fetch (auth wrappers, test doubles). Default: the global fetch. */
  fetch?: typeof fetch;
  /** Extra headers, or a function that returns them per request (e.g. a moderator key). */
  headers?: HeadersSource;
  /** Default "same-origin": cookies only to the page's own host. */
  credentials?: RequestCredentials;
  /** Per attempt, including reading the body. Default 10 000 ms. */
  timeoutMs?: number;
  /** Further attempts on network errors, timeouts, 5xx and 429. Default 2. */
  retries?: number;
  /** First backoff delay, doubling per attempt, with jitter. Default 500 ms. */
  retryDelayMs?: number;
  /** Longest wait between attempts; a longer `Retry-After` ends the retries. Default 10 000 ms. */
  maxRetryDelayMs?: number;
  /** Rewrites a contract path for another backend, e.g. `/partners` to `/wp-json/ija/v1/partner`. */
  mapPath?: (route: RouteName, params: RouteParams, path: string) => string;
  /** Reshapes a JSON response body into the contract's shape before it is validated (a downloaded file is passed as it is). */
  mapResponse?: (route: RouteName, body: unknown) => unknown;
  /**
   * This browser's anonymous participant id (random, no personal data; 8 to 100 printable ASCII
   * characters for the reference server). Sent as `X-Ija-Client` on every request (on the board's event
   * stream also as `?client=`, which the contract documents for clients without headers), so the server can mark the
   * client's own cards (`mine`) and votes (`myVotes`) and count its votes against the cap.
   */
  clientId?: string;
}

/** Adds the client id to whatever headers the site configured (its own value wins if it sets one). */
function withClientId(headers: HeadersSource | undefined, clientId: string | undefined): HeadersSource | undefined {
  if (clientId === undefined) return headers;
  return async () => {
    const merged = new Headers(typeof headers === 'function' ? await headers() : headers);
    if (!merged.has('x-ija-client')) merged.set('x-ija-client', clientId);
    return merged;
  };
}

/** Appends a query parameter to a URL that may be relative and may already have a query or a fragment. */
function withQuery(url: string, name: string, value: string): string {
  const hash = url.indexOf('#');
  const [head, fragment] = hash === -1 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  const separator = head.includes('?') ? '&' : '?';
  return `${head}${separator}${encodeURIComponent(name)}=${encodeURIComponent(value)}${fragment}`;
}

/** The routes that read a whole resource: a 404 there means that resource is not there, and the message names it. */
const SUBJECTS: Partial<Record<RouteName, IjaErrorSubject['resource']>> = { partners: 'partners', agenda: 'agenda', board: 'board', plan: 'plan' };

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** What browsers call a .csv file (Windows: the type Excel registered for it). */
const CSV_TYPES = ['text/csv', 'text/comma-separated-values', 'application/vnd.ms-excel'];

/** The content type an import is sent as: the file's own when it names CSV or XLSX, else by its name's extension, else CSV. */
function spreadsheetType(file: Blob, fileName?: string): string {
  const type = file.type.split(';')[0]!.trim().toLowerCase();
  if (type === XLSX_TYPE) return XLSX_TYPE;
  if (CSV_TYPES.includes(type)) return 'text/csv';
  const name = fileName ?? (file instanceof File ? file.name : '');
  return /\.xlsx$/i.test(name.trim()) ? XLSX_TYPE : 'text/csv';
}

/** The default adapter: the REST contract over fetch, with timeout, retries and validation. */
export function createFetchAdapter(options: FetchAdapterOptions): IjaAdapter {
  const settings: HttpSettings = {
    fetch: options.fetch,
    headers: withClientId(options.headers, options.clientId),
    credentials: options.credentials ?? 'same-origin',
    timeoutMs: options.timeoutMs ?? 10_000,
    retries: options.retries ?? 2,
    retryDelayMs: options.retryDelayMs ?? 500,
    maxRetryDelayMs: options.maxRetryDelayMs ?? 10_000,
  };

  function urlFor(route: RouteName, params: RouteParams = {}): string {
    const path = fillPath(ROUTES[route].path, params);
    const mapped = options.mapPath ? options.mapPath(route, params, path) : path;
    if (/^[a-z][a-z\d+.-]*:/i.test(mapped)) return mapped;
    // Against the page; outside a browser (a server fetching data to render) `baseUrl` must be absolute.
    const base = new URL(options.baseUrl, typeof document === 'undefined' ? undefined : document.baseURI).href.replace(/\/+$/, '');
    return `${base}${mapped.startsWith('/') ? '' : '/'}${mapped}`;
  }

  function requestFor(route: RouteName, params: RouteParams, request?: RequestOptions, query: Record<string, string> = {}): HttpRequest {
    const resource = SUBJECTS[route];
    return {
      subject: resource && { resource, id: params.id },
      method: ROUTES[route].method,
      url: Object.entries(query).reduce((url, [name, value]) => withQuery(url, name, value), urlFor(route, params)),
      signal: request?.signal,
      headers: {
        ...(request?.clientId ? { 'x-ija-client': request.clientId } : {}),
        ...(request?.ifVersion !== undefined ? { 'if-match': `"v${request.ifVersion}"` } : {}),
      },
    };
  }

  async function send(route: RouteName, request: HttpRequest) {
    const json = await requestJson(request, settings);
    return options.mapResponse ? options.mapResponse(route, json) : json;
  }

  const call = (route: RouteName, params: RouteParams, body: unknown, request?: RequestOptions) =>
    send(route, { ...requestFor(route, params, request), body });

  return {
    kind: 'fetch',
    writable: true,
    getPartners: (o) => validated(call('partners', {}, undefined, o), 'partners'),
    requestToJoin: (join, o) =>
      validated(call('joinRequest', {}, join, o), (v, json) => v.parseWhole(v.JoinRequestReceipt, json, [], 'join receipt')),
    listJoinRequests: (o) =>
      validated(call('joinRequests', {}, undefined, o), (v, json) => v.parseWhole(v.JoinRequestList, json, [], 'join request list')),
    createPartner: (partner, o) =>
      validated(call('createPartner', {}, partner, o), (v, json) => v.parseWhole(v.Partner, json, [], 'partner')),
    savePartner: (partner, o) =>
      validated(call('savePartner', { id: partner.id }, partner, o), (v, json) => v.parseWhole(v.Partner, json, [], 'partner')),
    updatePartner: (id, patch, o) =>
      validated(call('patchPartner', { id }, patch, o), (v, json) => v.parseWhole(v.Partner, json, [], 'partner')),
    deletePartner: async (id, o) => {
      await call('deletePartner', { id }, undefined, o);
    },
    acceptJoinRequest: (id, partner, o) =>
      validated(call('acceptJoinRequest', { id }, { partner }, o), (v, json) =>
        v.parseWhole(v.JoinRequestAccepted, json, [], 'accepted join request'),
      ),
    declineJoinRequest: (id, o) =>
      validated(call('declineJoinRequest', { id }, undefined, o), (v, json) => v.parseWhole(v.StoredJoinRequest, json, [], 'join request')),
    deleteJoinRequest: async (id, o) => {
      await call('deleteJoinRequest', { id }, undefined, o);
    },
    importPartners: (file, o) => {
      const dryRun = o?.dryRun === true;
      const request: HttpRequest = {
        ...requestFor('importPartners', {}, o, dryRun ? { dryRun: 'true' } : {}),
        file: { data: file, type: spreadsheetType(file, o?.fileName) },
        // A dry run writes nothing and may repeat; a real import is sent once.
        ...(dryRun ? {} : { retries: 0 }),
      };
      return validated(send('importPartners', request), (v, json) => v.parseWhole(v.ImportReport, json, [], 'import report'));
    },
    exportPartners: (format, o) => requestBlob(requestFor('exportPartners', {}, o, { format }), settings),
    getAgenda: (id, o) => validated(call('agenda', { id }, undefined, o), 'agenda'),
    saveAgenda: (agenda, o) => validated(call('saveAgenda', { id: agenda.id }, agenda, o), 'agenda'),
    getBoard: (id, o) => validated(call('board', { id }, undefined, o), 'board'),
    listBoards: (o) => validated(call('boards', {}, undefined, o), (v, json) => v.parseWhole(v.BoardList, json, [], 'board list')),
    putBoard: (board, o) => validated(call('putBoard', { id: board.id }, board, o), 'board'),
    addCard: (id, card, o) => validated(call('addCard', { id }, card, o), 'card'),
    updateCard: (id, cardId, patch, o) => validated(call('updateCard', { id, cardId }, patch, o), 'card'),
    vote: (id, cardId, vote, o) => validated(call('vote', { id, cardId }, vote, o), 'card'),
    updateBoard: (id, patch, o) => validated(call('updateBoard', { id }, patch, o), 'board'),
    deleteCard: async (id, cardId, o) => {
      await call('deleteCard', { id, cardId }, undefined, o);
    },
    mergeCard: (id, cardId, into, o) => validated(call('mergeCard', { id, cardId }, { into }, o), 'card'),
    clearBoard: (id, o) => validated(call('clearBoard', { id }, undefined, o), 'board'),
    subscribeBoard: (id, handlers, subscription) => {
      const url = urlFor('boardEvents', { id });
      const clientId = subscription?.clientId ?? options.clientId;
      // The client id goes in the query too, as the contract documents it for clients that cannot send headers.
      return openEventStream(
        {
          url: clientId === undefined ? url : withQuery(url, 'client', clientId),
          fetch: settings.fetch,
          headers: settings.headers,
          extraHeaders: clientId === undefined ? {} : { 'x-ija-client': clientId },
          credentials: settings.credentials,
        },
        handlers,
      );
    },
    getPlan: (id, o) => validated(call('plan', { id }, undefined, o), 'plan'),
    putPlan: (plan, o) => validated(call('putPlan', { id: plan.id }, plan, o), 'plan'),
    updatePlanPoint: (id, pointId, patch, o) =>
      validated(call('updatePlanPoint', { id, pointId }, patch, o), 'planPoint'),
    addPlanStep: (id, pointId, step, o) => validated(call('addPlanStep', { id, pointId }, step, o), 'planPoint'),
    updatePlanStep: (id, pointId, stepId, patch, o) =>
      validated(call('updatePlanStep', { id, pointId, stepId }, patch, o), 'planPoint'),
    deletePlanStep: (id, pointId, stepId, o) =>
      validated(call('deletePlanStep', { id, pointId, stepId }, undefined, o), 'planPoint'),
    savePlanCheck: (id, check, o) => validated(call('savePlanCheck', { id }, check, o), (v, json) => v.parseWhole(v.PlanCheck, json, [], 'plan check')),
  };
}
