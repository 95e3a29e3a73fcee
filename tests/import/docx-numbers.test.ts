// The numbers Word shows before numbered paragraphs, read from numbering.xml and document.xml (docx-numbers.ts):
// starts, levels started over, lists that number on together or restart, and what is not a paragraph's numbering.
import { describe, expect, it } from 'vitest';
import { markNumbers, readLists, readStyles } from '../../src/import/docx-numbers.js';
import { NUMBER_MARK } from '../../src/import/docx.js';

const lvl = (ilvl: number, fmt = 'decimal', start: number | null = 1, inner = '') =>
  `<w:lvl w:ilvl="${ilvl}">${start === null ? '' : `<w:start w:val="${start}"/>`}<w:numFmt w:val="${fmt}"/>${inner}</w:lvl>`;
const abstract = (id: number, ...levels: string[]) => `<w:abstractNum w:abstractNumId="${id}">${levels.join('')}</w:abstractNum>`;
const num = (numId: number, abstractId: number, startOverride?: number) =>
  `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${startOverride === undefined ? '' : `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${startOverride}"/></w:lvlOverride>`}</w:num>`;
/** A paragraph in list numId at level ilvl; numId undefined: plain text. */
const p = (numId?: number, ilvl = 0, before = '') =>
  `<w:p>${numId === undefined ? '' : `<w:pPr>${before}<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>`}<w:r><w:t>x</w:t></w:r></w:p>`;

/** A paragraph of style `style`, with `numPr` its own numbering properties if any. */
const ps = (style: string, numPr = '') => `<w:p><w:pPr><w:pStyle w:val="${style}"/>${numPr}</w:pPr><w:r><w:t>x</w:t></w:r></w:p>`;
/** A paragraph style, numbered by `numPr` (inside w:numPr) and based on `basedOn` when given. */
const style = (id: string, numPr?: string, basedOn?: string) =>
  `<w:style w:type="paragraph" w:styleId="${id}">${basedOn ? `<w:basedOn w:val="${basedOn}"/>` : ''}${numPr === undefined ? '' : `<w:pPr><w:numPr>${numPr}</w:numPr></w:pPr>`}</w:style>`;
const numId = (id: number, ilvl?: number) => `${ilvl === undefined ? '' : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${id}"/>`;

/** Each paragraph's shown number ("1" when shown as "1.", "§1" when shown as "§ 1", else as shown), or "·" for none. */
const shown = (numbering: string, body: string, styles = '') => {
  const lists = readLists(`<w:numbering>${numbering}</w:numbering>`);
  return markNumbers(`<w:body>${body}</w:body>`, lists, readStyles(`<w:styles>${styles}</w:styles>`, lists))
    .split('<w:p>')
    .slice(1)
    .map((para) => new RegExp(NUMBER_MARK.source).exec(para)?.[1]!.replace(/^(\d+)\.$/, '$1').replace(/^§ /, '§') ?? '·')
    .join(' ');
};

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

/** Numbering through the paragraph's style (styles.xml). */
const STYLED: readonly (readonly [name: string, numbering: string, styles: string, body: string, numbers: string])[] = [
  ['a style numbers its paragraphs, with the same counters', abstract(0, lvl(0)) + num(1, 0), style('Rubrik1', numId(1)), ps('Rubrik1') + p() + p(1) + ps('Rubrik1'), '1 · 2 3'],
  [
    'a style without ilvl numbers at the level numbering.xml ties to it, else 0',
    abstract(0, lvl(0), lvl(1, 'decimal', 1, '<w:pStyle w:val="Rubrik2"/>')) + num(1, 0),
    style('Rubrik1', numId(1)) + style('Rubrik2', numId(1)),
    ps('Rubrik1') + ps('Rubrik2') + ps('Rubrik2') + ps('Rubrik1') + ps('Rubrik2'),
    '1 1 2 2 1',
  ],
  ['a style based on a numbered style is numbered by it', abstract(0, lvl(0)) + num(1, 0), style('Rubrik1', numId(1, 0)) + style('Beslut', undefined, 'Rubrik1') + style('Brödtext'), ps('Rubrik1') + ps('Beslut') + ps('Brödtext'), '1 2 ·'],
  [
    "the paragraph's own numbering wins; its numId 0 turns the style's off",
    abstract(0, lvl(0)) + abstract(1, lvl(0)) + num(1, 0) + num(2, 1),
    style('Rubrik1', numId(1, 0)),
    ps('Rubrik1') + ps('Rubrik1', `<w:numPr>${numId(2, 0)}</w:numPr>`) + ps('Rubrik1', `<w:numPr>${numId(0)}</w:numPr>`) + ps('Rubrik1'),
    '1 1 · 2',
  ],
  ['a style numbering off (numId 0) ends what it is based on', abstract(0, lvl(0)) + num(1, 0), style('Rubrik1', numId(1, 0)) + style('Onumrerad', numId(0), 'Rubrik1'), ps('Rubrik1') + ps('Onumrerad'), '1 ·'],
  ['a level shown "%1.%2" shows the numbers of the levels above it', abstract(0, lvl(0), lvl(1, 'decimal', 1, '<w:lvlText w:val="%1.%2"/>')) + num(1, 0), style('Rubrik1', numId(1, 0)) + style('Rubrik2', numId(1, 1)), ps('Rubrik1') + ps('Rubrik2') + ps('Rubrik2') + ps('Rubrik1') + ps('Rubrik2'), '1 1.1 1.2 2 2.1'],
  ['a level above not counted yet shows its start', abstract(0, lvl(0, 'decimal', 3), lvl(1, 'decimal', 1, '<w:lvlText w:val="%1.%2.)"/>')) + num(1, 0), style('Rubrik2', numId(1, 1)), ps('Rubrik2') + ps('Rubrik2'), '3.1.) 3.2.)'],
  ['a level shown "Punkt %1" is marked so', abstract(0, lvl(0, 'decimal', 1, '<w:lvlText w:val="Punkt %1"/>')) + num(1, 0), style('Punkt', numId(1, 0)), ps('Punkt') + ps('Punkt'), 'Punkt 1 Punkt 2'],
  ['a level shown "§ 1" is marked so', abstract(0, lvl(0, 'decimal', 1, '<w:lvlText w:val="§ %1"/>')) + num(1, 0), style('Paragraf', numId(1, 0)), ps('Paragraf') + ps('Paragraf'), '§1 §2'],
];

