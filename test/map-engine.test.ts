import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  createPartnerMap,
  leafletCss,
  type MapLabels,
  type MapPartner,
  type PartnerMapHandle,
} from '../src/components/ija-partner-map/map/map-engine.js';

interface TileLog {
  count: number;
  paths: string[];
}

const labels: MapLabels = {
  map: 'Karte der Partner*innen',
  marker: (partner) => `${partner.name} (${partner.group})`,
  cluster: (count, names) => `${count} Partner*innen, darunter ${names.join(', ')}. Vergrößern mit Eingabetaste.`,
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
};

const CITIES: MapPartner[] = [
  { id: 'do', name: 'Jugendring Dortmund', lat: 51.514, lng: 7.468, group: 'Vereine' },
  { id: 'e', name: 'Jugendamt Essen', lat: 51.456, lng: 7.012, group: 'Träger der Jugendarbeit' },
  { id: 'k', name: 'Jobcenter Köln', lat: 50.938, lng: 6.96, group: 'Übergang Schule–Beruf' },
  { id: 'ms', name: 'Rat der Stadt Münster', lat: 51.96, lng: 7.626, group: 'Politik' },
];

/** mulberry32: the same 10,000 partners on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomNrwPartners(count: number, seed: number): MapPartner[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => ({
    id: `r${i}`,
    name: `Partner ${i}`,
    lat: 50.32 + random() * (52.53 - 50.32),
    lng: 5.86 + random() * (9.46 - 5.86),
    group: 'Vereine',
  }));
}

interface Setup {
  host: HTMLElement;
  root: ShadowRoot;
  container: HTMLElement;
  before: HTMLButtonElement;
  handle: PartnerMapHandle;
  selected: string[];
  runId: string;
}

let current: { host: HTMLElement; handle: PartnerMapHandle } | undefined;

/** The map in a shadow root, as in the element, with Leaflet's CSS inlined and a button before it. */
function setup({ width = 600, partners }: { width?: number; partners?: MapPartner[] } = {}): Setup {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = leafletCss;
  const before = document.createElement('button');
  before.textContent = 'Davor';
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  container.style.height = '400px';
  root.append(style, before, container);
  const runId = crypto.randomUUID();
  const selected: string[] = [];
  const handle = createPartnerMap({
    container,
    tileUrl: `/__tiles/${runId}/{z}/{x}/{y}.png`,
    labels,
    onSelect: (id) => selected.push(id),
  });
  current = { host, handle };
  if (partners) handle.setPartners(partners);
  return { host, root, container, before, handle, selected, runId };
}

const icons = (root: ShadowRoot): HTMLElement[] => [...root.querySelectorAll<HTMLElement>('.ija-marker, .ija-cluster')];
const markers = (root: ShadowRoot): HTMLElement[] => [...root.querySelectorAll<HTMLElement>('.ija-marker')];
const clusters = (root: ShadowRoot): HTMLElement[] => [...root.querySelectorAll<HTMLElement>('.ija-cluster')];
const byLabel = (root: ShadowRoot, label: string): HTMLElement | undefined =>
  icons(root).find((icon) => icon.getAttribute('aria-label') === label);
const countOf = (icon: HTMLElement): number => (icon.classList.contains('ija-cluster') ? Number(icon.textContent) : 1);

/** Zooms out until every partner is in clusters (or gives up after `steps`); returns the steps taken. */
function zoomOutUntilClustered(root: ShadowRoot, handle: PartnerMapHandle, steps = 8): number {
  let taken = 0;
  for (; taken < steps && markers(root).length > 0; taken++) handle.zoomOut();
  return taken;
}

async function tileLog(runId: string): Promise<TileLog> {
  return (await fetch(`/__tiles-log/${runId}`)).json() as Promise<TileLog>;
}

