/**
 * A Leaflet map with one pin, for setting a partner's position (admin mode).
 *
 * Like map-engine.ts, loading this module loads Leaflet and creating a picker requests tiles, so it
 * is imported dynamically. The pin is plain DOM (no marker images): the only requests are tiles.
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import { openMap, prefersReducedMotion } from './leaflet-map.js';

export { leafletCss } from './leaflet-css.js';

export interface LatLng {
  lat: number;
  lng: number;
}

export interface PinPickerOptions {
  /** a sized element, possibly inside a shadow root */
  container: HTMLElement;
  /** Leaflet URL template */
  tileUrl: string;
  /** default 18 */
  maxZoom?: number;
  /** the pin at start; none: the map shows NRW and no pin */
  position?: LatLng;
  /** Where the map looks first when there is no pin yet (e.g. the middle of the network's partners), at town zoom. */
  home?: LatLng;
  /** aria-label of the map region; aria-label of the pin (e.g. "Standort, mit Pfeiltasten verschieben"), followed by its coordinates */
  labels: { map: string; pin: string };
  /** the person set the pin: a click on the map, the end of a drag, or arrow keys on the focused pin */
  onChange(position: LatLng): void;
}

export interface PinPickerHandle {
  /** Places (or with undefined removes) the pin without calling onChange; `pan` centres the map on it (zoom at least 15). */
  setPosition(position: LatLng | undefined, options?: { pan?: boolean }): void;
  /** The map's centre now (for a "put the pin in the middle of the map" button, the keyboard way). */
  center(): LatLng;
  zoomIn(): void;
  zoomOut(): void;
  invalidateSize(): void;
  /** Removes the map, its layers and listeners and restores the container; the handle does nothing afterwards. */
  destroy(): void;
}

const DEFAULT_MAX_ZOOM = 18;
/** Without a position the map shows North Rhine-Westphalia. */
const START_CENTER: L.LatLngTuple = [51.45, 7.6];
const START_ZOOM = 7;
/** Without a position but with a home: the town, its districts in view. */
const HOME_ZOOM = 12;
/** A given position is shown (and `pan` centres it) at least this close: streets and house numbers. */
const PIN_ZOOM = 15;
const PIN_SIZE = 32;
/** Arrow keys move the pin this many screen pixels, with Shift one. */
const KEY_STEP_PX = 10;
const KEY_STEP_FINE_PX = 1;
const MAX_LAT = 85;
/** The pin stays this far inside the view when the keyboard moves it (room for the focus ring). */
const KEEP_IN_VIEW_PX = PIN_SIZE / 2 + 8;

