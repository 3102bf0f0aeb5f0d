/**
 * The map behind `<ija-partner-map>`: Leaflet with our own grid clustering and DOM-only markers.
 *
 * Loading this module loads Leaflet, and creating a map requests tiles from a third party, so the
 * element imports it dynamically, only after the visitor consented. Nothing else may import it statically.
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import { openMap, prefersReducedMotion } from './leaflet-map.js';

export { leafletCss } from './leaflet-css.js';

export interface MapPartner {
  id: string;
  name: string;
  lat: number;
  lng: number;
  /** e.g. "Verein" — shown after the name in labels */
  group: string;
}

export interface MapLabels {
  /** aria-label of the map region, e.g. "Karte der Partner*innen" */
  map: string;
  /** e.g. "Jugendring Musterstadt (Vereine)" */
  marker(partner: MapPartner): string;
  /**
   * e.g. "12 Partner*innen, darunter A, B und C. Vergrößern mit Eingabetaste."
   * `names` holds at most three names (alphabetically first), not all `count` of them.
   */
  cluster(count: number, names: string[]): string;
  zoomIn: string;
  zoomOut: string;
}

export interface MapOptions {
  /** a sized element (inside a shadow root) */
  container: HTMLElement;
  /** Leaflet URL template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png */
  tileUrl: string;
  /** default 18 */
  maxZoom?: number;
  labels: MapLabels;
  /** a partner marker was activated (click, Enter or Space) */
  onSelect(id: string): void;
}

export interface PartnerMapHandle {
  /** Re-clusters; the first call with partners fits the map to them (a single partner: zoom 13). */
  setPartners(partners: readonly MapPartner[]): void;
  /** Marks that partner's marker (aria-current="true"), zooms in until it is not clustered and centres it; undefined clears. */
  select(id: string | undefined): void;
  /** After the container's size changed (or it became visible). */
  invalidateSize(): void;
  /** For the element's own zoom buttons (Leaflet's zoom control is not used). */
  zoomIn(): void;
  zoomOut(): void;
  /** Removes the map, its layers and listeners; the handle does nothing afterwards. */
  destroy(): void;
}

/** Grid cell of the clustering, in screen pixels. */
const CELL_PX = 60;
/** Cell keys are `cellX * CELL_ROW + cellY`; at zoom 22 a row has about 18 million cells, below 2^26. */
const CELL_ROW = 2 ** 26;
const DEFAULT_MAX_ZOOM = 18;
const SINGLE_PARTNER_ZOOM = 13;
/** Fitting never zooms in further than this (partners at one address would otherwise jump to street level). */
const FIT_MAX_ZOOM = 16;
const FIT_PADDING: L.PointTuple = [32, 32];
/** Before any partner is known the map shows North Rhine-Westphalia. */
const START_CENTER: L.LatLngTuple = [51.45, 7.6];
const START_ZOOM = 7;
const MARKER_SIZE = 28;
const CLUSTER_NAMES = 3;

interface Cluster {
  /** Stable while panning at one zoom, so markers that stay in view are kept (and keep focus). */
  key: string;
  /** Indices into the partner list. */
  members: number[];
  latLng: L.LatLng;
  /** Pixel position at the clustering's zoom (the space of map.getPixelBounds()). */
  x: number;
  y: number;
}

interface Clustering {
  clusters: Cluster[];
  /** Partner index -> index of its cluster. */
  clusterOf: Int32Array;
}

interface Rendered {
  cluster: Cluster;
  marker: L.Marker;
  element: HTMLElement;
}


const clusterSize = (count: number): number => (count < 100 ? 40 : count < 1000 ? 48 : 56);

/**
 * Row by row (rows of grid cells, so a row of clusters is not read zig-zag), each row in the reading
 * direction: left to right, or right to left when the map sits in a right-to-left layout.
 */
const readingOrder =
  (rtl: boolean) =>
  (a: Cluster, b: Cluster): number =>
    Math.floor(a.y / CELL_PX) - Math.floor(b.y / CELL_PX) || (rtl ? b.x - a.x : a.x - b.x);

