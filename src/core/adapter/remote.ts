/** The adapters that talk HTTP: one module, loaded on demand by `on-demand-adapter.ts`. */
export { createFetchAdapter } from './fetch-adapter.js';
export { createStaticAdapter } from './static-adapter.js';
