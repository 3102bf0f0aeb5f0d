import type { ReactiveControllerHost } from 'lit';
import { IjaAdapterError } from './errors.js';

/**
 * Code a widget needs only in some modes (editing, export, live boards, the self-check), kept out of
 * the first download and loaded once, on first use, from a sibling file of the bundle.
 */
export interface OnDemand<T> {
  /** Starts the load (once) and resolves with the module; a failed load is tried again on the next call. */
  load(): Promise<T>;
  /** The module once loaded. */
  readonly value: T | undefined;
  /** Why the last load failed (a network error), until `retry()`. */
  readonly error: IjaAdapterError | undefined;
  /** For render: the module if loaded; otherwise starts the load (not after a failure) and updates the host when done. */
  use(host: ReactiveControllerHost): T | undefined;
  /** Forgets the failure, so the next `use()` loads again. */
  retry(): void;
  /** Hands over the module when it is already in memory (the drop-in bundles first-render code), so nothing loads. */
  provide(module: T): void;
}

/**
 * A dynamic import that, when it fails, tries once more under a fresh query. Chromium remembers a failed
 * `import()` of a URL for the page's life, so a plain retry once the connection is back fails at once; the
 * error names the URL, and the same file under another query is fetched anew (its own imports stay shared).
 */
export function importAgain<T>(importer: () => Promise<T>): Promise<T> {
  return importer().catch((cause: unknown) => {
    const url = /https?:\/\/\S+?\.[mc]?[jt]s\b/.exec(String(cause))?.[0];
    if (!url) throw cause;
    return import(/* @vite-ignore */ `${url}?retry=${Date.now()}`) as Promise<T>;
  });
}

/** The code that widgets need to show data in their first render (see `preloadFirstRender`). */
const firstRenderCode = new Set<OnDemand<unknown>>();

/**
 * Loads the code that widgets otherwise fetch with their first data: the schemas (for data given as a property),
 * the built-in content and the plan's texts. Then a widget on one of those sources shows its content in its
 * first render: await it once, after importing the elements, before rendering them on a server (@lit-labs/ssr).
 * Server-rendered elements wait for it themselves before they hydrate, so their first render matches the server's.
 */
export function preloadFirstRender(): Promise<void> {
  return Promise.all([...firstRenderCode].map((code) => code.load())).then(() => undefined);
}

/** `firstRender`: part of what `preloadFirstRender` loads. */
export function onDemand<T>(importer: () => Promise<T>, options: { firstRender?: boolean } = {}): OnDemand<T> {
  let loading: Promise<T> | undefined;
  let value: T | undefined;
  let error: IjaAdapterError | undefined;
  const load = (): Promise<T> =>
    (loading ??= importAgain(importer).then(
      (module) => {
        error = undefined;
        return (value = module);
      },
      (cause: unknown) => {
        loading = undefined;
        error = new IjaAdapterError('network', 'Could not load a part of the widget', { cause });
        throw error;
      },
    ));
  const code: OnDemand<T> = {
    load,
    get value() {
      return value;
    },
    get error() {
      return error;
    },
    use(host) {
      if (value === undefined && error === undefined) {
        load().then(
          () => host.requestUpdate(),
          () => host.requestUpdate(),
        );
      }
      return value;
    },
    retry() {
      error = undefined;
    },
    provide(module) {
      value = module;
      error = undefined;
      loading = Promise.resolve(module);
    },
  };
  if (options.firstRender) firstRenderCode.add(code);
  return code;
}
