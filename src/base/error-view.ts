import { html, nothing, type TemplateResult } from 'lit';
import { IjaAdapterError } from '../core/errors.js';
import { registerBuiltInMessages, type Messages } from '../core/i18n/locales.js';
import { errorMessages } from '../core/i18n/messages/errors.js';
import { useReasonTexts } from '../core/i18n/describe-error.js';
import { describeReason } from '../core/i18n/describe-reason.js';

/**
 * What the error state needs beyond its first-download texts, loaded on demand (see `errorViewCode`): the German
 * texts per reason (what happened and what to do) and the technical details.
 */
registerBuiltInMessages('errors', errorMessages);
useReasonTexts(describeReason);

/** The status and address, folded away: for whoever looks after the site, not in the visitor's way. */
export function renderTechnicalDetails(m: Messages, error: unknown): TemplateResult | typeof nothing {
  if (!(error instanceof IjaAdapterError)) return nothing;
  // The status always shows, also when an adapter's own message leaves it out ("Not Found").
  const status = error.status !== undefined && !error.message.includes(String(error.status)) ? `HTTP ${error.status}: ` : '';
  return html`<details class="technical" part="error-details">
    <summary>${m.errors.technicalDetails}</summary>
    <p>${status}${error.message}</p>
  </details>`;
}
