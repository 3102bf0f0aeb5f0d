/**
 * The drop-in entry: registers every element. A webmaster includes `dist/ija-widgets.js` with one
 * `<script type="module">`; scripts can also import the data layer from here.
 */
export * from './core/index.js';
export { IjaProvider } from './components/ija-provider/ija-provider.js';
export { IjaWorkshopAgenda } from './components/ija-workshop-agenda/ija-workshop-agenda.js';
export { IjaPartnerMap } from './components/ija-partner-map/ija-partner-map.js';
export { IjaFivePointPlan } from './components/ija-five-point-plan/ija-five-point-plan.js';
export { IjaLeitfragenBoard } from './components/ija-leitfragen-board/ija-leitfragen-board.js';
