import type { Messages } from './types.js';

/** The `partnerMapView` texts (the map after consent) in German and English; registered by the map view. */
export const partnerMapViewMessages: { de: Messages['partnerMapView']; en: Messages['partnerMapView'] } = {
  de: {
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
  },
  en: {
    region: 'Map of the partners',
    marker: (name, group) => `${name} (${group})`,
    cluster: (count, names) => {
      const shown = names.slice(0, 3);
      const rest = count - shown.length;
      const list = rest > 0 ? `${shown.join(', ')} and ${rest} more` : new Intl.ListFormat('en').format(shown);
      return `${count} partners: ${list}. Press Enter to zoom in.`;
    },
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    loading: 'Loading the map …',
    failed: 'The map could not be loaded. The list shows all partners.',
    attribution: 'Map data',
  },
};
