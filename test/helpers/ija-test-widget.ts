import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { IjaElement } from '../../src/base/ija-element.js';
import { DataSourceController } from '../../src/base/data-source-controller.js';
import { renderIssuesNote } from '../../src/base/states.js';
import { defineElement } from '../../src/core/define.js';
import type { Plan } from '../../src/core/schemas/plan.js';
import type { Messages } from '../../src/core/i18n/locales.js';

/** An empty state in the shared state look (the widgets each say "empty" in their own way). */
function renderEmpty(m: Messages): TemplateResult {
  return html`<div class="state empty" part="state empty">
    <slot name="empty">${m.common.empty}</slot>
  </div>`;
}

/** A minimal widget on the base class, for testing the foundation only (not exported by the library). */
export class IjaTestWidget extends IjaElement {
  @property({ attribute: 'plan-id' }) planId = 'fuenf-punkte-plan';

  /** Data handed over by script. */
  @property({ attribute: false }) plan?: unknown;

  readonly data = new DataSourceController<Plan, [string]>(this, {
    value: () => this.plan,
    args: () => [this.planId],
    load: (adapter, signal, id) => adapter.getPlan(id, { signal }),
  });

  protected override render() {
    const m = this.localize.m;
    return this.renderData(this.data, ({ data, issues }) =>
      data.points.length === 0
        ? renderEmpty(m)
        : html`<section part="base">
            <h2>${data.title}</h2>
            <ol>
              ${data.points.map((point) => html`<li data-id=${point.id}>${point.title}</li>`)}
            </ol>
            <button type="button" class="button">${m.common.retry}</button>
            ${renderIssuesNote(m, issues)}
          </section>`,
    );
  }
}

defineElement('ija-test-widget', IjaTestWidget);

declare global {
  interface HTMLElementTagNameMap {
    'ija-test-widget': IjaTestWidget;
  }
}