describe('partner map engine', () => {
  beforeEach(async () => {
    // Synchronous zoom and pan make most tests deterministic; one test below runs the animations.
    await emulateMedia({ reducedMotion: 'reduce' });
  });

  afterEach(async () => {
    current?.handle.destroy();
    current?.host.remove();
    current = undefined;
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('ships Leaflet CSS that loads nothing, plus the marker styles', () => {
    expect(leafletCss).to.include('.leaflet-container');
    expect(leafletCss).not.to.match(/url\(/i);
    expect(leafletCss).to.include('.ija-marker');
    expect(leafletCss).to.include('.ija-cluster');
    expect(leafletCss).to.include('forced-colors');
    expect(leafletCss).to.match(/outline: 3px solid/);
  });

  it('requests tiles from the given server, and no other image or host', async () => {
    const { root, container, runId } = setup({ partners: CITIES });
    await waitUntil(async () => (await tileLog(runId)).count > 0, 'no tile was requested', { timeout: 4000 });
    const log = await tileLog(runId);
    for (const path of log.paths) expect(path).to.match(/^\d+\/\d+\/\d+$/);
    await waitUntil(() => [...container.querySelectorAll('img')].some((img) => img.complete && img.naturalWidth === 256));

    const resources = performance.getEntriesByType('resource');
    expect(resources.filter((entry) => /marker-icon|marker-shadow|layers(-2x)?\.png/.test(entry.name))).to.deep.equal([]);
    expect(resources.filter((entry) => new URL(entry.name).origin !== location.origin).map((entry) => entry.name)).to.deep.equal([]);
    expect(root.querySelector('.leaflet-control-zoom, .leaflet-control-attribution')).to.equal(null);
    expect(container.getAttribute('role')).to.equal('region');
    expect(container.getAttribute('aria-label')).to.equal('Karte der Partner*innen');
  });

  it('clusters NRW partners at a low zoom and separates them at a high zoom', () => {
    const { root, handle } = setup({ partners: CITIES });
    // Fitted to the four cities, each has its own marker.
    expect(markers(root).map((m) => m.getAttribute('aria-label')).sort()).to.deep.equal([
      'Jobcenter Köln (Übergang Schule–Beruf)',
      'Jugendamt Essen (Träger der Jugendarbeit)',
      'Jugendring Dortmund (Vereine)',
      'Rat der Stadt Münster (Politik)',
    ]);
    expect(clusters(root)).to.have.length(0);

    const steps = zoomOutUntilClustered(root, handle);
    expect(markers(root)).to.have.length(0);
    expect(clusters(root).reduce((sum, icon) => sum + countOf(icon), 0)).to.equal(4);

    for (let i = 0; i < steps; i++) handle.zoomIn();
    expect(clusters(root)).to.have.length(0);
    expect(markers(root)).to.have.length(4);
  });

  it('names a cluster by its count and the first names, and shows the count', () => {
    const { root, handle } = setup({ partners: CITIES });
    // At zoom 3, 60 px cells are hundreds of kilometres wide: all four cities share one.
    for (let i = 0; i < 12 && icons(root).length > 1; i++) handle.zoomOut();
    const [cluster] = clusters(root);
    expect(cluster.textContent).to.equal('4');
    expect(cluster.getAttribute('role')).to.equal('button');
    expect(cluster.tabIndex).to.equal(0);
    expect(cluster.getAttribute('aria-label')).to.equal(
      '4 Partner*innen, darunter Jobcenter Köln, Jugendamt Essen, Jugendring Dortmund. Vergrößern mit Eingabetaste.',
    );
  });

  it('is reachable by Tab; Enter and Space on a marker select its partner', async () => {
    const { root, before, selected } = setup({ partners: CITIES });
    before.focus();
    for (let i = 0; i < 4 && !root.activeElement?.classList.contains('ija-marker'); i++) await sendKeys({ press: 'Tab' });
    const first = root.activeElement as HTMLElement;
    expect(first.classList.contains('ija-marker')).to.equal(true);
    expect(first.getAttribute('role')).to.equal('button');
    const id = CITIES.find((p) => labels.marker(p) === first.getAttribute('aria-label'))?.id;
    expect(id).to.be.a('string');

    await sendKeys({ press: 'Enter' });
    expect(selected).to.deep.equal([id]);

    await sendKeys({ press: 'Tab' });
    const second = root.activeElement as HTMLElement;
    expect(second.classList.contains('ija-marker')).to.equal(true);
    expect(second).not.to.equal(first);
    await sendKeys({ press: 'Space' });
    expect(selected).to.have.length(2);
    expect(selected[1]).not.to.equal(id);
  });

  it('selects a partner on click', () => {
    const { root, selected } = setup({ partners: CITIES });
    byLabel(root, 'Jugendamt Essen (Träger der Jugendarbeit)')!.click();
    expect(selected).to.deep.equal(['e']);
  });

  it('zooms into a cluster on Enter and moves focus into it', async () => {
    const { root, handle, selected } = setup({ partners: CITIES });
    zoomOutUntilClustered(root, handle);
    const cluster = clusters(root)[0];
    const before = countOf(cluster);
    cluster.focus();
    await sendKeys({ press: 'Enter' });
    expect(selected).to.deep.equal([]);
    expect(cluster.isConnected).to.equal(false);
    const focused = root.activeElement as HTMLElement;
    expect(focused.matches('.ija-marker, .ija-cluster')).to.equal(true);
    expect(countOf(focused)).to.be.lessThan(before + 1);
    // Repeated Enter keeps opening until a partner marker is reached.
    for (let i = 0; i < 10 && root.activeElement?.classList.contains('ija-cluster'); i++) await sendKeys({ press: 'Enter' });
    expect(root.activeElement?.classList.contains('ija-marker')).to.equal(true);
  });

  it('zooms into a cluster with animation when motion is fine', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const { root, handle } = setup({ partners: CITIES });
    for (let i = 0; i < 12 && icons(root).length > 1; i++) {
      handle.zoomOut();
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
    const cluster = clusters(root)[0];
    cluster.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => !cluster.isConnected, 'the zoom did not end', { timeout: 3000 });
    await waitUntil(() => root.activeElement?.matches('.ija-marker, .ija-cluster') ?? false, 'focus did not move into the cluster');
    expect(icons(root).length).to.be.greaterThan(1);
  });

  it('keeps keyboard focus on the partner when the map zooms', () => {
    const { root, handle } = setup({ partners: CITIES });
    byLabel(root, 'Jugendamt Essen (Träger der Jugendarbeit)')!.focus();
    zoomOutUntilClustered(root, handle);
    const focused = root.activeElement as HTMLElement;
    expect(focused.classList.contains('ija-cluster')).to.equal(true);
  });

  it('select(id) marks the marker, unclusters it and undefined clears it', () => {
    const { root, handle } = setup({ partners: CITIES });
    zoomOutUntilClustered(root, handle);
    handle.select('e');
    const essen = byLabel(root, 'Jugendamt Essen (Träger der Jugendarbeit)')!;
    expect(essen.classList.contains('ija-marker')).to.equal(true);
    expect(essen.getAttribute('aria-current')).to.equal('true');
    expect(essen.classList.contains('ija-marker--selected')).to.equal(true);
    expect(icons(root).filter((icon) => icon.hasAttribute('aria-current'))).to.have.length(1);

    handle.select(undefined);
    expect(essen.hasAttribute('aria-current')).to.equal(false);
    handle.select('unknown');
    expect(root.querySelector('[aria-current]')).to.equal(null);
  });

  it('stays bounded with 10,000 partners', async () => {
    const partners = randomNrwPartners(10_000, 20270304);
    const { root, handle } = setup();
    const start = performance.now();
    handle.setPartners(partners);
    const elapsed = performance.now() - start;
    expect(elapsed).to.be.lessThan(2000);
    // The whole of NRW is in view: every partner is counted exactly once.
    expect(icons(root).reduce((sum, icon) => sum + countOf(icon), 0)).to.equal(10_000);
    expect(icons(root).length).to.be.lessThan(500);

    handle.select('r4711');
    const selected = root.querySelector<HTMLElement>('[aria-current="true"]');
    expect(selected?.getAttribute('aria-label')).to.equal('Partner 4711 (Vereine)');
    expect(icons(root).length).to.be.greaterThan(0).and.lessThan(500);
    for (let i = 0; i < 3; i++) handle.zoomOut();
    expect(icons(root).length).to.be.greaterThan(0).and.lessThan(500);
  });

  it('fits the partners once a hidden container gets its size', () => {
    const { root, container, handle } = setup({ width: 0, partners: CITIES });
    container.style.width = '600px';
    handle.invalidateSize();
    expect(markers(root)).to.have.length(4);
    // Later lists keep the visitor's view.
    handle.setPartners(CITIES.slice(0, 1));
    expect(icons(root)).to.have.length(1);
  });

  it('centres a single partner at zoom 13', () => {
    const { root } = setup({ partners: CITIES.slice(3) });
    expect(markers(root)).to.have.length(1);
    expect(root.querySelectorAll('img.leaflet-tile[src*="/13/"]').length).to.be.greaterThan(0);
  });

  it('passes axe with markers, clusters and a selection', async () => {
    const { host, root, handle } = setup({ partners: [...CITIES, ...randomNrwPartners(200, 7)] });
    handle.select('e');
    handle.zoomOut();
    expect(clusters(root).length).to.be.greaterThan(0);
    expect(markers(root).length).to.be.greaterThan(0);
    await expect(host).to.be.accessible();
  });

  it('destroy() removes the map', () => {
    const { container, handle } = setup({ partners: CITIES });
    handle.destroy();
    expect(container.classList.contains('leaflet-container')).to.equal(false);
    expect(container.childElementCount).to.equal(0);
    expect(container.hasAttribute('role')).to.equal(false);
    expect(container.hasAttribute('tabindex')).to.equal(false);
    expect(container.className).to.equal('');
    // The handle does nothing afterwards.
    handle.setPartners(CITIES);
    handle.select('e');
    handle.invalidateSize();
    handle.zoomIn();
    handle.zoomOut();
    handle.destroy();
    expect(container.childElementCount).to.equal(0);
  });
});
