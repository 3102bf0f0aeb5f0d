// The embed-code generator: options from the Custom Elements Manifest, a live preview, two snippets.
// User input only ever reaches the page through setAttribute and textContent, never as markup.
// German by default; einbinden.html?lang=en is the same page in English (texts: einbinden-texte.js).

import { TEXTS, WIDGET_LANGUAGES } from './einbinden-texte.js';
import { builtInChoices, choicesFromPartners, loadPartners } from './einbinden-auswahl.js';

const MANIFEST_URL = '/dist/custom-elements.json';

const pageLang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'de';
const t = TEXTS[pageLang];

/** Attributes with their own controls on this page (data source, language, theme). */
const COVERED = new Set(['src', 'api', 'lang', 'theme']);

/** Pre-filters chosen from the data; `other` where the element takes any value (a type, an offer). */
const DATA_CHOICES = {
  'ija-partner-map': { category: { from: 'groups' }, type: { from: 'types', other: true }, offer: { from: 'offers', other: true } },
};

/** A first view that needs an on/off attribute too: the element shows the view only when it is offered. */
const IMPLIED = { 'ija-partner-map': { view: { join: 'join', admin: 'admin' } } };

/** The select entry that reveals the free-text field of a data choice. */
const OTHER = '\u2026other';

/** This demo server's ids where they differ from the widgets' built-in ones (see server/seed.ts). */
const DEMO_API_IDS = { 'ija-workshop-agenda': ['agenda-id', 'werkstattgespraech'] };
const DEMO_API = '/api';

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
const choicesNote = document.getElementById('choices-note');

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
/** The partner map's pre-filter choices, and which source they are for. */
let choices = builtInChoices();
let choicesFor = '';
let choicesRequest;

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

/** Which control an attribute gets, from its type in the manifest (or from the data, for pre-filters). */
function controlFor(tag, attribute, attributeNames) {
  const fromData = DATA_CHOICES[tag]?.[attribute.name];
  if (fromData) return { kind: 'choice', ...fromData };
  const parts = String(attribute.type?.text ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter(Boolean);
  const optional = parts.some((part) => part === 'undefined' || part === 'null');
  const kinds = parts.filter((part) => part !== 'undefined' && part !== 'null');
  let fallback = unquote(attribute.default);
  if (fallback === undefined) fallback = /`([\w-]+)`\s*\(default\)/.exec(attribute.description ?? '')?.[1];

  if (kinds.length === 1 && kinds[0] === 'boolean') return { kind: 'checkbox' };
  if (kinds.length === 1 && kinds[0] === 'number') return { kind: 'number', fallback: attribute.default };
  if (kinds.length > 0 && kinds.every((part) => unquote(part) !== undefined)) {
    return { kind: 'select', values: kinds.map(unquote), fallback: optional ? undefined : fallback };
  }
  // A named type (PartnerView, BoardView) is not spelled out in the manifest; its description lists every value
  // (a value may share its name with an attribute: the partner map's `join` view and `join` attribute).
  const named = backticked(attribute.description, new Set());
  if (kinds.length === 1 && /^[A-Z]\w*$/.test(kinds[0]) && named.length >= 2) {
    return { kind: 'select', values: named, fallback: named.includes(fallback) ? fallback : undefined };
  }
  const listed = backticked(attribute.description, attributeNames);
  return { kind: 'text', suggestions: listed.length >= 2 ? listed : [], fallback };
}

/** Text with `code`, **bold** and [links](#anchor), built as nodes. */
function richText(parent, text) {
  String(text ?? '')
    .split(/(`[^`]+`|\*\*[^*]+\*\*|\[[^\]]+\]\(#[\w-]+\))/)
    .forEach((piece) => {
      if (!piece) return;
      const link = /^\[([^\]]+)\]\((#[\w-]+)\)$/.exec(piece);
      let node;
      if (link) {
        node = document.createElement('a');
        node.href = link[2];
        node.textContent = link[1];
      } else if (/^`[^`]+`$/.test(piece)) {
        node = document.createElement('code');
        node.textContent = piece.slice(1, -1);
      } else if (/^\*\*[^*]+\*\*$/.test(piece)) {
        node = document.createElement('strong');
        node.textContent = piece.slice(2, -2);
      }
      parent.append(node ?? piece);
    });
}

/** The generator's words for an attribute of the current widget, if it has any. */
function wordsFor(name) {
  return t.attributes[currentTag]?.[name];
}

function labelFor(name) {
  const label = document.createElement('label');
  label.htmlFor = `opt-${name}`;
  const code = document.createElement('code');
  code.textContent = name;
  const words = wordsFor(name);
  if (words) label.append(`${words.label} (`, code, ')');
  else label.append(code);
  return label;
}

