import type { Messages } from './types.js';

const pluralDe = new Intl.PluralRules('de');

/** The German `partnerJoin` texts; registered by the code that is loaded on demand for it. */
export const partnerJoinMessages: Messages['partnerJoin'] = {
  title: 'Mitmachen im Netzwerk',
  intro: 'Ihre Organisation möchte mitmachen? Schicken Sie uns eine Anfrage. Wir melden uns bei Ihnen.',
  name: 'Name der Organisation',
  category: 'Gruppe',
  type: 'Art der Organisation',
  typeOther: 'Andere Art',
  contactName: 'Ansprechperson',
  email: 'E-Mail-Adresse',
  phone: 'Telefon',
  website: 'Website',
  message: 'Nachricht',
  address: 'Adresse',
  addressHint: 'Straße, PLZ, Ort',
  offers: 'Angebote',
  offersHint: 'Mehrere Angebote mit Komma oder in neuen Zeilen trennen.',
  description: 'Kurze Beschreibung',
  publish: 'Veröffentlichung',
  publicFields: 'Öffentlich in Liste und Karte: Name, Gruppe, Art, Adresse, Angebote, Beschreibung, Website.',
  privateFields: 'Nicht öffentlich: Ansprechperson, E-Mail, Telefon, Nachricht.',
  publishConsent: 'Wir sind einverstanden, dass die öffentlichen Angaben in Liste und Karte veröffentlicht werden.',
  optional: '(freiwillig)',
  submit: 'Anfrage senden',
  sending: 'Wird gesendet …',
  success: 'Danke! Ihre Anfrage ist angekommen.',
  reference: 'Nummer Ihrer Anfrage:',
  nextSteps:
    'Das Netzwerk-Team prüft Ihre Anfrage und meldet sich per E-Mail. Ist Ihre Organisation aufgenommen, erscheint sie in der Liste und auf der Karte.',
  failed: 'Die Anfrage konnte nicht gesendet werden. Ihre Angaben bleiben erhalten.',
  fixErrors: (count) =>
    pluralDe.select(count) === 'one' ? 'Bitte korrigieren Sie 1 Angabe.' : `Bitte korrigieren Sie ${count} Angaben.`,
  errors: {
    required: 'Bitte ausfüllen.',
    email: 'Bitte eine gültige E-Mail-Adresse eingeben, z. B. name@beispiel.de.',
    url: 'Bitte eine gültige Web-Adresse eingeben, z. B. www.beispiel.de.',
    phone: 'Bitte eine Telefonnummer aus Ziffern eingeben.',
    tooLong: 'Dieser Text ist zu lang.',
    publish: 'Bitte stimmen Sie der Veröffentlichung zu. Ohne sie können wir Ihre Organisation nicht in Liste und Karte aufnehmen.',
  },
  privacy: 'Ihre Angaben werden nur für die Aufnahme ins Netzwerk verwendet.',
  trap: 'Dieses Feld bitte leer lassen',
};
