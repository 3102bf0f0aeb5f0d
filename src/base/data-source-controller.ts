import { ContextConsumer, ContextRoot } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { IjaAdapter } from '../core/adapter/types.js';
import { onDemandFetchAdapter, onDemandStaticAdapter } from '../core/adapter/on-demand-adapter.js';
import { createInlineAdapter, createValueAdapter } from '../core/adapter/read-only-adapter.js';
import { defaultsAdapter } from '../core/adapter/defaults-adapter.js';
import { adapterContext } from '../core/context.js';
import { isAbortError, toAdapterError } from '../core/errors.js';
import { IjaErrorEvent, IjaLoadEvent } from '../core/events.js';
import type { Parsed } from '../core/schemas/issues.js';

/** Where a widget's data comes from, in the order of precedence. */
export type SourceKind = 'value' | 'adapter' | 'inline' | 'static' | 'fetch' | 'provider' | 'defaults';

export interface DataSourceHost extends ReactiveControllerHost, HTMLElement {
  /** An adapter set by script: wins over every attribute. */
  adapter?: IjaAdapter;
  /** URL of a static JSON file. */
  src?: string;
  /** Base URL of a backend that speaks the REST contract. */
  api?: string;
}

export interface DataSourceOptions<T, A extends readonly unknown[]> {
  /** Data handed over as a property (e.g. `.agenda`), highest precedence. */
  value?: () => unknown;
  /** Further task arguments (e.g. the resource id); a change reloads. */
  args?: () => A;
  load: (adapter: IjaAdapter, signal: AbortSignal, ...args: A) => Promise<Parsed<T>>;
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
 * changes), reports dropped records, and fires `ija-load` / `ija-error`.
 */
export class DataSourceController<T, A extends readonly unknown[] = []> implements ReactiveController {
  readonly task: Task<[IjaAdapter, ...A], Parsed<T>>;
  private readonly host: DataSourceHost;
  private readonly options: DataSourceOptions<T, A>;
  private readonly provider: ContextConsumer<typeof adapterContext, DataSourceHost>;
  private readonly inlineObserver: MutationObserver;
  private cache: { key: unknown; source: ResolvedSource } | undefined;
  private current: ResolvedSource = { kind: 'defaults', adapter: defaultsAdapter };

  constructor(host: DataSourceHost, options: DataSourceOptions<T, A>) {
    this.host = host;
    this.options = options;
    ensureContextRoot();
    this.provider = new ContextConsumer(host, {
      context: adapterContext,
      subscribe: true,
      callback: () => host.requestUpdate(),
    });
    this.inlineObserver = new MutationObserver(() => host.requestUpdate());
    this.task = new Task<[IjaAdapter, ...A], Parsed<T>>(host, {
      args: () => {
        this.current = this.resolve();
        return [this.current.adapter, ...((options.args?.() ?? []) as unknown as A)];
      },
      task: ([adapter, ...args], { signal }) => options.load(adapter, signal, ...(args as unknown as A)),
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

  /** Loads again from the same source (the retry button). */
  reload(): Promise<void> {
    return this.task.run();
  }

  hostConnected(): void {
    this.inlineObserver.observe(this.host, { childList: true, subtree: true, characterData: true });
    // A load aborted because the element was moved (removed and inserted again) starts over.
    if (this.task.status === TaskStatus.ERROR && isAbortError(this.task.error)) void this.task.run();
  }

  hostDisconnected(): void {
    this.inlineObserver.disconnect();
    this.task.abort();
  }

  private resolve(): ResolvedSource {
    const host = this.host;
    const value = this.options.value?.();
    if (value !== undefined && value !== null) return this.memo('value', value, () => createValueAdapter(value));
    if (host.adapter) return this.memo('adapter', host.adapter, () => host.adapter!);
    const inline = host.querySelector(INLINE_SELECTOR)?.textContent;
    if (inline != null && inline.trim() !== '') return this.memo('inline', inline, () => createInlineAdapter(inline));
    if (host.src) return this.memo('static', host.src, () => onDemandStaticAdapter(host.src!));
    if (host.api) return this.memo('fetch', host.api, () => onDemandFetchAdapter({ baseUrl: host.api! }));
    const provided = this.provider.value;
    if (provided) return this.memo('provider', provided, () => provided);
    return { kind: 'defaults', adapter: defaultsAdapter };
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
    const tag = this.host.localName;
    for (const issue of result.issues) {
      console.warn(`[ija-widgets] <${tag}>: left out invalid data at ${issue.path || '(root)'}: ${issue.message}`);
    }
    this.host.dispatchEvent(new IjaLoadEvent({ source: this.source, issues: result.issues }));
  }

  private reportError(error: unknown): void {
    if (isAbortError(error)) return;
    const adapterError = toAdapterError(error);
    console.warn(`[ija-widgets] <${this.host.localName}>: ${adapterError.message}`);
    this.host.dispatchEvent(new IjaErrorEvent({ source: this.source, error: adapterError, issues: adapterError.issues }));
  }
}
