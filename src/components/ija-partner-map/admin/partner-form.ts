import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { heading } from '../../../base/heading.js';
import * as z from 'zod/mini';
import type { Messages } from '../../../core/i18n/locales.js';
import { PARTNER_CATEGORIES } from '../../../core/schemas/constants.js';
import { Partner, type StoredJoinRequest } from '../../../core/schemas/partner.js';
import { RECOMMENDED_PARTNER_TYPES } from '../../../core/defaults/partner-types.js';
import { safeHref } from '../../../core/safe-url.js';
import { freeSlug } from '../../../core/slug.js';
import { normaliseWebsite, splitOffers } from '../partner-join-form.js';

/** The organiser's form for one partner entry: new, edited, or completed from a join request. */

export const PARTNER_FIELDS = [
  'name',
  'category',
  'type',
  'description',
  'address',
  'website',
  'email',
  'phone',
  'offers',
  'lat',
  'lng',
  'activeInIja',
  'confirmedAt',
  'publish',
] as const;
export type PartnerField = (typeof PARTNER_FIELDS)[number];
/** What the form holds, as typed; checkboxes are "true" or "". */
export type PartnerValues = Partial<Record<PartnerField, string>>;
export type PartnerErrors = Partial<Record<PartnerField, string>>;

const TEXT_FIELDS = ['name', 'category', 'type', 'description', 'address', 'website', 'email', 'phone', 'confirmedAt'] as const;

/** Today as the calendar date the contract stores (the organiser's own day). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const coordinateText = (value: number) => String(value);

export function valuesFromPartner(partner: Partner): PartnerValues {
  return {
    name: partner.name,
    category: partner.category,
    type: partner.type ?? '',
    description: partner.description ?? '',
    address: partner.address ?? '',
    website: partner.website ?? '',
    email: partner.email ?? '',
    phone: partner.phone ?? '',
    offers: (partner.offers ?? []).join('\n'),
    lat: partner.location ? coordinateText(partner.location.lat) : '',
    lng: partner.location ? coordinateText(partner.location.lng) : '',
    activeInIja: partner.activeInIja === false ? '' : 'true',
    confirmedAt: partner.confirmedAt ?? '',
  };
}

/**
 * A request's public part becomes the entry; contact name, e-mail and phone stay with the request (the
 * join form told the organisation they are not published). Confirmed today: the organisation just said so.
 */
export function valuesFromRequest(request: StoredJoinRequest, now = new Date()): PartnerValues {
  return {
    name: request.name,
    category: request.category,
    type: request.type ?? '',
    description: request.description ?? '',
    address: request.address ?? '',
    website: request.website ?? '',
    offers: (request.offers ?? []).join('\n'),
    activeInIja: 'true',
    confirmedAt: today(now),
    publish: request.publish ? 'true' : '',
  };
}

/** A coordinate as people type it: "51,5136" or "51.5136"; undefined when it is not a number. */
export function parseCoordinate(text: string): number | undefined {
  const normal = text.trim().replace(',', '.');
  if (!/^[+-]?\d+(\.\d+)?$/.test(normal)) return undefined;
  return Number(normal);
}

/** A readable id from the name ("Jugendring Süd" -> "jugendring-sued"), not one of `taken`. */
export function partnerId(name: string, taken: ReadonlySet<string>): string {
  return freeSlug(name, taken, 'partner');
}

/**
 * The entry to store, or the message per field that is wrong. The contract's own schema decides;
 * `requirePublish` (accepting a request) also needs the consent box.
 */
export function validatePartner(
  values: PartnerValues,
  id: string,
  m: Messages,
  requirePublish: boolean,
): { partner?: Partner; errors: PartnerErrors } {
  const e = m.partnerAdmin.errors;
  const input: Record<string, unknown> = { id };
  for (const field of TEXT_FIELDS) {
    const value = (values[field] ?? '').trim();
    if (value !== '') input[field] = field === 'website' ? normaliseWebsite(value) : value;
  }
  const offers = splitOffers(values.offers ?? '');
  if (offers.length > 0) input['offers'] = offers;
  if (values.activeInIja !== 'true') input['activeInIja'] = false;
  const errors: PartnerErrors = {};
  const latText = (values.lat ?? '').trim();
  const lngText = (values.lng ?? '').trim();
  if (latText !== '' || lngText !== '') {
    const lat = parseCoordinate(latText);
    const lng = parseCoordinate(lngText);
    if (lat === undefined || Math.abs(lat) > 90) errors.lat = e.coordinate;
    if (lng === undefined || Math.abs(lng) > 180) errors.lng = e.coordinate;
    if (lat !== undefined && lng !== undefined) input['location'] = { lat, lng };
  }
  if (requirePublish && values.publish !== 'true') errors.publish = e.publish;
  const result = z.safeParse(Partner, input);
  if (result.success) return Object.keys(errors).length > 0 ? { errors } : { partner: result.data, errors };
  for (const issue of result.error.issues) {
    const top = issue.path[0] as string;
    const field = (top === 'location' ? (issue.path[1] === 'lng' ? 'lng' : 'lat') : top) as PartnerField;
    if (errors[field]) continue;
    if (field === 'lat' || field === 'lng') errors[field] = e.coordinate;
    else if (input[field] === undefined) errors[field] = e.required;
    else if (issue.code === 'too_big') errors[field] = e.tooLong;
    else if (field === 'email') errors[field] = e.email;
    else if (field === 'website') errors[field] = e.url;
    else if (field === 'phone') errors[field] = e.phone;
    else if (field === 'confirmedAt') errors[field] = e.date;
    else errors[field] = e.required;
  }
  return { errors };
}

