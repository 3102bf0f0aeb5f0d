/**
 * The short reference of a join request, shown on the sender's receipt and in the organiser's list of
 * requests, so that both can speak about the same request on the phone or by e-mail.
 *
 * It is the first eight hexadecimal digits of the request id (the form makes the id with
 * `crypto.randomUUID()`), upper-cased and split in two groups of four: `1f3a9c2b-…` → `1F3A-9C2B`.
 * Other characters (the UUID's dashes) are skipped; an id with fewer hex digits gives those it has.
 * Eight hex digits tell about four billion requests apart: enough to find one in a network's inbox, not
 * a secret (the reference grants nothing).
 */
export function joinReference(id: string): string {
  const digits = id.replace(/[^0-9a-f]/gi, '').slice(0, 8).toUpperCase();
  return digits.length > 4 ? `${digits.slice(0, 4)}-${digits.slice(4)}` : digits;
}
