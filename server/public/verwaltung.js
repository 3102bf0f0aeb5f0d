// The network key goes into the widget's adapter as a header: never into a URL, never stored.
// It is checked against the server before the page says "signed in".
import { createFetchAdapter } from '/dist/cdn/ija-widgets.js';

const form = document.getElementById('key-form');
const status = document.getElementById('key-status');
const signedIn = document.getElementById('signed-in');
const widget = document.getElementById('network');

function withKey(key) {
  return createFetchAdapter({ baseUrl: '/api', headers: () => ({ authorization: `Bearer ${key}` }) });
}

function show(adapter) {
  widget.adapter = adapter;
  widget.hidden = !adapter;
  signedIn.hidden = !adapter;
  form.hidden = Boolean(adapter);
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const key = String(new FormData(form).get('network') ?? '').trim();
  if (!key) return;
  status.textContent = 'Schlüssel wird geprüft …';
  const adapter = withKey(key);
  try {
    await adapter.listJoinRequests();
  } catch (error) {
    status.textContent =
      error?.status === 401 || error?.status === 403
        ? 'Dieser Schlüssel passt nicht. Bitte prüfen Sie ihn (es ist der Netzwerk-Schlüssel, nicht der Redaktions- oder Moderationsschlüssel).'
        : 'Der Server antwortet nicht. Bitte versuchen Sie es gleich noch einmal.';
    document.getElementById('network-key').focus();
    return;
  }
  form.reset();
  status.textContent = '';
  show(adapter);
  signedIn.focus();
});

document.getElementById('sign-out').addEventListener('click', () => {
  show(undefined);
  status.textContent = 'Abgemeldet.';
  document.getElementById('network-key').focus();
});
