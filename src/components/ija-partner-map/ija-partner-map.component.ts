import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { IjaElement } from '../../base/ija-element.js';
import { DataSourceController } from '../../base/data-source-controller.js';
import { renderIssuesNote, renderOnDemand } from '../../base/states.js';
import { registerBuiltInMessages } from '../../core/i18n/locales.js';
import { partnerMapMessages } from '../../core/i18n/messages/partner-map.js';
import { PARTNER_CATEGORIES } from '../../core/schemas/constants.js';
import type { Messages } from '../../core/i18n/locales.js';
import type { Partner, PartnerList } from '../../core/schemas/partner.js';
import { filterFromAttributes, type PartnerFilter } from './partner-filter.js';
import type { PartnerIndex } from './partner-search.js';
import type { JoinField, JoinState, JoinValues } from './partner-join-form.js';
import { onDemand } from '../../core/on-demand.js';
import { addStyles } from '../../base/add-styles.js';
import type { MapController, MapModel } from './map-controller.js';
import { forgetConsent, rememberConsent, rememberedConsent, tileHost } from './map-consent.js';
import { IjaJoinRequestEvent, IjaMapConsentGrantEvent, IjaViewChangeEvent } from '../../core/events.js';
import { partnerMapStyles } from './ija-partner-map.styles.js';

registerBuiltInMessages('partnerMap', partnerMapMessages);

export const PARTNER_VIEWS = ['list', 'map', 'gaps', 'join', 'admin'] as const;
export type PartnerView = (typeof PARTNER_VIEWS)[number];

/** The search, the filters and the list: loaded with the partners, so the element's first download is small. */
import type { PartnerListSteps } from './partner-list-steps.js';
import type { PartnerFilterArea } from './partner-filter-area.js';
export const browseCode = onDemand(() => import('./partner-browse.js'), { firstRender: true });
/** Loaded when first needed: the virtualizer (long lists), the gaps view, the join form (with its schema). */
const virtualListCode = onDemand(() => import('./partner-virtual-list.js'));
const gapsCode = onDemand(() => import('./partner-gaps-view.js'));
const joinCode = onDemand(() => import('./partner-join-form.js'));
/** The map tab's consent panel, before consent. */
const consentCode = onDemand(() => import('./map-consent-panel.js'));
/** The map view itself, after consent (it loads the map engine in turn). */
const mapCode = onDemand(() => import('./map-controller.js'));
/** The admin view (network key): requests, entries, spreadsheets, the pin map. */
const adminCode = onDemand(() => import('./admin/partner-admin.js'));

/** The map itself once it is drawn (Leaflet makes its container a focusable region). */
const MAP_REGION = '.map-container[role="region"]';
/** Before consent, the one thing to do in the map view. */
const CONSENT_BUTTON = '.consent-panel .button';

/**
 * The local network for international youth work: an accessible, filterable list, a map that loads
 * nothing from a tile host before the visitor agrees, the recommended partner types still missing,
 * and a join request form.
 *
 * @tag ija-partner-map
 * @summary The partner network as a list, a consent-first map, the gaps to close, and a join form.
 *
 * @slot consent - The site's own explanation in the map's consent panel (who runs the tile server, a link to the
 *   privacy notice), in place of the widget's: `<p slot="consent">…</p>`. The consent button stays the widget's.
 *
 * @csspart base - The whole widget.
 * @csspart views - The view switcher (tabs).
 * @csspart filters - The filter form.
 * @csspart list - The partner list.
 * @csspart partner - One partner.
 * @csspart map - The map area (consent panel or map).
 * @csspart gaps - The "Wer fehlt noch?" view.
 * @csspart join - The join form.
 *
 * @cssproperty --ija-color-primary - Accents, selected partner, buttons.
 * @cssproperty --ija-map-height - Height of the map (default 28rem).
 *
 * @event {IjaLoadEvent} ija-load - The partners are loaded and shown; `detail.issues` lists records left out.
 * @event {IjaErrorEvent} ija-error - Loading or a save failed (a join request, the admin view's changes); `detail.operation` says which, `detail.error` why.
 * @event {IjaViewChangeEvent} ija-view-change - A person switched the view (list, map, gaps, join, admin); `detail.view`, `detail.previous`.
 * @event {IjaMapConsentGrantEvent} ija-map-consent-grant - The visitor agrees to load the map from `detail.host`; cancelable: the map then stays closed.
 * @event {IjaJoinRequestEvent} ija-join-request - A checked join request is about to be sent (`detail.request`); cancelable: the form keeps what was typed.
 */
export class IjaPartnerMap extends IjaElement {
  static override styles = [...IjaElement.styles, partnerMapStyles];
  /** @internal */
  static override enumerated = { ...IjaElement.enumerated, view: PARTNER_VIEWS, category: PARTNER_CATEGORIES, consent: ['granted'] };

