/** The library's data layer, usable without any element: adapters, schemas, defaults, errors, events. */
export * from './adapter/types.js';
export { ROUTES, fillPath, type RouteName, type RouteParams } from './adapter/routes.js';
export { createFetchAdapter, type FetchAdapterOptions } from './adapter/fetch-adapter.js';
export { createStaticAdapter, createInlineAdapter, createValueAdapter } from './adapter/static-adapter.js';
export { defaultsAdapter } from './adapter/defaults-adapter.js';
export * from './errors.js';
export { errorReason } from './error-reason.js';
export * from './events.js';
export * from './schemas/index.js';
export * from './defaults/index.js';
export { adapterContext } from './context.js';
export { registerLocale, type Messages } from './i18n/locales.js';
