/**
 * The drop-in entry: registers every element. A webmaster includes `dist/ija-widgets.js` with one
 * `<script type="module">`. Scripts can build adapters and read events and errors from here; the
 * schemas (zod) are in `ija-widgets/core`, so this file stays small and loads them only for data from outside.
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
export { IjaProvider } from './components/ija-provider/ija-provider.js';
export { IjaWorkshopAgenda } from './components/ija-workshop-agenda/ija-workshop-agenda.js';
export { IjaPartnerMap } from './components/ija-partner-map/ija-partner-map.js';
export { IjaFivePointPlan } from './components/ija-five-point-plan/ija-five-point-plan.js';
export { IjaLeitfragenBoard } from './components/ija-leitfragen-board/ija-leitfragen-board.js';
export { upgradePlaceholders } from './placeholders.js';

import { watchPlaceholders } from './placeholders.js';

watchPlaceholders();
