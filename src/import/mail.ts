// Minutes that came by e-mail: the mail's own lines (a forwarded or quoted mail's header, the greeting, the
// signature, "Skickat från min iPhone") are no words of the minutes. They are set aside, to be quoted in a note as a
// PDF's page numbers are, and minutes quoted whole (`> …`, as a reply or a forward quotes them) are read unquoted.
import { indentOf, type Line } from './lines.js';

export interface MailParts {
  /** The minutes' lines: the source's without the mail's own, a quote of the whole minutes without its `>`. */
  readonly lines: readonly Line[];
  /** Header lines ("Från: …", "Ämne: …") and the "Vidarebefordrat meddelande" lines above them, as written. */
  readonly header: readonly Line[];
  /** The mail's own words: a greeting above the minutes, the text around minutes quoted whole. */
  readonly letter: readonly Line[];
  /** Signatures: a "-- " line or a sign-off ("Med vänliga hälsningar", "Mvh Leif") with the lines under it, "Skickat från min iPhone". */
  readonly signature: readonly Line[];
  /** The last header's subject without "VB:", "SV:", "Fwd:" …: the mail nearest the minutes names them. */
  readonly subject?: string;
  /** The last header's "Datum:", "Skickat:" or "Date:" value: when the mail was sent, not when the meeting was. */
  readonly sent?: string;
}

/** "Från: …", "**From:** …", Outlook's and Gmail's labels in Swedish and English; the value may be empty ("Kopia:"). */
const FIELD = /^(?:\*\*)?(från|from|datum|date|skickat|sent|till|to|kopia|cc|bcc|ämne|subject|svara till|reply-to)(?:\*\*)?\s*:(?:\*\*)?\s*(.*)$/iu;
type Field = 'from' | 'sent' | 'to' | 'subject';
const FIELDS: ReadonlyMap<string, Field> = new Map([
  ...['från', 'from'].map((k) => [k, 'from'] as const),
  ...['datum', 'date', 'skickat', 'sent'].map((k) => [k, 'sent'] as const),
  ...['till', 'to', 'kopia', 'cc', 'bcc', 'svara till', 'reply-to'].map((k) => [k, 'to'] as const),
  ...['ämne', 'subject'].map((k) => [k, 'subject'] as const),
]);
/** The line a mail program writes above a forwarded or quoted mail. */
const SEPARATOR = /^(?:-{2,}\s*(?:vidarebefordrat meddelande|forwarded message|ursprungligt meddelande|original message)\s*-{2,}|(?:början på vidarebefordrat (?:brev|mejl|meddelande)|begin forwarded message)\s*:)$/iu;
/** "VB: ", "SV: ", "Fwd: ", "RE: " before a subject, as many as a thread gives it. */
const REPLY_PREFIX = /^(?:\s*(?:vb|vs|sv|fwd?|re|aw|wg)\s*:)+\s*/iu;
/** A mail program's line under what was written on a phone or in its app. */
const DEVICE = /^(?:skickat från min|sent from my|skickat från outlook|hämta outlook för|get outlook for)\b/iu;
/**
 * A sign-off on a line of its own ("Med vänliga hälsningar", "Mvh", "Hälsningar,", "Best regards"), or with the name
 * after it on the same line ("Mvh Leif", "Hälsningar, Ia", "Med vänliga hälsningar, Åke Malmén", "Mvh /David"): up to
 * four words each with a capital first, so that "Hälsningar från Bryggan framfördes." is no signature.
 */
const SIGN_OFF = /^(?:(?:med )?(?:vänliga|vänlig|bästa|varma|glada) hälsning(?:ar)?|hälsningar|mvh|vh|(?:best |kind )?regards)[,.!]?(?=[ \t]|$)/iu;
/** The name after a sign-off on its line, matched with case (`SIGN_OFF` is without). */
const SIGNED_NAME = /^(?:[ \t]+\/?\p{Lu}[\p{L}.'’-]*(?:[ \t]\p{Lu}[\p{L}.'’-]*){0,3})?$/u;
const signOff = (text: string): boolean => {
  const m = SIGN_OFF.exec(text);
  return m !== null && SIGNED_NAME.test(text.slice(m[0].length));
};
/** A greeting opening the mail's own words: "Hej!", "Hej Leif,", "Hejsan alla". */
const GREETING = /^(?:hej|hejsan|hallå|hello|hi|god morgon|tjena)\b/iu;
/** The line a reply writes above the mail it quotes: "Den 12 dec. 2016 kl. 15:02 skrev Johanna Callegari <…>:". */
const ATTRIBUTION = /\b(?:skrev|wrote)\b.{0,200}:$/iu;
/** A signature's lines under its "-- " or sign-off: a name, a title, an organisation, a phone number. */
const SIGNATURE_LINES = 8;
/** The most fields a mail header has: Från, Skickat, Till, Kopia, Ämne and a few more. */
const HEADER_FIELDS = 10;
const SIGNATURE_WIDTH = 80;

