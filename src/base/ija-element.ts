import { LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { IjaAdapter } from '../core/adapter/types.js';
import { isAbortError } from '../core/errors.js';
import { LocalizeController } from '../core/i18n/localize-controller.js';
import type { Parsed } from '../core/schemas/issues.js';
import type { Task } from '@lit/task';
import type { SourceKind } from './data-source-controller.js';
import { hostStyles } from './host.styles.js';
import { controlStyles } from './controls.styles.js';
import { darkThemeStyles, tokenStyles } from './theme.styles.js';
import { renderError, renderLoading, stateStyles } from './states.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Base of every widget: the data-source properties, design tokens, host styles, shared states,
 * theme attribute and the language controller. Widgets add their own styles after `IjaElement.styles`.
 */
export class IjaElement extends LitElement {
  static override styles = [tokenStyles, darkThemeStyles, hostStyles, controlStyles, stateStyles];

  /** URL of a static JSON file with the widget's data (e.g. exported from the editor). */
  @property({ reflect: true }) src?: string;

  /** Base URL of a backend that speaks the REST contract (e.g. "/api/ija"). */
  @property({ reflect: true }) api?: string;

  /** An adapter for any other backend; wins over every attribute. */
  @property({ attribute: false }) adapter?: IjaAdapter;

  /** `light` (default), `dark`, or `auto` (follows the visitor's system setting). */
  @property({ reflect: true }) theme?: Theme;

  protected readonly localize = new LocalizeController(this);

  /**
   * `lang` for the data's own texts: the built-in content is the factsheet's German, so around texts
   * in another language it is marked as German (WCAG 3.1.2); other data is in the page's language.
   */
  protected contentLang(source: SourceKind): 'de' | typeof nothing {
    return source === 'defaults' && !this.localize.locale.startsWith('de') ? 'de' : nothing;
  }

  /**
   * The shared loading and error (with retry) states around a widget's content. While data loads again
   * (after an edit, or a retry), what was shown stays, so focus and scroll position are not lost.
   */
  protected renderData<T>(
    source: { readonly task: Task<readonly unknown[], Parsed<T>>; reload(): Promise<void> },
    complete: (result: Parsed<T>) => TemplateResult | undefined,
  ): TemplateResult | undefined {
    const m = this.localize.m;
    return source.task.render({
      initial: () => renderLoading(m),
      pending: () => (source.task.value ? complete(source.task.value) : renderLoading(m)),
      complete,
      error: (error) =>
        isAbortError(error) ? renderLoading(m) : renderError(m, error, () => void source.reload()),
    });
  }
}
