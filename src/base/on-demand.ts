import type { ReactiveControllerHost } from 'lit';

/**
 * Code a widget needs only in some modes (editing, export, live boards, the self-check), kept out of
 * the first download and loaded once, on first use, from a sibling file of the bundle.
 */
export interface OnDemand<T> {
  /** Starts the load (once) and resolves with the module; a failed load is tried again on the next call. */
  load(): Promise<T>;
  /** The module once loaded. */
  readonly value: T | undefined;
  /** For render: the module if loaded; otherwise starts the load and updates the host when it is there. */
  use(host: ReactiveControllerHost): T | undefined;
}

export function onDemand<T>(importer: () => Promise<T>): OnDemand<T> {
  let loading: Promise<T> | undefined;
  let value: T | undefined;
  const load = (): Promise<T> =>
    (loading ??= importer().then(
      (module) => (value = module),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  return {
    load,
    get value() {
      return value;
    },
    use(host) {
      if (value === undefined) {
        load().then(
          () => host.requestUpdate(),
          (error: unknown) => console.error('[ija-widgets] could not load a part of the widget', error),
        );
      }
      return value;
    },
  };
}