interface Found {
  readonly header: Set<number>;
  readonly letter: Set<number>;
  readonly signature: Set<number>;
  subject?: string;
  sent?: string;
}

export function mailParts(source: readonly Line[]): MailParts {
  const found: Found = { header: new Set(), letter: new Set(), signature: new Set() };
  const first = mailLines(source, found);
  const unquoted = unquoteWhole(first, found);
  const lines = unquoted === first ? first : mailLines(unquoted, found);
  // Quoted as the source writes them, `>` and all.
  const pick = (set: ReadonlySet<number>) => source.filter((l) => set.has(l.n));
  return {
    lines,
    header: pick(found.header),
    letter: pick(found.letter),
    signature: pick(found.signature),
    ...(found.subject !== undefined ? { subject: found.subject } : {}),
    ...(found.sent !== undefined ? { sent: found.sent } : {}),
  };
}

/** `lines` without the mail's headers, signatures and greeting, which go into `found`. */
function mailLines(lines: readonly Line[], found: Found): Line[] {
  const out = new Set<number>();
  const isBlank = (k: number) => lines[k] === undefined || lines[k]!.text === '';
  let afterHeader = -1;
  for (let k = 0; k < lines.length; k++) {
    const end = headerEnd(lines, k);
    if (end === undefined) continue;
    for (let j = k; j < end; j++) {
      out.add(j);
      if (lines[j]!.text !== '') found.header.add(lines[j]!.n);
      const m = FIELD.exec(lines[j]!.text);
      const field = m ? FIELDS.get(m[1]!.toLowerCase()) : undefined;
      if (field === 'subject') found.subject = m![2]!.replace(REPLY_PREFIX, '').trim();
      if (field === 'sent') found.sent = m![2]!.trim();
    }
    afterHeader = end;
    k = end - 1;
  }
  const mail = found.header.size > 0 || lines.some((l) => DEVICE.test(l.text) || signOff(l.text));
  // A few lines above the first header, with more under it, are the forwarder's own ("Fwd: se nedan").
  const firstHeader = [...out].reduce((a, b) => Math.min(a, b), lines.length);
  const above = lines.slice(0, firstHeader).filter((l) => l.text !== '');
  if (firstHeader < lines.length && above.length <= 3 && lines.length - firstHeader - out.size > above.length) {
    lines.slice(0, firstHeader).forEach((l, k) => {
      out.add(k);
      if (l.text !== '') found.letter.add(l.n);
    });
  }
  // The greeting: the first paragraph under the header, or of the text, when it opens with "Hej".
  let g = Math.max(afterHeader, 0);
  while (g < lines.length && (isBlank(g) || out.has(g))) g++;
  if (mail && lines[g] !== undefined && GREETING.test(lines[g]!.text)) {
    for (let j = g; j < g + 3 && !isBlank(j); j++) {
      out.add(j);
      found.letter.add(lines[j]!.n);
    }
  }
  for (let k = 0; k < lines.length; k++) {
    const text = lines[k]!.text;
    if (out.has(k)) continue;
    if (DEVICE.test(text)) {
      out.add(k);
      found.signature.add(lines[k]!.n);
    } else if (text === '--' || signOff(text)) {
      const end = signatureEnd(lines, k, out);
      if (end === undefined) continue;
      for (let j = k; j < end; j++) {
        out.add(j);
        if (!isBlank(j)) found.signature.add(lines[j]!.n);
      }
      k = end - 1;
    }
  }
  return lines.filter((_, k) => !out.has(k));
}