export function createPartnerMap(options: MapOptions): PartnerMapHandle {
  const { container, labels } = options;
  const maxZoom = options.maxZoom ?? DEFAULT_MAX_ZOOM;
  const animate = (): boolean => !prefersReducedMotion();
  const collator = new Intl.Collator('de');
  const opened = openMap(container, { tileUrl: options.tileUrl, maxZoom, label: labels.map });
  const map = opened.map;
  const markerLayer = L.layerGroup().addTo(map);
  map.setView(START_CENTER, Math.min(START_ZOOM, maxZoom), { animate: false });

  let partners: MapPartner[] = [];
  // Projected positions at zoom 0; at zoom z a partner's pixel is this times 2^z (EPSG:3857).
  let xs = new Float64Array(0);
  let ys = new Float64Array(0);
  let indexById = new Map<string, number>();
  const clusterings = new Map<number, Clustering>();
  const rendered = new Map<string, Rendered>();
  let renderedZoom: number | undefined;
  let selectedId: string | undefined;
  let fitted = false;
  let fitPending = false;
  let destroyed = false;
  /** Focus goes to the first rendered marker or cluster holding one of these partners once the map is at `zoom`. */
  let pendingFocus: { members: Set<number>; zoom: number } | undefined;

  function clusteringAt(zoom: number): Clustering {
    const cached = clusterings.get(zoom);
    if (cached) return cached;
    const scale = 2 ** zoom;
    const clusterOf = new Int32Array(partners.length);
    const clusters: Cluster[] = [];
    const byCell = new Map<number, number>();
    for (let i = 0; i < partners.length; i++) {
      // At the highest zoom nothing can be split further by zooming: every partner is its own marker.
      if (zoom >= maxZoom) {
        clusterOf[i] = clusters.push({ key: `${zoom}:p${i}`, members: [i], latLng: L.latLng(0, 0), x: 0, y: 0 }) - 1;
        continue;
      }
      const cellX = Math.floor((xs[i] * scale) / CELL_PX);
      const cellY = Math.floor((ys[i] * scale) / CELL_PX);
      const cell = cellX * CELL_ROW + cellY;
      let index = byCell.get(cell);
      if (index === undefined) {
        index = clusters.push({ key: `${zoom}:${cellX}:${cellY}`, members: [], latLng: L.latLng(0, 0), x: 0, y: 0 }) - 1;
        byCell.set(cell, index);
      }
      clusters[index].members.push(i);
      clusterOf[i] = index;
    }
    const crs = map.options.crs ?? L.CRS.EPSG3857;
    for (const cluster of clusters) {
      let sumX = 0;
      let sumY = 0;
      for (const i of cluster.members) {
        sumX += xs[i];
        sumY += ys[i];
      }
      const meanX = sumX / cluster.members.length;
      const meanY = sumY / cluster.members.length;
      cluster.x = meanX * scale;
      cluster.y = meanY * scale;
      const only = cluster.members.length === 1 ? partners[cluster.members[0]] : undefined;
      cluster.latLng = only ? L.latLng(only.lat, only.lng) : crs.pointToLatLng(L.point(meanX, meanY), 0);
    }
    const result = { clusters, clusterOf };
    clusterings.set(zoom, result);
    return result;
  }

  /** The lowest zoom from `from` on at which the partner has a marker of its own. */
  function unclusteredZoom(index: number, from: number): number {
    for (let zoom = from; zoom < maxZoom; zoom++) {
      const { clusters, clusterOf } = clusteringAt(zoom);
      if (clusters[clusterOf[index]].members.length === 1) return zoom;
    }
    return maxZoom;
  }

  function firstNames(members: readonly number[]): string[] {
    const names: string[] = [];
    for (const i of members) {
      const name = partners[i].name;
      if (names.length === CLUSTER_NAMES && collator.compare(name, names[CLUSTER_NAMES - 1]) >= 0) continue;
      let at = names.findIndex((other) => collator.compare(name, other) < 0);
      if (at === -1) at = names.length;
      names.splice(at, 0, name);
      if (names.length > CLUSTER_NAMES) names.pop();
    }
    return names;
  }

  function applySelection(entry: Rendered): void {
    const { members } = entry.cluster;
    const selected = members.length === 1 && selectedId !== undefined && partners[members[0]].id === selectedId;
    entry.element.classList.toggle('ija-marker--selected', selected);
    if (selected) entry.element.setAttribute('aria-current', 'true');
    else entry.element.removeAttribute('aria-current');
    entry.marker.setZIndexOffset(selected ? 1000 : 0);
  }

  function activate(cluster: Cluster): void {
    if (cluster.members.length === 1) {
      options.onSelect(partners[cluster.members[0]].id);
      return;
    }
    const bounds = L.latLngBounds(cluster.members.map((i) => [partners[i].lat, partners[i].lng] as L.LatLngTuple));
    const zoom = Math.min(maxZoom, Math.max(map.getZoom() + 1, map.getBoundsZoom(bounds, false, L.point(FIT_PADDING))));
    pendingFocus = { members: new Set(cluster.members), zoom };
    map.setView(bounds.getCenter(), zoom, { animate: animate() });
    // Without animation the view changed synchronously (and moveend rendered); with it, moveend follows later.
    render();
  }

  function addMarker(cluster: Cluster): void {
    const count = cluster.members.length;
    const single = count === 1;
    const size = single ? MARKER_SIZE : clusterSize(count);
    const content = document.createElement('span');
    content.className = single ? 'ija-marker__dot' : 'ija-cluster__count';
    if (!single) content.textContent = String(count);
    const icon = L.divIcon({
      html: content,
      className: single ? 'ija-marker' : 'ija-cluster',
      iconSize: [size, size],
      iconAnchor: [size / 2, size / 2],
    });
    // Leaflet's own focus panning always animates; ours below respects reduced motion.
    const marker = L.marker(cluster.latLng, { icon, keyboard: true, riseOnHover: true, autoPanOnFocus: false });
    marker.on('click', () => activate(cluster));
    markerLayer.addLayer(marker);
    const element = marker.getElement();
    if (!element) return;
    element.setAttribute('role', 'button');
    element.setAttribute(
      'aria-label',
      single ? labels.marker(partners[cluster.members[0]]) : labels.cluster(count, firstNames(cluster.members)),
    );
    element.addEventListener('keydown', (event) => {
      if ((event.key !== 'Enter' && event.key !== ' ') || event.altKey || event.ctrlKey || event.metaKey) return;
      // Also keeps Space from scrolling the page and Enter from becoming a keypress.
      event.preventDefault();
      if (!event.repeat) activate(cluster);
    });
    element.addEventListener('focus', () => {
      // Room for the focus ring (3px outline, 2px offset) inside the view.
      map.panInside(cluster.latLng, { padding: [size / 2 + 8, size / 2 + 8], animate: animate() });
    });
    const entry = { cluster, marker, element };
    rendered.set(cluster.key, entry);
    applySelection(entry);
  }

  function focusedEntry(): Rendered | undefined {
    const root = container.getRootNode() as Document | ShadowRoot;
    const active = root.activeElement;
    if (!active) return undefined;
    for (const entry of rendered.values()) if (entry.element === active) return entry;
    return undefined;
  }

  function removeEntry(key: string, entry: Rendered): void {
    markerLayer.removeLayer(entry.marker);
    rendered.delete(key);
  }

  /** Shows the clusters within the view plus a margin; keeps markers that stay, so panning keeps focus. */
  function render(): void {
    if (destroyed) return;
    const zoom = map.getZoom();
    const focused = focusedEntry();
    if (zoom !== renderedZoom) {
      // Keyboard users who zoom (or open a cluster) keep their place: focus follows their partners.
      if (focused && !pendingFocus) pendingFocus = { members: new Set(focused.cluster.members), zoom };
      for (const [key, entry] of rendered) removeEntry(key, entry);
      renderedZoom = zoom;
    }
    const { clusters } = clusteringAt(zoom);
    const size = map.getSize();
    const margin = Math.min(256, Math.max(CELL_PX, Math.max(size.x, size.y) / 4));
    const view = map.getPixelBounds();
    const minX = (view.min?.x ?? 0) - margin;
    const minY = (view.min?.y ?? 0) - margin;
    const maxX = (view.max?.x ?? 0) + margin;
    const maxY = (view.max?.y ?? 0) + margin;
    const wanted = new Set<string>();
    const added: Cluster[] = [];
    // Read now, not at creation: the page or the widget may set its direction after the map was made.
    const order = readingOrder(getComputedStyle(container).direction === 'rtl');
    for (const cluster of clusters) {
      if (cluster.x < minX || cluster.x > maxX || cluster.y < minY || cluster.y > maxY) continue;
      wanted.add(cluster.key);
      if (!rendered.has(cluster.key)) added.push(cluster);
    }
    for (const [key, entry] of rendered) {
      if (!wanted.has(key) && entry !== focused) removeEntry(key, entry);
    }
    // Tab order follows the DOM: new markers go in reading order.
    for (const cluster of added.sort(order)) addMarker(cluster);
    if (pendingFocus && pendingFocus.zoom === zoom) {
      const { members } = pendingFocus;
      pendingFocus = undefined;
      const target = [...rendered.values()]
        .filter((entry) => entry.cluster.members.some((i) => members.has(i)))
        .sort((a, b) => order(a.cluster, b.cluster))[0];
      target?.element.focus();
    }
  }

  function fitToPartners(): void {
    const size = map.getSize();
    if (size.x === 0 || size.y === 0) {
      // A hidden container has no size to fit into; invalidateSize() fits once it has one.
      fitPending = true;
      return;
    }
    fitPending = false;
    if (partners.length === 1) {
      map.setView([partners[0].lat, partners[0].lng], Math.min(SINGLE_PARTNER_ZOOM, maxZoom), { animate: false });
    } else {
      const bounds = L.latLngBounds(partners.map((p) => [p.lat, p.lng] as L.LatLngTuple));
      map.fitBounds(bounds, { padding: FIT_PADDING, maxZoom: Math.min(FIT_MAX_ZOOM, maxZoom), animate: false });
    }
  }

  // Leaflet fires moveend after every zoomend (and after pans and resets), so this re-clusters on zoom too.
  map.on('moveend', render);

  return {
    setPartners(list) {
      if (destroyed) return;
      partners = list.filter(
        (p) => Number.isFinite(p.lat) && Number.isFinite(p.lng) && Math.abs(p.lat) <= 90 && Math.abs(p.lng) <= 180,
      );
      const crs = map.options.crs ?? L.CRS.EPSG3857;
      xs = new Float64Array(partners.length);
      ys = new Float64Array(partners.length);
      indexById = new Map();
      partners.forEach((p, i) => {
        const point = crs.latLngToPoint(L.latLng(p.lat, p.lng), 0);
        xs[i] = point.x;
        ys[i] = point.y;
        indexById.set(p.id, i);
      });
      clusterings.clear();
      pendingFocus = undefined;
      for (const [key, entry] of rendered) removeEntry(key, entry);
      renderedZoom = undefined;
      if (!fitted && partners.length > 0) {
        fitted = true;
        fitToPartners();
      }
      render();
    },

    select(id) {
      if (destroyed) return;
      selectedId = id;
      for (const entry of rendered.values()) applySelection(entry);
      const index = id === undefined ? undefined : indexById.get(id);
      if (index === undefined) return;
      const partner = partners[index];
      map.setView([partner.lat, partner.lng], unclusteredZoom(index, map.getZoom()), { animate: animate() });
      render();
    },

    invalidateSize() {
      if (destroyed) return;
      map.invalidateSize({ animate: false });
      if (fitPending) fitToPartners();
      render();
    },

    zoomIn() {
      if (!destroyed) map.zoomIn(1, { animate: animate() });
    },

    zoomOut() {
      if (!destroyed) map.zoomOut(1, { animate: animate() });
    },

    destroy() {
      if (destroyed) return;
      destroyed = true;
      map.off('moveend', render);
      opened.remove();
      rendered.clear();
      clusterings.clear();
      pendingFocus = undefined;
    },
  };
}
