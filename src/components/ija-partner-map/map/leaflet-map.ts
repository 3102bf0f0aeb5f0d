import * as L from 'leaflet/dist/leaflet-src.esm.js';

/** The Leaflet map both map views use (the partners' map and the admin's pin map), set up and taken down alike. */

export const prefersReducedMotion = (): boolean => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export interface OpenedMap {
  map: L.Map;
  /** Removes the map and gives the container back as it was (Leaflet leaves classes, tabindex and position). */
  remove(): void;
}

/**
 * A map in `container` without Leaflet's own controls (the widgets draw theirs), with motion only when the
 * visitor has not asked for less, named for screen readers as a region, and the tiles from `tileUrl`.
 */
export function openMap(container: HTMLElement, options: { tileUrl: string; maxZoom: number; label: string }): OpenedMap {
  const own = {
    classes: new Set(container.classList),
    tabIndex: container.getAttribute('tabindex'),
    position: container.style.position,
    role: container.getAttribute('role'),
    label: container.getAttribute('aria-label'),
  };
  const still = prefersReducedMotion();
  const map = L.map(container, {
    zoomControl: false,
    attributionControl: false,
    zoomAnimation: !still,
    fadeAnimation: !still,
    markerZoomAnimation: !still,
    inertia: !still,
    maxZoom: options.maxZoom,
  });
  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', options.label);
  L.tileLayer(options.tileUrl, { maxZoom: options.maxZoom }).addTo(map);
  const restore = (name: string, value: string | null) => (value === null ? container.removeAttribute(name) : container.setAttribute(name, value));
  return {
    map,
    remove() {
      // Leaflet 1.9 finishes a running zoom animation from a timer after remove() and then throws on the
      // removed panes; marking it done first makes that timer return at once.
      (map as unknown as { _animatingZoom: boolean })._animatingZoom = false;
      map.remove();
      for (const name of [...container.classList]) if (!own.classes.has(name)) container.classList.remove(name);
      restore('tabindex', own.tabIndex);
      restore('role', own.role);
      restore('aria-label', own.label);
      container.style.position = own.position;
    },
  };
}
