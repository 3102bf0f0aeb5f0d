import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import * as z from 'zod/mini';
import type { Messages } from '../../core/i18n/locales.js';
import { heading } from '../../base/heading.js';
import type { IjaAdapter } from '../../core/adapter/types.js';
import { PARTNER_CATEGORIES } from '../../core/schemas/constants.js';
import { JoinRequest } from '../../core/schemas/partner.js';
import { RECOMMENDED_PARTNER_TYPES } from '../../core/defaults/partner-types.js';
import { describeError } from '../../core/i18n/describe-error.js';
import { registerBuiltInMessages } from '../../core/i18n/locales.js';
import { partnerJoinMessages } from '../../core/i18n/messages/partner-join.js';
import { joinReference } from '../../core/join-reference.js';

registerBuiltInMessages('partnerJoin', partnerJoinMessages);

/** The join request form ("Mitmachen"): checked with the contract's own schema, field by field. */

/** In the order of the form (and of the error summary). `publish` is the consent checkbox: "true" when checked. */
export const JOIN_FIELDS = [
  'name',
  'category',
  'type',
  'contactName',
  'email',
  'phone',
  'website',
  'address',
  'offers',
  'description',
  'message',
  'publish',
] as const;
export type JoinField = (typeof JOIN_FIELDS)[number];
export type JoinValues = Partial<Record<JoinField | 'trap', string>>;

export type JoinState =
  | { status: 'editing'; errors: Partial<Record<JoinField, string>> }
  | { status: 'sending'; errors: Partial<Record<JoinField, string>> }
  /** `reference`: the request's short reference (see joinReference), shown on the receipt. */
  | { status: 'sent'; reference: string }
  | { status: 'failed'; errors: Partial<Record<JoinField, string>>; error: unknown };

const OPTIONAL: readonly JoinField[] = ['type', 'phone', 'website', 'address', 'offers', 'description', 'message'];
const TEXT_FIELDS = JOIN_FIELDS.filter((field) => field !== 'offers' && field !== 'publish');
const HINTS: Partial<Record<JoinField, 'addressHint' | 'offersHint'>> = { address: 'addressHint', offers: 'offersHint' };

/**
 * A web address as people type it: without a scheme (`www.jfv-sued.de`, `jfv-sued.de/jugend`) it gets
 * `https://`; `http://` and `https://` stay. Anything else with a scheme (`javascript:`, `mailto:`) stays as
 * typed, so that the contract's check refuses it; so does a text that does not look like a host name.
 */
