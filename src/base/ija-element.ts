import { isServer, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { IjaAdapter } from '../core/adapter/types.js';
import { isAbortError } from '../core/errors.js';
import { LocalizeController } from '../core/i18n/localize-controller.js';
import { onDemand, preloadFirstRender } from '../core/on-demand.js';
import { THEMES, type Theme } from './themes.js';
import type { Parsed } from '../core/schemas/issues.js';
import type { Task } from '@lit/task';
import type { SourceKind } from './data-source-controller.js';
import { hostStyles } from './host.styles.js';
import { WidgetRegistration } from './widget-registration.js';
import { controlStyles } from './controls.styles.js';
import { tokenStyles } from './theme.styles.js';
import { darkThemeStyles } from './dark-theme.styles.js';
import { renderError, renderLoading, stateStyles } from './states.js';
import { toHeadingLevel } from './heading.js';

export { THEMES, type Theme };

/** The console warning about an attribute value a widget does not know: a page author's mistake, so loaded only then. */
const unknownValueCode = onDemand(() => import('../core/unknown-value.js'));

/**
 * Base of every widget: the data-source properties, design tokens, host styles, shared states,
 * theme attribute and the language controller. Widgets add their own styles after `IjaElement.styles`.
 * The parts and custom properties below are every widget's (the manifest lists them on each).
 *
 * @csspart state - The loading or the error state (also `loading` or `error`).
 * @csspart loading - The loading state.
 * @csspart error - The error state: what went wrong and a retry button.
 * @csspart retry-button - The error state's retry button.
 * @csspart error-details - The error state's folded technical details (status and address).
 * @csspart issues-note - The note that invalid records were left out.
 *
 * @cssproperty --ija-color-primary - Accents, links and buttons (else KERN's `--kern-color-action-default`).
 * @cssproperty --ija-color-on-primary - Text on primary buttons.
 * @cssproperty --ija-color-text - Text colour.
 * @cssproperty --ija-color-text-muted - Secondary text.
 * @cssproperty --ija-color-surface - Background.
 * @cssproperty --ija-color-surface-alt - Background of panels and states.
 * @cssproperty --ija-color-border - Borders.
 * @cssproperty --ija-color-danger - Errors.
 * @cssproperty --ija-color-success - Success.
 * @cssproperty --ija-color-warning - Warnings.
 * @cssproperty --ija-color-focus - The focus ring.
 * @cssproperty --ija-radius - Corner radius of the surface and its panels (default 0.375rem).
 * @cssproperty --ija-padding - Inner padding of the widget's surface (default: `--ija-space`).
 * @cssproperty --ija-space - Base spacing (default 1rem): the spacing scale is ¼, ½, ¾ and 1 × this.
 * @cssproperty --ija-font-family - Font (default: the page's).
 * @cssproperty --ija-reserve-block-size - The space the widget holds while its data loads, as `ija-widgets.css` holds it before the script runs (default 30rem).
 * @cssproperty --ija-font-size - Base font size (default 1rem); the type scale is relative to it.
 * @cssproperty --ija-font-size-xs - Type scale: badges and tags (default 0.8em).
 * @cssproperty --ija-font-size-s - Type scale: secondary text, hints, counters (default 0.875em).
 * @cssproperty --ija-font-size-l - Type scale: headings inside the widget (default 1.1em).
 * @cssproperty --ija-font-size-xl - Type scale: the widget's title (default 1.5em).
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

  /**
   * The level of the widget's title in the page's outline, 1–6 (default 2; any other value counts as 2).
   * The headings inside the widget follow below it (level + 1, …).
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * The attributes with a fixed set of values (each property named as its attribute), and the values: another
   * value warns once in the console. Widgets add theirs.
   * @internal
   */
  static enumerated: Record<string, readonly string[]> = { theme: THEMES };

  protected readonly localize = new LocalizeController(this);

  /**
   * The other widgets of this provider (or page), for links between widgets.
   * @internal
   */
  readonly widgets = new WidgetRegistration(this, () => this.widgetsChanged());

  /** Another widget came or went (in this provider or page): a widget that links to others renders again. */
  protected widgetsChanged(): void {}

  /**
   * A shadow root before the element was made is declarative shadow DOM from a server render, which the first
   * update hydrates (an element made by script gets its shadow root from Lit, later).
   */
  private hydrating = !isServer && this.shadowRoot !== null;

  /**
   * Hydration must render what the server rendered, which had the first render's code (`preloadFirstRender`):
   * so the first update of server-rendered DOM waits for that code instead of showing the loading state.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.hydrating) return super.scheduleUpdate();
    return preloadFirstRender().then(
      () => super.scheduleUpdate(),
      () => super.scheduleUpdate(),
    );
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const enumerated = (this.constructor as typeof IjaElement).enumerated;
    changed.forEach((_, name) => {
      const allowed = enumerated[name as string];
      const value = this[name as keyof this];
      if (allowed && value != null && !allowed.includes(value as string)) {
        void unknownValueCode.load().then(
          (module) => module.warnUnknownValue(this, name as string, value, allowed),
          () => undefined,
        );
      }
    });
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    if (!this.hydrating) return;
    this.hydrating = false;
    // What the server could not see comes now: the page's language, the rest of the page (see `rendersAsServer`).
    void this.updateComplete.then(() => {
      this.localize.refresh();
      this.requestUpdate();
    });
  }

  /**
   * True on a server and while hydrating server-rendered DOM, whose first render must match the server's: what a
   * server cannot see (the rest of the page, the element's children, a provider) counts from the next update on.
   * @internal
   */
  get rendersAsServer(): boolean {
    return isServer || this.hydrating;
  }

  /**
   * The language the widget renders its texts in, for the `lang` of its top part: the browser hyphenates
   * (`hyphens: auto`) and reads aloud by it, also on a page that declares no language or another one.
   * @internal
   */
  get renderLang(): string {
    return this.localize.intlLocale;
  }

  /**
   * The heading level `depth` steps below the title (0: the title's own), for the widget and its views.
   * @internal
   */
  headingAt(depth = 0): number {
    return toHeadingLevel(this.headingLevel) + depth;
  }

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
    source: { readonly task: Task<readonly unknown[], Parsed<T>>; readonly ready?: Parsed<T>; reload(): Promise<void> },
    complete: (result: Parsed<T>) => TemplateResult | undefined,
  ): TemplateResult | undefined {
    const m = this.localize.m;
    // Data that is there at once (a property value, the built-in content) shows without a loading state.
    const ready = source.ready;
    if (ready) return complete(ready);
    // The whole widget is loading: the state holds its space, so nothing below it moves when the data arrives.
    const loading = () => renderLoading(m, { reserve: true });
    return source.task.render({
      initial: loading,
      pending: () => (source.task.value ? complete(source.task.value) : loading()),
      complete,
      error: (error) => (isAbortError(error) ? loading() : renderError(m, error, () => void source.reload())),
    });
  }
}
