import { adoptStyles, isServer, supportsAdoptingStyleSheets, type CSSResult, type ReactiveElement } from 'lit';

const added = new WeakMap<ShadowRoot, Set<CSSResult>>();

/**
 * Adds styles that arrive with code loaded on demand (a view's own rules) to a widget's shadow root,
 * once. Constructed style sheets where the browser has them, otherwise a `<style>` element that
 * carries `window.litNonce`, as Lit does for the widget's own styles. Not in a server's render (no shadow root
 * there): those rules arrive with the code in the browser.
 */
export function addStyles(host: ReactiveElement, styles: CSSResult): void {
  if (isServer) return;
  const root = host.renderRoot as ShadowRoot;
  const done = added.get(root) ?? new Set<CSSResult>();
  if (done.has(styles)) return;
  done.add(styles);
  added.set(root, done);
  if (supportsAdoptingStyleSheets) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet!];
  else adoptStyles(root, [styles]);
}
