/**
 * The plugin's front-end module. Importing the library defines the widgets; then every
 * `<ija-provider data-ija-wp-rest>` gets the fetch adapter for this site's REST API, with WordPress's REST nonce as
 * `X-WP-Nonce` when a user is logged in (cookie authentication). A file, not an inline script, so a CSP with
 * `script-src 'self'` works. Providers added later (the block editor's preview) get their adapter too.
 */
/* global document, MutationObserver */
import { createFetchAdapter } from '../lib/ija-widgets.js';

const SELECTOR = 'ija-provider[data-ija-wp-rest]';

/** The page's REST nonce: one per session, shared by every widget on the page, renewed when the session was. */
let nonce;

/**
 * A nonce belongs to the session it was made in. When that session ends while the page is open (logged out in
 * another tab, expired) and the person logs in again, WordPress refuses the old nonce with 403 and only a reload
 * would help, which drops what was typed. So on a 403 this asks WordPress for the current session's nonce and,
 * when it is a new one, sends the request once more with it.
 */
function fetchRenewingNonce(nonceUrl) {
  const send = (input, init, value) => {
    const headers = new Headers(init?.headers);
    headers.set('X-WP-Nonce', value);
    return fetch(input, { ...init, headers });
  };
  return async (input, init) => {
    const sent = nonce;
    const response = await send(input, init, sent);
    if (response.status !== 403) return response;
    const renewed = await fetch(nonceUrl, { credentials: 'same-origin', cache: 'no-store' })
      .then((answer) => (answer.ok ? answer.text() : ''))
      .catch(() => '');
    if (!/^[0-9a-f]{10}$/.test(renewed) || renewed === sent) return response;
    nonce = renewed;
    return send(input, init, renewed);
  };
}

function connect(provider) {
  if (provider.adapter) return;
  const { ijaWpRest: baseUrl, ijaWpNonce, ijaWpNonceUrl } = provider.dataset;
  if (!ijaWpNonce) {
    provider.adapter = createFetchAdapter({ baseUrl });
    return;
  }
  nonce ??= ijaWpNonce;
  provider.adapter = createFetchAdapter({ baseUrl, fetch: fetchRenewingNonce(ijaWpNonceUrl) });
}

function connectAll(root) {
  if (root.matches?.(SELECTOR)) connect(root);
  root.querySelectorAll?.(SELECTOR).forEach(connect);
}

connectAll(document);
new MutationObserver((records) => {
  for (const record of records) record.addedNodes.forEach(connectAll);
}).observe(document.documentElement, { childList: true, subtree: true });
