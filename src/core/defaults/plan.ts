import { DEFAULT_IDS } from '../schemas/constants.js';
import type { Plan } from '../schemas/plan.js';

/** The five-point plan that sums up the factsheet; every point starts open, every step undone. */
export const DEFAULT_PLAN: Plan = {
  id: DEFAULT_IDS.plan,
  title: '5-Punkte-Plan für mehr internationale Jugendarbeit',
  points: [
    {
      id: 'netzwerk',
      links: [{ label: 'Wer fehlt noch im Netzwerk?', target: 'gaps' }],
      title: 'Lokales Netzwerk der internationalen Jugendarbeit aufbauen',
      summary:
        'Lokale Netzwerke sind ein wichtiger Erfolgsfaktor, um internationale Jugendarbeit in der Kommune zu stärken und zu verankern. Wenn möglichst viele verschiedene Träger gemeinsam Ziele, Ideen und Projekte entwickeln, entstehen neue Kooperationen, die bislang unerreichte Jugendliche ansprechen.',
      status: 'open',
      steps: [
        {
          id: 'netzwerk-partnergruppen-einladen',
          text: 'Alle Interessierten aus den vier Partnergruppen einladen: Vereine, Träger der Jugendarbeit, Politik und Übergang Schule–Beruf',
          done: false,
        },
        {
          id: 'netzwerk-neue-akteure-ansprechen',
          text: 'Gezielt Organisationen und Einrichtungen ansprechen, die bisher nicht in der internationalen Jugendarbeit aktiv sind',
          done: false,
        },
        {
          id: 'netzwerk-tandems-bilden',
          text: 'Neue Träger mit erfahrenen Partner*innen zusammenbringen und Aufgaben verteilen, damit auch kleinere, personell schwächer ausgestattete Einrichtungen den Aufwand bewältigen',
          done: false,
        },
        {
          id: 'netzwerk-ziele-projekte',
          text: 'Gemeinsame Ziele, Ideen und Projektideen entwickeln',
          done: false,
        },
      ],
    },
    {
      id: 'werkstattgespraeche',
      links: [
        { label: 'Ablauf des Werkstattgesprächs', target: 'agenda' },
        { label: 'Leitfragen für die Diskussion', target: 'board' },
      ],
      title: 'Werkstattgespräche durchführen',
      summary:
        'In einem eintägigen Werkstattgespräch kommen die Akteur*innen der Region zusammen. Nach Impulsen zu Landesinteresse, Forschung und regionalen Angeboten diskutieren sie in moderierten Kleingruppen anhand von Leitfragen, wie die Kommune ihre internationale Jugendarbeit stärken kann.',
      status: 'open',
      steps: [
        {
          id: 'werkstatt-vorgespraeche',
          text: 'Vorbereitende Gespräche mit den Kooperationspartner*innen vor Ort führen',
          done: false,
        },
        {
          id: 'werkstatt-schirmherrschaft',
          text: 'Eine*n Schirmherr*in aus der Region für die Begrüßung gewinnen',
          done: false,
        },
        {
          id: 'werkstatt-ablauf',
          text: 'Das Werkstattgespräch nach dem Ablaufplan durchführen (10:30–16:00 Uhr, Mittagspause 12:30–13:30 Uhr)',
          done: false,
        },
        {
          id: 'werkstatt-leitfragen',
          text: 'Die Diskussion in Kleingruppen mit den Leitfragen moderieren',
          done: false,
        },
        {
          id: 'werkstatt-erkenntnisse',
          text: 'Zentrale Erkenntnisse in der Abschluss- und Feedbackrunde festhalten',
          done: false,
        },
      ],
    },
    {
      id: 'unterstuetzung-traeger',
      title: 'Träger und Fachkräfte unterstützen',
      summary:
        'Internationale Jugendarbeit soll ein selbstverständlicher, integrativer Teil der Arbeit mit strukturell benachteiligten Zielgruppen werden, besonders in der Offenen Kinder- und Jugendarbeit. Dafür werden gemeinsam mit erfahrenen Akteur*innen Strategien in der Kommune entwickelt und weitere Träger zu internationalen Maßnahmen ermutigt.',
      status: 'open',
      steps: [
        {
          id: 'traeger-strategien',
          text: 'Mit erfahrenen Akteur*innen der internationalen Jugendarbeit Strategien für die Kommune entwickeln',
          done: false,
        },
        {
          id: 'traeger-motivieren',
          text: 'Weitere Träger der Kinder- und Jugendarbeit motivieren und befähigen, internationale Maßnahmen durchzuführen',
          done: false,
        },
        {
          id: 'traeger-zielgruppen',
          text: 'Jugendliche ansprechen, die bisher nicht erreicht wurden, z. B. aus Haupt- und Realschulen, im Übergang von der Schule in eine Ausbildung oder mit individuellen Beeinträchtigungen',
          done: false,
        },
        {
          id: 'traeger-formate',
          text: 'Passende Formate wie Jugendbegegnungen, Workcamps oder Freiwilligendienste anbieten',
          done: false,
        },
      ],
    },
    {
      id: 'beratung-qualifizierung',
      title: 'Beratungs- und Qualifizierungsangebote nutzen',
      summary:
        'Für die bestehenden Strukturen werden – passend zu ihrem unterschiedlichen Engagement – Vorschläge zur Qualifizierung entwickelt. Fachkräfte und Ehrenamtliche lernen im Fachaustausch, in Seminaren und Trainings, internationale Projekte zu planen, zu finanzieren und durchzuführen.',
      status: 'open',
      steps: [
        {
          id: 'beratung-bedarf',
          text: 'Beratungsbedarf der Träger je nach ihrem bisherigen Engagement in der internationalen Jugendarbeit klären',
          done: false,
        },
        {
          id: 'beratung-fachaustausch',
          text: 'Fachkräfte und ehrenamtliche Mitarbeiter*innen zu Fachaustausch, internationalen Seminaren und Trainings einladen',
          done: false,
        },
        {
          id: 'beratung-projektkompetenz',
          text: 'Qualifizieren, ein internationales Projekt zu planen, zu finanzieren, durchzuführen und darin Verantwortung zu übernehmen',
          done: false,
        },
        {
          id: 'beratung-foerderung',
          text: 'Förderprogramme und Finanzierungswege für Mobilitätsangebote aufzeigen',
          done: false,
        },
      ],
    },
    {
      id: 'strukturelle-verankerung',
      title: 'Internationale Jugendarbeit strukturell verankern',
      summary:
        'Es geht nicht nur darum, kurzfristig mehr internationale Maßnahmen anzubieten: Internationale Jugendarbeit soll von Beginn an nachhaltig gedacht und langfristig politisch und strukturell abgesichert werden. So haben alle Jugendlichen auch in Zukunft die Möglichkeit, grenzüberschreitende Mobilitätserfahrungen zu machen.',
      status: 'open',
      steps: [
        {
          id: 'verankerung-fachstelle',
          text: 'Eine lokale Service- und Fachstelle einrichten, die Träger, Jugendliche und Eltern berät',
          done: false,
        },
        {
          id: 'verankerung-jugendhilfeplan',
          text: 'Internationale Jugendarbeit im Jugendhilfeplan der Kommune verankern',
          done: false,
        },
        {
          id: 'verankerung-stellenanteile',
          text: 'Zusätzliche Stellenanteile für internationale Jugendarbeit in der Kommune schaffen',
          done: false,
        },
        {
          id: 'verankerung-politik',
          text: 'Politische Rückendeckung sichern, damit das Angebot verlässlich und dauerhaft bleibt',
          done: false,
        },
      ],
    },
  ],
};
