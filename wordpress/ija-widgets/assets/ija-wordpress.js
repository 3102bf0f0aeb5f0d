/**
 * The plugin's front-end module. Importing the library defines the widgets; then every
 * `<ija-provider data-ija-wp-rest>` gets the fetch adapter for this site's REST API, with WordPress's REST nonce as
 * `X-WP-Nonce` when a user is logged in (cookie authentication). A file, not an inline script, so a CSP with
 * `script-src 'self'` works. Providers added later (the block editor's preview) get their adapter too.
 */
/* global document, MutationObserver */
import { createFetchAdapter } from '../lib/ija-widgets.js';

const SELECTOR = 'ija-provider[data-ija-wp-rest]';

function connect(provider) {
  if (provider.adapter) return;
  const { ijaWpRest: baseUrl, ijaWpNonce: nonce } = provider.dataset;
  provider.adapter = createFetchAdapter({ baseUrl, headers: nonce ? { 'X-WP-Nonce': nonce } : {} });
}

function connectAll(root) {
  if (root.matches?.(SELECTOR)) connect(root);
  root.querySelectorAll?.(SELECTOR).forEach(connect);
}

connectAll(document);
new MutationObserver((records) => {
  for (const record of records) record.addedNodes.forEach(connectAll);
}).observe(document.documentElement, { childList: true, subtree: true });
