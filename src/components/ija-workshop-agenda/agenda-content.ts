/**
 * What the agenda's items need once the agenda is there: its times (now, next, durations, problems) and
 * the item types' icons. Loaded with the data (see the element's `code`), so the first download stays small.
 */
export { durationOf, findProblems, formatClock, hasDayPeriod, msUntilNextMinute, nowState, problemText, sortedItems, toMinutes } from './agenda-time.js';
export { agendaIcon } from './agenda-icons.js';
