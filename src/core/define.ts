/**
 * Registers an element unless the tag is taken: a page that includes the bundle twice (a CMS
 * plugin and a theme, say) must not throw. The first copy's element wins.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