export function normaliseWebsite(value: string): string {
  if (/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(value)) return value;
  return /^[^\s/:?#]+\.[^\s/:?#]+(?:[:/?#]\S*)?$/.test(value) ? `https://${value}` : value;
}

/** Offers as written, separated by commas or lines: the trimmed, non-empty items. */
export function splitOffers(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((offer) => offer.trim())
    .filter((offer) => offer !== '');
}

/** The request to send, or the message per field that is wrong. */
export function validateJoin(values: JoinValues, m: Messages, id: string): { request?: JoinRequest; errors: Partial<Record<JoinField, string>> } {
  const e = m.partnerJoin.errors;
  const input: Record<string, unknown> = { id };
  for (const field of TEXT_FIELDS) {
    const value = (values[field] ?? '').trim();
    if (value !== '') input[field] = field === 'website' ? normaliseWebsite(value) : value;
  }
  const offers = splitOffers(values.offers ?? '');
  if (offers.length > 0) input.offers = offers;
  const consent = values.publish === 'true';
  if (consent) input.publish = true;
  const result = z.safeParse(JoinRequest, input);
  const errors: Partial<Record<JoinField, string>> = {};
  if (!consent) errors.publish = e.publish;
  if (result.success) return Object.keys(errors).length > 0 ? { errors } : { request: result.data, errors };
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
  /** The level of the form's heading. */
  headingLevel: number;
  values: JoinValues;
  state: JoinState;
  onInput(field: JoinField | 'trap', value: string): void;
  onSubmit(): void;
}

export function renderJoinForm(m: Messages, o: JoinFormOptions): TemplateResult {
  const j = m.partnerJoin;
  if (o.state.status === 'sent') {
    return html`<div class="join-done" part="join" role="status" tabindex="-1">
      <p>${j.success}</p>
      <p>${j.reference} <bdi class="join-reference">${o.state.reference}</bdi></p>
      <p>${j.nextSteps}</p>
    </div>`;
  }
  const errors = o.state.errors;
  const errorCount = Object.keys(errors).length;
  const sending = o.state.status === 'sending';
  const labelFor = (field: JoinField) => html`${j[field]}${OPTIONAL.includes(field) ? html` <span class="muted">${j.optional}</span>` : nothing}`;
  const describe = (field: JoinField) => {
    const ids = [HINTS[field] ? `join-${field}-hint` : '', errors[field] ? `join-${field}-error` : ''].filter(Boolean);
    return ids.length > 0 ? ids.join(' ') : nothing;
  };
  const hint = (field: JoinField) => {
    const key = HINTS[field];
    return key ? html`<span class="muted join-hint" id="join-${field}-hint">${j[key]}</span>` : nothing;
  };
  const error = (field: JoinField) =>
    html`${hint(field)}${errors[field] ? html`<span class="field-error" id="join-${field}-error">${errors[field]}</span>` : nothing}`;
  const textarea = (field: JoinField, maxlength?: number) => html`<label class="join-label" for="join-${field}">${labelFor(field)}</label
    >${error(field)}
    <textarea
      id="join-${field}"
      name=${field}
      rows="4"
      maxlength=${maxlength ?? nothing}
      aria-invalid=${errors[field] ? 'true' : 'false'}
      aria-describedby=${describe(field)}
      .value=${live(o.values[field] ?? '')}
      @input=${(event: Event) => o.onInput(field, (event.target as HTMLTextAreaElement).value)}
    ></textarea>`;
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
    ${heading(o.headingLevel, { id: 'join-title' }, j.title)}
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
      <div class="join-field wide">${text('address', 'text', 'street-address')}</div>
      <div class="join-field wide">${textarea('offers')}</div>
      <div class="join-field wide">${textarea('description', 2000)}</div>
      <div class="join-field wide">${textarea('message', 2000)}</div>
      <fieldset class="join-field wide join-publish">
        <legend class="join-label">${j.publish}</legend>
        <ul class="join-public">
          <li>${j.publicFields}</li>
          <li>${j.privateFields}</li>
        </ul>
        ${error('publish')}
        <label class="join-check">
          <input
            id="join-publish"
            name="publish"
            type="checkbox"
            aria-invalid=${errors.publish ? 'true' : 'false'}
            aria-describedby=${describe('publish')}
            .checked=${live(o.values.publish === 'true')}
            @change=${(event: Event) => o.onInput('publish', (event.target as HTMLInputElement).checked ? 'true' : '')}
          />
          <span>${j.publishConsent}</span>
        </label>
      </fieldset>
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
 * `proceed` sees the checked request before it goes (the widget's cancelable event): false keeps the form as it is.
 */
export async function* sendJoinRequest(
  values: JoinValues,
  m: Messages,
  adapter: IjaAdapter,
  proceed: (request: JoinRequest) => boolean,
): AsyncGenerator<JoinStep> {
  if (values.trap) {
    yield { state: { status: 'sent', reference: joinReference(crypto.randomUUID()) } };
    return;
  }
  const { request, errors } = validateJoin(values, m, crypto.randomUUID());
  if (!request) {
    yield { state: { status: 'editing', errors }, focus: '.error-summary' };
    return;
  }
  if (!proceed(request)) {
    yield { state: { status: 'editing', errors: {} } };
    return;
  }
  yield { state: { status: 'sending', errors: {} } };
  try {
    await adapter.requestToJoin(request);
    yield { state: { status: 'sent', reference: joinReference(request.id) }, values: {}, focus: '.join-done' };
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
  .join-done p {
    margin: 0 0 0.5rem;
  }
  .join-done p:last-child {
    margin-block-end: 0;
    font-weight: 400;
  }
  .join-reference {
    font-family: ui-monospace, monospace;
    white-space: nowrap;
  }
  .join-publish {
    margin: 0;
    padding: 0.75rem;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
  }
  .join-publish legend {
    padding-inline: 0.25rem;
    font-weight: 600;
  }
  .join-public {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.25rem;
  }
  .join-check {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .join-check input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.1rem 0 0;
  }
  .join-done:focus {
    outline: 3px solid var(--_focus);
  }
`;
