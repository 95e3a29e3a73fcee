// The numbers Word shows before its numbered paragraphs, which the converter (mammoth) does not know: it starts
// every list it opens at 1, and it opens a new one after each paragraph of text between two items, so an agenda
// numbered by Word would read "1. 1. 1.". Each such paragraph gets its number as a marked first run, which
// htmlToMarkdown puts in place of the converter's.
import JSZip from 'jszip';
import { numberMark } from './docx.js';

const DOCUMENT = 'word/document.xml';
const NUMBERING = 'word/numbering.xml';

interface Level {
  readonly start: number;
  /** Numbered, not a bullet nor unnumbered ("none"). */
  readonly numbered: boolean;
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
      levels.set(Number(attr(lvlOpen!, 'w:ilvl') ?? 0), { start, numbered: format !== 'bullet' && format !== 'none' });
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

/**
 * document.xml with each paragraph of a numbered list level (its own w:numPr; numbering through a paragraph style
 * is left to the converter) given its displayed number as a marked first run. A paragraph at one level starts the
 * levels below it over, as in Word.
 */
export function markNumbers(documentXml: string, lists: ReadonlyMap<string, List>): string {
  const counters = new Map<string, number[]>();
  let out = '';
  let from = 0;
  /** Inside a paragraph's own properties (not a tracked change's old ones), and its numbering so far. */
  let inProps = false;
  let changes = 0;
  let numId: string | undefined;
  let ilvl = 0;
  for (const m of documentXml.matchAll(/<(\/?)w:(pPr|pPrChange|numId|ilvl)\b([^>]*?)(\/?)>/g)) {
    const [, closing, tag, attrs, selfClosing] = m;
    if (tag === 'pPrChange') changes += closing ? -1 : selfClosing ? 0 : 1;
    if (changes > 0 || tag === 'pPrChange') continue;
    if (tag === 'pPr' && !closing) {
      inProps = selfClosing === '';
      numId = undefined;
      ilvl = 0;
    } else if (tag === 'numId' && inProps) numId = attr(attrs!, 'w:val');
    else if (tag === 'ilvl' && inProps) ilvl = Number(attr(attrs!, 'w:val') ?? 0);
    else if (tag === 'pPr' && closing && inProps) {
      inProps = false;
      const list = numId === undefined ? undefined : lists.get(numId);
      if (!list) continue;
      const counts = counters.get(list.key) ?? [];
      counters.set(list.key, counts);
      const level = list.levels.get(ilvl);
      counts[ilvl] = counts[ilvl] === undefined ? (level?.start ?? 1) : counts[ilvl]! + 1;
      counts.length = ilvl + 1;
      if (!level?.numbered) continue;
      const end = m.index + m[0].length;
      out += `${documentXml.slice(from, end)}<w:r><w:t>${numberMark(counts[ilvl]!)}</w:t></w:r>`;
      from = end;
    }
  }
  return from === 0 ? documentXml : out + documentXml.slice(from);
}

/** The .docx with its numbered paragraphs marked, or the same bytes when it has none. */
export async function withNumbers(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const [document, numbering] = [zip.file(DOCUMENT), zip.file(NUMBERING)];
  if (!document || !numbering) return bytes;
  const xml = await document.async('string');
  const marked = markNumbers(xml, readLists(await numbering.async('string')));
  if (marked === xml) return bytes;
  zip.file(DOCUMENT, marked);
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}
