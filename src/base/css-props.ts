import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets custom properties on an element through the CSSOM (`style.setProperty`), on every render
 * including the first. Lit's `styleMap` writes a `style` attribute on first render, which a strict
 * Content Security Policy (`style-src` without `'unsafe-inline'`) blocks. Use: `<li ${cssProps({ '--_x': '3' })}>`.
 */
class CssPropsDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProps() belongs on an element, not in an attribute');
  }

  render(_props: Readonly<Record<`--${string}`, string>>) {
    return nothing;
  }

  override update(part: ElementPart, [props]: [Readonly<Record<`--${string}`, string>>]) {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(props)) {
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    }
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
