/**
 * The drop-in carries what a first render on the built-in content needs (the agenda's content, and the code that
 * shows the agenda and the partner list), so those widgets show at once, with no second round trip and no loading
 * state. The board's guiding questions and the plan's content and texts stay one parallel request each, within the
 * drop-in's budget: a board or plan without a data source is a page for a workshop, not a page's first screen.
 */
import { builtInContent } from './core/adapter/defaults-adapter.js';
import { DEFAULT_AGENDA } from './core/defaults/agenda.js';
import { contentCode as agendaContentCode } from './components/ija-workshop-agenda/ija-workshop-agenda.component.js';
import * as agendaContent from './components/ija-workshop-agenda/agenda-content.js';
import { browseCode as partnerBrowseCode } from './components/ija-partner-map/ija-partner-map.component.js';
import * as partnerBrowse from './components/ija-partner-map/partner-browse.js';

builtInContent.agenda.provide(DEFAULT_AGENDA);
agendaContentCode.provide(agendaContent);
partnerBrowseCode.provide(partnerBrowse);
