import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import * as z from 'zod/mini';
import type { Messages } from '../../core/i18n/locales.js';
import type { IjaAdapter } from '../../core/adapter/types.js';
import { PARTNER_CATEGORIES } from '../../core/schemas/constants.js';
import { JoinRequest } from '../../core/schemas/partner.js';
import { RECOMMENDED_PARTNER_TYPES } from '../../core/defaults/partner-types.js';
import { describeError } from '../../core/i18n/describe-error.js';
import { registerBuiltInMessages } from '../../core/i18n/locales.js';
import { partnerJoinMessages } from '../../core/i18n/messages/partner-join.js';

registerBuiltInMessages('partnerJoin', partnerJoinMessages);

/** The join request form ("Mitmachen"): checked with the contract's own schema, field by field. */

export const JOIN_FIELDS = ['name', 'category', 'type', 'contactName', 'email', 'phone', 'website', 'message'] as const;
export type JoinField = (typeof JOIN_FIELDS)[number];
export type JoinValues = Partial<Record<JoinField | 'trap', string>>;

export type JoinState =
  | { status: 'editing'; errors: Partial<Record<JoinField, string>> }
  | { status: 'sending'; errors: Partial<Record<JoinField, string>> }
  | { status: 'sent' }
  | { status: 'failed'; errors: Partial<Record<JoinField, string>>; error: unknown };

const OPTIONAL: readonly JoinField[] = ['type', 'phone', 'website', 'message'];

/** The request to send, or the message per field that is wrong. */
export function validateJoin(values: JoinValues, m: Messages, id: string): { request?: JoinRequest; errors: Partial<Record<JoinField, string>> } {
  const e = m.partnerJoin.errors;
  const input: Record<string, string> = { id };
  for (const field of JOIN_FIELDS) {
    const value = (values[field] ?? '').trim();
    if (value !== '') input[field] = value;
  }
  const result = z.safeParse(JoinRequest, input);
  if (result.success) return { request: result.data, errors: {} };
  const errors: Partial<Record<JoinField, string>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as JoinField;
    if (errors[field]) continue;
    if (input[field] === undefined) errors[field] = e.required;
    else if (issue.code === 'too_big') errors[field] = e.tooLong;
    else if (field === 'email') errors[field] = e.email;
    else if (field === 'website') errors[field] = e.url;
    else if (field === 'phone') errors[field] = e.phone;
    else errors[field] = e.required;
  }
  return { errors };
}

export interface JoinFormOptions {
  values: JoinValues;
  state: JoinState;
  onInput(field: JoinField | 'trap', value: string): void;
  onSubmit(): void;
}

