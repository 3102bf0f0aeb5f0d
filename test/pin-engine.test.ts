import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import {
  createPinPicker,
  leafletCss,
  type LatLng,
  type PinPickerHandle,
} from '../src/components/ija-partner-map/map/pin-engine.js';

const labels = { map: 'Karte: Standort setzen', pin: 'Standort, mit Pfeiltasten verschieben' };
const DORTMUND: LatLng = { lat: 51.51234, lng: 7.46543 };
const WIDTH = 600;
const HEIGHT = 400;
/** The zoom a given position is shown at. */
const PIN_ZOOM = 15;

interface Setup {
  host: HTMLElement;
  root: ShadowRoot;
  container: HTMLElement;
  handle: PinPickerHandle;
  changes: LatLng[];
  runId: string;
}

let current: { host: HTMLElement; handle: PinPickerHandle } | undefined;
const cleanups: (() => void)[] = [];

/** The picker in a shadow root, as in the element, with Leaflet's CSS inlined and a heading before it. */
function setup(position?: LatLng, home?: LatLng): Setup {
  const host = document.createElement('div');
  document.body.prepend(host);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = leafletCss;
  const heading = document.createElement('h2');
  heading.textContent = 'Standort';
  const container = document.createElement('div');
  container.className = 'pin-map';
  container.style.width = `${WIDTH}px`;
  container.style.height = `${HEIGHT}px`;
  root.append(style, heading, container);
  const runId = crypto.randomUUID();
  const changes: LatLng[] = [];
  const handle = createPinPicker({
    container,
    tileUrl: `/__tiles/${runId}/{z}/{x}/{y}.png`,
    position,
    home,
    labels,
    onChange: (value) => changes.push(value),
  });
  current = { host, handle };
  return { host, root, container, handle, changes, runId };
}

const pinOf = (root: ShadowRoot): HTMLElement | null => root.querySelector<HTMLElement>('.ija-pin');

/** Viewport coordinates of a point of the container (sendMouse takes whole CSS pixels). */
function screenPoint(container: HTMLElement, x: number, y: number): [number, number] {
  const rect = container.getBoundingClientRect();
  return [Math.round(rect.left + x), Math.round(rect.top + y)];
}

function centreOf(element: HTMLElement): [number, number] {
  const rect = element.getBoundingClientRect();
  return [rect.left + rect.width / 2, rect.top + rect.height / 2];
}

/** The position `dx`, `dy` screen pixels from `center` at `zoom` (Web Mercator, as Leaflet computes it). */
function offsetBy(center: LatLng, zoom: number, dx: number, dy: number): LatLng {
  const crs = L.CRS.EPSG3857;
  const point = crs.latLngToPoint(L.latLng(center.lat, center.lng), zoom).add([dx, dy]);
  const latLng = crs.pointToLatLng(point, zoom);
  return { lat: latLng.lat, lng: latLng.lng };
}

/** Degrees per screen pixel of longitude at `zoom`. */
const degreesPerPixel = (zoom: number): number => 360 / (256 * 2 ** zoom);

function expectNear(actual: LatLng, expected: LatLng, pixels: number, zoom = PIN_ZOOM): void {
  const tolerance = pixels * degreesPerPixel(zoom);
  expect(actual.lat, 'lat').to.be.closeTo(expected.lat, tolerance);
  expect(actual.lng, 'lng').to.be.closeTo(expected.lng, tolerance);
}

const decimals = (value: number): number => (String(value).split('.')[1] ?? '').length;

async function tileLog(runId: string): Promise<{ count: number; paths: string[] }> {
  return (await fetch(`/__tiles-log/${runId}`)).json() as Promise<{ count: number; paths: string[] }>;
}

