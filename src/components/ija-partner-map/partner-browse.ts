/**
 * What the list and map views need once the partners are there: the search index, the filter form and the
 * list. Loaded with the data (see the element's `code`), so the first download stays small.
 */
export { buildPartnerIndex, collectOffers, collectTypes, filterPartners } from './partner-search.js';
export { renderFilters } from './partner-filters.js';
export { inListOrder, renderPartnerList } from './partner-list.js';
export { renderEmptyNetwork } from './partner-empty-network.js';
