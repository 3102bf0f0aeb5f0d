const ALLOWED = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * A link target from data, or undefined when it is not a web page, e-mail or phone link
 * (`javascript:`, `data:` and the like never reach an href).
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return ALLOWED.has(new URL(url, document.baseURI).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}
