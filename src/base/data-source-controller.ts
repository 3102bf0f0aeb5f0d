import { ContextConsumer, ContextRoot } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { IjaAdapter } from '../core/adapter/types.js';
import { onDemandFetchAdapter, onDemandStaticAdapter } from '../core/adapter/on-demand-adapter.js';
import { createInlineAdapter, createValueAdapter, parseNow, type DocumentResource } from '../core/adapter/read-only-adapter.js';
import { defaultsAdapter, defaultsNow } from '../core/adapter/defaults-adapter.js';
import { adapterContext } from '../core/context.js';
import { isAbortError, toAdapterError } from '../core/errors.js';
import { IjaErrorEvent, IjaLoadEvent, type IjaOperation } from '../core/events.js';
import type { Parsed } from '../core/schemas/issues.js';
import type { OnDemand } from '../core/on-demand.js';
import { errorViewCode } from './states.js';

/** Where a widget's data comes from, in the order of precedence. */
export type SourceKind = 'value' | 'adapter' | 'inline' | 'static' | 'fetch' | 'provider' | 'defaults';

export interface DataSourceHost extends ReactiveControllerHost, HTMLElement {
  /** An adapter set by script: wins over every attribute. */
  adapter?: IjaAdapter;
  /** URL of a static JSON file. */
  src?: string;
  /** Base URL of a backend that speaks the REST contract. */
  api?: string;
  /** True while rendering as a server would (see `IjaElement.rendersAsServer`). */
  readonly rendersAsServer?: boolean;
}

export interface DataSourceOptions<T, A extends readonly unknown[]> {
  /** Data handed over as a property (e.g. `.agenda`), highest precedence. */
  value?: () => unknown;
  /** Further task arguments (e.g. the resource id); a change reloads. */
  args?: () => A;
  load: (adapter: IjaAdapter, signal: AbortSignal, ...args: A) => Promise<Parsed<T>>;
  /** Code the widget's render of the data needs (e.g. its texts): a load waits for it, so it comes with the data. */
  code?: (adapter: IjaAdapter) => readonly OnDemand<unknown>[];
  /**
   * Which resource a property value or the built-in content is: with it, data from those sources shows in the
   * first render (see `ready`), also on a server. Without it, every source goes through the loading state.
   */
  resource?: DocumentResource;
  /** Called with each successful load, before the host renders it (e.g. to drop a stale draft). */
  onLoad?: (result: Parsed<T>) => void;
}

interface ResolvedSource {
  kind: SourceKind;
  adapter: IjaAdapter;
}

/** Context requests made before a provider upgraded are kept and answered once it does. */
const rootKey = Symbol.for('ija:context-root');
function ensureContextRoot(): void {
  const holder = document as Document & { [rootKey]?: true };
  if (holder[rootKey]) return;
  holder[rootKey] = true;
  new ContextRoot().attach(document.documentElement);
}

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

/**
 * Resolves a widget's data source (`value` > `.adapter` > inline JSON > `src` > `api` > provider >
 * built-in defaults), loads through a @lit/task (aborted when the element is removed or the source
 * changes), reports dropped records, and fires `ija-load` / `ija-error`. Data that needs no waiting (a
 * property value, the built-in content) is also there at once, as `ready`, for the first render and a server's.
 */
export class DataSourceController<T, A extends readonly unknown[] = []> implements ReactiveController {
  readonly task: Task<[IjaAdapter, ...A], Parsed<T>>;
  private readonly host: DataSourceHost;
  private readonly options: DataSourceOptions<T, A>;
  private readonly provider: ContextConsumer<typeof adapterContext, DataSourceHost>;
  private inlineObserver?: MutationObserver;
  private cache: { key: unknown; source: ResolvedSource } | undefined;
  /** The result for a property value or the built-in content, kept per adapter (a new value is a new adapter). */
  private settled: { adapter: IjaAdapter; result: Parsed<T> } | undefined;
  private current: ResolvedSource = { kind: 'defaults', adapter: defaultsAdapter };

  constructor(host: DataSourceHost, options: DataSourceOptions<T, A>) {
    this.host = host;
    this.options = options;
    // A server render has no document; there the element renders from its own properties and attributes.
    if (!isServer) ensureContextRoot();
    this.provider = new ContextConsumer(host, {
      context: adapterContext,
      subscribe: true,
      callback: () => host.requestUpdate(),
    });
    this.task = new Task<[IjaAdapter, ...A], Parsed<T>>(host, {
      args: () => {
        this.current = this.resolve();
        return [this.current.adapter, ...((options.args?.() ?? []) as unknown as A)];
      },
      task: async ([adapter, ...args], { signal }) => {
        const source = this.current;
        // Data that is there at once completes the task with the very result the first render showed.
        const ready = this.immediate(source);
        if (ready) return ready;
        const [result] = await Promise.all([
          options.load(adapter, signal, ...(args as unknown as A)),
          ...(options.code?.(adapter) ?? []).map((code) => code.load()),
        ]).catch(async (error: unknown) => {
          // The error state then shows at once with its full texts (or, when even they cannot load, the fallback sentence).
          await errorViewCode.load().catch(() => undefined);
          throw error;
        });
        if (source.kind === 'value' || source.kind === 'defaults') this.settled = { adapter, result };
        return result;
      },
      onComplete: (result) => this.reportLoad(result),
      onError: (error) => this.reportError(error),
    });
    host.addController(this);
  }

