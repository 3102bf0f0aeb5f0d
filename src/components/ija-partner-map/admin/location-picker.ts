import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import type { Messages } from '../../../core/i18n/locales.js';
import { describeError } from '../../../core/i18n/describe-error.js';
import { tileHost } from '../map-consent.js';
import { adoptLeafletStyles } from '../map/adopt-leaflet-styles.js';
import type { LatLng, PinPickerHandle } from '../map/pin-engine.js';
import { geocode, geocoderHost, type GeocodeResult } from './geocoder.js';

export interface LocationModel {
  /** The position as the form holds it now (undefined: none, or not a valid number yet). */
  position?: LatLng;
  /** Where the map looks while there is no position: the middle of the network. */
  home?: LatLng;
  /** The address typed in the form, for the geocoder. */
  address: string;
  tiles: string;
  /** The tile source's required credit. */
  attribution: string;
  /** The site's Nominatim-compatible search URL; no address search without one. */
  geocoder?: string;
  /** The organiser agreed to load map images (or the site has consent). */
  consent: boolean;
  language: string;
  onConsent(): void;
  /** The organiser set a position (map, pin, geocoder result) or removed it (undefined). */
  onChange(position: LatLng | undefined): void;
}

type Search =
  | { status: 'idle' }
  | { status: 'searching'; controller: AbortController }
  | { status: 'done'; results: GeocodeResult[] }
  | { status: 'failed'; error: unknown };

/**
 * Where a partner is, set by the organiser: a map with one pin (click, drag, or the keyboard), and an
 * address search through the site's geocoder, called only when the organiser asks for it.
 */
