// The embed-code generator: options from the Custom Elements Manifest, a live preview, two snippets.
// User input only ever reaches the page through setAttribute and textContent, never as markup.

const MANIFEST_URL = '/dist/custom-elements.json';

/** Attributes with their own controls on this page (data source, language, theme). */
const COVERED = new Set(['src', 'api', 'lang', 'theme']);

/** German labels for the attributes we know; an attribute added later shows its name and its description. */
const LABELS = {
  view: 'Ansicht beim Öffnen',
  category: 'Vorfilter: Gruppe',
  type: 'Vorfilter: Partnertyp (ID)',
  offer: 'Vorfilter: Angebot',
  search: 'Vorfilter: Suchtext',
  'new-to-ija': 'Nur Partner, die neu in der internationalen Jugendarbeit sind',
  join: 'Formular „Mitmachen“ anbieten (braucht ein Backend)',
  consent: 'Einwilligung für den Kartenserver liegt bereits vor',
  'remember-consent': 'Zustimmung zur Karte im Browser merken',
  tiles: 'Adresse der Kartenkacheln',
  attribution: 'Quellenangabe der Karte',
  'attribution-url': 'Link der Quellenangabe',
  'agenda-id': 'ID des Tagesablaufs (für die REST-Schnittstelle)',
  variant: 'Darstellung',
  editable: 'Bearbeiten erlauben',
  'structured-data': 'Termin für Suchmaschinen auszeichnen (schema.org)',
  'board-id': 'ID des Boards (für die REST-Schnittstelle)',
  moderator: 'Moderationsfunktionen zeigen',
  persist: 'Ohne Server im Browser speichern',
  'plan-id': 'ID des Plans (für die REST-Schnittstelle)',
  mode: 'Modus',
};

/** This demo server's ids where they differ from the widgets' built-in ones (see server/seed.ts). */
const DEMO_API_IDS = { 'ija-workshop-agenda': ['agenda-id', 'werkstattgespraech'] };
const DEMO_API = '/api';

/** Text inside the CMS placeholder: shown until the widget has loaded, and keeps editors from dropping an empty div. */
const LOADING = {
  'ija-partner-map': { de: 'Das Partnernetz wird geladen …', en: 'Loading the partner network …' },
  'ija-workshop-agenda': { de: 'Das Programm wird geladen …', en: 'Loading the programme …' },
  'ija-leitfragen-board': { de: 'Die Leitfragen werden geladen …', en: 'Loading the guiding questions …' },
  'ija-five-point-plan': { de: 'Der 5-Punkte-Plan wird geladen …', en: 'Loading the five-point plan …' },
};

const form = document.getElementById('embed-form');
const srcInput = document.getElementById('src-url');
const apiInput = document.getElementById('api-url');
const langSelect = document.getElementById('opt-lang');
const themeSelect = document.getElementById('opt-theme');
const themeField = document.getElementById('field-theme');
const scriptInput = document.getElementById('script-url');
const optionsTag = document.getElementById('options-tag');
const optionsState = document.getElementById('options-state');
const optionsFields = document.getElementById('options-fields');
const snippetHtml = document.getElementById('snippet-html');
const snippetCms = document.getElementById('snippet-cms');
const preview = document.getElementById('preview');
const previewNote = document.getElementById('preview-note');

/** tag name -> manifest declaration; empty until the manifest is loaded (or when it cannot be). */
let elements = new Map();
/** The option values per widget, so switching widgets and back keeps what was set. */
const savedOptions = new Map();
/** The JSON file per widget: each widget reads its own kind of document. */
const savedSrc = new Map();
/** Per widget: 'filled' (the demo id is in) or 'cleared' (someone took it out). */
const demoIdState = new Map();
let currentTag = '';
let previewTimer;

