import { onDemand } from '../on-demand.js';
import type { FetchAdapterOptions } from './fetch-adapter.js';
import type { StaticUrlOptions } from './static-adapter.js';
import type { BoardSubscription, IjaAdapter } from './types.js';

type Remote = typeof import('./remote.js');

/** The HTTP code (requests, retries, the REST contract), loaded once when a widget first reads from a URL. */
const remote = onDemand<Remote>(() => import('./remote.js'));

/**
 * An adapter that is there at once (kind, writable) and whose code arrives with its first request:
 * widgets on built-in content never download the HTTP layer.
 */
function onDemandAdapter(kind: string, writable: boolean, create: (remote: Remote) => IjaAdapter): IjaAdapter {
  let adapter: Promise<IjaAdapter> | undefined;
  // A failed load is not kept: the next request tries again (the connection may be back).
  const real = () =>
    (adapter ??= remote.load().then(create, (error: unknown) => {
      adapter = undefined;
      throw error;
    }));
  const present: Pick<IjaAdapter, 'kind' | 'writable' | 'subscribeBoard'> = {
    kind,
    writable,
    subscribeBoard(boardId, handlers, options): BoardSubscription {
      let closed = false;
      let subscription: BoardSubscription | undefined;
      real().then(
        (a) => {
          if (!closed) subscription = a.subscribeBoard?.(boardId, handlers, options);
        },
        () => handlers.onError?.(),
      );
      return {
        close() {
          closed = true;
          subscription?.close();
        },
      };
    },
  };
  // Every other method waits for the real adapter, whatever methods the contract has (no list to keep).
  // `then` stays undefined, so the adapter is not mistaken for a promise.
  return new Proxy(present, {
    get: (target, name, receiver) =>
      name in target || typeof name !== 'string' || name === 'then'
        ? Reflect.get(target, name, receiver)
        : (...args: unknown[]) => real().then((a) => (a[name as keyof IjaAdapter] as (...rest: unknown[]) => Promise<unknown>)(...args)),
  }) as IjaAdapter;
}

/** The REST contract at `baseUrl` (see `createFetchAdapter`), with its code loaded on first use. */
export function onDemandFetchAdapter(options: FetchAdapterOptions): IjaAdapter {
  return onDemandAdapter('fetch', true, (remote) => remote.createFetchAdapter(options));
}

/** A static JSON file (see `createStaticAdapter`), with its code loaded on first use. */
export function onDemandStaticAdapter(url: string, options?: StaticUrlOptions): IjaAdapter {
  // Resolved now, against the page the element is on, as the eager adapter would (a server render has no page).
  const absolute = typeof document === 'undefined' ? url : new URL(url, document.baseURI).href;
  return onDemandAdapter('static', false, (remote) => remote.createStaticAdapter(absolute, options));
}
