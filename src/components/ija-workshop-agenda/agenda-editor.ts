import { html, nothing, type TemplateResult } from 'lit';
import { describeError } from '../../core/i18n/describe-error.js';
import type { Messages } from '../../core/i18n/locales.js';
import { AGENDA_ITEM_TYPES } from '../../core/schemas/constants.js';
import type { AgendaItem } from '../../core/schemas/agenda.js';
import { durationOf } from './agenda-time.js';
import { MAX_DURATION, MIN_DURATION } from './agenda-edit.js';
import { registerBuiltInMessages } from '../../core/i18n/locales.js';
import { agendaEditMessages } from '../../core/i18n/messages/agenda-edit.js';

registerBuiltInMessages('agendaEdit', agendaEditMessages);

/** Edit mode is loaded on demand as one module: these controls and the edits they make. */
export { addItem, moveItem, removeItem, setDuration, setPinned, UndoStack } from './agenda-edit.js';

/** The organiser's controls: the toolbar (undo, save or download), per-item controls, the add form. */

export type SaveState = { status: 'idle' | 'saving' | 'saved' } | { status: 'failed'; error: unknown };

export interface ToolbarOptions {
  canUndo: boolean;
  dirty: boolean;
  writable: boolean;
  saveState: SaveState;
  onUndo(): void;
  onSave(): void;
  onDownload(): void;
}

export function renderEditToolbar(m: Messages, o: ToolbarOptions): TemplateResult {
  const e = m.agendaEdit;
  const saving = o.saveState.status === 'saving';
  return html`<div class="toolbar" part="toolbar" role="group" aria-label=${e.toolbar}>
    <button type="button" class="button secondary" ?disabled=${!o.canUndo} @click=${o.onUndo}>${e.undo}</button>
    ${o.writable
      ? html`<button type="button" class="button" ?disabled=${!o.dirty || saving} @click=${o.onSave}>
          ${saving ? e.saving : o.saveState.status === 'failed' ? m.common.retry : e.save}
        </button>`
      : html`<button type="button" class="button" @click=${o.onDownload}>${e.downloadJson}</button>
          <span class="hint">${e.downloadHint}</span>`}
    <span class="save-status" role="status">
      ${o.saveState.status === 'failed'
        ? html`<span class="error-text">${e.saveFailed} ${describeError(o.saveState.error, m)}</span>`
        : o.saveState.status === 'saved'
          ? e.saved
          : o.dirty && o.writable
            ? e.unsaved
            : nothing}
    </span>
  </div>`;
}

export interface ItemControlOptions {
  first: boolean;
  last: boolean;
  onMove(delta: -1 | 1): void;
  onDuration(minutes: number): void;
  onPinned(pinned: boolean): void;
  onRemove(): void;
}

export function renderEditControls(m: Messages, item: AgendaItem, o: ItemControlOptions): TemplateResult {
  const e = m.agendaEdit;
  const pinned = item.pinned === true;
  const onKeydown = (event: KeyboardEvent) => {
    if (pinned) return;
    if (event.key === 'ArrowUp' && !o.first) o.onMove(-1);
    else if (event.key === 'ArrowDown' && !o.last) o.onMove(1);
    else return;
    event.preventDefault();
  };
  return html`<div class="edit-controls">
    <button type="button" class="icon-button handle" aria-label=${e.dragHandle(item.title)} ?disabled=${pinned} @keydown=${onKeydown}>
      <span aria-hidden="true">⠿</span>
    </button>
    <button type="button" class="icon-button" aria-label=${e.moveUp(item.title)} ?disabled=${pinned || o.first} @click=${() => o.onMove(-1)}>
      <span aria-hidden="true">↑</span>
    </button>
    <button type="button" class="icon-button" aria-label=${e.moveDown(item.title)} ?disabled=${pinned || o.last} @click=${() => o.onMove(1)}>
      <span aria-hidden="true">↓</span>
    </button>
    <label class="field duration-field"
      >${e.durationLabel}
      <input
        type="number"
        inputmode="numeric"
        min=${MIN_DURATION}
        max=${MAX_DURATION}
        step="5"
        .value=${String(Math.max(0, durationOf(item)))}
        @change=${(event: Event) => {
          const value = Number((event.target as HTMLInputElement).value);
          if (Number.isFinite(value) && value > 0) o.onDuration(value);
        }}
    /></label>
    <label class="check"
      ><input type="checkbox" .checked=${pinned} @change=${(event: Event) => o.onPinned((event.target as HTMLInputElement).checked)} />
      ${e.pinLabel}</label
    >
    <button type="button" class="button secondary remove" @click=${o.onRemove}>
      <span aria-hidden="true">✕</span><span class="visually-hidden">${e.remove(item.title)}</span>
    </button>
  </div>`;
}

export interface AddFormOptions {
  error: string;
  onAdd(form: HTMLFormElement): void;
}

export function renderAddForm(m: Messages, o: AddFormOptions): TemplateResult {
  const e = m.agendaEdit;
  return html`<form
    class="add-form"
    novalidate
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      o.onAdd(event.currentTarget as HTMLFormElement);
    }}
  >
    <fieldset>
      <legend>${e.add}</legend>
      <label class="field"
        >${e.newTitle}
        <input
          name="title"
          maxlength="200"
          autocomplete="off"
          aria-invalid=${o.error ? 'true' : 'false'}
          aria-describedby=${o.error ? 'add-error' : nothing}
      /></label>
      <label class="field"
        >${e.newType}
        <select name="type">
          ${AGENDA_ITEM_TYPES.map((type) => html`<option value=${type} ?selected=${type === 'other'}>${m.agenda.itemTypes[type]}</option>`)}
        </select></label
      >
      <label class="field"
        >${e.newDuration}
        <input name="duration" type="number" inputmode="numeric" min=${MIN_DURATION} max=${MAX_DURATION} step="5" value="30"
      /></label>
      ${o.error ? html`<p id="add-error" class="error-text">${o.error}</p>` : nothing}
      <button type="submit" class="button">${e.add}</button>
    </fieldset>
  </form>`;
}
