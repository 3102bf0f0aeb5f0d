import { html, type TemplateResult } from 'lit';

/**
 * What a site renders on its server and hydrates in the browser: each of the three elements once on the
 * built-in content (no data source at all) and once on data given inline, as a property binding. The inline
 * data holds one invalid record each, which must be left out on the server as in the browser.
 */

export const inlineAgenda = {
  id: 'fachtag-2027',
  title: 'Eigener Fachtag Musterstadt',
  date: '2027-03-04',
  items: [
    { id: 'ankommen', start: '09:00', end: '09:30', title: 'Ankommen und Kaffee', type: 'welcome' },
    { id: 'runde', start: '09:30', end: '11:00', title: 'Runde der Träger', type: 'discussion' },
    { id: 'kaputt', start: 'morgens', end: '09:00', title: 'Ohne gültige Zeit', type: 'other' },
  ],
};

export const inlinePlan = {
  id: 'plan-musterstadt',
  title: '5-Punkte-Plan der Stadt Musterstadt',
  points: [
    { id: 'netzwerk', title: 'Netzwerk Musterstadt gründen', summary: 'Alle Interessierten einbeziehen.', status: 'done' },
    { id: 'werkstatt', title: 'Werkstattgespräch im Frühjahr', summary: 'Ein Tag im Jugendzentrum.', status: 'in-progress' },
    { id: 'kaputt', title: 'Ohne Status', summary: 'Fehlt etwas.', status: 'vielleicht' },
  ],
};

export const inlinePartners = {
  partners: [
    { id: 'jr', name: 'Stadtjugendring Musterstadt', category: 'vereine', type: 'jugendring', website: 'https://jugendring.example' },
    { id: 'jmd', name: 'Jugendmigrationsdienst Musterstadt', category: 'jugendarbeit', type: 'jugendmigrationsdienst' },
    { id: 'jc', name: 'Jobcenter Musterstadt', category: 'schule-beruf', type: 'jobcenter', website: 'javascript:alert(1)' },
    { id: 'kaputt', name: 'Ohne Gruppe', category: 'sport' },
  ],
};

/** Names that the inline data holds but that must not be shown (invalid records, a `javascript:` link). */
export const LEFT_OUT = ['Ohne gültige Zeit', 'Ohne Status', 'Ohne Gruppe', 'javascript:'];

export const page = (): TemplateResult =>
  html`<ija-workshop-agenda id="agenda-defaults"></ija-workshop-agenda>
    <ija-workshop-agenda id="agenda-inline" .agenda=${inlineAgenda}></ija-workshop-agenda>
    <ija-five-point-plan id="plan-defaults"></ija-five-point-plan>
    <ija-five-point-plan id="plan-inline" .plan=${inlinePlan}></ija-five-point-plan>
    <ija-partner-map id="partners-defaults"></ija-partner-map>
    <ija-partner-map id="partners-inline" .partners=${inlinePartners}></ija-partner-map>`;