function hintFor(attribute, control) {
  const hint = document.createElement('p');
  hint.className = 'embed-hint';
  hint.id = `hint-${attribute.name}`;
  const words = wordsFor(attribute.name);
  if (words) {
    if (words.hint) richText(hint, words.hint);
  } else if (attribute.description) {
    // An attribute added after these texts: the manifest's (English) description.
    const text = document.createElement('span');
    text.lang = 'en';
    richText(text, attribute.description.replace(/\s+/g, ' ').trim());
    hint.append(text);
  }
  if ((control.kind === 'text' || control.kind === 'number') && control.fallback) {
    const code = document.createElement('code');
    code.textContent = control.fallback;
    hint.append(hint.childNodes.length > 0 ? ` – ${t.ui.defaultHint} ` : `${t.ui.defaultHint} `, code);
  }
  return hint.childNodes.length > 0 ? hint : undefined;
}

/** "Karte (map)": the value's name on this page and what the snippet says. */
function valueText(name, value) {
  const word = wordsFor(name)?.values?.[value];
  return word ? `${word} (${value})` : value;
}

/** A data choice's name: a group's or recommended type's name in the page's language, else the value itself. */
function choiceText(from, choice) {
  const word = from === 'groups' ? t.groups[choice.value] : from === 'types' ? t.types[choice.value] : undefined;
  const text = word ? `${word} (${choice.value})` : choice.value;
  return choice.count === undefined ? text : `${text} – ${choice.count}`;
}

/** The type choices that fit the chosen group (a type of another group would show nobody). */
function typesFor(group) {
  return choices.types.filter((choice) => !group || !choice.group || choice.group === group);
}

/** Fills a data choice's select from the current choices, keeping `value` (or putting it into "other"). */
function fillChoice(field, value) {
  const name = field.dataset.attribute;
  const { from, other } = DATA_CHOICES[currentTag][name];
  const select = field.querySelector('select');
  const otherInput = field.querySelector('input');
  const list = from === 'types' ? typesFor(optionsFields.querySelector('#opt-category')?.value) : choices[from];
  const options = [new Option(t.ui.notSet, '')];
  if (from === 'types') {
    const groups = new Map();
    for (const choice of list) {
      const key = choice.group ?? '';
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(new Option(choiceText(from, choice), choice.value));
    }
    for (const [group, items] of groups) {
      const optgroup = document.createElement('optgroup');
      optgroup.label = group ? t.groups[group] : t.otherTypes;
      optgroup.append(...items);
      options.push(optgroup);
    }
  } else options.push(...list.map((choice) => new Option(choiceText(from, choice), choice.value)));
  if (other) options.push(new Option(t.ui.other, OTHER));
  // "Other" stays chosen while its field is still empty.
  const wasOther = select.value === OTHER;
  select.replaceChildren(...options);
  const listed = list.some((choice) => choice.value === value);
  select.value = listed ? value : other && (value || wasOther) ? OTHER : '';
  if (otherInput) {
    otherInput.value = select.value === OTHER ? value : '';
    otherInput.closest('.embed-other').hidden = select.value !== OTHER;
  }
}

/** The value a data choice stands for: its select's, or the text typed under "other". */
function choiceValue(field) {
  const select = field.querySelector('select');
  return select.value === OTHER ? field.querySelector('input').value : select.value;
}

function choiceControl(field, attribute, control) {
  const select = document.createElement('select');
  field.append(select);
  if (!control.other) return select;
  const wrapper = document.createElement('div');
  wrapper.className = 'embed-other';
  const label = document.createElement('label');
  label.htmlFor = `opt-${attribute.name}-other`;
  const code = document.createElement('code');
  code.textContent = attribute.name;
  label.append(`${t.ui.otherLabel} `, code);
  const input = document.createElement('input');
  input.type = 'text';
  input.id = `opt-${attribute.name}-other`;
  input.autocomplete = 'off';
  input.spellcheck = false;
  wrapper.append(label, input);
  field.append(wrapper);
  return select;
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
  } else if (control.kind === 'choice') {
    input = choiceControl(field, attribute, control);
  } else if (control.kind === 'select') {
    input = document.createElement('select');
    if (control.fallback === undefined) input.append(new Option(t.ui.notSet, ''));
    for (const value of control.values) {
      const isDefault = value === control.fallback;
      input.append(new Option(isDefault ? `${valueText(attribute.name, value)} – ${t.ui.isDefault}` : valueText(attribute.name, value), isDefault ? '' : value));
    }
    input.value = typeof saved === 'string' && control.values.includes(saved) ? saved : '';
  } else {
    input = document.createElement('input');
    input.type = control.kind === 'number' ? 'number' : 'text';
    input.autocomplete = 'off';
    input.spellcheck = false;
    input.value = typeof saved === 'string' ? saved : '';
    if (control.fallback) input.dataset.fallback = control.fallback;
    if (control.kind === 'number') {
      input.inputMode = 'numeric';
      input.min = '0';
    }
    if (control.suggestions?.length > 0) {
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
  } else if (control.kind === 'choice') {
    field.prepend(labelFor(attribute.name));
  } else field.prepend(labelFor(attribute.name), input);
  // A data choice's hint belongs to its list; the "other" field below has its own label.
  if (hint && control.kind === 'choice') input.after(hint);
  else if (hint) field.append(hint);
  if (control.kind === 'choice') fillChoice(field, typeof saved === 'string' ? saved : '');
  return field;
}

