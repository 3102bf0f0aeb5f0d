import partnerData from '../stories/data/netzwerk-musterstadt.json' with { type: 'json' };
import { cloneDefault, DEFAULT_AGENDA, DEFAULT_BOARD, DEFAULT_PLAN } from '../src/core/defaults/index.js';
import { DEFAULT_TIMEZONE, type Agenda } from '../src/core/schemas/agenda.js';
import type { Board } from '../src/core/schemas/board.js';
import { parsePartners } from '../src/core/schemas/partner.js';
import { putBoard } from './core/services/boards.js';
import type { Repository, SiteId } from './repository/repository.js';

export const DEMO_AGENDA_ID = 'werkstattgespraech';
export const DEMO_BOARD_ID = DEFAULT_BOARD.id;
export const DEMO_PLAN_ID = DEFAULT_PLAN.id;

/** How far ahead of the first start the demo Werkstattgespräch takes place. */
const DAYS_AHEAD = 42;

/** The calendar date `days` after `now`, as the agenda's time zone sees it ("YYYY-MM-DD"). */
export function dateAhead(now: Date, days: number, timeZone = DEFAULT_TIMEZONE): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  // Calendar arithmetic in UTC, where no day is 23 or 25 hours long.
  return new Date(Date.UTC(part('year'), part('month') - 1, part('day') + days)).toISOString().slice(0, 10);
}

/**
 * The first start's content: the factsheet's defaults made concrete for the fictional
 * municipality Musterstadt, so the demo site shows every widget with data.
 */
export async function seedDemo(repo: Repository, site: SiteId, now: Date): Promise<void> {
  const { data: partners, issues } = parsePartners(partnerData);
  if (issues.length > 0) {
    throw new Error(`Demo partners are invalid: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`);
  }

  const agenda: Agenda = {
    ...cloneDefault(DEFAULT_AGENDA),
    id: DEMO_AGENDA_ID,
    title: 'Werkstattgespräch Musterstadt: Mehr internationale Jugendarbeit in unserer Kommune',
    date: dateAhead(now, DAYS_AHEAD, DEFAULT_AGENDA.timezone),
    location: 'Jugendzentrum Kreuzviertel, Am Markt 4, 45457 Musterstadt',
  };
  const board: Board = {
    ...cloneDefault(DEFAULT_BOARD),
    settings: { votesPerPerson: 3, reveal: 'open' },
    locked: false,
    revealed: false,
  };

  await repo.replacePartners(site, partners);
  await repo.putPlan(site, cloneDefault(DEFAULT_PLAN), now);
  await putBoard(repo, site, board);
  await repo.putAgenda(site, agenda, now);
}
