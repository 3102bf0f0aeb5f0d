import type { Messages } from './types.js';

const pluralDe = new Intl.PluralRules('de');
const pluralEn = new Intl.PluralRules('en');

/** The `partnerJoin` texts in German and English; registered by the code that is loaded on demand for it. */
export const partnerJoinMessages: { de: Messages['partnerJoin']; en: Messages['partnerJoin'] } = {
  de: {
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
    optional: '(freiwillig)',
    submit: 'Anfrage senden',
    sending: 'Wird gesendet …',
    success: 'Danke! Ihre Anfrage ist angekommen. Wir melden uns bei Ihnen.',
    failed: 'Die Anfrage konnte nicht gesendet werden. Ihre Angaben bleiben erhalten.',
    fixErrors: (count) =>
      pluralDe.select(count) === 'one' ? 'Bitte korrigieren Sie 1 Angabe.' : `Bitte korrigieren Sie ${count} Angaben.`,
    errors: {
      required: 'Bitte ausfüllen.',
      email: 'Bitte eine gültige E-Mail-Adresse eingeben, z. B. name@beispiel.de.',
      url: 'Bitte eine Web-Adresse mit https:// eingeben.',
      phone: 'Bitte eine Telefonnummer aus Ziffern eingeben.',
      tooLong: 'Dieser Text ist zu lang.',
    },
    privacy: 'Ihre Angaben werden nur für die Aufnahme ins Netzwerk verwendet.',
    trap: 'Dieses Feld bitte leer lassen',
  },
  en: {
    title: 'Join the network',
    intro: 'Would your organisation like to join? Send us a request and we will get in touch.',
    name: 'Name of the organisation',
    category: 'Group',
    type: 'Type of organisation',
    typeOther: 'Other type',
    contactName: 'Contact person',
    email: 'Email address',
    phone: 'Phone',
    website: 'Website',
    message: 'Message',
    optional: '(optional)',
    submit: 'Send request',
    sending: 'Sending …',
    success: 'Thank you! Your request has arrived. We will get in touch.',
    failed: 'The request could not be sent. What you entered is kept.',
    fixErrors: (count) => (pluralEn.select(count) === 'one' ? 'Please correct 1 field.' : `Please correct ${count} fields.`),
    errors: {
      required: 'Please fill this in.',
      email: 'Please enter a valid email address, e.g. name@example.org.',
      url: 'Please enter a web address starting with https://.',
      phone: 'Please enter a phone number in digits.',
      tooLong: 'This text is too long.',
    },
    privacy: 'Your details are only used to add you to the network.',
    trap: 'Please leave this field empty',
  },
};
