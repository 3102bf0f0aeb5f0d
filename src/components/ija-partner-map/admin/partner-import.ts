import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../../core/i18n/locales.js';
import { heading } from '../../../base/heading.js';
import { describeError } from '../../../core/i18n/describe-error.js';
import type { ImportReport } from '../../../core/schemas/partner.js';

/** Spreadsheets in and out: a file is checked first (a dry run) and written only once the organiser confirms. */

export type ImportState =
  | { status: 'idle' }
  | { status: 'checking'; file: File }
  | { status: 'checked'; file: File; report: ImportReport }
  | { status: 'writing'; file: File; report: ImportReport }
  | { status: 'done'; report: ImportReport }
  | { status: 'failed'; error: unknown; file?: File; report?: ImportReport };

export interface ImportOptions {
  /** The level of the section's heading. */
  headingLevel: number;
  state: ImportState;
  exportError?: unknown;
  onFile(file: File): void;
  onConfirm(): void;
  onCancel(): void;
  onExport(format: 'csv' | 'xlsx'): void;
}

export const SPREADSHEET_ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The rows that need the organiser's eye: every one that is not unchanged. */
const rowsToShow = (report: ImportReport) => report.rows.filter((row) => row.action !== 'unchanged');

export function renderImport(m: Messages, o: ImportOptions): TemplateResult {
  const a = m.partnerAdmin;
  const state = o.state;
  const report = 'report' in state ? state.report : undefined;
  return html`<section class="admin-section" aria-labelledby="admin-sheet-title">
    ${heading(o.headingLevel, { id: 'admin-sheet-title', class: 'admin-title' }, a.spreadsheetTitle)}
    <div class="form-actions">
      <button type="button" class="button secondary" @click=${() => o.onExport('xlsx')}>${a.exportXlsx}</button>
      <button type="button" class="button secondary" @click=${() => o.onExport('csv')}>${a.exportCsv}</button>
    </div>
    ${o.exportError ? html`<p class="error-text" role="alert">${a.exportFailed} ${describeError(o.exportError, m)}</p>` : nothing}
    <p id="admin-import-intro">${a.importIntro}</p>
    <div class="join-field">
      <label class="join-label" for="admin-import-file">${a.chooseFile}</label>
      <input
        id="admin-import-file"
        type="file"
        accept=${SPREADSHEET_ACCEPT}
        aria-describedby="admin-import-intro"
        ?disabled=${state.status === 'checking' || state.status === 'writing'}
        @change=${(event: Event) => {
          const input = event.target as HTMLInputElement;
          const file = input.files?.[0];
          if (file) o.onFile(file);
        }}
      />
    </div>
    <div role="status" class="import-status">
      ${state.status === 'checking' ? a.checking : nothing} ${state.status === 'writing' ? a.importing : nothing}
      ${state.status === 'done' ? a.imported(state.report.added, state.report.changed) : nothing}
    </div>
    ${state.status === 'failed' ? html`<p class="error-text" role="alert">${a.importFailed} ${describeError(state.error, m)}</p>` : nothing}
    ${report && (state.status === 'checked' || state.status === 'writing' || state.status === 'failed') ? renderReport(m, report, state.status, o) : nothing}
  </section>`;
}

function renderReport(m: Messages, report: ImportReport, status: ImportState['status'], o: ImportOptions): TemplateResult {
  const a = m.partnerAdmin;
  const rows = rowsToShow(report);
  const writable = report.added + report.changed;
  return html`<div class="import-report" tabindex="-1">
    <p id="admin-report-summary"><strong>${a.reportSummary(report.added, report.changed, report.unchanged, report.refused)}</strong></p>
    ${(report.notes ?? []).length > 0 ? html`<ul>${report.notes!.map((note) => html`<li>${note}</li>`)}</ul>` : nothing}
    ${rows.length > 0
      ? html`<div class="table-scroll" role="region" aria-labelledby="admin-report-summary" tabindex="0">
          <table aria-labelledby="admin-report-summary">
            <thead>
              <tr>
                <th scope="col">${a.reportColumns.row}</th>
                <th scope="col">${a.reportColumns.name}</th>
                <th scope="col">${a.reportColumns.action}</th>
                <th scope="col">${a.reportColumns.notes}</th>
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                (row) => html`<tr class=${row.action}>
                  <td>${row.row}</td>
                  <td>${row.name ?? ''}</td>
                  <td>${a.actions[row.action]}</td>
                  <td>${row.notes.join(' ')}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>`
      : nothing}
    ${report.refused > 0 ? html`<p>${a.refusedNote}</p>` : nothing}
    ${writable === 0 ? html`<p>${a.nothingToImport}</p>` : nothing}
    <div class="form-actions">
      ${writable > 0
        ? html`<button type="button" class="button" ?disabled=${status === 'writing'} @click=${o.onConfirm}>${a.writeImport(writable)}</button>`
        : nothing}
      <button type="button" class="button secondary" ?disabled=${status === 'writing'} @click=${o.onCancel}>${a.cancel}</button>
    </div>
  </div>`;
}
