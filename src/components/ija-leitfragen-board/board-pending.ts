import { css, html, type TemplateResult } from 'lit';
import type { Messages } from '../../core/i18n/locales.js';
import type { OutboxEntry } from './board-outbox.js';

/** An idea still on its way (or refused): the text stays with the person, with the reason. */
export function renderPending(m: Messages, entry: OutboxEntry, text: string, onRetry: () => void, onDiscard: () => void): TemplateResult {
  const b = m.board;
  const rejected = entry.state === 'rejected';
  const reason = (() => {
    const code = entry.reason?.error;
    if (code === 'board-locked') return b.reasons.locked;
    if (code === 'vote-cap') return b.reasons.cap;
    if (entry.reason?.status === 400) return b.reasons.tooLong;
    if (entry.reason?.status === 404) return b.reasons.gone;
    return b.reasons.other;
  })();
  return html`<li class="card pending ${rejected ? 'rejected' : ''}" data-id=${entry.id}>
    <p class="card-text">${text}</p>
    ${rejected
      ? html`<p class="error-text">${b.rejected(reason)}</p>
          <div class="row">
            <button type="button" class="button secondary" @click=${onRetry}>${b.retry}</button>
            <button type="button" class="link-button" @click=${onDiscard}>${b.discard}</button>
          </div>`
      : html`<p class="muted sending"><span class="spinner" aria-hidden="true"></span> ${b.sending}</p>`}
  </li>`;
}

export const pendingStyles = css`
  .card.pending {
    border-style: dashed;
  }
  .card.rejected {
    border-color: var(--_danger);
  }
  .sending {
    display: flex;
    align-items: center;
    gap: 0.4rem;
  }
  .spinner {
    display: inline-block;
    inline-size: 1em;
    block-size: 1em;
  }
`;
