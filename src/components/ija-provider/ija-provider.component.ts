import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { IjaAdapter } from '../../core/adapter/types.js';
import { onDemandFetchAdapter } from '../../core/adapter/on-demand-adapter.js';
import { adapterContext } from '../../core/context.js';
import { pageRegistry, WidgetRegistry, widgetsContext } from '../../core/widget-registry.js';
import { darkThemeStyles } from '../../base/dark-theme.styles.js';
import { THEMES, type Theme } from '../../base/themes.js';
import { warnUnknownValue } from '../../core/unknown-value.js';

/**
 * Language: set `lang` on the provider; widgets read the nearest `lang`. Theme: `theme="dark"` or
 * `"auto"`, or set the widgets' `--ija-*` custom properties on it: they inherit into every widget inside.
 *
 * @tag ija-provider
 * @summary Gives every widget inside it one data source, language and theme.
 *
 * Widgets inside it link to each other first (an agenda to its board, the plan to the partner map), then to
 * widgets outside any provider.
 *
 * @slot - The widgets (and any other content).
 */
export class IjaProvider extends LitElement {
  static override styles = [
    darkThemeStyles,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  /** Base URL of a backend that speaks the REST contract; widgets inside use it unless they have their own source. */
  @property() api?: string;

  /** An adapter for all widgets inside (wins over `api`). */
  @property({ attribute: false }) adapter?: IjaAdapter;

  /** `light`, `dark` or `auto` for all widgets inside. */
  @property({ reflect: true }) theme?: Theme;

  private readonly context = new ContextProvider(this, { context: adapterContext });

  constructor() {
    super();
    // The widgets inside find each other here (and then the widgets outside any provider).
    new ContextProvider(this, { context: widgetsContext, initialValue: new WidgetRegistry(pageRegistry()) });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme')) warnUnknownValue(this, 'theme', this.theme, THEMES);
    if (changed.has('adapter') || changed.has('api')) {
      this.context.setValue(this.adapter ?? (this.api ? onDemandFetchAdapter({ baseUrl: this.api }) : undefined));
    }
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'ija-provider': IjaProvider;
  }
}
