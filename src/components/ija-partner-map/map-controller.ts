import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import type { Messages } from '../../core/i18n/locales.js';
import type { Partner } from '../../core/schemas/partner.js';
import { safeHref } from '../../core/safe-url.js';
import type { MapPartner, PartnerMapHandle } from './map/map-engine.js';
import { renderPartnerRow } from './partner-row.js';
import { noLocationNote } from './map-consent-panel.js';
import { adoptLeafletStyles } from './map/adopt-leaflet-styles.js';
import { registerBuiltInMessages } from '../../core/i18n/locales.js';
import { partnerMapViewMessages } from '../../core/i18n/messages/partner-map-view.js';

registerBuiltInMessages('partnerMapView', partnerMapViewMessages);

export { mapStyles } from './map-styles.js';

export interface MapModel {
  /** The filtered partners (same array while the filter and data stay the same). */
  all: readonly Partner[];
  selectedId?: string;
  /** The level of the selected partner's name. */
  headingLevel: number;
  tiles: string;
  attribution: string;
  attributionUrl: string;
  groupLabel(partner: Partner): string;
  onSelect(id: string | undefined): void;
  onShowInList(id: string): void;
}

type Status = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * The map view of `<ija-partner-map>` once the visitor has agreed (this file is loaded only then):
 * the map engine (Leaflet), loaded on demand as its own file, with its controls and the selection.
 */
export class MapController implements ReactiveController {
  private readonly host: ReactiveElement;
  private readonly container = createRef<HTMLDivElement>();
  private status: Status = 'idle';
  private engine?: typeof import('./map/map-engine.js');
  private handle?: PartnerMapHandle;
  private mapContainer?: HTMLDivElement;
  private shownPartners?: readonly Partner[];
  private model?: MapModel;
  private labelsLocale?: Messages;

  constructor(host: ReactiveElement) {
    this.host = host;
    host.addController(this);
  }

  render(m: Messages, model: MapModel): TemplateResult {
    this.model = model;
    const p = m.partnerMap;
    const note = noLocationNote(m, model.all);
    if (this.status === 'idle') void this.load();
    if (this.labelsLocale !== m && this.handle) this.recreate();
    this.labelsLocale = m;
    const selected = model.all.find((partner) => partner.id === model.selectedId);
    const attributionHref = safeHref(model.attributionUrl);
    return html`<div class="map-area" part="map">
      <div class="map-toolbar">
        <button type="button" class="icon-button" aria-label=${m.partnerMapView.zoomIn} ?disabled=${this.status !== 'ready'} @click=${() => this.handle?.zoomIn()}>
          <span aria-hidden="true">+</span>
        </button>
        <button type="button" class="icon-button" aria-label=${m.partnerMapView.zoomOut} ?disabled=${this.status !== 'ready'} @click=${() => this.handle?.zoomOut()}>
          <span aria-hidden="true">−</span>
        </button>
      </div>
      <div class="map-container" ${ref(this.container)}></div>
      <p class="attribution">
        ${m.partnerMapView.attribution}:
        ${attributionHref ? html`<a href=${attributionHref} rel="noopener noreferrer">${model.attribution}</a>` : model.attribution}
      </p>
      ${this.status === 'loading' ? html`<p role="status">${m.partnerMapView.loading}</p>` : nothing}
      ${this.status === 'failed' ? html`<p role="alert" class="error-text">${m.partnerMapView.failed}</p>` : nothing} ${note}
      ${selected
        ? html`<div class="selected-partner">
            ${renderPartnerRow(m, selected, { selected: true, headingLevel: model.headingLevel })}
            <button type="button" class="button secondary" @click=${() => model.onShowInList(selected.id)}>${p.showInList}</button>
          </div>`
        : nothing}
    </div>`;
  }

  private async load(): Promise<void> {
    this.status = 'loading';
    try {
      this.engine = await import('./map/map-engine.js');
      adoptLeafletStyles(this.host.renderRoot as ShadowRoot, this.engine.leafletCss);
      this.status = 'ready';
    } catch (error) {
      console.warn('[ija-widgets] <ija-partner-map>: the map engine could not be loaded', error);
      this.status = 'failed';
    }
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const container = this.container.value;
    if (!container || !container.isConnected || !this.model) {
      this.destroy();
      return;
    }
    if (this.status !== 'ready' || !this.engine) return;
    if (this.mapContainer !== container) {
      this.destroy();
      this.create(container);
    }
    if (this.shownPartners !== this.model.all) {
      this.shownPartners = this.model.all;
      this.handle!.setPartners(this.toMapPartners(this.model));
    }
    this.handle!.select(this.model.selectedId);
  }

  hostDisconnected(): void {
    this.destroy();
  }

  private create(container: HTMLDivElement): void {
    const m = this.labelsLocale!;
    const p = m.partnerMapView;
    this.mapContainer = container;
    this.shownPartners = undefined;
    this.handle = this.engine!.createPartnerMap({
      container,
      tileUrl: this.model!.tiles,
      labels: {
        map: p.region,
        marker: (partner: MapPartner) => p.marker(partner.name, partner.group),
        cluster: (count: number, names: string[]) => p.cluster(count, names),
        zoomIn: p.zoomIn,
        zoomOut: p.zoomOut,
      },
      onSelect: (id: string) => this.model?.onSelect(id),
    });
  }

  /** Labels are baked into the map's markers: a language change builds the map again. */
  private recreate(): void {
    this.destroy();
  }

  private destroy(): void {
    this.handle?.destroy();
    this.handle = undefined;
    this.mapContainer = undefined;
    this.shownPartners = undefined;
  }

  private toMapPartners(model: MapModel): MapPartner[] {
    return model.all.flatMap((partner) =>
      partner.location
        ? [{ id: partner.id, name: partner.name, lat: partner.location.lat, lng: partner.location.lng, group: model.groupLabel(partner) }]
        : [],
    );
  }
}