function inputValue(field) {
  if (field.dataset.kind === 'choice') return choiceValue(field);
  const input = field.querySelector('input, select');
  return input.type === 'checkbox' ? input.checked : input.value;
}

function readOptions() {
  const values = {};
  for (const field of optionsFields.querySelectorAll('[data-attribute]')) values[field.dataset.attribute] = inputValue(field);
  return values;
}

function buildOptions(tag) {
  const declaration = elements.get(tag);
  optionsTag.textContent = tag;
  optionsFields.replaceChildren();
  const hasTheme = !declaration || (declaration.attributes ?? []).some((attribute) => attribute.name === 'theme');
  themeField.hidden = !hasTheme;
  choicesNote.hidden = !DATA_CHOICES[tag];
  if (!declaration) return;
  const attributes = (declaration.attributes ?? []).filter((attribute) => attribute.name && !COVERED.has(attribute.name));
  const names = new Set((declaration.attributes ?? []).map((attribute) => attribute.name));
  const saved = savedOptions.get(tag) ?? {};
  for (const attribute of attributes) {
    optionsFields.append(optionControl(attribute, controlFor(tag, attribute, names), saved[attribute.name]));
  }
  optionsState.textContent = attributes.length === 0 ? t.ui.noOptions : '';
  optionsState.hidden = attributes.length > 0;
}

function selectedTag() {
  return form.elements.namedItem('widget').value || 'ija-partner-map';
}

function selectedSource() {
  return form.elements.namedItem('source').value || 'builtin';
}

/** The on/off attributes the chosen first view needs, e.g. `join` for the join form. */
function impliedAttributes() {
  const implied = new Set();
  for (const [name, byValue] of Object.entries(IMPLIED[currentTag] ?? {})) {
    const value = optionsFields.querySelector(`#opt-${name}`)?.value;
    if (byValue[value]) implied.add(byValue[value]);
  }
  return implied;
}

/** Shows an implied attribute's checkbox ticked and fixed; gives it back as it was once no longer implied. */
function showImplied(implied) {
  for (const input of optionsFields.querySelectorAll('[data-kind="checkbox"] input')) {
    const fixed = implied.has(input.name);
    if (fixed && !input.disabled) {
      input.dataset.before = String(input.checked);
      input.checked = true;
    } else if (!fixed && input.disabled) input.checked = input.dataset.before === 'true';
    input.disabled = fixed;
  }
}

/** The attributes as chosen, in snippet order: data source, options, language, theme. `true` = boolean. */
function chosenAttributes() {
  const attributes = [];
  const implied = impliedAttributes();
  const source = selectedSource();
  if (source === 'src' && srcInput.value.trim()) attributes.push(['src', srcInput.value.trim()]);
  if (source === 'api' && apiInput.value.trim()) attributes.push(['api', apiInput.value.trim()]);
  for (const field of optionsFields.querySelectorAll('[data-attribute]')) {
    const name = field.dataset.attribute;
    const value = inputValue(field);
    if (value === true || implied.has(name)) attributes.push([name, true]);
    if (typeof value !== 'string') continue;
    const trimmed = value.trim();
    if (trimmed && trimmed !== field.querySelector('input, select').dataset.fallback) attributes.push([name, trimmed]);
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

/** The placeholder's text until the widget is there, in the widget's language (German when it follows the page). */
function loadingText(tag, lang = 'de') {
  return TEXTS[lang]?.loading[tag] ?? WIDGET_LANGUAGES.find(({ code }) => code === lang)?.loading ?? TEXTS.de.loading[tag];
}

/** `lang` stays as it is on the placeholder (the loader keeps it); every other attribute becomes `data-NAME`. */
function cmsSnippet(tag, attributes) {
  const list = attributes
    .map(([name, value]) => {
      const written = value === true ? '' : escapeHtml(value);
      return name === 'lang' ? ` lang="${written}"` : ` data-${name}="${written}"`;
    })
    .join('');
  const text = loadingText(tag, attributes.find(([name]) => name === 'lang')?.[1]);
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
      notes.push(t.ui.previewOtherHost(value));
      return false;
    }
    if (name === 'consent' && tiles && otherOrigin(tiles)) {
      notes.push(t.ui.previewTiles);
      return false;
    }
    return true;
  });
  const view = attributes.find(([name]) => name === 'view')?.[1];
  if (currentTag === 'ija-partner-map' && view === 'join' && !attributes.some(([name]) => name === 'api')) notes.push(t.ui.previewJoin);
  if (currentTag === 'ija-partner-map' && view === 'admin') notes.push(t.ui.previewAdmin);
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

