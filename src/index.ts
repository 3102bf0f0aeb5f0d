/**
 * The package's main entry: element classes, adapters, events, errors and data types. It registers no
 * tag and starts nothing, so importing an adapter or an error class costs no element. Register elements
 * with `ija-widgets/components/<tag>.js`; the drop-in (`src/drop-in.ts`) registers them all. The schemas
 * (zod) are in `ija-widgets/core`, so this graph loads them only for data from outside.
 */
export * from './core/adapter/types.js';
export { ROUTES, fillPath, type RouteName, type RouteParams } from './core/adapter/routes.js';
// The same adapters as in `ija-widgets/core`; here their HTTP code loads with the first request.
export { onDemandFetchAdapter as createFetchAdapter, onDemandStaticAdapter as createStaticAdapter } from './core/adapter/on-demand-adapter.js';
export type { FetchAdapterOptions } from './core/adapter/fetch-adapter.js';
export { createInlineAdapter, createValueAdapter } from './core/adapter/read-only-adapter.js';
export { defaultsAdapter } from './core/adapter/defaults-adapter.js';
export * from './core/errors.js';
export * from './core/events.js';
export * from './core/schemas/constants.js';
export type * from './core/schemas/index.js';
export { adapterContext } from './core/context.js';
export { registerLocale, type Messages } from './core/i18n/locales.js';
export { defineElement } from './core/define.js';
export { preloadFirstRender } from './core/on-demand.js';
export { IjaProvider } from './components/ija-provider/ija-provider.component.js';
export { IjaWorkshopAgenda } from './components/ija-workshop-agenda/ija-workshop-agenda.component.js';
export { IjaPartnerMap } from './components/ija-partner-map/ija-partner-map.component.js';
export { IjaFivePointPlan } from './components/ija-five-point-plan/ija-five-point-plan.component.js';
export { IjaLeitfragenBoard } from './components/ija-leitfragen-board/ija-leitfragen-board.component.js';
export { upgradePlaceholders, watchPlaceholders } from './placeholders.js';
