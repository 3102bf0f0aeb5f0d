import { ContextEvent } from '@lit/context';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { pageRegistry, widgetsContext, type WidgetRegistry } from '../core/widget-registry.js';

/**
 * Lists a widget, while it is connected, in the registry of its nearest `<ija-provider>` (or the page's), and tells
 * it when other widgets come or go there, so links between widgets follow the page.
 */
export class WidgetRegistration implements ReactiveController {
  /** Where this widget is listed (and looks for others) while connected. */
  registry?: WidgetRegistry;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly changed: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A server's render (even one that calls `connectedCallback`) has no page to link within.
    if (isServer) return;
    // Subscribed, so a provider defined after this widget still answers (through the context root).
    this.host.dispatchEvent(new ContextEvent(widgetsContext, this.host, this.provided, true));
    if (!this.registry) this.join(pageRegistry());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.join(undefined);
  }

  private readonly provided = (registry: WidgetRegistry, unsubscribe?: () => void): void => {
    if (!this.host.isConnected) return unsubscribe?.();
    this.unsubscribe = unsubscribe;
    this.join(registry);
  };

  private join(registry: WidgetRegistry | undefined): void {
    if (registry === this.registry) return;
    this.listen('removeEventListener');
    this.registry?.delete(this.host);
    this.registry = registry;
    registry?.add(this.host);
    this.listen('addEventListener');
  }

  private listen(method: 'addEventListener' | 'removeEventListener'): void {
    for (let registry = this.registry; registry; registry = registry.parent) registry[method]('change', this.changed);
  }
}

/** Follows a link to another widget: scrolls to it and moves focus there (found in any shadow root). */
export function showWidget(widget: HTMLElement): void {
  widget.scrollIntoView({ block: 'start' });
  if (!widget.hasAttribute('tabindex')) widget.tabIndex = -1;
  widget.focus();
}
