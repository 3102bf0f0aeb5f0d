import type { Messages } from './types.js';
import { partnerMapViewMessages } from './partner-map-view.js';
import { boardResultsMessages } from './board-results.js';
import { planCheckMessages } from './plan-check.js';
import { agendaEditMessages } from './agenda-edit.js';
import { partnerGapsMessages } from './partner-gaps.js';
import { partnerJoinMessages } from './partner-join.js';
import { partnerAdminMessages } from './partner-admin.js';
import { commonMessages } from './common.js';
import { agendaMessages } from './agenda.js';
import { partnerMapMessages } from './partner-map.js';
import { planMessages } from './plan.js';
import { boardMessages } from './board.js';

/** The whole English table (tests, and sites that register a variant of it). */
export const en: Messages = {
  common: commonMessages.en,
  agenda: agendaMessages.en,
  partnerMap: partnerMapMessages.en,
  plan: planMessages.en,
  board: boardMessages.en,
  partnerJoin: partnerJoinMessages.en,
  partnerAdmin: partnerAdminMessages.en,
  partnerGaps: partnerGapsMessages.en,
  agendaEdit: agendaEditMessages.en,
  planCheck: planCheckMessages.en,
  boardResults: boardResultsMessages.en,
  partnerMapView: partnerMapViewMessages.en,
};
