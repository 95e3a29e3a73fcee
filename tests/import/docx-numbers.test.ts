// The numbers Word shows before numbered paragraphs, read from numbering.xml and document.xml (docx-numbers.ts):
// starts, levels started over, lists that number on together or restart, and what is not a paragraph's numbering.
import { describe, expect, it } from 'vitest';
import { markNumbers, readLists } from '../../src/import/docx-numbers.js';
import { NUMBER_MARK } from '../../src/import/docx.js';

const lvl = (ilvl: number, fmt = 'decimal', start: number | null = 1) =>
  `<w:lvl w:ilvl="${ilvl}">${start === null ? '' : `<w:start w:val="${start}"/>`}<w:numFmt w:val="${fmt}"/></w:lvl>`;
const abstract = (id: number, ...levels: string[]) => `<w:abstractNum w:abstractNumId="${id}">${levels.join('')}</w:abstractNum>`;
const num = (numId: number, abstractId: number, startOverride?: number) =>
  `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${startOverride === undefined ? '' : `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${startOverride}"/></w:lvlOverride>`}</w:num>`;
/** A paragraph in list numId at level ilvl; numId undefined: plain text. */
const p = (numId?: number, ilvl = 0, before = '') =>
  `<w:p>${numId === undefined ? '' : `<w:pPr>${before}<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>`}<w:r><w:t>x</w:t></w:r></w:p>`;

/** Each paragraph's shown number, or "·" for none. */
const shown = (numbering: string, body: string) =>
  markNumbers(`<w:body>${body}</w:body>`, readLists(`<w:numbering>${numbering}</w:numbering>`))
    .split('<w:p>')
    .slice(1)
    .map((para) => new RegExp(NUMBER_MARK.source).exec(para)?.[1] ?? '·')
    .join(' ');

const CASES: readonly (readonly [name: string, numbering: string, body: string, numbers: string])[] = [
  ['numbers go on past paragraphs between', abstract(0, lvl(0)) + num(1, 0), p(1) + p() + p(1) + p() + p(1), '1 · 2 · 3'],
  ['a level starts at its w:start', abstract(0, lvl(0, 'decimal', 5)) + num(1, 0), p(1) + p(1), '5 6'],
  ['a level without w:start starts at 0, as Word shows it', abstract(0, lvl(0, 'decimal', null)) + num(1, 0), p(1) + p(1), '0 1'],
  ['a deeper level starts over when a shallower one goes on', abstract(0, lvl(0), lvl(1)) + num(1, 0), p(1) + p(1, 1) + p(1, 1) + p(1) + p(1, 1), '1 1 2 2 1'],
  ['bullets and unnumbered levels get no number', abstract(0, lvl(0, 'bullet'), lvl(1, 'none')) + num(1, 0), p(1) + p(1, 1), '· ·'],
  ['lists over one definition number on together', abstract(0, lvl(0)) + num(1, 0) + num(2, 0), p(1) + p(2) + p(1), '1 2 3'],
  ['a list Word restarts counts on its own', abstract(0, lvl(0)) + num(1, 0) + num(2, 0, 1), p(1) + p(1) + p(2) + p(2) + p(1), '1 2 1 2 3'],
  ['separate definitions are separate lists', abstract(0, lvl(0)) + abstract(1, lvl(0)) + num(1, 0) + num(2, 1), p(1) + p(2) + p(1), '1 1 2'],
  ['numId 0 and unknown lists are no numbering', abstract(0, lvl(0)) + num(1, 0), p(0) + p(7) + p(1), '· · 1'],
  [
    "a tracked change's former numbering is not the paragraph's",
    abstract(0, lvl(0)) + num(1, 0) + num(2, 0, 1),
    p(1) + `<w:p><w:pPr><w:pPrChange w:id="1"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:t>x</w:t></w:r></w:p>` + p(1),
    '1 · 2',
  ],
];

describe("the numbers Word shows before a .docx's numbered paragraphs", () => {
  it.each(CASES)('%s', (_name, numbering, body, numbers) => {
    expect(shown(numbering, body)).toBe(numbers);
  });
});