export class LocationPicker implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly container = createRef<HTMLDivElement>();
  private engine?: typeof import('../map/pin-engine.js');
  private engineError?: unknown;
  private handle?: PinPickerHandle;
  private mapContainer?: HTMLDivElement;
  private model?: LocationModel;
  private shown?: LatLng;
  private search: Search = { status: 'idle' };
  private labels?: Messages;
  /** Said after the pin moved on the map, where the coordinate fields may be out of sight. */
  private spoken = '';

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  render(m: Messages, model: LocationModel): TemplateResult {
    this.model = model;
    if (this.labels !== m) this.destroy();
    this.labels = m;
    const a = m.partnerAdmin;
    if (model.consent && !this.engine && !this.engineError) void this.loadEngine();
    return html`${model.geocoder ? this.renderSearch(m, model.geocoder) : nothing}
      ${model.consent
        ? html`<div class="pin-map">
            <div class="map-container" ${ref(this.container)}></div>
            <span class="crosshair" aria-hidden="true"></span>
          </div>
          <p class="attribution">${m.partnerMapView.attribution}: ${model.attribution}</p>
          <p class="visually-hidden" role="status">${this.spoken}</p>
          ${this.engineError ? html`<p role="alert" class="error-text">${m.partnerMapView.failed}</p>` : nothing}
          <div class="form-actions">
            <button type="button" class="button secondary" ?disabled=${!this.handle} @click=${() => this.pinToCenter()}>${a.pinToCenter}</button>
            <button type="button" class="button secondary" ?disabled=${!model.position} @click=${() => model.onChange(undefined)}>
              ${a.removeLocation}
            </button>
          </div>`
        : html`<div class="consent-note">
            <p>${a.mapConsent(tileHost(model.tiles))}</p>
            <button type="button" class="button secondary" @click=${model.onConsent}>${a.loadMap}</button>
          </div>`}`;
  }

  private renderSearch(m: Messages, endpoint: string): TemplateResult {
    const a = m.partnerAdmin;
    const search = this.search;
    return html`<div class="geocoder">
      <button
        type="button"
        class="button secondary"
        aria-describedby="pf-geocoder-note"
        ?disabled=${search.status === 'searching'}
        @click=${() => void this.lookUp(endpoint)}
      >
        ${a.findAddress}
      </button>
      <span class="muted" id="pf-geocoder-note">${a.geocoderNote(geocoderHost(endpoint))}</span>
      <div role="status">
        ${search.status === 'searching' ? a.searching : nothing}
        ${search.status === 'done' && search.results.length === 0 ? a.noMatches : nothing}
      </div>
      ${search.status === 'failed' ? html`<p class="error-text" role="alert">${a.geocoderFailed} ${describeError(search.error, m)}</p>` : nothing}
      ${search.status === 'done' && search.results.length > 0
        ? html`<ul class="geocoder-results">
            ${search.results.map(
              (result) => html`<li>
                <span>${result.label}</span>
                <button type="button" class="button secondary" @click=${() => this.useResult(result)}>
                  ${a.useResult}<span class="visually-hidden">: ${result.label}</span>
                </button>
              </li>`,
            )}
          </ul>`
        : nothing}
    </div>`;
  }

  private async lookUp(endpoint: string): Promise<void> {
    const model = this.model;
    if (!model || model.address.trim() === '') {
      this.search = { status: 'done', results: [] };
      this.host.requestUpdate();
      return;
    }
    const controller = new AbortController();
    this.search = { status: 'searching', controller };
    this.host.requestUpdate();
    try {
      const results = await geocode(endpoint, model.address, { signal: controller.signal, language: model.language });
      if (this.search.status === 'searching' && this.search.controller === controller) this.search = { status: 'done', results };
    } catch (error) {
      if (controller.signal.aborted) return;
      this.search = { status: 'failed', error };
    }
    this.host.requestUpdate();
  }

  private useResult(result: GeocodeResult): void {
    this.search = { status: 'idle' };
    this.show({ lat: result.lat, lng: result.lng }, true);
  }

  /** Places the pin where the organiser chose and tells the form; the map does not move it again. */
  private show(position: LatLng, pan: boolean): void {
    this.shown = position;
    this.handle?.setPosition(position, { pan });
    this.model?.onChange(position);
  }

  private pinToCenter(): void {
    if (this.handle) this.show(this.handle.center(), false);
  }

  private async loadEngine(): Promise<void> {
    try {
      this.engine = await import('../map/pin-engine.js');
      adoptLeafletStyles((this.host as unknown as HTMLElement).shadowRoot!, this.engine.leafletCss);
    } catch (error) {
      console.warn('[ija-widgets] <ija-partner-map>: the map engine could not be loaded', error);
      this.engineError = error;
    }
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const container = this.container.value;
    if (!container?.isConnected || !this.model?.consent) {
      this.destroy();
      return;
    }
    if (!this.engine) return;
    if (this.mapContainer !== container) {
      this.destroy();
      this.create(container);
      // The buttons that need the map are enabled now.
      this.host.requestUpdate();
    }
    const position = this.model.position;
    if (position?.lat !== this.shown?.lat || position?.lng !== this.shown?.lng) {
      this.shown = position;
      this.handle!.setPosition(position, { pan: position !== undefined });
    }
  }

  hostDisconnected(): void {
    this.destroy();
    if (this.search.status === 'searching') this.search.controller.abort();
    this.search = { status: 'idle' };
  }

  private create(container: HTMLDivElement): void {
    const a = this.labels!.partnerAdmin;
    this.mapContainer = container;
    this.shown = this.model!.position;
    this.handle = this.engine!.createPinPicker({
      container,
      tileUrl: this.model!.tiles,
      position: this.shown,
      home: this.model!.home,
      labels: { map: a.mapLabel, pin: a.pinLabel },
      onChange: (position) => {
        this.shown = position;
        this.spoken = `${a.location}: ${position.lat}, ${position.lng}`;
        this.model?.onChange(position);
      },
    });
  }

  destroy(): void {
    this.handle?.destroy();
    this.handle = undefined;
    this.mapContainer = undefined;
  }
}
