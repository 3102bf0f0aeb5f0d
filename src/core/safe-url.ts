const ALLOWED = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * A link target from data, or undefined when it is not a web page, e-mail or phone link
 * (`javascript:`, `data:` and the like never reach an href).
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    // Relative links are the page's own; a server render (no document) takes them as such too, as the browser will.
    const base = typeof document === 'undefined' ? 'https://server-render.invalid/' : document.baseURI;
    return ALLOWED.has(new URL(url, base).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}
