import { parsePartners } from './partner.js';
import { parseAgenda } from './agenda.js';
import { parseBoard, parseCard } from './board.js';
import { parsePlan, parsePlanPoint } from './plan.js';

/** The schema checks that have plain checks too, by the names fast-paths.ts exports their plain checks under: see `validated`. */
export const PARSE = {
  partners: parsePartners,
  agenda: parseAgenda,
  board: parseBoard,
  card: parseCard,
  plan: parsePlan,
  planPoint: parsePlanPoint,
};
