// The moderator's key goes into the provider's adapter as a header: never into a URL, never stored.
import { createFetchAdapter } from '/dist/ija-widgets.js';

const form = document.getElementById('key-form');
const status = document.getElementById('key-status');
const provider = document.getElementById('provider');

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const key = new FormData(form).get('key').trim();
  if (!key) return;
  provider.adapter = createFetchAdapter({ baseUrl: '/api', headers: () => ({ authorization: `Bearer ${key}` }) });
  form.reset();
  status.textContent = 'Angemeldet. Änderungen werden mit diesem Schlüssel gespeichert, solange die Seite offen ist.';
});