  /** The source in effect for the last load. */
  get source(): SourceKind {
    return this.current.kind;
  }

  get adapter(): IjaAdapter {
    return this.current.adapter;
  }

  /**
   * The data without waiting: a property value (once the schemas are loaded) or the built-in content (once
   * loaded), with the widget's `code`. The first render shows it instead of the loading state, so a server
   * render has content and hydration changes nothing; the task still runs and completes with this same result.
   */
  get ready(): Parsed<T> | undefined {
    return this.immediate(this.resolve());
  }

  /** The data to show: `ready`, else the last load's. */
  get value(): Parsed<T> | undefined {
    return this.ready ?? this.task.value;
  }

  /** Loads again from the same source (the retry button). */
  reload(): Promise<void> {
    return this.task.run();
  }

  hostConnected(): void {
    this.inlineObserver ??= new MutationObserver(() => this.host.requestUpdate());
    this.inlineObserver.observe(this.host, { childList: true, subtree: true, characterData: true });
    // A load aborted because the element was moved (removed and inserted again) starts over.
    if (this.task.status === TaskStatus.ERROR && isAbortError(this.task.error)) void this.task.run();
  }

  hostDisconnected(): void {
    this.inlineObserver?.disconnect();
    this.task.abort();
  }

  private resolve(): ResolvedSource {
    const host = this.host;
    const value = this.options.value?.();
    if (value !== undefined && value !== null) return this.memo('value', value, () => createValueAdapter(value));
    if (host.adapter) return this.memo('adapter', host.adapter, () => host.adapter!);
    // A server render sees only the element's own properties and attributes (no children, no provider), and the
    // hydration of its DOM must render the same: inline JSON and a provider count from the next update on.
    const ownOnly = isServer || host.rendersAsServer === true;
    const inline = ownOnly ? undefined : host.querySelector(INLINE_SELECTOR)?.textContent;
    if (inline != null && inline.trim() !== '') return this.memo('inline', inline, () => createInlineAdapter(inline));
    if (host.src) return this.memo('static', host.src, () => onDemandStaticAdapter(host.src!));
    if (host.api) return this.memo('fetch', host.api, () => onDemandFetchAdapter({ baseUrl: host.api! }));
    const provided = ownOnly ? undefined : this.provider.value;
    if (provided) return this.memo('provider', provided, () => provided);
    return { kind: 'defaults', adapter: defaultsAdapter };
  }

  private immediate(source: ResolvedSource): Parsed<T> | undefined {
    const resource = this.options.resource;
    if (!resource || (source.kind !== 'value' && source.kind !== 'defaults')) return undefined;
    if (this.settled?.adapter === source.adapter) return this.settled.result;
    if (!(this.options.code?.(source.adapter) ?? []).every((code) => code.value !== undefined)) return undefined;
    let result: Parsed<T> | undefined;
    try {
      result = source.kind === 'value' ? parseNow<T>(resource, this.options.value?.()) : defaultsNow<T>(resource);
    } catch {
      // Wholly invalid data: the task's load reports it and shows the error state.
    }
    if (result) this.settled = { adapter: source.adapter, result };
    return result;
  }

  /** The same configuration yields the same adapter, so the task reruns only on a real change. */
  private memo(kind: SourceKind, key: unknown, create: () => IjaAdapter): ResolvedSource {
    if (this.cache?.source.kind !== kind || this.cache.key !== key) {
      this.cache = { key, source: { kind, adapter: create() } };
    }
    return this.cache.source;
  }

  private reportLoad(result: Parsed<T>): void {
    this.options.onLoad?.(result);
    // Data that came over the network may fail later (a save, a reload on venue Wi-Fi): its error texts come now, while online.
    if (!['value', 'inline', 'defaults'].includes(this.source)) void errorViewCode.load().catch(() => undefined);
    const tag = this.host.localName;
    for (const issue of result.issues) {
      console.warn(`[ija-widgets] <${tag}>: left out invalid data at ${issue.path || '(root)'}: ${issue.message}`);
    }
    // The task marks itself complete only after this callback: the update asked for here renders the data,
    // so a listener finds it in the shadow DOM. A newer load that replaced it meanwhile fires its own event.
    const source = this.source;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      if (this.task.value === result) this.host.dispatchEvent(new IjaLoadEvent({ source, issues: result.issues }));
    });
  }

  /**
   * Says that loading failed (the task's callback) or, with `operation`, that a person's save failed:
   * in the console and as `ija-error`. Widgets call it once per failure they show, not per retry.
   */
  reportError(error: unknown, operation: IjaOperation = 'load'): void {
    if (isAbortError(error)) return;
    const adapterError = toAdapterError(error);
    // Said in full once the error texts are there (a failed save on a page whose data needed no network).
    void errorViewCode.load().then(
      () => this.host.requestUpdate(),
      () => undefined,
    );
    console.warn(`[ija-widgets] <${this.host.localName}>: ${adapterError.message}`);
    this.host.dispatchEvent(new IjaErrorEvent({ operation, source: this.source, error: adapterError, issues: adapterError.issues }));
  }
}
