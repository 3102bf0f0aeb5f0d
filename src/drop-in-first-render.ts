/**
 * The drop-in carries what a first render on the built-in content needs (the agenda's and the board's content, and
 * the code that shows the agenda and the partner list), so those widgets show at once, with no second round trip and
 * no loading state. The plan's content and texts (the largest) stay one parallel request, within the drop-in's budget.
 */
import { builtInContent } from './core/adapter/defaults-adapter.js';
import { DEFAULT_AGENDA } from './core/defaults/agenda.js';
import { DEFAULT_BOARD } from './core/defaults/board.js';
import { contentCode as agendaContentCode } from './components/ija-workshop-agenda/ija-workshop-agenda.component.js';
import * as agendaContent from './components/ija-workshop-agenda/agenda-content.js';
import { browseCode as partnerBrowseCode } from './components/ija-partner-map/ija-partner-map.component.js';
import * as partnerBrowse from './components/ija-partner-map/partner-browse.js';

builtInContent.agenda.provide(DEFAULT_AGENDA);
builtInContent.board.provide(DEFAULT_BOARD);
agendaContentCode.provide(agendaContent);
partnerBrowseCode.provide(partnerBrowse);