describe('pin picker engine', () => {
  beforeEach(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
  });

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    current?.handle.destroy();
    current?.host.remove();
    current = undefined;
    await resetMouse();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('shows NRW and no pin without a position, and requests only tiles', async () => {
    const { root, container, handle, runId } = setup();
    expect(pinOf(root)).to.equal(null);
    expect(handle.center()).to.deep.equal({ lat: 51.45, lng: 7.6 });
    expect(container.getAttribute('role')).to.equal('region');
    expect(container.getAttribute('aria-label')).to.equal(labels.map);
    expect(root.querySelector('.leaflet-control-zoom, .leaflet-control-attribution')).to.equal(null);
    await waitUntil(async () => (await tileLog(runId)).count > 0, 'no tile was requested', { timeout: 4000 });
    for (const path of (await tileLog(runId)).paths) expect(path.startsWith('7/')).to.equal(true);

    handle.setPosition(DORTMUND);
    await waitUntil(() => [...container.querySelectorAll('img')].some((img) => img.complete && img.naturalWidth === 256));
    expect(pinOf(root)?.querySelector('img')).to.equal(null);
    const resources = performance.getEntriesByType('resource');
    expect(resources.filter((entry) => /marker-icon|marker-shadow|layers(-2x)?\.png/.test(entry.name))).to.deep.equal([]);
    expect(resources.filter((entry) => new URL(entry.name).origin !== location.origin).map((entry) => entry.name)).to.deep.equal([]);
  });

  it('looks at the home (the middle of the network) at town zoom while there is no pin', async () => {
    const { root, handle, runId } = setup(undefined, DORTMUND);
    expect(pinOf(root)).to.equal(null);
    expect(handle.center()).to.deep.equal(DORTMUND);
    await waitUntil(async () => (await tileLog(runId)).count > 0, 'no tile was requested', { timeout: 4000 });
    for (const path of (await tileLog(runId)).paths) expect(path.startsWith('12/')).to.equal(true);
  });

  it('starts at a given position with the pin, labelled with its coordinates', () => {
    const { root, handle, changes } = setup(DORTMUND);
    const pin = pinOf(root)!;
    expect(pin).not.to.equal(null);
    expect(pin.getAttribute('aria-label')).to.equal('Standort, mit Pfeiltasten verschieben: 51.51234, 7.46543');
    expect(pin.getAttribute('role')).to.equal('application');
    expect(pin.tabIndex).to.equal(0);
    expect(pin.querySelector('img')).to.equal(null);
    expect(handle.center()).to.deep.equal(DORTMUND);
    expect(root.querySelectorAll('img.leaflet-tile[src*="/15/"]').length).to.be.greaterThan(0);
    expect(changes).to.deep.equal([]);
  });

  it('sets the pin where the map is clicked (a real mouse)', async () => {
    const { root, container, changes } = setup(DORTMUND);
    const [x, y] = screenPoint(container, WIDTH / 2 + 120, HEIGHT / 2 - 70);
    await sendMouse({ type: 'click', position: [x, y] });
    expect(changes).to.have.length(1);
    const rect = container.getBoundingClientRect();
    const expected = offsetBy(DORTMUND, PIN_ZOOM, x - rect.left - WIDTH / 2, y - rect.top - HEIGHT / 2);
    expectNear(changes[0], expected, 1);
    expect(decimals(changes[0].lat)).to.be.at.most(6);
    expect(decimals(changes[0].lng)).to.be.at.most(6);
    // The pin is drawn where the mouse was, and its label follows.
    const [px, py] = centreOf(pinOf(root)!);
    expect(px).to.be.closeTo(x, 1);
    expect(py).to.be.closeTo(y, 1);
    expect(pinOf(root)!.getAttribute('aria-label')).to.equal(`${labels.pin}: ${changes[0].lat}, ${changes[0].lng}`);
  });

  it('wraps a click beyond the antimeridian and draws the pin where it was clicked', async () => {
    const { root, container, changes } = setup({ lat: 0, lng: 179.999 });
    const [x, y] = screenPoint(container, WIDTH / 2 + 100, HEIGHT / 2);
    await sendMouse({ type: 'click', position: [x, y] });
    expect(changes).to.have.length(1);
    const unwrapped = offsetBy({ lat: 0, lng: 179.999 }, PIN_ZOOM, x - container.getBoundingClientRect().left - WIDTH / 2, 0);
    expect(unwrapped.lng).to.be.greaterThan(180);
    expect(changes[0].lng).to.be.closeTo(unwrapped.lng - 360, degreesPerPixel(PIN_ZOOM));
    const [px] = centreOf(pinOf(root)!);
    expect(px).to.be.closeTo(x, 1);
  });

  it('creates the pin on the first click when there was none', async () => {
    const { root, container, changes } = setup();
    await sendMouse({ type: 'click', position: screenPoint(container, 200, 150) });
    expect(changes).to.have.length(1);
    expect(pinOf(root)).not.to.equal(null);
  });

  it('reports a drag of the pin once, at its end', async () => {
    const { root, changes } = setup(DORTMUND);
    const [sx, sy] = centreOf(pinOf(root)!).map(Math.round) as [number, number];
    await sendMouse({ type: 'move', position: [sx, sy] });
    await sendMouse({ type: 'down' });
    for (let step = 1; step <= 6; step++) await sendMouse({ type: 'move', position: [sx + step * 10, sy + step * 5] });
    expect(changes).to.deep.equal([]);
    await sendMouse({ type: 'up' });
    expect(changes).to.have.length(1);
    expectNear(changes[0], offsetBy(DORTMUND, PIN_ZOOM, 60, 30), 1.5);
    const [px, py] = centreOf(pinOf(root)!);
    expect(px).to.be.closeTo(sx + 60, 1.5);
    expect(py).to.be.closeTo(sy + 30, 1.5);
    expect(pinOf(root)!.getAttribute('aria-label')).to.equal(`${labels.pin}: ${changes[0].lat}, ${changes[0].lng}`);
  });

  it('moves the focused pin east with ArrowRight, 10 px, without panning the map', async () => {
    const { root, handle, changes } = setup(DORTMUND);
    const pin = pinOf(root)!;
    // Nothing outside the pin (Leaflet's keyboard handler listens on the document) sees its arrow keys.
    const seen: string[] = [];
    const spy = (event: KeyboardEvent): void => void seen.push(event.key);
    cleanups.push(() => document.removeEventListener('keydown', spy));
    document.addEventListener('keydown', spy);
    pin.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(seen).to.deep.equal([]);
    expect(changes).to.have.length(1);
    expectNear(changes[0], offsetBy(DORTMUND, PIN_ZOOM, 10, 0), 0.5);
    expect(changes[0].lng).to.be.greaterThan(DORTMUND.lng);
    expect(handle.center()).to.deep.equal(DORTMUND);
    expect(pin.getAttribute('aria-label')).to.equal(`${labels.pin}: ${changes[0].lat}, ${changes[0].lng}`);
    expect(root.activeElement).to.equal(pin);

    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowDown' });
    expect(changes).to.have.length(4);
    expectNear(changes[1], offsetBy(DORTMUND, PIN_ZOOM, 10, -10), 0.5);
    expectNear(changes[3], DORTMUND, 0.5);
    expect(handle.center()).to.deep.equal(DORTMUND);
    // The page did not scroll either.
    expect(document.scrollingElement?.scrollTop ?? 0).to.equal(0);

    // Enter and Space do nothing (Leaflet turns Enter into a click, which must not set the pin anew).
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(changes).to.have.length(4);
    expect(seen).to.deep.equal(['Enter', ' ']);
  });

  it('is the next Tab stop after the map', async () => {
    const { root, container } = setup(DORTMUND);
    container.focus();
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(pinOf(root));
  });

  it('lets the map follow only when the keyboard moves the pin to the edge of the view', async () => {
    const { root, container, handle, changes } = setup(DORTMUND);
    // 30 px inside the right edge: in view with room for the focus ring, so focusing it pans nothing.
    handle.setPosition(offsetBy(DORTMUND, PIN_ZOOM, WIDTH / 2 - 30, 0));
    const pin = pinOf(root)!;
    pin.focus();
    expect(handle.center()).to.deep.equal(DORTMUND);
    await sendKeys({ press: 'ArrowRight' });
    expect(changes).to.have.length(1);
    expect(handle.center().lng).to.be.greaterThan(DORTMUND.lng);
    const right = container.getBoundingClientRect().right;
    expect(pin.getBoundingClientRect().right).to.be.at.most(right - 8);
  });

  it('zooms around the focused pin with + and -', async () => {
    const { root, handle, changes } = setup(DORTMUND);
    // Off centre (about 110 px right, 70 px down), so zooming around the centre would move it.
    handle.setPosition(offsetBy(DORTMUND, PIN_ZOOM, 110, 70));
    const pin = pinOf(root)!;
    pin.focus();
    const before = centreOf(pin);
    await sendKeys({ press: '+' });
    expect(root.querySelectorAll('img.leaflet-tile[src*="/16/"]').length).to.be.greaterThan(0);
    const [x, y] = centreOf(pin);
    expect(x).to.be.closeTo(before[0], 1);
    expect(y).to.be.closeTo(before[1], 1);
    await sendKeys({ press: '-' });
    await sendKeys({ press: '-' });
    expect(root.querySelectorAll('img.leaflet-tile[src*="/14/"]').length).to.be.greaterThan(0);
    expect(changes).to.deep.equal([]);
    expect(root.activeElement).to.equal(pin);
  });

  it('moves the pin 1 px with Shift+ArrowRight', async () => {
    const { root, handle, changes } = setup(DORTMUND);
    pinOf(root)!.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Shift' });
    expect(changes).to.have.length(1);
    const moved = changes[0].lng - DORTMUND.lng;
    expect(moved).to.be.closeTo(degreesPerPixel(PIN_ZOOM), 0.3 * degreesPerPixel(PIN_ZOOM));
    expect(handle.center()).to.deep.equal(DORTMUND);
  });

  it('keeps the map still when the pin got focus from a mouse press, with the map focused before', async () => {
    const { root, container, handle, changes } = setup(DORTMUND);
    // A click on the map focuses its container: Leaflet's keyboard handler listens from then on.
    await sendMouse({ type: 'click', position: screenPoint(container, 100, 100) });
    expect(root.activeElement).to.equal(container);
    const centre = handle.center();
    const pin = pinOf(root)!;
    const [px, py] = centreOf(pin).map(Math.round) as [number, number];
    await sendMouse({ type: 'click', position: [px, py] });
    // A click on the pin does not set it anew.
    expect(changes).to.have.length(1);
    // Leaflet focuses the container on a mouse press; the pin must have focus for the arrow keys.
    if (root.activeElement !== pin) pin.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(changes).to.have.length(2);
    expect(handle.center()).to.deep.equal(centre);
  });

  it('keeps Leaflet’s keyboard panning on the map itself', async () => {
    const { container, handle, changes } = setup(DORTMUND);
    container.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => handle.center().lng > DORTMUND.lng, 'the map did not pan', { timeout: 2000 });
    expect(changes).to.deep.equal([]);
  });

  it('setPosition places, moves and removes the pin without onChange; pan centres it at zoom 15', () => {
    const { root, handle, changes } = setup();
    handle.setPosition(DORTMUND);
    expect(pinOf(root)!.getAttribute('aria-label')).to.equal(`${labels.pin}: 51.51234, 7.46543`);
    // Without pan the view stays.
    expect(handle.center()).to.deep.equal({ lat: 51.45, lng: 7.6 });

    const essen = { lat: 51.456, lng: 7.012 };
    handle.setPosition(essen, { pan: true });
    expect(handle.center()).to.deep.equal(essen);
    expect(root.querySelectorAll('img.leaflet-tile[src*="/15/"]').length).to.be.greaterThan(0);
    expect(pinOf(root)!.getAttribute('aria-label')).to.equal(`${labels.pin}: 51.456, 7.012`);
    const [px, py] = centreOf(pinOf(root)!);
    const rect = root.querySelector<HTMLElement>('.pin-map')!.getBoundingClientRect();
    expect(px).to.be.closeTo(rect.left + WIDTH / 2, 1);
    expect(py).to.be.closeTo(rect.top + HEIGHT / 2, 1);

    handle.setPosition(undefined);
    expect(pinOf(root)).to.equal(null);
    handle.setPosition({ lat: Number.NaN, lng: 7 });
    expect(pinOf(root)).to.equal(null);
    expect(changes).to.deep.equal([]);
  });

  it('pan keeps a closer zoom', () => {
    const { root, handle } = setup(DORTMUND);
    handle.zoomIn();
    handle.zoomIn();
    handle.setPosition({ lat: 51.5, lng: 7.4 }, { pan: true });
    expect(root.querySelectorAll('img.leaflet-tile[src*="/17/"]').length).to.be.greaterThan(0);
    expect(root.querySelectorAll('img.leaflet-tile[src*="/15/"]').length).to.equal(0);
  });

  it('rounds to 6 decimals, wraps the longitude and clamps the latitude', () => {
    const { root, handle } = setup();
    handle.setPosition({ lat: 89.5, lng: 190.12345678 });
    expect(pinOf(root)!.getAttribute('aria-label')).to.equal(`${labels.pin}: 85, -169.876543`);
    handle.setPosition({ lat: -51.1234564, lng: -540.5 });
    expect(pinOf(root)!.getAttribute('aria-label')).to.equal(`${labels.pin}: -51.123456, 179.5`);
  });

  it('center() is the map centre, rounded', () => {
    const { handle } = setup({ lat: 51.123456789, lng: 7.987654321 });
    expect(handle.center()).to.deep.equal({ lat: 51.123457, lng: 7.987654 });
    handle.zoomOut();
    expect(handle.center()).to.deep.equal({ lat: 51.123457, lng: 7.987654 });
  });

  it('invalidateSize() keeps working after the container got its size', () => {
    const { container, handle, root } = setup(DORTMUND);
    container.style.width = `${WIDTH + 100}px`;
    handle.invalidateSize();
    expect(pinOf(root)).not.to.equal(null);
    expectNear(handle.center(), DORTMUND, 1);
  });

  it('passes axe with the pin placed', async () => {
    const { host, root } = setup(DORTMUND);
    expect(pinOf(root)).not.to.equal(null);
    await expect(host).to.be.accessible();
  });

  it('destroy() restores the container', () => {
    const { container, handle, root } = setup(DORTMUND);
    handle.destroy();
    expect(container.className).to.equal('pin-map');
    expect(container.childElementCount).to.equal(0);
    expect(container.hasAttribute('role')).to.equal(false);
    expect(container.hasAttribute('aria-label')).to.equal(false);
    expect(container.hasAttribute('tabindex')).to.equal(false);
    expect(container.style.position).to.equal('');
    expect(pinOf(root)).to.equal(null);
    // The handle does nothing afterwards.
    handle.setPosition(DORTMUND, { pan: true });
    handle.zoomIn();
    handle.zoomOut();
    handle.invalidateSize();
    expect(handle.center()).to.deep.equal(DORTMUND);
    handle.destroy();
    expect(container.childElementCount).to.equal(0);
  });
});