  /**
   * The partners as data (an array or `{ partners: [...] }`); wins over every other source. Checked when
   * set, like any other source: invalid partners are left out and reported.
   */
  @property({ attribute: false }) partners?: PartnerList | Partner[];

  /** The view shown first: `list` (default), `map`, `gaps`, `join` or `admin`. */
  @property({ reflect: true }) view: PartnerView = 'list';

  /** Pre-filter: one group (`vereine`, `jugendarbeit`, `politik`, `schule-beruf`). */
  @property() category?: string;
  /** Pre-filter: one partner type id. */
  @property() type?: string;
  /** Pre-filter: one offer. */
  @property() offer?: string;
  /** Pre-filter: a search text. */
  @property() search?: string;
  /** Pre-filter: only partners new to international youth work. */
  @property({ type: Boolean, attribute: 'new-to-ija' }) newToIja = false;

  /** Offers the join form ("Mitmachen"); needs a backend that takes join requests. */
  @property({ type: Boolean }) join = false;

  /**
   * Offers the admin view ("Verwaltung"): join requests, entries, spreadsheets. Needs an adapter that
   * sends the network key (`Authorization: Bearer …`), e.g. through a provider's adapter.
   */
  @property({ type: Boolean }) admin = false;

  /** A Nominatim-compatible search URL for the admin view's address lookup; none by default (nothing is sent). */
  @property() geocoder?: string;

  /**
   * `granted`: the site has consent for the tile host (its own consent manager, or self-hosted tiles).
   * Otherwise the map asks the visitor first. A consent tool can also fire `ija-map-consent` on `document`.
   */
  @property({ reflect: true }) consent?: 'granted';

  /** Remember the visitor's map consent in this browser (local storage); off unless the site allows it. */
  @property({ type: Boolean, attribute: 'remember-consent' }) rememberConsent = false;

  /** Tile URL template (Leaflet style). Use your own tile server to avoid third parties. */
  @property() tiles = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

  /** Attribution text required by the tile source. */
  @property() attribution = '© OpenStreetMap-Mitwirkende';

  /** Link for the attribution. */
  @property({ attribute: 'attribution-url' }) attributionUrl = 'https://www.openstreetmap.org/copyright';

  @state() private filter: PartnerFilter = {};
  @state() private selectedId?: string;
  @state() private joinValues: JoinValues = {};
  @state() private joinState: JoinState = { status: 'editing', errors: {} };

  private index?: { source: readonly Partner[]; locale: string; index: PartnerIndex };
  private filtered?: { index: PartnerIndex; filter: PartnerFilter; partners: readonly Partner[] };
  private focusAfterUpdate?: string;
  /** Focus for something drawn later (the consent panel, the map): taken when it appears, dropped when the view changes. */
  private focusWhenShown?: string;
  /** Bring the widget's top back into view after the next update ("show on the map" far down the list). */
  private revealTop = false;
  private map?: MapController;
  private listSteps?: PartnerListSteps;
  private filterArea?: PartnerFilterArea;
  private adminView?: { render(): TemplateResult };

  /**
   * The data source and its load task (for tests and the library's own code).
   * @internal
   */
  readonly data = new DataSourceController<Partner[]>(this, {
    value: () => this.partners,
    resource: 'partners',
    load: (adapter, signal) => adapter.getPartners({ signal }),
    code: () => [browseCode],
  });

  /** The partners as loaded (all of them). */
  get allPartners(): readonly Partner[] {
    return this.data.value?.data ?? [];
  }

  /** The partners that pass the current filters, in list order (the same array until data or filter change). */
  get filteredPartners(): readonly Partner[] {
    const index = this.partnerIndex();
    if (!index) return [];
    if (this.filtered?.index !== index || this.filtered.filter !== this.filter) {
      this.filtered = { index, filter: this.filter, partners: browseCode.value!.filterPartners(index, this.filter) };
    }
    return this.filtered.partners;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('ija-map-consent', this.onConsentEvent);
    if (this.rememberConsent && rememberedConsent(this.tiles)) this.consent = 'granted';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('ija-map-consent', this.onConsentEvent);
  }

