import { css, html, type TemplateResult } from 'lit';
import type { Messages } from '../core/i18n/messages/types.js';
import { describeError } from '../core/i18n/describe-error.js';
import { countDroppedRecords, type DataIssue } from '../core/schemas/issues.js';
import type { ReactiveControllerHost } from 'lit';
import { onDemand, type OnDemand } from '../core/on-demand.js';

/** The shared loading and error (with retry) states, so every widget says them the same way. */

/** `reserve`: the whole widget is loading, so the state holds the widget's space (see ija-widgets.css). */
export function renderLoading(m: Messages, { reserve = false } = {}): TemplateResult {
  return html`<div class="state loading ${reserve ? 'reserve' : ''}" part="state loading" role="status">
    <span class="spinner" aria-hidden="true"></span><span>${m.common.loading}</span>
  </div>`;
}

/**
 * The error state's texts per reason and its technical details: loaded when something fails (and ahead, once data
 * came over the network, for when the connection drops). Until then `describeError` says one fallback sentence.
 */
export const errorViewCode = onDemand(() => import('./error-view.js'));

export function renderError(m: Messages, error: unknown, onRetry: () => void): TemplateResult {
  return html`<div class="state error" part="state error" role="alert">
    <p class="state-title">${m.common.loadFailed}</p>
    <p>${describeError(error, m)}</p>
    ${errorViewCode.value?.renderTechnicalDetails(m, error)}
    <button type="button" class="button" part="retry-button" @click=${onRetry}>${m.common.retry}</button>
  </div>`;
}

/**
 * A part whose code loads on demand: rendered once its code is there, the loading state until then,
 * and the error state with a retry when the connection dropped before it arrived.
 */
export function renderOnDemand<T>(
  m: Messages,
  host: ReactiveControllerHost,
  code: OnDemand<T>,
  render: (module: T) => TemplateResult,
): TemplateResult {
  const module = code.use(host);
  if (module) return render(module);
  if (code.error) {
    return renderError(m, code.error, () => {
      code.retry();
      host.requestUpdate();
    });
  }
  return renderLoading(m);
}

/** A quiet note that some records were left out (details are in the console and the event). */
export function renderIssuesNote(m: Messages, issues: readonly DataIssue[]): TemplateResult | undefined {
  const dropped = countDroppedRecords(issues);
  if (dropped === 0) return undefined;
  return html`<p class="issues-note" part="issues-note">${m.common.droppedRecords(dropped)}</p>`;
}

export const stateStyles = css`
  .state {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space-2);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .state p {
    margin: 0;
  }
  .state.loading {
    flex-direction: row;
    align-items: center;
  }
  .state.loading.reserve {
    align-items: flex-start;
    min-block-size: var(--ija-reserve-block-size, 30rem);
  }
  .state.error {
    border-inline-start: 0.35rem solid var(--_danger);
  }
  .state-title {
    font-weight: 700;
  }
  .technical {
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .spinner {
    inline-size: 1.25em;
    block-size: 1.25em;
    border: 0.2em solid var(--_border);
    border-block-start-color: var(--_primary);
    border-radius: 50%;
    animation: ija-spin 0.9s linear infinite;
  }
  @keyframes ija-spin {
    to {
      transform: rotate(1turn);
    }
  }
  .issues-note {
    margin: var(--_space-2) 0 0;
    font-size: var(--_font-size-s);
    color: var(--_text-muted);
  }
  @media (forced-colors: active) {
    .state {
      border-color: CanvasText;
    }
  }
`;
