import type { Agenda } from '../../core/schemas/agenda.js';
import { dayBounds, sortedItems, toMinutes, zonedDateTime } from './agenda-time.js';

const MARKER = 'data-ija-structured-data';

interface TrustedTypesWindow {
  trustedTypes?: { createPolicy(name: string, rules: { createScript(input: string): string }): { createScript(input: string): unknown } };
}

/** Under `require-trusted-types-for 'script'`, script text needs a policy (named "ija-widgets" in the CSP). */
let policy: { createScript(input: string): unknown } | null | undefined;
function scriptText(json: string): string {
  if (policy === undefined) {
    const tt = (window as unknown as TrustedTypesWindow).trustedTypes;
    try {
      policy = tt ? tt.createPolicy('ija-widgets', { createScript: (input) => input }) : null;
    } catch {
      policy = null;
    }
  }
  return (policy ? policy.createScript(json) : json) as string;
}

/** schema.org Event with one subEvent per item, for search engines; times with the agenda's offset. */
export function agendaJsonLd(agenda: Agenda, lang: string): Record<string, unknown> | undefined {
  const date = agenda.date;
  const bounds = dayBounds(agenda.items);
  if (!date || !bounds) return undefined;
  const at = (minutes: number) => zonedDateTime(date, minutes, agenda.timezone);
  const place = agenda.location ? { '@type': 'Place', name: agenda.location, address: agenda.location } : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: agenda.title,
    startDate: at(bounds.start),
    endDate: at(bounds.end),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    inLanguage: lang,
    ...(place ? { location: place } : {}),
    subEvent: sortedItems(agenda.items)
      .filter((item) => toMinutes(item.end) > toMinutes(item.start))
      .map((item) => ({
        '@type': 'Event',
        name: item.title,
        startDate: at(toMinutes(item.start)),
        endDate: at(toMinutes(item.end)),
        ...(item.description ? { description: item.description } : {}),
        ...(item.speaker ? { performer: { '@type': 'Person', name: item.speaker } } : {}),
        ...(place ? { location: place } : {}),
      })),
  };
}

/**
 * Keeps one `<script type="application/ld+json">` in the element's light DOM (where search engines
 * read it) in step with the agenda; removes it when there is nothing to say.
 */
export function syncStructuredData(host: HTMLElement, agenda: Agenda | undefined, lang: string): void {
  const existing = host.querySelector<HTMLScriptElement>(`:scope > script[${MARKER}]`);
  const data = agenda ? agendaJsonLd(agenda, lang) : undefined;
  if (!data) {
    existing?.remove();
    return;
  }
  const json = JSON.stringify(data);
  if (existing?.textContent === json) return;
  const script = existing ?? document.createElement('script');
  script.type = 'application/ld+json';
  script.setAttribute(MARKER, '');
  script.textContent = scriptText(json);
  if (!existing) host.append(script);
}