/** Where the partner map's data comes from, as a key: `builtin`, or the source and its address on this server. */
function choicesSource() {
  const source = selectedSource();
  const url = (source === 'src' ? srcInput.value : source === 'api' ? apiInput.value : '').trim();
  if (!url) return { key: 'builtin' };
  if (otherOrigin(url)) return { key: 'other-host' };
  return { key: `${source} ${url}`, source, url };
}

function showChoices(key, next, note) {
  choices = next;
  form.dataset.choices = key;
  if (choicesNote.textContent !== note) choicesNote.textContent = note;
  for (const field of optionsFields.querySelectorAll('[data-kind="choice"]')) fillChoice(field, choiceValue(field));
}

/**
 * The pre-filter choices for the chosen source: the factsheet's for built-in content (and for what this
 * page may not or cannot read), else what the source's partners hold. The type list follows the group.
 */
function refreshChoices() {
  const { key, source, url } = choicesSource();
  if (key === choicesFor) {
    const type = optionsFields.querySelector('[data-attribute="type"]');
    if (type) fillChoice(type, choiceValue(type));
    return;
  }
  choicesFor = key;
  choicesRequest?.abort();
  if (!source) {
    showChoices(key, builtInChoices(), key === 'other-host' ? t.ui.choicesOtherHost : t.ui.choicesBuiltIn);
    return;
  }
  const request = (choicesRequest = new AbortController());
  choicesNote.textContent = t.ui.choicesLoading;
  loadPartners(source, url, request.signal).then(
    (partners) => {
      if (request.signal.aborted) return;
      showChoices(key, choicesFromPartners(partners), t.ui.choicesFromData(partners.length));
      renderSnippets();
    },
    () => {
      if (request.signal.aborted) return;
      showChoices(key, builtInChoices(), t.ui.choicesFailed);
      renderSnippets();
    },
  );
}

/** The English page: every marked text from `en.page`; the demo site around the generator stays German. */
function translatePage() {
  const switchLink = document.getElementById('page-language');
  if (pageLang !== 'en') return;
  document.documentElement.lang = 'en';
  for (const element of document.querySelectorAll('[data-t]')) {
    const text = t.page[element.dataset.t];
    if (text === undefined) continue;
    element.replaceChildren();
    richText(element, text);
  }
  for (const site of document.querySelectorAll('[data-site]')) site.lang = 'de';
  switchLink.textContent = 'Deutsch';
  switchLink.lang = 'de';
  switchLink.hreflang = 'de';
  switchLink.href = location.pathname;
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
  if (DATA_CHOICES[currentTag]) refreshChoices();
  showImplied(impliedAttributes());
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
    announce(status, t.ui.copied);
  } catch {
    // No clipboard access (e.g. a page without https): select the text for Ctrl+C.
    textarea.focus();
    textarea.select();
    announce(status, t.ui.selectToCopy);
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
  translatePage();
  for (const { code, name } of WIDGET_LANGUAGES) {
    const option = new Option(`${name} (${code})`, code);
    option.lang = code;
    langSelect.append(option);
  }
  optionsState.textContent = t.ui.optionsLoading;
  update({ immediate: true });
  try {
    const response = await fetch(MANIFEST_URL, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    elements = manifestElements(await response.json());
    if (elements.size === 0) throw new Error('no elements');
    optionsState.textContent = '';
    optionsState.hidden = true;
  } catch {
    optionsState.textContent = t.ui.optionsFailed;
    optionsState.hidden = false;
  }
  // Rebuilt with the manifest's options; what was chosen meanwhile stays.
  savedOptions.set(currentTag, readOptions());
  buildOptions(currentTag);
  update({ immediate: true });
  form.dataset.ready = '';
}

void start();
