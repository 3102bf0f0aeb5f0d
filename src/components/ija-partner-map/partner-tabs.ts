import { html, type TemplateResult } from 'lit';
import type { Messages } from '../../core/i18n/locales.js';
import type { PartnerView } from './ija-partner-map.component.js';

export interface TabOptions {
  /** The widget: its direction decides which arrow goes to the next tab. */
  host: Element;
  /** A person chose a view; `focus` is the tab to focus after the update (arrow keys). */
  onShow(view: PartnerView, focus?: string): void;
}

/**
 * Tabs with the arrow-key pattern of the ARIA practices: one tab stop, arrows move between views.
 * The arrow that points to the next tab on screen goes there: ArrowLeft when the tabs run right to left.
 */
export function renderTabs(m: Messages, views: PartnerView[], current: PartnerView, o: TabOptions): TemplateResult {
  const onKeydown = (event: KeyboardEvent) => {
    const index = views.indexOf(current);
    const step = (event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0) * (getComputedStyle(o.host).direction === 'rtl' ? -1 : 1);
    const next =
      step ? views[(index + step + views.length) % views.length]
      : event.key === 'Home' ? views[0]
      : event.key === 'End' ? views.at(-1)
      : undefined;
    if (!next) return;
    event.preventDefault();
    o.onShow(next, `#tab-${next}`);
  };
  return html`<div class="tabs" part="views" role="tablist" aria-label=${m.partnerMap.viewsLabel} @keydown=${onKeydown}>
    ${views.map(
      (view) => html`<button
        type="button"
        role="tab"
        id="tab-${view}"
        aria-selected=${view === current ? 'true' : 'false'}
        aria-controls="panel"
        tabindex=${view === current ? 0 : -1}
        @click=${() => o.onShow(view)}
      >
        ${m.partnerMap.views[view]}
      </button>`,
    )}
  </div>`;
}

/**
 * The skip link past the widget, and its target at the end. The link is a button: its target is in the shadow root,
 * where a fragment link does not reach, and a `#…` link would change the page's address (which some CMS routers act
 * on). Focus moves by hand. The target is a tab stop while it has focus: from a `tabindex="-1"` element at the end
 * of a shadow root, Chromium's Tab wraps to the start of the widget instead of leaving it.
 */
export function renderSkipLink(m: Messages, root: ParentNode): TemplateResult {
  const skipToEnd = () => {
    const end = root.querySelector<HTMLElement>('#partner-map-end');
    if (!end) return;
    end.tabIndex = 0;
    end.addEventListener('blur', () => (end.tabIndex = -1), { once: true });
    end.focus();
  };
  return html`<button type="button" class="skip-link visually-hidden" @click=${skipToEnd}>${m.partnerMap.skipList}</button>`;
}

export function renderSkipTarget(m: Messages): TemplateResult {
  return html`<span class="skip-target visually-hidden" id="partner-map-end" tabindex="-1">${m.partnerMap.listEnd}</span>`;
}
