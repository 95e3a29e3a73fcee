// The numbers Word shows before its numbered paragraphs, which the converter (mammoth) does not know: it starts
// every list it opens at 1, and it opens a new one after each paragraph of text between two items, so an agenda
// numbered by Word would read "1. 1. 1.". Each such paragraph gets its number as a marked first run, which
// htmlToMarkdown puts in place of the converter's.
import JSZip from 'jszip';
import { numberMark } from './docx.js';

const DOCUMENT = 'word/document.xml';
const NUMBERING = 'word/numbering.xml';
const STYLES = 'word/styles.xml';

interface Level {
  readonly start: number;
  /** Word's w:numFmt: how the level's number is written ("decimal", "lowerLetter", "upperRoman" …). */
  readonly format: string;
  /** Numbered, not a bullet. A "none" level is too, but shows no number: only its text's words, if any. */
  readonly numbered: boolean;
  /** Word's w:isLgl: every number in the text in digits ("1.1" under "I."), whatever the levels' formats. */
  readonly legal: boolean;
  /** What Word shows (its w:lvlText): "%1." or "%1.%2" or "Punkt %1", %N the number at level N - 1. */
  readonly text: string;
  /** The paragraph style this level belongs to (its w:pStyle), which numbers at this level when the style gives none. */
  readonly style: string | undefined;
}

interface List {
  /** The counters' key: lists that share an abstract numbering without restarting it number on together, as in Word. */
  readonly key: string;
  readonly levels: ReadonlyMap<number, Level>;
}

