/**
 * Registers an element unless the tag is taken: a page that includes the bundle twice (a CMS
 * plugin and a theme, say) must not throw. The first copy's element wins.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  // Outside a browser there is a registry only with a DOM shim (Lit's, on a server); without one, nothing to register.
  if (typeof customElements === 'undefined') return;
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
