// Builds minimal .docx files in tests (a zip of a few XML parts), so no binary fixture is committed.
import fs from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { readImportFile } from '../../src/import/read.js';
import { draftOf, split } from './helpers.js';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip archive of `files` (name -> text), deflated, with UTF-8 names. */
function zip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(text, 'utf8');
    const packed = deflateRawSync(data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBytes, packed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(0x00210000, 12);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = Object.keys(files).length;
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

type StyleId = 'Rubrik1' | 'Paragrafrubrik' | 'Dagordningspunkt' | 'ListNumber' | 'Kapitel1' | 'Kapitel2' | 'Punktrubrik';

/**
 * Lists Word shows otherwise than "1.": outline "1.", "1.1", "1.1.1" by level; punkt "Punkt 1"; letters "1." then
 * "a)" a level in and "i." two levels in; itemLetters "1." then "1 a)"; roman "I." then "i."; zero "01.".
 */
type Shows = 'outline' | 'punkt' | 'letters' | 'itemLetters' | 'roman' | 'zero';
const SHOWS_NUM_ID: Record<Shows, number> = { outline: 8, punkt: 9, letters: 10, itemLetters: 11, roman: 12, zero: 13 };

/** A run of text in a paragraph, bold or italic or neither; with `href`, a hyperlink of its own to that address. */
export interface Run {
  readonly text: string;
  readonly bold?: true;
  readonly italic?: true;
  readonly href?: string;
  /**
   * The hyperlink is a HYPERLINK field, as Word keeps many links (typed and corrected, pasted, from older documents):
   * mammoth puts the run's bold and italics outside such a link, `<strong><a …>`, and inside a w:hyperlink's.
   */
  readonly field?: true;
}

/** One paragraph of a document; a "\n" in its text (a heading's, a cell's too) is Word's line break (Shift+Enter). */
export type Para =
  | { heading: 1 | 2 | 3; text: string }
  | { bullet: 0 | 1 | 2; text: string }
  /**
   * A paragraph of Word's numbered list, at `level` 0 (the default) or 1; `restart` 1 or 2 puts it in a list Word
   * restarted at 1 (a numbering of its own over the same list definition), else it is in the document's list.
   * `shows` puts it in a list Word shows otherwise than "1.": see Shows.
   */
  | { numbered: string; level?: 0 | 1 | 2; restart?: 1 | 2; shows?: Shows }
  /**
   * A paragraph numbered by its style (styles.xml's numPr), not by itself: Rubrik1 a "heading 1" numbered "1.",
   * Paragrafrubrik a "heading 1" numbered "§ 1", Dagordningspunkt a plain style based on Rubrik1, ListNumber
   * "List Number" (numbering.xml ties its level to the style, so the converter makes it a list's item). `off` gives
   * the paragraph numId 0, which turns its style's numbering off. Kapitel1 and Kapitel2 are a "heading 1" and a
   * "heading 2" numbered "1." and "1.1" (the outline list), Punktrubrik a "heading 1" numbered "Punkt 1".
   */
  | { styled: string; style: StyleId; off?: true }
  | { bold: string }
  | { text: string }
  /** A paragraph of runs, each formatted on its own. */
  | { runs: readonly Run[] }
  /** A table, row by row, each cell one paragraph of its text, or as a Cell. */
  | { table: readonly (readonly Cell[])[] };

/** A paragraph of Word's bulleted or numbered list, as in a table's cell. */
export type ListPara = Extract<Para, { bullet: 0 | 1 | 2 } | { numbered: string }>;

/**
 * A table's cell: its text, one paragraph; or its paragraphs, each a text, runs or a list's paragraph (none: an empty paragraph),
 * `span` columns wide, or merged with the cells under it (`down: 'start'`) or into the one above it (`down: 'on'`);
 * `table` a table in the cell under its paragraphs, and `after` a paragraph under that.
 */
export type Cell = string | { readonly paras?: readonly (string | readonly Run[] | ListPara)[]; readonly span?: number; readonly down?: 'start' | 'on'; readonly table?: readonly (readonly Cell[])[]; readonly after?: string };

/** The relationship id of a hyperlink's address: the addresses of a document's runs, in order (see `hrefs`). */
type LinkIds = ReadonlyMap<string, string>;

/** Every address a run of `paras` links to, each with its relationship id. */
const hrefs = (paras: readonly Para[]): LinkIds =>
  new Map([...new Set(paras.flatMap((p) => runsOf(p).flatMap((r) => (r.href === undefined || r.field ? [] : [r.href]))))].map((href, k) => [href, `rIdLink${k + 1}`]));

/** The runs of a paragraph, or of a table's cells. */
const runsOf = (p: Para): readonly Run[] =>
  'runs' in p ? p.runs : 'table' in p ? p.table.flatMap((row) => row.flatMap((c) => (typeof c === 'string' ? [] : [...(c.paras ?? []).flatMap((q) => (typeof q === 'string' || !Array.isArray(q) ? [] : (q as readonly Run[]))), ...(c.table ? runsOf({ table: c.table }) : [])]))) : [];

/** A run with its formatting, its line breaks Word's, in a hyperlink when it has an address. */
function formatted(r: Run, links: LinkIds): string {
  const rPr = r.bold || r.italic ? `<w:rPr>${r.bold ? '<w:b/>' : ''}${r.italic ? '<w:i/>' : ''}</w:rPr>` : '';
  const run = `<w:r>${rPr}${r.text
    .split('\n')
    .map((t) => `<w:t xml:space="preserve">${esc(t)}</w:t>`)
    .join('<w:br/>')}</w:r>`;
  if (r.href === undefined) return run;
  if (!r.field) return `<w:hyperlink r:id="${links.get(r.href)!}">${run}</w:hyperlink>`;
  const fldChar = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
  return `${fldChar('begin')}<w:r><w:instrText xml:space="preserve"> HYPERLINK "${esc(r.href)}" </w:instrText></w:r>${fldChar('separate')}${run}${fldChar('end')}`;
}

function tableCell(c: Cell, links: LinkIds): string {
  const cell = typeof c === 'string' ? { paras: [c] } : c;
  const tcPr = `${cell.span ? `<w:gridSpan w:val="${cell.span}"/>` : ''}${cell.down === 'start' ? '<w:vMerge w:val="restart"/>' : cell.down === 'on' ? '<w:vMerge/>' : ''}`;
  const paras = (cell.paras ?? []).map((p) => (typeof p === 'string' ? paragraph({ text: p }) : 'bullet' in p || 'numbered' in p ? paragraph(p, links) : paragraph({ runs: p }, links)));
  if (cell.table) paras.push(paragraph({ table: cell.table }, links), ...(cell.after !== undefined ? [paragraph({ text: cell.after })] : []));
  return `<w:tc>${tcPr === '' ? '' : `<w:tcPr>${tcPr}</w:tcPr>`}${paras.length > 0 ? paras.join('') : '<w:p/>'}</w:tc>`;
}

function paragraph(p: Para, links: LinkIds = new Map()): string {
  const run = (t: string, bold = false) => formatted({ text: t, ...(bold ? { bold: true as const } : {}) }, links);
  const numPr = (numId: number, level: number) => `<w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>`;
  if ('heading' in p) return `<w:p><w:pPr><w:pStyle w:val="Heading${p.heading}"/></w:pPr>${run(p.text)}</w:p>`;
  if ('bullet' in p) return `<w:p>${numPr(1, p.bullet)}${run(p.text)}</w:p>`;
  if ('numbered' in p) return `<w:p>${numPr(p.shows ? SHOWS_NUM_ID[p.shows] : 2 + (p.restart ?? 0), p.level ?? 0)}${run(p.numbered)}</w:p>`;
  if ('styled' in p) return `<w:p><w:pPr><w:pStyle w:val="${p.style}"/>${p.off ? '<w:numPr><w:numId w:val="0"/></w:numPr>' : ''}</w:pPr>${run(p.styled)}</w:p>`;
  if ('bold' in p) return `<w:p>${run(p.bold, true)}</w:p>`;
  if ('runs' in p) return `<w:p>${p.runs.map((r) => formatted(r, links)).join('')}</w:p>`;
  if ('table' in p) return `<w:tbl>${p.table.map((row) => `<w:tr>${row.map((c) => tableCell(c, links)).join('')}</w:tr>`).join('')}</w:tbl>`;
  return `<w:p>${run(p.text)}</w:p>`;
}

/** Page header and footer paragraphs; `pageNumber` adds a footer line "Sida N" made with a PAGE field. */
export interface Margins {
  readonly header?: readonly string[];
  readonly footer?: readonly string[];
  readonly pageNumber?: boolean;
}

function marginParts(m: Margins): Record<string, string> {
  const part = (tag: 'hdr' | 'ftr', paras: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${tag} xmlns:w="${W}">${paras}</w:${tag}>`;
  const page = m.pageNumber ? '<w:p><w:r><w:t xml:space="preserve">Sida </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>' : '';
  return {
    ...(m.header ? { 'word/header1.xml': part('hdr', m.header.map((t) => paragraph({ text: t })).join('')) } : {}),
    ...(m.footer || m.pageNumber ? { 'word/footer1.xml': part('ftr', (m.footer ?? []).map((t) => paragraph({ text: t })).join('') + page) } : {}),
  };
}

/** A minimal valid .docx with headings, paragraphs, bulleted (three levels) and numbered list paragraphs, and tables. */
export function docx(paras: readonly Para[], margins: Margins = {}): Buffer {
  const links = hrefs(paras);
  const linkRels = [...links].map(([href, id]) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${esc(href).replace(/"/g, '&quot;')}" TargetMode="External"/>`).join('');
  const level = (i: number, fmt: string, text = fmt === 'bullet' ? '•' : `%${i + 1}.`, style = '') =>
    `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${style === '' ? '' : `<w:pStyle w:val="${style}"/>`}<w:lvlText w:val="${text}"/></w:lvl>`;
  const style = (id: StyleId, name: string, pPr: string) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>${pPr}</w:style>`;
  const styleNumPr = (numId: number, ilvl = '') => `<w:pPr><w:numPr>${ilvl}<w:numId w:val="${numId}"/></w:numPr></w:pPr>`;
  const restarted = (numId: number) => `<w:num w:numId="${numId}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;
  return zip({
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${linkRels}</Relationships>`,
    'word/numbering.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0">${level(0, 'bullet')}${level(1, 'bullet')}${level(2, 'bullet')}</w:abstractNum><w:abstractNum w:abstractNumId="1">${level(0, 'decimal')}${level(1, 'decimal')}${level(2, 'decimal')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>${restarted(3)}${restarted(4)}<w:abstractNum w:abstractNumId="2">${level(0, 'decimal', '%1.', 'Rubrik1')}</w:abstractNum><w:abstractNum w:abstractNumId="3">${level(0, 'decimal', '§ %1')}</w:abstractNum><w:abstractNum w:abstractNumId="4">${level(0, 'decimal', '%1.', 'ListNumber')}</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num><w:num w:numId="6"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="7"><w:abstractNumId w:val="4"/></w:num><w:abstractNum w:abstractNumId="5">${level(0, 'decimal', '%1.', 'Kapitel1')}${level(1, 'decimal', '%1.%2', 'Kapitel2')}${level(2, 'decimal', '%1.%2.%3')}</w:abstractNum><w:abstractNum w:abstractNumId="6">${level(0, 'decimal', 'Punkt %1', 'Punktrubrik')}</w:abstractNum><w:num w:numId="8"><w:abstractNumId w:val="5"/></w:num><w:num w:numId="9"><w:abstractNumId w:val="6"/></w:num><w:abstractNum w:abstractNumId="7">${level(0, 'decimal')}${level(1, 'lowerLetter', '%2)')}${level(2, 'lowerRoman')}</w:abstractNum><w:abstractNum w:abstractNumId="8">${level(0, 'decimal')}${level(1, 'lowerLetter', '%1 %2)')}</w:abstractNum><w:abstractNum w:abstractNumId="9">${level(0, 'upperRoman')}${level(1, 'lowerRoman')}</w:abstractNum><w:abstractNum w:abstractNumId="10">${level(0, 'decimalZero')}</w:abstractNum>${[10, 11, 12, 13].map((n) => `<w:num w:numId="${n}"><w:abstractNumId w:val="${n - 3}"/></w:num>`).join('')}</w:numbering>`,
    'word/styles.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">${style('Rubrik1', 'heading 1', styleNumPr(5))}${style('Paragrafrubrik', 'heading 1', styleNumPr(6, '<w:ilvl w:val="0"/>'))}${style('Dagordningspunkt', 'Dagordningspunkt', '<w:basedOn w:val="Rubrik1"/>')}${style('ListNumber', 'List Number', styleNumPr(7, '<w:ilvl w:val="0"/>'))}${style('Kapitel1', 'heading 1', styleNumPr(8))}${style('Kapitel2', 'heading 2', styleNumPr(8))}${style('Punktrubrik', 'heading 1', styleNumPr(9))}</w:styles>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${paras.map((p) => paragraph(p, links)).join('')}</w:body></w:document>`,
    ...marginParts(margins),
  });
}

/** The draft of a .docx of `paras`, written in `dir` under `name`, as `minutes import` reads and writes it. */
export async function docxDraft(dir: string, name: string, paras: readonly Para[]): Promise<ReturnType<typeof split>> {
  const file = path.join(dir, `${name.replace(/\W+/g, '-')}.docx`);
  fs.writeFileSync(file, docx(paras));
  const read = await readImportFile(file);
  if (!read.ok) throw new Error(read.message);
  return split(draftOf(read.text, { markdown: read.markdown, word: read.word === true }).rendered);
}

/** The draft's body of a .docx (see `docxDraft`). */
export const docxBody = async (dir: string, name: string, paras: readonly Para[]): Promise<string> => (await docxDraft(dir, name, paras)).body;
