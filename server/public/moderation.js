// The keys go into the providers' adapters as a header: never into a URL, never stored (this tab only, until
// sign-out or the page is closed). The moderator key is checked against the server before the page says
// "signed in", and the board's moderator controls appear only then.
import { createFetchAdapter } from '/dist/cdn/ija-widgets.js';

const form = document.getElementById('key-form');
const status = document.getElementById('key-status');
const signedIn = document.getElementById('signed-in');
const signedInText = document.getElementById('signed-in-text');
const moderation = document.getElementById('moderation');
const board = moderation.querySelector('ija-leitfragen-board');
const editing = document.getElementById('editing');
const moderatorField = document.getElementById('moderator-key');
const editorField = document.getElementById('editor-key');

const roles = { moderator: false, editor: false };

function withKey(key) {
  return createFetchAdapter({ baseUrl: '/api', headers: () => ({ authorization: `Bearer ${key}` }) });
}

/** Why a key was not accepted, in words for the person at the keyboard. */
function refusal(error) {
  if (error?.status === 401 || error?.status === 403) {
    return 'Dieser Moderationsschlüssel passt nicht. Bitte prüfen Sie ihn (es ist der Moderations-, nicht der Redaktions- oder Netzwerk-Schlüssel).';
  }
  if (error?.status === 429) return 'Zu viele Versuche mit falschen Schlüsseln. Bitte warten Sie eine Minute.';
  return 'Der Server antwortet gerade nicht. Bitte versuchen Sie es gleich noch einmal.';
}

function showSignedIn() {
  const any = roles.moderator || roles.editor;
  const as = [roles.moderator && 'Moderation', roles.editor && 'Redaktion'].filter(Boolean).join(' und ');
  signedInText.textContent = any ? `Angemeldet (${as}). Der Schlüssel bleibt nur in diesem Tab, solange die Seite offen ist.` : '';
  signedIn.hidden = !any;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const moderator = moderatorField.value.trim();
  const editor = editorField.value.trim();
  if (!moderator && !editor) {
    status.textContent = 'Bitte geben Sie einen Schlüssel ein.';
    moderatorField.focus();
    return;
  }
  const messages = [];
  if (editor) {
    editing.adapter = withKey(editor);
    roles.editor = true;
    editorField.value = '';
    messages.push('Angemeldet als Redaktion: Änderungen am Tagesablauf und am Plan werden gespeichert, solange die Seite offen ist.');
  }
  if (moderator) {
    status.textContent = 'Moderationsschlüssel wird geprüft …';
    const adapter = withKey(moderator);
    try {
      // A request only the moderator key may make: nothing says "signed in" before the server agreed.
      await adapter.listBoards();
    } catch (error) {
      status.textContent = [refusal(error), ...messages].join(' ');
      moderatorField.focus();
      moderatorField.select();
      showSignedIn();
      return;
    }
    moderatorField.value = '';
    moderation.adapter = adapter;
    board.moderator = true;
    board.hidden = false;
    roles.moderator = true;
    messages.unshift('Angemeldet als Moderation.');
  }
  status.textContent = messages.join(' ');
  showSignedIn();
  signedIn.focus();
});

document.getElementById('sign-out').addEventListener('click', () => {
  board.moderator = false;
  board.hidden = true;
  moderation.adapter = undefined;
  editing.adapter = undefined;
  roles.moderator = false;
  roles.editor = false;
  showSignedIn();
  status.textContent = 'Abgemeldet. Die Schlüssel sind vergessen.';
  moderatorField.focus();
});
