/**
 * A text file's bytes to text, whichever encoding the spreadsheet program saved it in: UTF-8 with or
 * without a byte order mark (LibreOffice, Excel's "CSV UTF-8"), UTF-16 with its mark (Excel's
 * "Unicode text"), or Windows-1252 (Excel's plain "CSV", still the default in German Windows).
 */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    // Windows-1252 text with umlauts is almost never valid UTF-8 (an "ü" alone is a broken sequence).
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/**
 * Where Windows-1252 differs from Latin-1: bytes 0x80–0x9F (€, „, “, –, …), by the WHATWG table.
 * Node's own TextDecoder('windows-1252') decodes these as Latin-1 control characters since 20.18.3
 * and 22.13.0 (nodejs/node#60888), which would turn "Schule–Beruf" into "Schule\u0096Beruf".
 */
const C1_WINDOWS_1252 =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(...Array.from(chunk, (byte) => (byte >= 0x80 && byte <= 0x9f ? C1_WINDOWS_1252.charCodeAt(byte - 0x80) : byte)));
  }
  return text;
}

export function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}
