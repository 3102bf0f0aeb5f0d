import { css, html, type TemplateResult } from 'lit';
import type { Messages } from '../../core/i18n/locales.js';
import { heading } from '../../base/heading.js';
import type { GapGroup, GapLabels } from './partner-gaps.js';
import { registerBuiltInMessages } from '../../core/i18n/locales.js';
import { partnerGapsMessages } from '../../core/i18n/messages/partner-gaps.js';

registerBuiltInMessages('partnerGaps', partnerGapsMessages);

import { findGaps, gapsToCsv, gapsToText } from './partner-gaps.js';
import { downloadFile } from '../../base/download.js';
import type { Partner } from '../../core/schemas/partner.js';

export { findGaps };

/** The missing partner types as a file: CSV for a spreadsheet, text for an e-mail. */
export function downloadGaps(m: Messages, partners: readonly Partner[], format: 'csv' | 'text'): void {
  const groups = findGaps(partners);
  const labels = gapLabels(m);
  if (format === 'csv') downloadFile('wer-fehlt-noch.csv', gapsToCsv(groups, labels), 'text/csv;charset=utf-8');
  else downloadFile('wer-fehlt-noch.txt', gapsToText(groups, labels), 'text/plain;charset=utf-8');
}

export function gapLabels(m: Messages): GapLabels {
  const p = m.partnerMap;
  return {
    title: m.partnerGaps.title,
    category: (category) => p.categories[category],
    type: (def) => p.types[def.id] ?? def.label,
    columns: m.partnerGaps.columns,
    none: m.partnerGaps.allCovered,
  };
}

export interface GapsViewOptions {
  /** The level of the group headings. */
  headingLevel: number;
  onDownload(format: 'csv' | 'text'): void;
}

/** "Wer fehlt noch?": per group, the recommended partner types with nobody in the network yet. */
export function renderGapsView(m: Messages, groups: readonly GapGroup[], o: GapsViewOptions): TemplateResult {
  const p = m.partnerMap;
  const labels = gapLabels(m);
  const missing = groups.reduce((sum, group) => sum + group.missing.length, 0);
  return html`<div class="gaps" part="gaps">
    <p>${missing === 0 ? m.partnerGaps.allCovered : m.partnerGaps.intro}</p>
    ${groups.map(
      (group) => html`<section class="gap-group" aria-labelledby="gaps-${group.category}">
        ${heading(
          o.headingLevel,
          { id: `gaps-${group.category}`, class: 'group-title' },
          html`${p.categories[group.category]}
            <span class="group-count">(${m.partnerGaps.present(group.present.length, group.present.length + group.missing.length)})</span>`,
        )}
        ${group.missing.length > 0
          ? html`<ul class="gap-list">
              ${group.missing.map((def) => html`<li>${labels.type(def)}</li>`)}
            </ul>`
          : html`<p class="muted">${m.partnerGaps.allCovered}</p>`}
      </section>`,
    )}
    <p class="actions">
      <button type="button" class="button" @click=${() => o.onDownload('csv')}>${m.partnerGaps.downloadCsv}</button>
      <button type="button" class="button secondary" @click=${() => o.onDownload('text')}>${m.partnerGaps.downloadText}</button>
    </p>
  </div>`;
}

/** The gaps view's own rules, added to the widget with this code. */
export const gapsStyles = css`
  .gaps,
  .gap-group {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .gap-list {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
`;
