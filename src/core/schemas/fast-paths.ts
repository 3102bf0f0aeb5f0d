/**
 * The plain checks of what a page reads (no zod): one small file, loaded with the first response (see
 * `validated`), so plainly valid data never loads zod and the schemas. Its users import them from here, so
 * that they stay one file.
 */
export { plainlyValidPartner, plainPartnerList } from './partner-fast-path.js';
export { plainAgenda } from './agenda-fast-path.js';
export { plainBoard, plainBoardEvent, plainCard } from './board-fast-path.js';
export { plainPlan, plainPlanPoint } from './plan-fast-path.js';
export { CLOCK_TIME_PATTERN, ID_MAX, LONE_SURROGATE, PHONE_PATTERN, WEB_URL_PATTERN } from './plain-checks.js';
