import type { Messages } from './types.js';

/** The German `partnerMapView` texts (the map after consent); registered by the map view. */
export const partnerMapViewMessages: Messages['partnerMapView'] = {
  region: 'Karte der Partner*innen',
  marker: (name, group) => `${name} (${group})`,
  cluster: (count, names) => {
    const shown = names.slice(0, 3);
    const rest = count - shown.length;
    const list = rest > 0 ? `${shown.join(', ')} und ${rest} weitere` : new Intl.ListFormat('de').format(shown);
    return `${count} Partner*innen: ${list}. Vergrößern mit der Eingabetaste.`;
  },
  zoomIn: 'Karte vergrößern',
  zoomOut: 'Karte verkleinern',
  loading: 'Karte wird geladen …',
  failed: 'Die Karte konnte nicht geladen werden. Die Liste zeigt alle Partner*innen.',
  attribution: 'Kartendaten',
};
