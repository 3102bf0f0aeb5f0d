import { css, html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { heading } from '../../../base/heading.js';
import type { Messages } from '../../../core/i18n/locales.js';
import { registerBuiltInMessages } from '../../../core/i18n/locales.js';
import { partnerAdminMessages } from '../../../core/i18n/messages/partner-admin.js';
import { partnerJoinMessages } from '../../../core/i18n/messages/partner-join.js';
import { partnerMapViewMessages } from '../../../core/i18n/messages/partner-map-view.js';
import { describeError } from '../../../core/i18n/describe-error.js';
import type { LocalizeController } from '../../../core/i18n/localize-controller.js';
import { IjaAdapterError } from '../../../core/errors.js';
import { joinReference } from '../../../core/join-reference.js';
import type { IjaAdapter } from '../../../core/adapter/types.js';
import type { Partner, StoredJoinRequest } from '../../../core/schemas/partner.js';
import { downloadFile } from '../../../base/download.js';
import type { IjaPartnerMap } from '../ija-partner-map.component.js';
import { joinStyles } from '../partner-join-form.js';
import {
  parseCoordinate,
  partnerId,
  renderPartnerForm,
  today,
  validatePartner,
  valuesFromPartner,
  valuesFromRequest,
  type PartnerErrors,
  type PartnerField,
  type PartnerValues,
} from './partner-form.js';
import { renderImport, type ImportState } from './partner-import.js';
import { LocationPicker } from './location-picker.js';
import { isStale, matchesQuery, networkMiddle, PAGE_SIZE } from './partner-filter.js';
import { partnerAdminStyles } from './partner-admin.styles.js';
import { mapStyles } from '../map-styles.js';

registerBuiltInMessages('partnerAdmin', partnerAdminMessages);
registerBuiltInMessages('partnerJoin', partnerJoinMessages);
registerBuiltInMessages('partnerMapView', partnerMapViewMessages);

/** The styles the admin view adds to the widget: the join form's field layout, the map's, and its own. */
export const adminStyles = css`
  ${joinStyles}
  ${mapStyles}
  ${partnerAdminStyles}
`;

type FormMode = 'new' | 'edit' | 'accept';

interface FormScreen {
  mode: FormMode;
  /** The entry's id: kept when editing, made from the name when saving a new one. */
  id?: string;
  request?: StoredJoinRequest;
  original?: Partner;
  values: PartnerValues;
  errors: PartnerErrors;
  saving: boolean;
  failure?: string;
  confirmRemove: boolean;
}

/** What waits for "Ja, löschen": a join request or a partner. */
interface PendingDelete {
  kind: 'request' | 'partner';
  id: string;
  name: string;
}

const isRefusedKey = (error: unknown) => error instanceof IjaAdapterError && error.kind === 'http' && (error.status === 401 || error.status === 403);

/**
 * The admin mode of `<ija-partner-map>` (with the network key in the adapter): the inbox of join
 * requests, the partner entries with their last confirmation, a form per entry with its pin on the
 * map, and spreadsheets in and out. Loaded only when the admin view is opened.
 */
export class PartnerAdmin implements ReactiveController {
  private readonly host: IjaPartnerMap;
  private readonly localize: LocalizeController;
  private readonly requests: Task<[IjaAdapter], StoredJoinRequest[]>;
  private readonly location: LocationPicker;
  private form?: FormScreen;
  private importState: ImportState = { status: 'idle' };
  private exportError?: unknown;
  private actionError?: unknown;
  private pendingDelete?: PendingDelete;
  private announcement = '';
  private query = '';
  private staleOnly = false;
  private shown = PAGE_SIZE;
  /** The entry saved last: listed first, so the organiser sees what just changed. */
  private recent?: string;
  private focusAfterUpdate?: string;

  constructor(host: IjaPartnerMap, localize: LocalizeController) {
    this.host = host;
    this.localize = localize;
    host.addController(this);
    this.location = new LocationPicker(host);
    this.requests = new Task(host, {
      task: async ([adapter], { signal }) => (await adapter.listJoinRequests({ signal })).requests,
      args: () => [host.data.adapter] as [IjaAdapter],
    });
    // Made during a render, after the update's own start: the first run starts here.
    void this.requests.run();
  }

  hostUpdated(): void {
    if (!this.focusAfterUpdate) return;
    this.host.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate)?.focus();
    this.focusAfterUpdate = undefined;
  }

  private get m(): Messages {
    return this.localize.m;
  }

  private update(focus?: string): void {
    if (focus) this.focusAfterUpdate = focus;
    this.host.requestUpdate();
  }

  private announce(text: string): void {
    // A repeated text is still read out: the region changes first to empty.
    this.announcement = '';
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.announcement = text;
      this.host.requestUpdate();
    });
  }

  render(): TemplateResult {
    const m = this.m;
    const body = !this.host.data.adapter.writable
      ? html`<p>${m.partnerAdmin.readOnly}</p>`
      : this.form
        ? this.renderForm(m, this.form)
        : html`${this.renderRequests(m)} ${this.renderPartners(m)}
          ${renderImport(m, {
            headingLevel: this.host.headingAt(1),
            state: this.importState,
            exportError: this.exportError,
            onFile: (file) => void this.checkImport(file),
            onConfirm: () => void this.writeImport(),
            onCancel: () => {
              this.importState = { status: 'idle' };
              this.update('#admin-import-file');
            },
            onExport: (format) => void this.export(format),
          })}`;
    return html`<div class="admin">${body}</div>
      <p class="visually-hidden" role="status">${this.announcement}</p>`;
  }

  // Join requests

  private requestsTitle(text: string): TemplateResult {
    return heading(this.host.headingAt(1), { id: 'admin-requests-title', class: 'admin-title' }, text);
  }

  private renderRequests(m: Messages): TemplateResult {
    const a = m.partnerAdmin;
    return html`<section class="admin-section" aria-labelledby="admin-requests-title">
      ${this.requests.render({
        initial: () => html`${this.requestsTitle(a.requestsTitle)}<p role="status">${m.common.loading}</p>`,
        pending: () => html`${this.requestsTitle(a.requestsTitle)}<p role="status">${m.common.loading}</p>`,
        error: (error) => html`${this.requestsTitle(a.requestsTitle)}
          <div role="alert">
            <p class="error-text">${isRefusedKey(error) ? a.notAllowed : describeError(error, m)}</p>
            <button type="button" class="button secondary" @click=${() => void this.requests.run()}>${m.common.retry}</button>
          </div>`,
        complete: (requests) => this.renderRequestList(m, requests),
      })}
    </section>`;
  }

  private renderRequestList(m: Messages, requests: StoredJoinRequest[]): TemplateResult {
    const a = m.partnerAdmin;
    const fresh = requests.filter((request) => request.status === 'new');
    const handled = requests.filter((request) => request.status !== 'new');
    return html`${heading(
        this.host.headingAt(1),
        { id: 'admin-requests-title', class: 'admin-title', tabindex: -1 },
        html`${a.requestsTitle} <span class="count">${a.newCount(fresh.length)}</span>`,
      )}
      ${this.actionError ? html`<p class="error-text" role="alert">${a.actionFailed} ${describeError(this.actionError, m)}</p>` : nothing}
      ${fresh.length === 0
        ? html`<p>${a.noRequests}</p>`
        : html`<ul class="requests">
            ${fresh.map((request) => html`<li>${this.renderRequest(m, request)}</li>`)}
          </ul>`}
      ${handled.length > 0
        ? html`<details class="handled">
            <summary>${a.handledTitle(handled.length)}</summary>
            <p class="muted">${a.retentionNote}</p>
            <ul class="requests">
              ${handled.map((request) => html`<li>${this.renderRequest(m, request)}</li>`)}
            </ul>
          </details>`
        : nothing}`;
  }

  private renderRequest(m: Messages, request: StoredJoinRequest): TemplateResult {
    const a = m.partnerAdmin;
    const p = m.partnerMap;
    const date = (iso: string) => this.localize.formatDate(new Date(iso), { dateStyle: 'medium' });
    const fresh = request.status === 'new';
    const type = request.type ? (p.types[request.type] ?? request.type) : undefined;
    return html`<article class="request" aria-labelledby="request-${request.id}-name">
      ${heading(this.host.headingAt(2), { id: `request-${request.id}-name` }, request.name)}
      <p class="muted">
        ${a.requestSummary(joinReference(request.id), date(request.receivedAt))}${fresh
          ? nothing
          : html` · ${a.handled(a.statuses[request.status], date(request.handledAt ?? request.receivedAt))}`}
      </p>
      <p>${p.categories[request.category]}${type ? ` · ${type}` : ''}${request.address ? ` · ${request.address}` : ''}</p>
      <p>${a.contact}: ${request.contactName} · ${request.email}${request.phone ? ` · ${request.phone}` : ''}</p>
      ${request.message ? html`<p><span class="label">${a.messageLabel}:</span> ${request.message}</p>` : nothing}
      ${this.pendingDelete?.kind === 'request' && this.pendingDelete.id === request.id
        ? this.renderConfirm(m, this.pendingDelete)
        : html`<div class="form-actions">
            ${fresh
              ? html`<button type="button" class="button" id="review-${request.id}" @click=${() => this.openForm('accept', { request })}>
                    ${a.review}<span class="visually-hidden">: ${request.name}</span>
                  </button>
                  <button type="button" class="button secondary" @click=${() => void this.decline(request)}>
                    ${a.decline}<span class="visually-hidden">: ${request.name}</span>
                  </button>`
              : nothing}
            <button
              type="button"
              class="button secondary"
              id="delete-request-${request.id}"
              @click=${() => this.askDelete({ kind: 'request', id: request.id, name: request.name })}
            >
              ${a.deleteRequest}<span class="visually-hidden">: ${request.name}</span>
            </button>
          </div>`}
    </article>`;
  }

  private renderConfirm(m: Messages, pending: PendingDelete): TemplateResult {
    const a = m.partnerAdmin;
    return html`<div class="confirm" role="group" aria-labelledby="confirm-text">
      <p id="confirm-text" tabindex="-1">${a.confirmDelete(pending.name)}</p>
      <div class="form-actions">
        <button type="button" class="button danger" @click=${() => void this.confirmDelete(pending)}>${a.confirmYes}</button>
        <button type="button" class="button secondary" id="confirm-cancel" @click=${() => this.cancelDelete(pending)}>${a.cancel}</button>
      </div>
    </div>`;
  }

  private askDelete(pending: PendingDelete): void {
    this.pendingDelete = pending;
    this.update('#confirm-text');
  }

  private cancelDelete(pending: PendingDelete): void {
    this.pendingDelete = undefined;
    if (this.form) this.form = { ...this.form, confirmRemove: false };
    this.update(pending.kind === 'request' ? `#delete-request-${CSS.escape(pending.id)}` : '#pf-remove');
  }

  private async confirmDelete(pending: PendingDelete): Promise<void> {
    const a = this.m.partnerAdmin;
    const adapter = this.host.data.adapter;
    try {
      if (pending.kind === 'request') {
        await adapter.deleteJoinRequest(pending.id);
        this.afterAction(a.requestDeleted(pending.name), '#admin-requests-title');
        await this.requests.run();
      } else {
        await adapter.deletePartner(pending.id);
        this.form = undefined;
        await this.host.data.reload();
        this.afterAction(a.partnerDeleted(pending.name), '#admin-partners-title');
      }
    } catch (error) {
      this.host.data.reportError(error, pending.kind === 'request' ? 'handle-join-request' : 'save-partner');
      this.pendingDelete = undefined;
      if (this.form) this.form = { ...this.form, confirmRemove: false, failure: `${a.actionFailed} ${describeError(error, this.m)}` };
      else this.actionError = error;
      this.update();
    }
  }

  private afterAction(announcement: string, focus: string): void {
    this.pendingDelete = undefined;
    this.actionError = undefined;
    this.announce(announcement);
    this.update(focus);
  }

  private async decline(request: StoredJoinRequest): Promise<void> {
    try {
      await this.host.data.adapter.declineJoinRequest(request.id);
      this.afterAction(this.m.partnerAdmin.declined(request.name), '#admin-requests-title');
      await this.requests.run();
    } catch (error) {
      this.actionError = error;
      this.host.data.reportError(error, 'handle-join-request');
      this.update();
    }
  }

  // Partners

  private renderPartners(m: Messages): TemplateResult {
    const a = m.partnerAdmin;
    const all = this.host.allPartners;
    const now = new Date();
    const staleCount = all.filter((partner) => isStale(partner, now)).length;
    const matching = all.filter((partner) => (!this.staleOnly || isStale(partner, now)) && matchesQuery(partner, this.query));
    const recent = matching.findIndex((partner) => partner.id === this.recent);
    if (recent > 0) matching.unshift(...matching.splice(recent, 1));
    const visible = matching.slice(0, this.shown);
    const date = (iso: string) => this.localize.formatDate(new Date(`${iso}T12:00:00`), { dateStyle: 'medium' });
    return html`<section class="admin-section" aria-labelledby="admin-partners-title">
      ${heading(this.host.headingAt(1), { id: 'admin-partners-title', class: 'admin-title', tabindex: -1 }, a.partnersTitle(all.length))}
      <button type="button" class="button" id="admin-add" @click=${() => this.openForm('new', {})}>${a.addPartner}</button>
      <div class="admin-filter">
        <div class="join-field">
          <label class="join-label" for="admin-query">${a.filterText}</label>
          <input
            id="admin-query"
            type="search"
            autocomplete="off"
            .value=${this.query}
            @input=${(event: Event) => {
              this.query = (event.target as HTMLInputElement).value;
              this.shown = PAGE_SIZE;
              this.update();
            }}
          />
        </div>
        <label class="check">
          <input
            type="checkbox"
            id="admin-stale"
            .checked=${this.staleOnly}
            @change=${(event: Event) => {
              this.staleOnly = (event.target as HTMLInputElement).checked;
              this.shown = PAGE_SIZE;
              this.update();
            }}
          />
          <span>${a.staleOnly(staleCount)}</span>
        </label>
      </div>
      <p class="visually-hidden" role="status">${this.query || this.staleOnly ? m.partnerMap.resultCount(matching.length, all.length) : ''}</p>
      ${matching.length === 0
        ? html`<p>${a.noPartners}</p>`
        : html`<ul class="admin-partners">
            ${visible.map(
              (partner) => html`<li>
                <span class="admin-partner-name">${partner.name}</span>
                <span class="muted">
                  ${m.partnerMap.categories[partner.category]} ·
                  <span class=${isStale(partner, now) ? 'stale' : ''}
                    >${partner.confirmedAt ? a.confirmedOn(date(partner.confirmedAt)) : a.neverConfirmed}</span
                  >
                </span>
                <button type="button" class="link-button" id="admin-edit-${partner.id}" @click=${() => this.openForm('edit', { partner })}>
                  ${a.edit}<span class="visually-hidden">: ${partner.name}</span>
                </button>
              </li>`,
            )}
          </ul>`}
      ${matching.length > visible.length
        ? html`<button
            type="button"
            class="button secondary"
            @click=${() => {
              this.shown += PAGE_SIZE;
              this.update();
            }}
          >
            ${a.showMore(Math.min(PAGE_SIZE, matching.length - visible.length))}
          </button>`
        : nothing}
    </section>`;
  }

  // The form

  private openForm(mode: FormMode, from: { partner?: Partner; request?: StoredJoinRequest }): void {
    const values = from.partner ? valuesFromPartner(from.partner) : from.request ? valuesFromRequest(from.request) : { activeInIja: 'true', confirmedAt: today() };
    this.form = { mode, id: from.partner?.id, original: from.partner, request: from.request, values, errors: {}, saving: false, confirmRemove: false };
    this.pendingDelete = undefined;
    this.update('#pf-title');
  }

  private closeForm(focus: string): void {
    this.form = undefined;
    this.update(focus);
  }

  private returnFocus(form: FormScreen): string {
    if (form.mode === 'edit' && form.id) return `#admin-edit-${CSS.escape(form.id)}`;
    if (form.mode === 'accept' && form.request) return `#review-${CSS.escape(form.request.id)}`;
    return '#admin-add';
  }

  private renderForm(m: Messages, form: FormScreen): TemplateResult {
    const a = m.partnerAdmin;
    const name = form.original?.name ?? form.request?.name ?? '';
    const set = (field: PartnerField, value: string) => {
      this.form = { ...form, values: { ...form.values, [field]: value } };
      this.host.requestUpdate();
    };
    const lat = parseCoordinate(form.values.lat ?? '');
    const lng = parseCoordinate(form.values.lng ?? '');
    return renderPartnerForm(m, {
      headingLevel: this.host.headingAt(1),
      title: form.mode === 'new' ? a.newTitle : form.mode === 'edit' ? a.editTitle(name) : a.acceptTitle(name),
      values: form.values,
      errors: form.errors,
      saving: form.saving,
      submitLabel: form.mode === 'accept' ? a.acceptSave : a.save,
      request: form.request,
      requestSummary: form.request
        ? a.requestSummary(joinReference(form.request.id), this.localize.formatDate(new Date(form.request.receivedAt), { dateStyle: 'medium' }))
        : undefined,
      failure: form.failure,
      location: this.location.render(m, {
        position: lat !== undefined && lng !== undefined ? { lat, lng } : undefined,
        home: networkMiddle(this.host.allPartners),
        address: form.values.address ?? '',
        tiles: this.host.tiles,
        attribution: this.host.attribution,
        geocoder: this.host.geocoder,
        consent: this.host.consent === 'granted',
        language: this.localize.intlLocale,
        onConsent: () => this.host.agreeToMap(),
        onChange: (position) => {
          const current = this.form!;
          this.form = {
            ...current,
            values: { ...current.values, lat: position ? String(position.lat) : '', lng: position ? String(position.lng) : '' },
          };
          this.host.requestUpdate();
        },
      }),
      remove: form.mode === 'edit' ? this.renderRemove(m, form) : undefined,
      onInput: set,
      onSubmit: () => void this.save(),
      onCancel: () => this.closeForm(this.returnFocus(form)),
    });
  }

  private renderRemove(m: Messages, form: FormScreen): TemplateResult {
    const pending = this.pendingDelete;
    if (pending?.kind === 'partner' && form.confirmRemove) return this.renderConfirm(m, pending);
    return html`<div class="form-actions remove">
      <button
        type="button"
        class="button secondary danger"
        id="pf-remove"
        @click=${() => {
          this.form = { ...form, confirmRemove: true };
          this.askDelete({ kind: 'partner', id: form.id!, name: form.original!.name });
        }}
      >
        ${m.partnerAdmin.removePartner}
      </button>
    </div>`;
  }

  private async save(): Promise<void> {
    const form = this.form;
    if (!form || form.saving) return;
    const m = this.m;
    const a = m.partnerAdmin;
    const taken = new Set(this.host.allPartners.map((partner) => partner.id));
    const id = form.id ?? partnerId(form.values.name ?? '', taken);
    const { partner, errors } = validatePartner(form.values, id, m, form.mode === 'accept');
    if (!partner) {
      this.form = { ...form, errors, failure: undefined };
      this.update('.error-summary');
      return;
    }
    this.form = { ...form, errors: {}, saving: true, failure: undefined };
    this.update();
    const adapter = this.host.data.adapter;
    try {
      if (form.mode === 'accept') {
        await adapter.acceptJoinRequest(form.request!.id, partner);
        void this.requests.run();
      } else if (form.mode === 'new') {
        await adapter.createPartner(partner);
      } else {
        await adapter.savePartner(partner);
      }
    } catch (error) {
      this.host.data.reportError(error, 'save-partner');
      this.form = { ...this.form, saving: false, failure: `${a.saveFailed} ${describeError(error, m)}` };
      this.update();
      return;
    }
    this.form = undefined;
    this.recent = partner.id;
    await this.host.data.reload();
    const announcement = form.mode === 'accept' ? a.accepted(partner.name) : form.mode === 'new' ? a.added(partner.name) : a.saved(partner.name);
    this.afterAction(announcement, `#admin-edit-${CSS.escape(partner.id)}`);
  }

  // Spreadsheets

  private async checkImport(file: File): Promise<void> {
    this.importState = { status: 'checking', file };
    this.update();
    try {
      const report = await this.host.data.adapter.importPartners(file, { dryRun: true, fileName: file.name });
      this.importState = { status: 'checked', file, report };
      this.update('.import-report');
    } catch (error) {
      this.importState = { status: 'failed', error, file };
      this.update();
    }
  }

  private async writeImport(): Promise<void> {
    const state = this.importState;
    // After a failed write the same checked file can be sent again.
    if ((state.status !== 'checked' && state.status !== 'failed') || !state.file || !state.report) return;
    this.importState = { status: 'writing', file: state.file, report: state.report };
    this.update();
    try {
      const report = await this.host.data.adapter.importPartners(state.file, { fileName: state.file.name });
      this.importState = { status: 'done', report };
      await this.host.data.reload();
      this.announce(this.m.partnerAdmin.imported(report.added, report.changed));
      this.update('#admin-partners-title');
    } catch (error) {
      this.host.data.reportError(error, 'import-partners');
      this.importState = { status: 'failed', error, file: state.file, report: state.report };
      this.update();
    }
  }

  private async export(format: 'csv' | 'xlsx'): Promise<void> {
    try {
      const file = await this.host.data.adapter.exportPartners(format);
      this.exportError = undefined;
      downloadFile(`partner-${today()}.${format}`, file, file.type);
    } catch (error) {
      this.exportError = error;
    }
    this.update();
  }
}
