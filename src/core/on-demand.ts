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
}

export function onDemand<T>(importer: () => Promise<T>): OnDemand<T> {
  let loading: Promise<T> | undefined;
  let value: T | undefined;
  let error: IjaAdapterError | undefined;
  const load = (): Promise<T> =>
    (loading ??= importer().then(
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
  return {
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
  };
}
