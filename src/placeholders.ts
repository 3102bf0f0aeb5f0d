/**
 * CMS placeholder mode: editors whose CMS strips custom elements and scripts write
 * `<div data-ija="partner-map" data-src="/netzwerk.json" data-category="politik"></div>`; the bundle
 * (loaded once by the site template) turns every such placeholder into the element, also those
 * added later. `data-ija` names the element without `ija-`; every other `data-NAME` becomes the
 * attribute `NAME`; `id`, `class`, `lang`, `dir` and `title` are kept; the children move into the
 * element (nested placeholders inside a provider; text shown until the widget has loaded).
 */

const KEPT_ATTRIBUTES = ['id', 'class', 'lang', 'dir', 'title'];
const warned = new WeakSet<Element>();

/** Replaces one placeholder by its element; unknown names are left as they are, with one warning. */
export function upgradePlaceholder(placeholder: HTMLElement): HTMLElement | undefined {
  const name = placeholder.dataset['ija']?.trim().toLowerCase() ?? '';
  const tag = `ija-${name}`;
  if (!/^[a-z][a-z0-9-]*$/.test(name) || !customElements.get(tag)) {
    if (!warned.has(placeholder)) {
      warned.add(placeholder);
      console.warn(`[ija-widgets] data-ija="${name}" names no widget; left as it is`);
    }
    return undefined;
  }
  const element = document.createElement(tag);
  for (const { name: attribute, value } of Array.from(placeholder.attributes)) {
    if (attribute === 'data-ija') continue;
    if (attribute.startsWith('data-')) element.setAttribute(attribute.slice(5), value);
    else if (KEPT_ATTRIBUTES.includes(attribute)) element.setAttribute(attribute, value);
  }
  element.append(...Array.from(placeholder.childNodes));
  placeholder.replaceWith(element);
  upgradePlaceholders(element);
  return element;
}

/** Every placeholder in `root`, `root` included (document order, outer before inner); by default the page's (none on a server). */
export function upgradePlaceholders(root: ParentNode | undefined = globalThis.document): void {
  if (!root) return;
  const found = Array.from(root.querySelectorAll<HTMLElement>('[data-ija]'));
  if (root instanceof HTMLElement && root.matches('[data-ija]')) found.unshift(root);
  for (const placeholder of found) {
    if (placeholder.isConnected && !placeholder.localName.startsWith('ija-')) upgradePlaceholder(placeholder);
  }
}

let observer: MutationObserver | undefined;

/** Upgrades the placeholders on the page now and whenever some are added (CMS AJAX content, late markup). */
export function watchPlaceholders(): void {
  if (observer || typeof document === 'undefined') return;
  const run = () => upgradePlaceholders(document);
  // Only what was added is searched, so a busy page costs little.
  observer = new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => {
        if (node instanceof HTMLElement) upgradePlaceholders(node);
      });
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  run();
}