  private readonly onConsentEvent = (event: Event) => {
    const detail = (event as CustomEvent<{ granted?: boolean } | undefined>).detail;
    if (detail?.granted !== false) {
      this.grantConsent();
    } else {
      this.consent = undefined;
      forgetConsent(this.tiles);
    }
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (['category', 'type', 'offer', 'search', 'newToIja'].some((name) => changed.has(name as keyof IjaPartnerMap))) {
      this.filter = filterFromAttributes({
        category: this.category,
        type: this.type,
        offer: this.offer,
        search: this.search,
        newToIja: this.newToIja,
      });
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusAfterUpdate) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate)?.focus();
      this.focusAfterUpdate = undefined;
    }
    if (this.revealTop) {
      this.revealTop = false;
      const tabs = this.renderRoot.querySelector('.tabs');
      if (tabs && !isInViewport(tabs)) tabs.scrollIntoView({ block: 'start' });
    }
    const later = this.focusWhenShown && this.renderRoot.querySelector<HTMLElement>(this.focusWhenShown);
    if (later) {
      this.focusWhenShown = undefined;
      later.focus({ preventScroll: true });
      if (!isInViewport(later)) later.scrollIntoView({ block: 'nearest' });
    }
  }

  /**
   * Before a click removes the control it came from (a view change, the consent panel), focus moves to the
   * view's panel, so it never falls back to the page's <body>. Only when focus is in the widget or nowhere.
   */
  private holdFocus(): boolean {
    const here = this.shadowRoot!.activeElement !== null || document.activeElement === document.body || document.activeElement === null;
    if (here) this.renderRoot.querySelector<HTMLElement>('#panel')?.focus({ preventScroll: true });
    return here;
  }

  private partnerIndex(): PartnerIndex | undefined {
    const source = this.data.value?.data;
    const browse = browseCode.value;
    if (!source || !browse) return undefined;
    const locale = this.localize.locale;
    if (this.index?.source !== source || this.index.locale !== locale) {
      const p = this.localize.m.partnerMap;
      this.index = {
        source,
        locale,
        index: browse.buildPartnerIndex(source, { type: (type) => p.types[type] ?? type, category: (c) => p.categories[c] }),
      };
    }
    return this.index.index;
  }

  protected override render() {
    return this.renderData(this.data, ({ data, issues }) => {
      const browse = browseCode.value!;
      addStyles(this, browse.browseStyles);
      const m = this.localize.m;
      const views = this.availableViews();
      const view = views.includes(this.view) ? this.view : 'list';
      return html`<section class="network" part="base" aria-label=${m.partnerMap.label} lang=${this.renderLang}>
        ${browse.renderSkipLink(m, this.renderRoot)}
        ${browse.renderTabs(m, views, view, { host: this, onShow: (next, focus) => this.showView(next, focus) })}
        <div class="panel" role="tabpanel" id="panel" aria-labelledby="tab-${view}" tabindex="-1">
          ${(view === 'list' || view === 'map') && data.length > 0 ? this.renderFilterArea(m, data) : nothing}
          ${view === 'list' ? this.renderListView(m, data) : nothing}
          ${view === 'map' ? this.renderMap(m) : nothing}
          ${view === 'gaps' ? this.renderGaps(m, data) : nothing}
          ${view === 'join' ? this.renderJoin(m) : nothing}
          ${view === 'admin'
            ? renderOnDemand(m, this, adminCode, (code) => {
                addStyles(this, code.adminStyles);
                return (this.adminView ??= new code.PartnerAdmin(this, this.localize)).render();
              })
            : nothing}
        </div>
        ${renderIssuesNote(m, issues)}
        ${browse.renderSkipTarget(m)}
      </section>`;
    });
  }

  private availableViews(): PartnerView[] {
    const views: PartnerView[] = ['list', 'map', 'gaps'];
    if (this.join && this.data.adapter.writable) views.push('join');
    if (this.admin) views.push('admin');
    return views;
  }

  /** A person switched the view (tabs, "show on the map", "show in the list"). */
  private showView(view: PartnerView, focus?: string): void {
    const previous = this.view;
    this.view = view;
    this.focusWhenShown = undefined;
    if (focus) this.focusAfterUpdate = focus;
    if (view === previous) return;
    // Events go out from a variable: the manifest takes them from the class's JSDoc (with their types),
    // and `this.dispatchEvent(new …)` would add a nameless copy.
    const changed = new IjaViewChangeEvent({ view, previous });
    this.dispatchEvent(changed);
  }

  private renderFilterArea(m: Messages, data: readonly Partner[]): TemplateResult {
    this.filterArea ??= new browseCode.value!.PartnerFilterArea(this);
    return this.filterArea.render(m, data, this.filteredPartners.length, this.filter, (filter) => this.setFilter(filter));
  }

  /** Filters apply at once; the count is announced once typing pauses. */
  private setFilter(filter: PartnerFilter): void {
    this.filter = filter;
    this.listSteps?.reset();
    this.filterArea?.announce(() => this.localize.m.partnerMap.resultCount(this.filteredPartners.length, this.allPartners.length));
  }

  private renderListView(m: Messages, data: readonly Partner[]): TemplateResult {
    const browse = browseCode.value!;
    if (data.length === 0) {
      return browse.renderEmptyNetwork(m, this.availableViews().includes('join') ? () => this.showView('join', '#panel') : undefined);
    }
    this.listSteps ??= new browse.PartnerListSteps(this);
    return this.listSteps.render(m, this.filteredPartners, {
      selectedId: this.selectedId,
      headingLevel: this.headingAt(1),
      virtualList: { code: virtualListCode, host: this },
      onShowOnMap: (partner) => this.showOnMap(partner.id),
      focus: (selector) => (this.focusAfterUpdate = selector),
    });
  }

  /** From far down the list to the map: the map comes into view, and focus goes to it (or to the consent it needs). */
  private showOnMap(id: string): void {
    this.selectedId = id;
    const focus = this.holdFocus();
    this.showView('map');
    this.revealTop = true;
    if (focus) this.focusWhenShown = this.consent === 'granted' ? MAP_REGION : CONSENT_BUTTON;
  }

  private renderMap(m: Messages): TemplateResult {
    if (this.consent !== 'granted') {
      return renderOnDemand(m, this, consentCode, (code) => {
        addStyles(this, code.mapStyles);
        return code.renderConsentPanel(m, this.filteredPartners, this.tiles, () => this.agreeToMap(), this.headingAt(1));
      });
    }
    return renderOnDemand(m, this, mapCode, (code) => {
      addStyles(this, code.mapStyles);
      this.map ??= new code.MapController(this);
      return this.map.render(m, this.mapPartners());
    });
  }

  private mapPartners(): MapModel {
    const p = this.localize.m.partnerMap;
    return {
      all: this.filteredPartners,
      selectedId: this.selectedId,
      headingLevel: this.headingAt(2),
      tiles: this.tiles,
      attribution: this.attribution,
      attributionUrl: this.attributionUrl,
      groupLabel: (partner: Partner) => p.categories[partner.category],
      onSelect: (id: string | undefined) => (this.selectedId = id),
      onShowInList: (id: string) => {
        this.selectedId = id;
        this.listSteps?.reveal(this.filteredPartners, id);
        this.showView('list', `#partner-${CSS.escape(id)}`);
      },
    };
  }

  /**
   * The visitor clicked to load the map: `ija-map-consent-grant` first, which the site may cancel.
   * @internal
   */
  agreeToMap(): void {
    const agreeing = new IjaMapConsentGrantEvent({ tiles: this.tiles, host: tileHost(this.tiles) });
    if (!this.dispatchEvent(agreeing)) return;
    // The button goes away with the panel: focus waits on the panel, then moves to the map once it is drawn.
    if (this.holdFocus()) this.focusWhenShown = MAP_REGION;
    this.grantConsent();
  }

  /** The visitor agreed to load the map; stored only when the site allows it. */
  grantConsent(): void {
    this.consent = 'granted';
    if (this.rememberConsent) rememberConsent(this.tiles);
  }

  private renderGaps(m: Messages, data: readonly Partner[]): TemplateResult {
    return renderOnDemand(m, this, gapsCode, (gaps) => {
      addStyles(this, gaps.gapsStyles);
      return gaps.renderGapsView(m, gaps.findGaps(data), {
        headingLevel: this.headingAt(1),
        onDownload: (format) => gaps.downloadGaps(this.localize.m, this.allPartners, format),
      });
    });
  }

  private renderJoin(m: Messages): TemplateResult {
    return renderOnDemand(m, this, joinCode, (join) => {
      addStyles(this, join.joinStyles);
      return join.renderJoinForm(m, {
        headingLevel: this.headingAt(1),
        values: this.joinValues,
        state: this.joinState,
        onInput: (field, value) => (this.joinValues = { ...this.joinValues, [field]: value }),
        onSubmit: () => void this.submitJoin(),
      });
    });
  }

  /** Sends the join request; what was typed stays on any failure. */
  private async submitJoin(): Promise<void> {
    if (this.joinState.status === 'sending') return;
    const outcome = joinCode.value!.sendJoinRequest(this.joinValues, this.localize.m, this.data.adapter, (request) => {
      const sending = new IjaJoinRequestEvent({ request });
      return this.dispatchEvent(sending);
    });
    for await (const step of outcome) {
      this.joinState = step.state;
      if (step.values) this.joinValues = step.values;
      if (step.focus) this.focusAfterUpdate = step.focus;
      if (step.state.status === 'failed') this.data.reportError(step.state.error, 'send-join-request');
    }
  }

  /** For tests and sites: which join fields currently have an error. */
  get joinErrors(): JoinField[] {
    return 'errors' in this.joinState ? (Object.keys(this.joinState.errors) as JoinField[]) : [];
  }
}


function isInViewport(element: Element): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  return top >= 0 && bottom <= window.innerHeight;
}

declare global {
  interface HTMLElementTagNameMap {
    'ija-partner-map': IjaPartnerMap;
  }
}
