/**
 * What the list and map views need once the partners are there: the search index, the filter form and the
 * list. Loaded with the data (see the element's `code`), so the first download stays small.
 */
export { buildPartnerIndex, filterPartners } from './partner-search.js';
export { PartnerFilterArea } from './partner-filter-area.js';
export { PartnerListSteps } from './partner-list-steps.js';
export { renderEmptyNetwork } from './partner-empty-network.js';
export { browseStyles } from './partner-browse.styles.js';
export { renderSkipLink, renderSkipTarget, renderTabs } from './partner-tabs.js';
