import type { Messages } from './types.js';
import { partnerMapViewMessages } from './partner-map-view.js';
import { boardResultsMessages } from './board-results.js';
import { planCheckMessages } from './plan-check.js';
import { agendaEditMessages } from './agenda-edit.js';
import { partnerGapsMessages } from './partner-gaps.js';
import { partnerJoinMessages } from './partner-join.js';
import { partnerAdminMessages } from './partner-admin.js';
import { commonMessages } from './common.js';
import { errorMessages } from './errors.js';
import { agendaMessages } from './agenda.js';
import { partnerMapMessages } from './partner-map.js';
import { planMessages } from './plan.js';
import { boardMessages } from './board.js';

/** The whole German table (tests, and sites that register a variant of it). */
export const de: Messages = {
  common: commonMessages,
  agenda: agendaMessages,
  partnerMap: partnerMapMessages,
  plan: planMessages,
  board: boardMessages,
  partnerJoin: partnerJoinMessages,
  partnerAdmin: partnerAdminMessages,
  partnerGaps: partnerGapsMessages,
  agendaEdit: agendaEditMessages,
  planCheck: planCheckMessages,
  boardResults: boardResultsMessages,
  partnerMapView: partnerMapViewMessages,
  errors: errorMessages,
};
