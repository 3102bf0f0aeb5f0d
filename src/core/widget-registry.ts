import { createContext } from '@lit/context';

/**
 * The widgets of one `<ija-provider>` (or of the page, outside any provider), so that widgets can link to each
 * other (the agenda to its board, the plan to the partner map) wherever they are: added later, or inside another
 * element's shadow root. Widgets list themselves while connected; every change fires `change`.
 */
export class WidgetRegistry extends EventTarget {
  private readonly widgets = new Set<HTMLElement>();

  /** `parent`: the registry searched next (a provider's: the page's). */
  constructor(readonly parent?: WidgetRegistry) {
    super();
  }

  add(widget: HTMLElement): void {
    this.widgets.add(widget);
    this.dispatchEvent(new Event('change'));
  }

  delete(widget: HTMLElement): void {
    if (this.widgets.delete(widget)) this.dispatchEvent(new Event('change'));
  }

  /** The widgets with this tag, this registry's first, then those of its parents. */
  all<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K][] {
    const own = [...this.widgets].filter((widget) => widget.localName === tag) as HTMLElementTagNameMap[K][];
    return this.parent ? [...own, ...this.parent.all(tag)] : own;
  }
}

/** A string key, so two copies of the bundle on one page still find each other's registries. */
export const widgetsContext = createContext<WidgetRegistry>('ija:widgets');

const PAGE_KEY = Symbol.for('ija:page-widgets');

/** The registry of the widgets outside any provider: one per page, shared by every copy of the bundle. */
export function pageRegistry(): WidgetRegistry {
  const holder = globalThis as { [PAGE_KEY]?: WidgetRegistry };
  return (holder[PAGE_KEY] ??= new WidgetRegistry());
}
