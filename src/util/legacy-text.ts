// Text files as old Swedish documents are saved: UTF-8, UTF-16 (Notepad's "Unicode"), or Windows-1252, also mixed
// line by line in a file that two editors wrote to. Read by the importer and for the names in linked attachments;
// check names the encoding of minutes that are not UTF-8 with it.

const whole = (text: string) => ({ ok: true, text, windows1252Lines: [] as number[], mixed: false }) as const;

/**
 * Bytes -> text: UTF-8, or UTF-16 with a byte-order mark or without one; lines that are not valid UTF-8 are
 * read as Windows-1252 (Latin-1), the usual encoding of old Swedish text files, and numbered (from 1) in
 * `windows1252Lines`; `mixed` when other lines hold UTF-8 beyond ASCII. Other NUL bytes mean binary.
 */
export function decodeLegacyText(bytes: Uint8Array): { readonly ok: true; readonly text: string; readonly windows1252Lines: readonly number[]; readonly mixed: boolean } | { readonly ok: false } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return whole(new TextDecoder('utf-16le').decode(bytes));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return whole(new TextDecoder('utf-16be').decode(bytes));
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 !== undefined) return whole(utf16);
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false };
  const all = utf8(bytes);
  if (all !== undefined) return whole(all);
  // Line by line, so that the UTF-8 lines of a file that was added to in another editor stay as they are.
  const lines = splitAfterNewlines(bytes).map((line) => ({ line, text: utf8(line) }));
  const fallback = lines.flatMap((l, i) => (l.text === undefined ? [i + 1] : []));
  const mixed = lines.some((l) => l.text !== undefined && l.line.some((x) => x >= 0x80));
  return { ok: true, text: lines.map((l) => l.text ?? windows1252(l.line)).join(''), windows1252Lines: fallback, mixed };
}

/**
 * What Windows-1252 has at 0x80-0x9F, where Latin-1 has control characters: the euro, dashes, bullets, curly quotes,
 * the ellipsis. Node 20's TextDecoder('windows-1252') reads those bytes as Latin-1, so a dash in an old Word text
 * became an invisible control character (0x96 as U+0096, not "–"). The five bytes Windows-1252 leaves undefined stay
 * as they are, as the WHATWG encoding standard has it.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Windows-1252 bytes -> text, right also where the TextDecoder of the running Node is not (see CP1252_HIGH). */
export function windows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** Where text that is not UTF-8 reads as Windows-1252: the lines that are not UTF-8, and the first as it reads. */
export interface Windows1252Fit {
  /** The lines that are not UTF-8, numbered from 1. */
  readonly lines: readonly number[];
  /** Other lines hold UTF-8 beyond ASCII: the file has both encodings. */
  readonly mixed: boolean;
  /** The first of `lines` read as Windows-1252, without its line break. */
  readonly first: string;
}

/**
 * Whether bytes that are not UTF-8 fit Windows-1252 (Latin-1, "ANSI" in Windows Notepad), as old Swedish text files
 * were saved: every line that is not UTF-8 reads as text in it, letters such as å (0xE5) and signs such as – (0x96),
 * never a byte it leaves undefined or a control character (binary data), nor with a UTF-8 sequence in the line (a
 * UTF-8 file with a byte lost or cut, which another encoding would not mend). Undefined when they do not fit.
 */
export function windows1252Fit(bytes: Uint8Array): Windows1252Fit | undefined {
  const lines = splitAfterNewlines(bytes);
  const fallback: number[] = [];
  let mixed = false;
  lines.forEach((line, i) => {
    if (utf8(line) === undefined) fallback.push(i + 1);
    else if (line.some((x) => x >= 0x80)) mixed = true;
  });
  if (fallback.length === 0 || !fallback.every((n) => readsAsWindows1252(lines[n - 1]!))) return undefined;
  return { lines: fallback, mixed, first: windows1252(lines[fallback[0]! - 1]!).replace(/\r?\n$/, '') };
}

/** A UTF-8 sequence of two to four bytes, in bytes read one character each (latin1). */
const UTF8_SEQUENCE = /[\xC2-\xDF][\x80-\xBF]|[\xE0-\xEF][\x80-\xBF]{2}|[\xF0-\xF4][\x80-\xBF]{3}/;

/** Printable text with tabs and line breaks: no control character, nor one of the five bytes Windows-1252 leaves undefined. */
const TEXT = /^[\t\n\v\f\r\x20-\x7E\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}\u00AD]*$/u;

function readsAsWindows1252(line: Uint8Array): boolean {
  return !UTF8_SEQUENCE.test(Buffer.from(line).toString('latin1')) && TEXT.test(windows1252(line));
}

function utf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The bytes in lines, each with its line feed: no UTF-8 or Windows-1252 character has a 0x0A byte in it. */
function splitAfterNewlines(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let start = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) {
    out.push(bytes.subarray(start, i + 1));
    start = i + 1;
  }
  if (start < bytes.length) out.push(bytes.subarray(start));
  return out;
}

/**
 * UTF-16 without a byte-order mark, as some Windows programs export text. Text in Latin script has a NUL as the
 * high byte of nearly every character and almost never as the low one (UTF-8 and Latin-1 text has none at all);
 * the decoded text must then hold no control characters but tabs and line breaks, which binary data would.
 */
function utf16WithoutBom(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4 || bytes.length % 2 !== 0) return undefined;
  let lowNul = 0;
  let highNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) lowNul++;
    if (bytes[i + 1] === 0) highNul++;
  }
  const units = n / 2;
  const mostly = (k: number) => k >= units * 0.75;
  const rarely = (k: number) => k <= units * 0.02;
  const encoding = mostly(highNul) && rarely(lowNul) ? 'utf-16le' : mostly(lowNul) && rarely(highNul) ? 'utf-16be' : undefined;
  if (encoding === undefined) return undefined;
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  return /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(text) ? undefined : text;
}