export interface PartnerFormOptions {
  /** The level of the form's heading. */
  headingLevel: number;
  title: string;
  values: PartnerValues;
  errors: PartnerErrors;
  saving: boolean;
  submitLabel: string;
  /** The request being accepted: its contact details are shown (not part of the entry). */
  request?: StoredJoinRequest;
  requestSummary?: string;
  /** Shown above the buttons when the last save failed. */
  failure?: string;
  /** The location area (map, geocoder), rendered by its own controller. */
  location: TemplateResult;
  /** The delete area for an existing entry. */
  remove?: TemplateResult;
  onInput(field: PartnerField, value: string): void;
  onSubmit(): void;
  onCancel(): void;
}

export function renderPartnerForm(m: Messages, o: PartnerFormOptions): TemplateResult {
  const a = m.partnerAdmin;
  const j = m.partnerJoin;
  const p = m.partnerMap;
  const labels: Record<PartnerField, string> = {
    name: j.name,
    category: j.category,
    type: j.type,
    description: j.description,
    address: j.address,
    website: j.website,
    email: j.email,
    phone: j.phone,
    offers: j.offers,
    lat: a.latitude,
    lng: a.longitude,
    activeInIja: a.activeInIja,
    confirmedAt: a.confirmedAt,
    publish: j.publish,
  };
  const errors = o.errors;
  const errorCount = Object.keys(errors).length;
  const error = (field: PartnerField) =>
    errors[field] ? html`<span class="field-error" id="pf-${field}-error">${errors[field]}</span>` : nothing;
  const described = (field: PartnerField, hint?: string) => {
    const ids = [hint ?? '', errors[field] ? `pf-${field}-error` : ''].filter(Boolean);
    return ids.length > 0 ? ids.join(' ') : nothing;
  };
  const input = (field: PartnerField, type = 'text', extra: { hint?: string; inputmode?: string } = {}) => html`<div class="join-field">
    <label class="join-label" for="pf-${field}">${labels[field]}</label>${error(field)}
    <input
      id="pf-${field}"
      name=${field}
      type=${type}
      inputmode=${extra.inputmode ?? nothing}
      autocomplete="off"
      aria-invalid=${errors[field] ? 'true' : 'false'}
      aria-describedby=${described(field, extra.hint)}
      .value=${live(o.values[field] ?? '')}
      @input=${(event: Event) => o.onInput(field, (event.target as HTMLInputElement).value)}
    />
  </div>`;
  const textarea = (field: PartnerField, hint?: TemplateResult) => html`<div class="join-field wide">
    <label class="join-label" for="pf-${field}">${labels[field]}</label>${hint ?? nothing}${error(field)}
    <textarea
      id="pf-${field}"
      name=${field}
      rows="3"
      aria-invalid=${errors[field] ? 'true' : 'false'}
      aria-describedby=${described(field, hint ? `pf-${field}-hint` : undefined)}
      .value=${live(o.values[field] ?? '')}
      @input=${(event: Event) => o.onInput(field, (event.target as HTMLTextAreaElement).value)}
    ></textarea>
  </div>`;
  const check = (field: PartnerField, label: string) => html`<label class="join-check">
    <input
      id="pf-${field}"
      name=${field}
      type="checkbox"
      aria-invalid=${errors[field] ? 'true' : 'false'}
      aria-describedby=${described(field)}
      .checked=${live(o.values[field] === 'true')}
      @change=${(event: Event) => o.onInput(field, (event.target as HTMLInputElement).checked ? 'true' : '')}
    />
    <span>${label}</span>
  </label>`;
  const type = o.values.type ?? '';
  const knownType = type === '' || RECOMMENDED_PARTNER_TYPES.some((t) => t.id === type);
  const request = o.request;
  return html`<form
    class="join admin-form"
    novalidate
    aria-labelledby="pf-title"
    @submit=${(event: Event) => {
      event.preventDefault();
      o.onSubmit();
    }}
  >
    ${heading(o.headingLevel, { id: 'pf-title', class: 'admin-title', tabindex: -1 }, o.title)}
    ${request
      ? html`<div class="request-box">
          <p><strong>${o.requestSummary}</strong></p>
          <p>${a.contact}: ${request.contactName} · <a href=${safeHref(`mailto:${request.email}`) ?? nothing}>${request.email}</a>${request.phone ? ` · ${request.phone}` : ''}</p>
          ${request.message ? html`<p><span class="label">${a.messageLabel}:</span> ${request.message}</p>` : nothing}
          <p class="muted">${a.notPublic}</p>
        </div>`
      : nothing}
    ${errorCount > 0
      ? html`<div class="error-summary" role="alert" tabindex="-1">
          <p>${j.fixErrors(errorCount)}</p>
          <ul>
            ${PARTNER_FIELDS.filter((f) => errors[f]).map((f) => html`<li><a href="#pf-${f}">${labels[f]}: ${errors[f]}</a></li>`)}
          </ul>
        </div>`
      : nothing}
    <div class="join-grid">
      ${input('name')}
      <div class="join-field">
        <label class="join-label" for="pf-category">${labels.category}</label>${error('category')}
        <select
          id="pf-category"
          name="category"
          aria-invalid=${errors.category ? 'true' : 'false'}
          aria-describedby=${described('category')}
          @change=${(event: Event) => o.onInput('category', (event.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${!o.values.category}></option>
          ${PARTNER_CATEGORIES.map((c) => html`<option value=${c} ?selected=${o.values.category === c}>${p.categories[c]}</option>`)}
        </select>
      </div>
      <div class="join-field">
        <label class="join-label" for="pf-type">${labels.type}</label>
        <select id="pf-type" name="type" @change=${(event: Event) => o.onInput('type', (event.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${type === ''}>${j.typeOther}</option>
          ${knownType ? nothing : html`<option value=${type} selected>${type}</option>`}
          ${PARTNER_CATEGORIES.map(
            (c) => html`<optgroup label=${p.categories[c]}>
              ${RECOMMENDED_PARTNER_TYPES.filter((t) => t.category === c).map(
                (t) => html`<option value=${t.id} ?selected=${type === t.id}>${p.types[t.id] ?? t.label}</option>`,
              )}
            </optgroup>`,
          )}
        </select>
      </div>
      ${input('website', 'url')} ${input('email', 'email')} ${input('phone', 'tel')}
      <div class="join-field wide">${check('activeInIja', a.activeInIja)}</div>
      ${textarea('description')}
      ${textarea('offers', html`<span class="muted join-hint" id="pf-offers-hint">${j.offersHint}</span>`)}
      <div class="join-field wide">
        <label class="join-label" for="pf-address">${labels.address}</label>
        <span class="muted join-hint" id="pf-address-hint">${j.addressHint}</span>${error('address')}
        <input
          id="pf-address"
          name="address"
          autocomplete="off"
          aria-invalid=${errors.address ? 'true' : 'false'}
          aria-describedby=${described('address', 'pf-address-hint')}
          .value=${live(o.values.address ?? '')}
          @input=${(event: Event) => o.onInput('address', (event.target as HTMLInputElement).value)}
        />
      </div>
      <fieldset class="join-field wide location">
        <legend class="join-label">${a.location}</legend>
        <p class="muted" id="pf-location-hint">${a.locationHint}</p>
        <div class="coordinates">
          ${input('lat', 'text', { hint: 'pf-location-hint', inputmode: 'decimal' })}
          ${input('lng', 'text', { hint: 'pf-location-hint', inputmode: 'decimal' })}
        </div>
        ${o.location}
      </fieldset>
      <div class="join-field">
        <label class="join-label" for="pf-confirmedAt">${labels.confirmedAt}</label>${error('confirmedAt')}
        <input
          id="pf-confirmedAt"
          name="confirmedAt"
          type="date"
          aria-invalid=${errors.confirmedAt ? 'true' : 'false'}
          aria-describedby=${described('confirmedAt')}
          .value=${live(o.values.confirmedAt ?? '')}
          @input=${(event: Event) => o.onInput('confirmedAt', (event.target as HTMLInputElement).value)}
        />
        <button type="button" class="link-button" @click=${() => o.onInput('confirmedAt', today())}>${a.today}</button>
      </div>
      ${request
        ? html`<fieldset class="join-field wide join-publish">
            <legend class="join-label">${j.publish}</legend>
            ${request.publish ? nothing : html`<p class="error-text">${a.publishMissing}</p>`} ${error('publish')}
            ${check('publish', a.publishConsent)}
          </fieldset>`
        : nothing}
    </div>
    ${o.failure ? html`<p class="error-text" role="alert">${o.failure}</p>` : nothing}
    <div class="form-actions">
      <button type="submit" class="button" ?disabled=${o.saving}>${o.saving ? a.saving : o.submitLabel}</button>
      <button type="button" class="button secondary" @click=${o.onCancel}>${a.cancel}</button>
    </div>
    ${o.remove ?? nothing}
  </form>`;
}