/**
 * The index past a mail header starting at `lines[k]`: a separator line, or a "Från:" line, and the header lines
 * under it. Without a separator it takes "Från:" and "Ämne:" and one more, so that minutes' own "Datum:" or "Till:"
 * lines are never a header.
 */
function headerEnd(lines: readonly Line[], k: number): number | undefined {
  let j = k;
  const separator = SEPARATOR.test(lines[k]!.text);
  if (separator) {
    j++;
    while (lines[j]?.text === '' && j - k <= 2) j++;
  }
  const seen = new Set<Field>();
  let count = 0;
  // A header has a handful of fields; a longer run of them is no header, and looking further would be quadratic.
  for (; j < lines.length && count <= HEADER_FIELDS; j++) {
    const m = FIELD.exec(lines[j]!.text);
    const field = m ? FIELDS.get(m[1]!.toLowerCase()) : undefined;
    // A long "Till:" wrapped onto an indented line, or after a ";" or ",".
    if (!field && count > 0 && lines[j]!.text !== '' && (lines[j]!.indent > 0 || /[;,]$/.test(lines[j - 1]!.text))) continue;
    if (!field || (count === 0 && field !== 'from')) break;
    seen.add(field);
    count++;
  }
  const header = count <= HEADER_FIELDS && (separator ? count >= 2 : seen.has('from') && seen.has('subject') && count >= 3);
  return header ? j : undefined;
}

/**
 * The index past a signature starting at `lines[k]` ("-- " or a sign-off): the short lines under it, up to the first
 * blank line after them, when nothing but other mail lines or the end of the text comes after.
 */
function signatureEnd(lines: readonly Line[], k: number, mail: ReadonlySet<number>): number | undefined {
  let j = k + 1;
  while (lines[j]?.text === '' && j - k <= 2) j++;
  const start = j;
  while (j < lines.length && j - start <= SIGNATURE_LINES && lines[j]!.text !== '' && !mail.has(j) && lines[j]!.text.length <= SIGNATURE_WIDTH && !lines[j]!.text.startsWith('>')) j++;
  if (j - start > SIGNATURE_LINES) return undefined;
  let after = j;
  while (after < lines.length && (lines[after]!.text === '' || mail.has(after) || DEVICE.test(lines[after]!.text))) after++;
  return after === lines.length || lines[after]!.text.startsWith('>') || SEPARATOR.test(lines[after]!.text) || FIELD.test(lines[after]!.text) ? j : undefined;
}

/**
 * The minutes quoted whole in a mail: the longest run of `>` lines (blank lines between them too) when it holds at
 * least three lines and twice as many as the rest of the text, read one level in (`> Närvarande` → `Närvarande`, `>> citat` → `> citat`);
 * the text around it is the mail's own. Otherwise `lines` as they are: a quote in the minutes is the writer's.
 */
function unquoteWhole(lines: readonly Line[], found: Found): readonly Line[] {
  let best = { from: 0, to: 0, quoted: 0 };
  let run = { from: -1, to: -1, quoted: 0 };
  lines.forEach((l, k) => {
    if (l.text.startsWith('>')) {
      run = run.from < 0 ? { from: k, to: k + 1, quoted: 1 } : { ...run, to: k + 1, quoted: run.quoted + 1 };
      if (run.quoted > best.quoted) best = run;
    } else if (l.text !== '') run = { from: -1, to: -1, quoted: 0 };
  });
  const others = lines.filter((l, k) => l.text !== '' && (k < best.from || k >= best.to)).length;
  // Only in a mail: a quote in minutes is the writer's, also one that holds most of the text.
  let above = best.from - 1;
  while (lines[above]?.text === '') above--;
  const mail = found.header.size > 0 || found.signature.size > 0 || ATTRIBUTION.test(lines[above]?.text ?? '');
  if (!mail || best.quoted < 3 || best.quoted < 2 * others) return lines;
  lines.forEach((l, k) => {
    if (l.text !== '' && (k < best.from || k >= best.to)) found.letter.add(l.n);
  });
  return lines.slice(best.from, best.to).map((l) => {
    const rest = l.text.replace(/^>[ ]?/, '');
    const text = rest.trim();
    return { ...l, text, indent: text === '' ? 0 : indentOf(rest) };
  });
}