const attr = (xml: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(xml)?.[1];

/** numbering.xml -> each numId's list: the levels of its abstract numbering, with the start values it overrides. */
export function readLists(numberingXml: string): Map<string, List> {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const [, open, body] of numberingXml.matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>();
    for (const [, lvlOpen, lvl] of body!.matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
      const format = attr(/<w:numFmt\b[^>]*>/.exec(lvl!)?.[0] ?? '', 'w:val') ?? 'decimal';
      // Omitted, the start is 0 (ECMA-376 17.9.25), as Word shows it.
      const start = Number(attr(/<w:start\b[^>]*>/.exec(lvl!)?.[0] ?? '', 'w:val') ?? 0);
      const ilvl = Number(attr(lvlOpen!, 'w:ilvl') ?? 0);
      const text = attr(/<w:lvlText\b[^>]*>/.exec(lvl!)?.[0] ?? '', 'w:val') ?? (format === 'none' ? '' : `%${ilvl + 1}.`);
      const style = attr(/<w:pStyle\b[^>]*>/.exec(lvl!)?.[0] ?? '', 'w:val');
      const legal = /<w:isLgl\b(?![^>]*w:val="(?:0|false|off)")[^>]*>/.test(lvl!);
      levels.set(ilvl, { start, format, numbered: format !== 'bullet', legal, text, style });
    }
    abstracts.set(attr(open!, 'w:abstractNumId') ?? '', levels);
  }
  const lists = new Map<string, List>();
  for (const [, open, body] of numberingXml.matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
    const numId = attr(open!, 'w:numId');
    const abstractId = attr(/<w:abstractNumId\b[^>]*>/.exec(body!)?.[0] ?? '', 'w:val');
    const base = abstracts.get(abstractId ?? '');
    if (numId === undefined || !base) continue;
    const levels = new Map(base);
    let restarts = false;
    for (const [, overrideOpen, override] of body!.matchAll(/<w:lvlOverride\b([^>]*)>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = attr(/<w:startOverride\b[^>]*>/.exec(override!)?.[0] ?? '', 'w:val');
      const ilvl = Number(attr(overrideOpen!, 'w:ilvl') ?? 0);
      const level = levels.get(ilvl);
      if (start === undefined || !level) continue;
      levels.set(ilvl, { ...level, start: Number(start) });
      restarts = true;
    }
    // A list Word restarts ("Börja om från 1") is a num of its own with a start override; it counts on its own.
    lists.set(numId, { key: restarts ? `num ${numId}` : `abstract ${abstractId}`, levels });
  }
  return lists;
}

/** The numbering a paragraph style gives its paragraphs: a list and its level. */
export interface StyleNumbering {
  readonly numId: string;
  readonly ilvl: number;
}

/**
 * styles.xml -> each paragraph style's numbering (its w:pPr/w:numPr, or the nearest style it is based on that has
 * one). Without w:ilvl the level is the one numbering.xml ties to the style (w:lvl's w:pStyle), else 0.
 */
export function readStyles(stylesXml: string, lists: ReadonlyMap<string, List>): Map<string, StyleNumbering> {
  const own = new Map<string, { numId: string | undefined; ilvl: string | undefined; basedOn: string | undefined }>();
  for (const [, open, body] of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = attr(open!, 'w:styleId');
    if (id === undefined || (attr(open!, 'w:type') ?? 'paragraph') !== 'paragraph') continue;
    const numPr = /<w:pPr\b[^>]*>[\s\S]*?<w:numPr\b[^>]*>([\s\S]*?)<\/w:numPr>/.exec(body!)?.[1] ?? '';
    const val = (tag: string, xml: string) => attr(new RegExp(`<w:${tag}\\b[^>]*>`).exec(xml)?.[0] ?? '', 'w:val');
    own.set(id, { numId: val('numId', numPr), ilvl: val('ilvl', numPr), basedOn: val('basedOn', body!) });
  }
  const styles = new Map<string, StyleNumbering>();
  for (const id of own.keys()) {
    // The nearest style in the chain that says anything about numbering; a loop of basedOn ends the search.
    const seen = new Set<string>();
    let at: string | undefined = id;
    while (at !== undefined && !seen.has(at) && own.get(at)?.numId === undefined) {
      seen.add(at);
      at = own.get(at)?.basedOn;
    }
    const found = at === undefined ? undefined : own.get(at);
    if (found?.numId === undefined) continue;
    const levels = [...(lists.get(found.numId)?.levels ?? [])];
    const tied = levels.find(([, level]) => level.style === id) ?? levels.find(([, level]) => level.style === at);
    styles.set(id, { numId: found.numId, ilvl: found.ilvl === undefined ? (tied?.[0] ?? 0) : Number(found.ilvl) });
  }
  return styles;
}

/**
 * document.xml with each paragraph of a numbered list level (its own w:numPr, or its paragraph style's) given its
 * displayed number as a marked first run. A paragraph at one level starts the levels below it over, as in Word.
 */
export function markNumbers(documentXml: string, lists: ReadonlyMap<string, List>, styles: ReadonlyMap<string, StyleNumbering> = new Map()): string {
  const counters = new Map<string, number[]>();
  let out = '';
  let from = 0;
  /** Inside a paragraph's own properties (not a tracked change's old ones), and its numbering so far. */
  let inProps = false;
  let changes = 0;
  let numId: string | undefined;
  let ilvl: number | undefined;
  let style: string | undefined;
  for (const m of documentXml.matchAll(/<(\/?)w:(pPr|pPrChange|pStyle|numId|ilvl)\b([^>]*?)(\/?)>/g)) {
    const [, closing, tag, attrs, selfClosing] = m;
    if (tag === 'pPrChange') changes += closing ? -1 : selfClosing ? 0 : 1;
    if (changes > 0 || tag === 'pPrChange') continue;
    if (tag === 'pPr' && !closing) {
      inProps = selfClosing === '';
      numId = undefined;
      ilvl = undefined;
      style = undefined;
    } else if (tag === 'numId' && inProps) numId = attr(attrs!, 'w:val');
    else if (tag === 'ilvl' && inProps) ilvl = Number(attr(attrs!, 'w:val') ?? 0);
    else if (tag === 'pStyle' && inProps) style = attr(attrs!, 'w:val');
    else if (tag === 'pPr' && closing && inProps) {
      inProps = false;
      // The paragraph's own numbering wins over its style's; its numId 0 turns the style's off.
      const styled = numId === undefined && style !== undefined ? styles.get(style) : undefined;
      if (styled) [numId, ilvl] = [styled.numId, ilvl ?? styled.ilvl];
      ilvl ??= 0;
      const list = numId === undefined ? undefined : lists.get(numId);
      if (!list) continue;
      const counts = counters.get(list.key) ?? [];
      counters.set(list.key, counts);
      const level = list.levels.get(ilvl);
      counts[ilvl] = counts[ilvl] === undefined ? (level?.start ?? 1) : counts[ilvl]! + 1;
      counts.length = ilvl + 1;
      const shown = level?.numbered ? shownNumber(level, counts, list) : '';
      // A "none" level shows its text without a number, often nothing at all.
      if (shown === '') continue;
      const end = m.index + m[0].length;
      out += `${documentXml.slice(from, end)}<w:r><w:t>${numberMark(shown)}</w:t></w:r>`;
      from = end;
    }
  }
  return from === 0 ? documentXml : out + documentXml.slice(from);
}

/**
 * The number as Word shows it: the level's text with each %N the count at level N - 1 ("%1.%2" under "2." is
 * "2.1"), a level not counted yet at its start, each written in its level's format ("%1 %2)" under "3" is "3 b)"
 * when level 2 counts in letters), or in digits when the level is "legal" (w:isLgl).
 * The text stays as numbering.xml escapes it, ready for document.xml.
 */
function shownNumber(level: Level, counts: readonly (number | undefined)[], list: List): string {
  return level.text
    .replace(/%([1-9])/g, (_, d: string) => {
      const above = list.levels.get(Number(d) - 1);
      const n = counts[Number(d) - 1] ?? above?.start ?? 1;
      return level.legal ? String(n) : formatNumber(n, above?.format ?? 'decimal');
    })
    .trim();
}

const ROMAN: readonly (readonly [value: number, digits: string])[] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 4 -> "IV"; past 3999 with one "M" per thousand, as Word writes them ("MMMM" for 4000). */
function roman(n: number): string {
  let out = '';
  for (const [value, digits] of ROMAN) for (; n >= value; n -= value) out += digits;
  return out;
}

/**
 * A count as Word writes it in a level's format (w:numFmt): letters ("a" … "z", then "aa" … "zz", "aaa" as Word goes
 * on), roman numerals, "01" (decimalZero). "none" writes nothing. Digits for decimal and for the formats whose words
 * depend on the document's language (ordinal "1st", cardinalText "one"), and for 0, which has no letter nor numeral.
 */
export function formatNumber(n: number, format: string): string {
  if (format === 'none') return '';
  if (n < 1) return String(n);
  switch (format) {
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
    case 'upperLetter': {
      const letters = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.ceil(n / 26));
      return format === 'upperLetter' ? letters.toUpperCase() : letters;
    }
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    default:
      return String(n);
  }
}

/** The .docx with its numbered paragraphs marked, or the same bytes when it has none. */
export async function withNumbers(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const [document, numbering, styles] = [zip.file(DOCUMENT), zip.file(NUMBERING), zip.file(STYLES)];
  if (!document || !numbering) return bytes;
  const xml = await document.async('string');
  const lists = readLists(await numbering.async('string'));
  const marked = markNumbers(xml, lists, readStyles((await styles?.async('string')) ?? '', lists));
  if (marked === xml) return bytes;
  zip.file(DOCUMENT, marked);
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}
