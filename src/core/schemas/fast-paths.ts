/**
 * The plain checks of what a page reads (no zod): one small file, loaded with the first response (see
 * `validated`), so plainly valid data never loads zod and the schemas. Its users import them from here, and
 * it only re-exports (no code of its own), so that they all stay one file.
 */
export { plainlyValidPartner, plainPartnerList, plainPartnerList as partners } from './partner-fast-path.js';
export { plainAgenda, plainAgenda as agenda } from './agenda-fast-path.js';
export { plainBoard, plainBoard as board, plainBoardEvent, plainCard, plainCard as card } from './board-fast-path.js';
export { plainPlan, plainPlan as plan, plainPlanPoint, plainPlanPoint as planPoint } from './plan-fast-path.js';
export { CLOCK_TIME_PATTERN, ID_MAX, LONE_SURROGATE, PHONE_PATTERN, WEB_URL_PATTERN } from './plain-checks.js';
