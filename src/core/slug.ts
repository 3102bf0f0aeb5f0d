/** Readable ids made from a title or a name, as organisers would type them (boards, plans, partners). */

const SPELLED_OUT: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * "Fünf Punkte für Süd – 2027" -> "fuenf-punkte-fuer-sued-2027": lower case, German umlauts spelled out,
 * other accents dropped, anything else a single dash, at most `max` characters.
 */
export function slugOf(text: string, max = 60): string {
  return text
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => SPELLED_OUT[letter]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/** The slug of `text` (or `fallback` when it has no latin letters), with "-2", "-3" … until it is not in `taken`. */
export function freeSlug(text: string, taken: ReadonlySet<string>, fallback: string, max = 60): string {
  const base = slugOf(text, max) || fallback;
  for (let number = 1; ; number++) {
    const suffix = number === 1 ? '' : `-${number}`;
    const id = `${base.slice(0, max - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(id)) return id;
  }
}
