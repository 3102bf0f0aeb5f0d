// The keys go into the providers' adapters as a header: never into a URL, never stored.
import { createFetchAdapter } from '/dist/ija-widgets.js';

const form = document.getElementById('key-form');
const status = document.getElementById('key-status');

function withKey(key) {
  return createFetchAdapter({ baseUrl: '/api', headers: () => ({ authorization: `Bearer ${key}` }) });
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const fields = new FormData(form);
  const moderator = String(fields.get('moderator') ?? '').trim();
  const editor = String(fields.get('editor') ?? '').trim();
  if (moderator) document.getElementById('moderation').adapter = withKey(moderator);
  if (editor) document.getElementById('editing').adapter = withKey(editor);
  if (!moderator && !editor) return;
  form.reset();
  status.textContent = 'Angemeldet. Änderungen werden mit dem Schlüssel gespeichert, solange die Seite offen ist.';
});
