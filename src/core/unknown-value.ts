/** The values already warned about, per element: each warns once, not on every render. */
const warned = new WeakMap<Element, Set<string>>();

/**
 * Warns in the console, once per element, attribute and value, when an attribute with a fixed set of values has
 * another (a misspelt `category="Politik"` would otherwise be ignored without a word). Unset is fine.
 */
export function warnUnknownValue(element: Element, attribute: string, value: unknown, allowed: readonly string[]): void {
  if (value == null || allowed.includes(value as string)) return;
  const key = `${attribute}=${String(value)}`;
  const seen = warned.get(element) ?? new Set<string>();
  if (seen.has(key)) return;
  warned.set(element, seen.add(key));
  console.warn(`[ija-widgets] <${element.localName}> ${attribute}="${String(value)}" has no effect; its values are ${allowed.join(', ')}`);
}