/** Word's number formats (w:numFmt), each level shown as its own number or with those above it. */
const text = (t: string) => `<w:lvlText w:val="${t}"/>`;
const FORMATS: readonly (readonly [name: string, numbering: string, body: string, numbers: string])[] = [
  ['letters, past z as Word goes on', abstract(0, lvl(0, 'lowerLetter', 25, text('%1)'))) + num(1, 0), p(1) + p(1) + p(1) + p(1), 'y) z) aa) bb)'],
  ['capital letters', abstract(0, lvl(0, 'upperLetter', 1, text('%1.'))) + num(1, 0), p(1) + p(1), 'A. B.'],
  ['roman numerals, past 3999 with one M a thousand', abstract(0, lvl(0, 'upperRoman', 3998, text('%1.'))) + num(1, 0), p(1) + p(1) + p(1), 'MMMCMXCVIII. MMMCMXCIX. MMMM.'],
  ['small roman numerals', abstract(0, lvl(0, 'lowerRoman', 1, text('%1.'))) + num(1, 0), p(1) + p(1) + p(1) + p(1), 'i. ii. iii. iv.'],
  ['a level above in its own format', abstract(0, lvl(0, 'decimal', 3), lvl(1, 'lowerLetter', 1, text('%1 %2)'))) + num(1, 0), p(1) + p(1, 1) + p(1, 1), '3 3 a) 3 b)'],
  ['a "legal" level (w:isLgl) in digits only', abstract(0, lvl(0, 'upperRoman', 1, text('%1.')), lvl(1, 'decimal', 1, `${text('%1.%2')}<w:isLgl/>`)) + num(1, 0), p(1) + p(1) + p(1, 1), 'I. II. 2.1'],
  ['decimalZero', abstract(0, lvl(0, 'decimalZero', 9, text('%1.'))) + num(1, 0), p(1) + p(1), '09 10'],
  ['none shows nothing, nor its number in a deeper level', abstract(0, lvl(0, 'none', 1, text('')), lvl(1, 'decimal', 1, text('%1%2.'))) + num(1, 0), p(1) + p(1, 1), '· 1'],
  ['none shows its words', abstract(0, lvl(0, 'none', 1, text('Bilaga'))) + num(1, 0), p(1), 'Bilaga'],
  ['ordinal and cardinalText in digits', abstract(0, lvl(0, 'ordinal', 1, text('%1.')), lvl(1, 'cardinalText', 1, text('%2'))) + num(1, 0), p(1) + p(1, 1), '1 1'],
];

describe("the numbers Word shows before a .docx's numbered paragraphs", () => {
  it.each(CASES)('%s', (_name, numbering, body, numbers) => {
    expect(shown(numbering, body)).toBe(numbers);
  });
  it.each(STYLED)('%s', (_name, numbering, styles, body, numbers) => {
    expect(shown(numbering, body, styles)).toBe(numbers);
  });
  it.each(FORMATS)('%s', (_name, numbering, body, numbers) => {
    expect(shown(numbering, body)).toBe(numbers);
  });
});
