import type * as L from 'leaflet/dist/leaflet-src.esm.js';

/**
 * Removes a Leaflet map, also in the middle of a zoom animation: Leaflet 1.9 finishes that animation from
 * a timer that still runs after `remove()` and then throws on the removed panes. Marking the animation
 * done first makes that timer return at once.
 */
export function removeMap(map: L.Map): void {
  (map as unknown as { _animatingZoom: boolean })._animatingZoom = false;
  map.remove();
}