/** Escapes an attribute value for a double-quoted HTML attribute (and for text). */
function escapeHtml(value) {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function unquote(text) {
  const match = /^\s*(['"])(.*)\1\s*$/.exec(String(text ?? ''));
  return match ? match[2] : undefined;
}

/** Words in backticks in a description, e.g. "`list` (default), `map`": possible values of the attribute. */
function backticked(description, exclude) {
  const values = [];
  for (const [, word] of String(description ?? '').matchAll(/`([^`\s]+)`/g)) {
    if (/^[\w-]+$/.test(word) && !exclude.has(word) && !values.includes(word)) values.push(word);
  }
  return values;
}

/** Which control an attribute gets, from its type in the manifest. */
function controlFor(attribute, attributeNames) {
  const parts = String(attribute.type?.text ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter(Boolean);
  const optional = parts.some((part) => part === 'undefined' || part === 'null');
  const kinds = parts.filter((part) => part !== 'undefined' && part !== 'null');
  const listed = backticked(attribute.description, attributeNames);
  let fallback = unquote(attribute.default);
  if (fallback === undefined) fallback = /`([\w-]+)`\s*\(default\)/.exec(attribute.description ?? '')?.[1];

  if (kinds.length === 1 && kinds[0] === 'boolean') return { kind: 'checkbox' };
  if (kinds.length > 0 && kinds.every((part) => unquote(part) !== undefined)) {
    return { kind: 'select', values: kinds.map(unquote), fallback: optional ? undefined : fallback };
  }
  // A named type (PartnerView, BoardView) is not spelled out in the manifest; its description lists the values.
  if (kinds.length === 1 && /^[A-Z]\w*$/.test(kinds[0]) && listed.length >= 2) {
    return { kind: 'select', values: listed, fallback: listed.includes(fallback) ? fallback : undefined };
  }
  return { kind: 'text', suggestions: listed.length >= 2 ? listed : [], fallback };
}

/** Text with `code` spans as <code> elements, built as nodes. */
function richText(parent, text) {
  String(text ?? '')
    .split(/(`[^`]+`)/)
    .forEach((piece) => {
      if (!piece) return;
      if (piece.startsWith('`') && piece.endsWith('`') && piece.length > 2) {
        const code = document.createElement('code');
        code.textContent = piece.slice(1, -1);
        parent.append(code);
      } else parent.append(piece);
    });
}

function labelFor(name) {
  const label = document.createElement('label');
  label.htmlFor = `opt-${name}`;
  const code = document.createElement('code');
  code.textContent = name;
  if (LABELS[name]) label.append(`${LABELS[name]} (`, code, ')');
  else label.append(code);
  return label;
}

function hintFor(attribute, control) {
  const hint = document.createElement('p');
  hint.className = 'embed-hint';
  hint.id = `hint-${attribute.name}`;
  if (attribute.description) {
    const text = document.createElement('span');
    text.lang = 'en';
    richText(text, attribute.description.replace(/\s+/g, ' ').trim());
    hint.append(text);
  }
  if (control.kind === 'text' && control.fallback) {
    const code = document.createElement('code');
    code.textContent = control.fallback;
    hint.append(hint.childNodes.length > 0 ? ' – Voreinstellung: ' : 'Voreinstellung: ', code);
  }
  return hint.childNodes.length > 0 ? hint : undefined;
}

function optionControl(attribute, control, saved) {
  const field = document.createElement('div');
  field.className = control.kind === 'checkbox' ? 'embed-field embed-check' : 'embed-field';
  field.dataset.attribute = attribute.name;
  field.dataset.kind = control.kind;
  const hint = hintFor(attribute, control);
  let input;
  if (control.kind === 'checkbox') {
    input = document.createElement('input');
    input.type = 'checkbox';
    input.checked = saved === true;
  } else if (control.kind === 'select') {
    input = document.createElement('select');
    if (control.fallback === undefined) input.append(new Option('(nicht gesetzt)', ''));
    for (const value of control.values) {
      const isDefault = value === control.fallback;
      input.append(new Option(isDefault ? `${value} (Voreinstellung)` : value, isDefault ? '' : value));
    }
    input.value = typeof saved === 'string' && control.values.includes(saved) ? saved : '';
  } else {
    input = document.createElement('input');
    input.type = 'text';
    input.autocomplete = 'off';
    input.spellcheck = false;
    input.value = typeof saved === 'string' ? saved : '';
    if (control.fallback) input.dataset.fallback = control.fallback;
    if (control.suggestions.length > 0) {
      const list = document.createElement('datalist');
      list.id = `list-${attribute.name}`;
      for (const value of control.suggestions) list.append(new Option(value));
      input.setAttribute('list', list.id);
      field.append(list);
    }
  }
  input.id = `opt-${attribute.name}`;
  input.name = attribute.name;
  if (hint) input.setAttribute('aria-describedby', hint.id);
  if (control.kind === 'checkbox') {
    const label = labelFor(attribute.name);
    const text = document.createElement('span');
    text.append(...label.childNodes);
    label.append(input, ' ', text);
    field.prepend(label);
  } else field.prepend(labelFor(attribute.name), input);
  if (hint) field.append(hint);
  return field;
}

function readOptions() {
  const values = {};
  for (const field of optionsFields.querySelectorAll('[data-attribute]')) {
    const input = field.querySelector('input, select');
    values[field.dataset.attribute] = input.type === 'checkbox' ? input.checked : input.value;
  }
  return values;
}

function buildOptions(tag) {
  const declaration = elements.get(tag);
  optionsTag.textContent = tag;
  optionsFields.replaceChildren();
  const hasTheme = !declaration || (declaration.attributes ?? []).some((attribute) => attribute.name === 'theme');
  themeField.hidden = !hasTheme;
  if (!declaration) return;
  const attributes = (declaration.attributes ?? []).filter((attribute) => attribute.name && !COVERED.has(attribute.name));
  const names = new Set((declaration.attributes ?? []).map((attribute) => attribute.name));
  const saved = savedOptions.get(tag) ?? {};
  for (const attribute of attributes) {
    optionsFields.append(optionControl(attribute, controlFor(attribute, names), saved[attribute.name]));
  }
  optionsState.textContent = attributes.length === 0 ? 'Dieses Widget hat keine weiteren Optionen.' : '';
  optionsState.hidden = attributes.length > 0;
}

function selectedTag() {
  return form.elements.namedItem('widget').value || 'ija-partner-map';
}

function selectedSource() {
  return form.elements.namedItem('source').value || 'builtin';
}

/** The attributes as chosen, in snippet order: data source, options, language, theme. `true` = boolean. */
function chosenAttributes() {
  const attributes = [];
  const source = selectedSource();
  if (source === 'src' && srcInput.value.trim()) attributes.push(['src', srcInput.value.trim()]);
  if (source === 'api' && apiInput.value.trim()) attributes.push(['api', apiInput.value.trim()]);
  for (const field of optionsFields.querySelectorAll('[data-attribute]')) {
    const input = field.querySelector('input, select');
    const name = field.dataset.attribute;
    if (input.type === 'checkbox') {
      if (input.checked) attributes.push([name, true]);
      continue;
    }
    const value = input.value.trim();
    if (value && value !== input.dataset.fallback) attributes.push([name, value]);
  }
  if (langSelect.value) attributes.push(['lang', langSelect.value]);
  if (!themeField.hidden && themeSelect.value) attributes.push(['theme', themeSelect.value]);
  return attributes;
}

function htmlSnippet(tag, attributes) {
  const list = attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');
  const script = scriptInput.value.trim() || '/pfad/zu/ija-widgets.js';
  // The style sheet beside the script keeps the widget's space until its content is there (no layout shift).
  const styles = script.replace(/\.js$/, '.css');
  const head = styles === script ? '' : `<link rel="stylesheet" href="${escapeHtml(styles)}" />\n`;
  return `${head}<script type="module" src="${escapeHtml(script)}"></script>\n<${tag}${list}></${tag}>`;
}

/** `lang` stays as it is on the placeholder (the loader keeps it); every other attribute becomes `data-NAME`. */
function cmsSnippet(tag, attributes) {
  const list = attributes
    .map(([name, value]) => {
      const written = value === true ? '' : escapeHtml(value);
      return name === 'lang' ? ` lang="${written}"` : ` data-${name}="${written}"`;
    })
    .join('');
  const lang = attributes.find(([name]) => name === 'lang')?.[1] === 'en' ? 'en' : 'de';
  const text = LOADING[tag]?.[lang] ?? '';
  return `<div data-ija="${escapeHtml(tag.replace(/^ija-/, ''))}"${list}>${escapeHtml(text)}</div>`;
}

function otherOrigin(url) {
  try {
    return new URL(url, location.href).origin !== location.origin;
  } catch {
    return true;
  }
}

/**
 * What the preview may load on this page: the demo's CSP allows this server only, and the demo sends
 * nothing to other hosts. Other addresses stay in the snippets but not in the preview.
 */
function previewAttributes(attributes) {
  const notes = [];
  const tiles = attributes.find(([name]) => name === 'tiles')?.[1] ?? optionsFields.querySelector('#opt-tiles')?.dataset.fallback;
  const kept = attributes.filter(([name, value]) => {
    if ((name === 'src' || name === 'api') && otherOrigin(value)) {
      notes.push(`Die Vorschau lädt keine Daten von anderen Servern; sie zeigt die eingebauten Inhalte statt „${value}“.`);
      return false;
    }
    if (name === 'consent' && tiles && otherOrigin(tiles)) {
      notes.push('Die Kartenkacheln kämen von einem anderen Server: Die Vorschau fragt deshalb vor dem Laden der Karte nach.');
      return false;
    }
    return true;
  });
  return { kept, notes };
}

function renderPreview() {
  clearTimeout(previewTimer);
  const tag = currentTag;
  const { kept, notes } = previewAttributes(chosenAttributes());
  const element = document.createElement(tag);
  for (const [name, value] of kept) element.setAttribute(name, value === true ? '' : value);
  preview.replaceChildren(element);
  // Only a changed text, so the live region does not repeat itself on every keystroke.
  const note = notes.join(' ');
  if (previewNote.textContent !== note) previewNote.textContent = note;
}

function fitRows(textarea) {
  const perLine = Math.max(20, Math.floor((textarea.clientWidth || 600) / 8.5));
  const rows = textarea.value.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
  textarea.rows = Math.min(12, Math.max(2, rows));
}

function renderSnippets() {
  const attributes = chosenAttributes();
  snippetHtml.value = htmlSnippet(currentTag, attributes);
  snippetCms.value = cmsSnippet(currentTag, attributes);
  fitRows(snippetHtml);
  fitRows(snippetCms);
}

function showSourceFields() {
  const source = selectedSource();
  document.getElementById('field-src').hidden = source !== 'src';
  document.getElementById('field-api').hidden = source !== 'api';
}

/**
 * On this demo the seeded agenda has its own id: filled in while the REST source is chosen, and taken out
 * again when another source is chosen (unless someone changed it). Emptied by hand, it stays empty.
 */
function fillDemoId() {
  const demo = DEMO_API_IDS[currentTag];
  const input = demo && optionsFields.querySelector(`#opt-${demo[0]}`);
  if (!input) return;
  const onDemoApi = selectedSource() === 'api' && apiInput.value.trim() === DEMO_API;
  const state = demoIdState.get(currentTag);
  if (onDemoApi && state === 'filled' && !input.value.trim()) demoIdState.set(currentTag, 'cleared');
  else if (onDemoApi && state === undefined && !input.value.trim()) {
    input.value = demo[1];
    demoIdState.set(currentTag, 'filled');
  } else if (!onDemoApi && state === 'filled') {
    if (input.value === demo[1]) input.value = '';
    demoIdState.delete(currentTag);
  }
}

function switchWidget(tag) {
  if (currentTag) {
    savedOptions.set(currentTag, readOptions());
    savedSrc.set(currentTag, srcInput.value);
  }
  currentTag = tag;
  srcInput.value = savedSrc.get(tag) ?? '';
  buildOptions(tag);
}

function update({ immediate }) {
  const tag = selectedTag();
  if (tag !== currentTag) switchWidget(tag);
  showSourceFields();
  fillDemoId();
  renderSnippets();
  if (immediate) renderPreview();
  else {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(renderPreview, 350);
  }
}

// Text fields: snippets at once, the preview when typing pauses; everything else at once.
form.addEventListener('input', (event) => update({ immediate: !(event.target instanceof HTMLInputElement && event.target.type === 'text') }));
form.addEventListener('change', () => update({ immediate: true }));
form.addEventListener('submit', (event) => event.preventDefault());
scriptInput.addEventListener('input', () => renderSnippets());

const statusTimers = new Map();
function announce(status, text) {
  clearTimeout(statusTimers.get(status));
  status.textContent = '';
  // A new text node after a pause, so the same message is announced again on a second copy.
  setTimeout(() => {
    status.textContent = text;
    statusTimers.set(status, setTimeout(() => (status.textContent = ''), 6000));
  }, 50);
}

async function copy(textarea, status) {
  try {
    await navigator.clipboard.writeText(textarea.value);
    announce(status, 'Kopiert');
  } catch {
    // No clipboard access (e.g. a page without https): select the text for Ctrl+C.
    textarea.focus();
    textarea.select();
    announce(status, 'Der Code ist markiert: Kopieren Sie ihn mit Strg+C (Mac: Befehlstaste+C).');
  }
}

for (const button of document.querySelectorAll('button[data-copy]')) {
  const textarea = document.getElementById(button.dataset.copy);
  const status = document.getElementById(`${button.dataset.copy}-status`);
  button.addEventListener('click', () => void copy(textarea, status));
}

function manifestElements(manifest) {
  const found = new Map();
  for (const module of manifest?.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName) found.set(declaration.tagName, declaration);
    }
  }
  return found;
}

async function start() {
  update({ immediate: true });
  try {
    const response = await fetch(MANIFEST_URL, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    elements = manifestElements(await response.json());
    if (elements.size === 0) throw new Error('no elements');
    optionsState.textContent = '';
    optionsState.hidden = true;
  } catch {
    optionsState.textContent =
      'Die Optionen konnten nicht geladen werden (custom-elements.json fehlt). Widget, Datenquelle und Sprache lassen sich trotzdem wählen.';
    optionsState.hidden = false;
  }
  // Rebuilt with the manifest's options; what was chosen meanwhile stays.
  savedOptions.set(currentTag, readOptions());
  buildOptions(currentTag);
  update({ immediate: true });
  form.dataset.ready = '';
}

void start();