const ARROWS: Record<string, readonly [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

const ignore = (): void => {};

/** +/- on the focused pin zoom the map around it. */
const ZOOM_KEYS: Record<string, number> = { '+': 1, '=': 1, '-': -1 };


const round6 = (value: number): number => Math.round(value * 1e6) / 1e6 + 0; // + 0 turns -0 into 0

/** Rounded to 6 decimals (about 10 cm), longitude wrapped into -180..180, latitude clamped to ±85. */
function normalizePosition(position: LatLng): LatLng {
  const lat = Math.min(MAX_LAT, Math.max(-MAX_LAT, position.lat));
  const lng = ((((position.lng + 180) % 360) + 360) % 360) - 180;
  return { lat: round6(lat), lng: round6(lng) };
}

export function createPinPicker(options: PinPickerOptions): PinPickerHandle {
  const { container, labels } = options;
  const maxZoom = options.maxZoom ?? DEFAULT_MAX_ZOOM;
  const pinZoom = Math.min(PIN_ZOOM, maxZoom);
  const animate = (): boolean => !prefersReducedMotion();
  const opened = openMap(container, { tileUrl: options.tileUrl, maxZoom, label: labels.map });
  const map = opened.map;

  let pin: { marker: L.Marker; element: HTMLElement } | undefined;
  let destroyed = false;
  /** The centre when the map was destroyed (Leaflet cannot tell it afterwards). */
  let lastCenter: LatLng | undefined;

  const start = options.position && isValid(options.position) ? normalizePosition(options.position) : undefined;
  if (start) map.setView([start.lat, start.lng], pinZoom, { animate: false });
  else if (options.home && isValid(options.home)) map.setView([options.home.lat, options.home.lng], Math.min(HOME_ZOOM, maxZoom), { animate: false });
  else map.setView(START_CENTER, Math.min(START_ZOOM, maxZoom), { animate: false });

  function isValid(value: LatLng | undefined): value is LatLng {
    return value !== undefined && Number.isFinite(value.lat) && Number.isFinite(value.lng);
  }

  /** Where to draw a normalised position: on the copy of the world nearest the map's centre. */
  function displayLatLng(value: LatLng): L.LatLng {
    const shift = Math.round((map.getCenter().lng - value.lng) / 360) * 360;
    return L.latLng(value.lat, value.lng + shift);
  }

  function describe(value: LatLng): string {
    return `${labels.pin}: ${value.lat}, ${value.lng}`;
  }

  function createPin(value: LatLng): void {
    const dot = document.createElement('span');
    dot.className = 'ija-marker__dot';
    const icon = L.divIcon({
      html: dot,
      // The partner map's marker styles (leafletCss), plus a class of its own for the page.
      className: 'ija-marker ija-pin',
      iconSize: [PIN_SIZE, PIN_SIZE],
      iconAnchor: [PIN_SIZE / 2, PIN_SIZE / 2],
    });
    const marker = L.marker(displayLatLng(value), {
      icon,
      draggable: true,
      keyboard: true,
      // Leaflet's focus panning always animates; onPinFocus() below respects reduced motion.
      autoPanOnFocus: false,
      zIndexOffset: 1000,
    }).addTo(map);
    const element = marker.getElement();
    if (!element) return;
    // Not "button": nothing happens on Enter or Space. "application" tells screen readers that the
    // element handles its own keys, so the arrow keys reach it instead of moving the reading cursor.
    element.setAttribute('role', 'application');
    element.tabIndex = 0;
    element.addEventListener('keydown', onPinKeyDown);
    element.addEventListener('focus', onPinFocus);
    marker.on('dragend', onDragEnd);
    // Leaflet hands a click (and Enter, which it turns into a click) to the innermost layer that listens
    // for clicks, else to the map: without this listener a click on the pin, or Enter on it, would set
    // the pin anew (Enter at a position computed from a keyboard event).
    marker.on('click', ignore);
    pin = { marker, element };
  }

  /** Draws the pin at a normalised position (on the world copy nearest the view) and labels it. */
  function place(value: LatLng): void {
    if (!pin) createPin(value);
    else pin.marker.setLatLng(displayLatLng(value));
    pin?.element.setAttribute('aria-label', describe(value));
  }

  function removePin(): void {
    if (!pin) return;
    pin.marker.off('dragend', onDragEnd);
    pin.marker.off('click', ignore);
    pin.element.removeEventListener('keydown', onPinKeyDown);
    pin.element.removeEventListener('focus', onPinFocus);
    pin.marker.remove();
    pin = undefined;
  }

  /** The person set the pin. */
  function set(latLng: L.LatLng): void {
    const value = normalizePosition(latLng);
    place(value);
    options.onChange({ ...value });
  }

  /** Pans the map only as far as needed to have the pin (and its focus ring) inside the view. */
  function keepInView(): void {
    if (pin) map.panInside(pin.marker.getLatLng(), { padding: [KEEP_IN_VIEW_PX, KEEP_IN_VIEW_PX], animate: animate() });
  }

  function onPinFocus(): void {
    // Not when a mouse press focused the pin: the map would move under the starting drag.
    if (pin?.element.matches(':focus-visible')) keepInView();
  }

  function onMapClick(event: L.LeafletMouseEvent): void {
    set(event.latlng);
  }

  function onDragEnd(): void {
    if (pin) set(pin.marker.getLatLng());
  }

  function onPinKeyDown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || !pin) return;
    const direction = ARROWS[event.key];
    const zoom = ZOOM_KEYS[event.key];
    if (!direction && !zoom) return;
    // The keys are the pin's own. Leaflet's keyboard handler pans (and zooms) the map from a keydown
    // listener on the document, which it attaches while the map container has focus; focus moving to
    // the pin blurs the container and so detaches it, but the event ends here whatever the focus order,
    // so neither Leaflet nor the page (scrolling) handles it as well.
    event.preventDefault();
    event.stopPropagation();
    if (zoom) {
      // Zooms around the pin, so it stays where it is on the screen (Leaflet's +/- zoom around the centre).
      map.setZoomAround(pin.marker.getLatLng(), map.getZoom() + zoom, { animate: animate() });
      return;
    }
    const step = event.shiftKey ? KEY_STEP_FINE_PX : KEY_STEP_PX;
    const point = map.latLngToContainerPoint(pin.marker.getLatLng()).add([direction[0] * step, direction[1] * step]);
    set(map.containerPointToLatLng(point));
    // Only when the pin would leave the view (or come too close to its edge) does the map follow.
    keepInView();
  }

  map.on('click', onMapClick);
  if (start) place(start);

  return {
    setPosition(value, { pan = false } = {}) {
      if (destroyed) return;
      if (!isValid(value)) {
        removePin();
        return;
      }
      const normalized = normalizePosition(value);
      if (pan) map.setView([normalized.lat, normalized.lng], Math.max(map.getZoom(), pinZoom), { animate: animate() });
      place(normalized);
    },

    center() {
      return lastCenter ? { ...lastCenter } : normalizePosition(map.getCenter());
    },

    zoomIn() {
      if (!destroyed) map.zoomIn(1, { animate: animate() });
    },

    zoomOut() {
      if (!destroyed) map.zoomOut(1, { animate: animate() });
    },

    invalidateSize() {
      if (!destroyed) map.invalidateSize({ animate: false });
    },

    destroy() {
      if (destroyed) return;
      destroyed = true;
      lastCenter = normalizePosition(map.getCenter());
      removePin();
      map.off('click', onMapClick);
      opened.remove();
    },
  };
}
