import { html, nothing, type TemplateResult } from 'lit';

/** A widget's title is an `h2` unless `heading-level` says otherwise (also `IjaElement.headingLevel`'s default). */
export const DEFAULT_HEADING_LEVEL = 2;

const LEVELS = [1, 2, 3, 4, 5, 6];

/** `heading-level` as given: a whole number 1–6, anything else the default. */
export function toHeadingLevel(value: number): number {
  return LEVELS.includes(value) ? value : DEFAULT_HEADING_LEVEL;
}

/** The attributes a heading may carry; one left out is not written. */
export interface HeadingAttributes {
  id?: string;
  class?: string;
  tabindex?: number;
  lang?: string | typeof nothing;
}

/**
 * One template per level, made once: Lit caches a template by its strings, as for a tagged literal
 * (`lit/static-html.js` builds its strings the same way, at a cost in size that this does not need).
 */
const templates = LEVELS.map((level) => {
  const strings = [`<h${level} class=`, ' id=', ' tabindex=', ' lang=', '>', `</h${level}>`];
  return Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray;
});

/** A real `<h1>`…`<h6>` at `level` (1 or more; deeper than 6 stays 6: HTML has no `h7`). */
export function heading(level: number, attributes: HeadingAttributes, content: unknown): TemplateResult {
  const { id = nothing, class: className = nothing, tabindex = nothing, lang = nothing } = attributes;
  return html(templates[Math.min(level, 6) - 1]!, className, id, tabindex, lang, content);
}