export function renderJoinForm(m: Messages, o: JoinFormOptions): TemplateResult {
  const j = m.partnerJoin;
  if (o.state.status === 'sent') {
    return html`<div class="join-done" part="join" role="status" tabindex="-1">${j.success}</div>`;
  }
  const errors = o.state.errors;
  const errorCount = Object.keys(errors).length;
  const sending = o.state.status === 'sending';
  const labelFor = (field: JoinField) => html`${j[field]}${OPTIONAL.includes(field) ? html` <span class="muted">${j.optional}</span>` : nothing}`;
  const describe = (field: JoinField) => (errors[field] ? `join-${field}-error` : nothing);
  const error = (field: JoinField) => (errors[field] ? html`<span class="field-error" id="join-${field}-error">${errors[field]}</span>` : nothing);
  const text = (field: JoinField, type = 'text', autocomplete = 'off') => html`<label class="join-label" for="join-${field}"
      >${labelFor(field)}</label
    >${error(field)}
    <input
      id="join-${field}"
      name=${field}
      type=${type}
      autocomplete=${autocomplete}
      maxlength="300"
      aria-invalid=${errors[field] ? 'true' : 'false'}
      aria-describedby=${describe(field)}
      .value=${live(o.values[field] ?? '')}
      @input=${(event: Event) => o.onInput(field, (event.target as HTMLInputElement).value)}
    />`;
  return html`<form
    class="join"
    part="join"
    novalidate
    aria-labelledby="join-title"
    @submit=${(event: Event) => {
      event.preventDefault();
      o.onSubmit();
    }}
  >
    <h3 id="join-title">${j.title}</h3>
    <p>${j.intro}</p>
    ${errorCount > 0
      ? html`<div class="error-summary" role="alert" tabindex="-1">
          <p>${j.fixErrors(errorCount)}</p>
          <ul>
            ${JOIN_FIELDS.filter((f) => errors[f]).map((f) => html`<li><a href="#join-${f}">${j[f]}: ${errors[f]}</a></li>`)}
          </ul>
        </div>`
      : nothing}
    ${o.state.status === 'failed'
      ? html`<p class="error-text" role="alert">${j.failed} ${describeError(o.state.error, m)}</p>`
      : nothing}
    <div class="join-grid">
      <div class="join-field">${text('name', 'text', 'organization')}</div>
      <div class="join-field">
        <label class="join-label" for="join-category">${labelFor('category')}</label>${error('category')}
        <select
          id="join-category"
          name="category"
          aria-invalid=${errors.category ? 'true' : 'false'}
          aria-describedby=${describe('category')}
          @change=${(event: Event) => o.onInput('category', (event.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${!o.values.category}></option>
          ${PARTNER_CATEGORIES.map(
            (c) => html`<option value=${c} ?selected=${o.values.category === c}>${m.partnerMap.categories[c]}</option>`,
          )}
        </select>
      </div>
      <div class="join-field">
        <label class="join-label" for="join-type">${labelFor('type')}</label>
        <select id="join-type" name="type" @change=${(event: Event) => o.onInput('type', (event.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!o.values.type}>${j.typeOther}</option>
          ${PARTNER_CATEGORIES.map(
            (c) => html`<optgroup label=${m.partnerMap.categories[c]}>
              ${RECOMMENDED_PARTNER_TYPES.filter((t) => t.category === c).map(
                (t) => html`<option value=${t.id} ?selected=${o.values.type === t.id}>${m.partnerMap.types[t.id] ?? t.label}</option>`,
              )}
            </optgroup>`,
          )}
        </select>
      </div>
      <div class="join-field">${text('contactName', 'text', 'name')}</div>
      <div class="join-field">${text('email', 'email', 'email')}</div>
      <div class="join-field">${text('phone', 'tel', 'tel')}</div>
      <div class="join-field">${text('website', 'url', 'url')}</div>
      <div class="join-field wide">
        <label class="join-label" for="join-message">${labelFor('message')}</label>${error('message')}
        <textarea
          id="join-message"
          name="message"
          rows="4"
          maxlength="2000"
          aria-invalid=${errors.message ? 'true' : 'false'}
          aria-describedby=${describe('message')}
          .value=${live(o.values.message ?? '')}
          @input=${(event: Event) => o.onInput('message', (event.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      <div class="trap" aria-hidden="true">
        <label
          >${j.trap}
          <input
            name="homepage"
            tabindex="-1"
            autocomplete="off"
            .value=${live(o.values.trap ?? '')}
            @input=${(event: Event) => o.onInput('trap', (event.target as HTMLInputElement).value)}
        /></label>
      </div>
    </div>
    <p class="muted">${j.privacy}</p>
    <button type="submit" class="button" ?disabled=${sending}>${sending ? j.sending : j.submit}</button>
  </form>`;
}

export interface JoinStep {
  state: JoinState;
  /** New form values (emptied once sent). */
  values?: JoinValues;
  /** What to focus after the update. */
  focus?: string;
}

/**
 * Checks and sends a join request, step by step (checking, sending, sent or failed); what was
 * typed stays on any failure. A filled spam trap gets the same thanks, and nothing is sent.
 */
export async function* sendJoinRequest(values: JoinValues, m: Messages, adapter: IjaAdapter): AsyncGenerator<JoinStep> {
  if (values.trap) {
    yield { state: { status: 'sent' } };
    return;
  }
  const { request, errors } = validateJoin(values, m, crypto.randomUUID());
  if (!request) {
    yield { state: { status: 'editing', errors }, focus: '.error-summary' };
    return;
  }
  yield { state: { status: 'sending', errors: {} } };
  try {
    await adapter.requestToJoin(request);
    yield { state: { status: 'sent' }, values: {}, focus: '.join-done' };
  } catch (error) {
    yield { state: { status: 'failed', errors: {}, error } };
  }
}

/** The join form's own rules, added to the widget with this code. */
export const joinStyles = css`
  .join {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  .join-grid {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.75rem;
  }
  @container ija (min-width: 36rem) {
    .join-grid {
      grid-template-columns: 1fr 1fr;
    }
    .join-field.wide {
      grid-column: 1 / -1;
    }
  }
  .join-field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    min-inline-size: 0;
  }
  .join-field select {
    max-inline-size: 100%;
  }
  /* Addresses read left to right in every language, as the browser already does for the phone field. */
  .join-field :is([type='email'], [type='url']) {
    direction: ltr;
  }
  .join-label {
    font-size: 0.9em;
  }
  .field-error {
    color: var(--_danger);
    font-weight: 600;
  }
  .error-summary {
    padding: 0.75rem;
    border: 3px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .error-summary ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .error-summary a {
    color: var(--_danger);
  }
  .trap {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .join-done {
    padding: var(--_space);
    border: 2px solid var(--_success);
    border-radius: var(--_radius);
    font-weight: 600;
  }
  .join-done:focus {
    outline: 3px solid var(--_focus);
  }
`;
