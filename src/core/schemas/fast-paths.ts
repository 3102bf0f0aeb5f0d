/**
 * The plain checks of what a page reads (no zod): one small file, loaded with the first response (see
 * `validated`), so plainly valid data never loads zod and the schemas. Its users import them from here, so
 * that they stay one file.
 */
import { plainPartnerList } from './partner-fast-path.js';
import { plainAgenda } from './agenda-fast-path.js';
import { plainBoard, plainCard } from './board-fast-path.js';
import { plainPlan, plainPlanPoint } from './plan-fast-path.js';

export { plainlyValidPartner, plainPartnerList } from './partner-fast-path.js';
export { plainAgenda } from './agenda-fast-path.js';
export { plainBoard, plainBoardEvent, plainCard } from './board-fast-path.js';
export { plainPlan, plainPlanPoint } from './plan-fast-path.js';

/** The plain checks by what they check: the same names as the schema checks in `PARSE` (checks.ts). */
export const PLAIN = {
  partners: plainPartnerList,
  agenda: plainAgenda,
  board: plainBoard,
  card: plainCard,
  plan: plainPlan,
  planPoint: plainPlanPoint,
};
export { CLOCK_TIME_PATTERN, ID_MAX, LONE_SURROGATE, PHONE_PATTERN, WEB_URL_PATTERN } from './plain-checks.js';
