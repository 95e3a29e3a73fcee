// Table test of the HTML mammoth makes of Word documents -> the Markdown-like text the importer parses.
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../src/import/docx.js';
import { readRow } from '../../src/import/docx-table.js';

/** The text with a table's rows (one marked line each, docx-table.ts) as the lines the parser reads them as. */
const rowsRead = (text: string): string => text.split('\n').flatMap((line) => readRow(line)?.texts ?? [line]).join('\n');

const CASES: readonly (readonly [string, string, string])[] = [
  ['headings and paragraphs', '<h1>Rubrik</h1><p>Ett stycke.</p><h2>Punkt</h2><p>Text.</p>', '# Rubrik\n\nEtt stycke.\n\n## Punkt\n\nText.\n'],
  ['nested bullets and a numbered list', '<ul><li>Ett<ul><li>Under</li></ul></li><li>Två</li></ul><ol><li>A</li><li>B<ul><li>c</li></ul></li></ol>', '- Ett\n  - Under\n- Två\n\n1. A\n2. B\n   - c\n'],
  ['bold, italic and a bold label', '<p><strong>Närvarande</strong></p><p>Det är <strong>viktigt </strong>och <em>bra</em>.</p>', '**Närvarande**\n\nDet är **viktigt** och *bra*.\n'],
  ['links: bare when the text is the address', '<p><a href="http://bambuser.com/v/1">http://bambuser.com/v/1</a> och <a href="https://x.se/">sidan</a><a id="_Toc1"></a></p>', 'http://bambuser.com/v/1 och [sidan](https://x.se/)\n'],
  ['entities and line breaks', '<p>A &amp; B &lt;3 &quot;x&quot; &#229;<br />ny rad</p>', 'A & B <3 "x" å  \nny rad\n'],
  ['table rows as "cell, cell" lines', '<table><tr><td><p>Leif Redestig</p></td><td><p>SOF</p></td></tr><tr><td><p>Åke Malmén</p></td><td></td></tr></table><p>Efter.</p>', 'Leif Redestig, SOF\n\nÅke Malmén\n\nEfter.\n'],
  // Word starts a new run where formatting changes: two bold runs with a tab between, which the parser reads as one bold line.
  ['bold runs with a tab between', '<p><strong>Punkt 3</strong>\t<strong>Fritidsbanken</strong></p>', '**Punkt 3** **Fritidsbanken**\n'],
  // The numbers Word shows (docx-numbers.ts marks them in private-use characters): an item's in place of the
  // converter's, the list numbering on from it; elsewhere typed before the text.
  ['numbers Word shows', '<ol><li>\uE0003.\uE001Tre<ol><li>\uE0001.\uE001Ett</li></ol></li><li>Fyra</li></ol><h2>\uE0005.\uE001Övrigt</h2><table><tr><td><p>\uE0002.\uE001Leif</p></td></tr></table>', '3. Tre\n   1. Ett\n4. Fyra\n\n## 5. Övrigt\n\n2. Leif\n'],
  // A number Word shows as "§ 1" is typed so, in a heading and in place of a list item's number.
  ['numbers Word shows as "§ 1"', '<h1>\uE000§ 1\uE001Mötets öppnande</h1><ol><li>\uE000§ 2\uE001Fritidsbanken</li></ol>', '# § 1 Mötets öppnande\n\n§ 2 Fritidsbanken\n'],
  // A number Markdown's list cannot show is typed, the item a paragraph of its own in its list; "2.1" under "2." is
  // the nested list's "1.", but "3.1" with no "3." item above it is typed.
  ['an item numbered "Punkt 1" is a paragraph of its own, in its list', '<ol><li>\uE0001.\uE001Ekonomi<ol><li>\uE000Punkt 1\uE001Hyllor</li><li>\uE000Punkt 2\uE001Skåp</li></ol></li><li>\uE0002.\uE001Övrigt</li></ol>', '1. Ekonomi\n\n   Punkt 1 Hyllor\n\n   Punkt 2 Skåp\n\n2. Övrigt\n'],
  ['items numbered "2.1" under their "2." are a nested list', '<ol><li>\uE0002.\uE001A<ol><li>\uE0002.1\uE001B</li><li>\uE0002.2\uE001C</li></ol></li></ol><ul><li><ol><li>\uE0003.1\uE001D</li></ol></li></ul><p>E</p>', '2. A\n   1. B\n   2. C\n\n3.1 D\n\nE\n'],
  // A list Word numbers a level in with no item above it, which the converter puts in an empty item, was indented
  // under nothing: 4 spaces two levels in, which Markdown reads as code. An item after it numbered otherwise than
  // Markdown would number it ("1." after "2.") starts a list of its own, "1)", which Markdown does not number on.
  ['a list a level in with no item above it', '<p>Text.</p><ul><li><ol><li>\uE0001.\uE001Hyllor</li><li>\uE0002.\uE001Skåp</li></ol></li></ul><ol><li>\uE0001.\uE001Kassa</li><li>\uE0002.\uE001Lampor</li></ol>', 'Text.\n\n1. Hyllor\n2. Skåp\n\n1) Kassa\n2) Lampor\n'],
  ['a list two levels in with no item above it', '<ul><li><ul><li><ol><li>\uE0001.\uE001Hyllor</li></ol></li></ul><ol><li>\uE0001.\uE001Skåp</li></ol></li></ul><p>Text.</p>', '1. Hyllor\n1) Skåp\n\nText.\n'],
  ['lists one after another: a list Markdown would number on from the one above starts with the other delimiter', '<ol><li>\uE0001.\uE001A</li><li>\uE0002.\uE001B</li></ol><ol><li>\uE0001.\uE001C</li></ol><ul><li>D</li></ul><ol><li>\uE0001.\uE001E</li><li>\uE0002.\uE001F<ol><li>\uE0001.\uE001G</li></ol></li></ol><ol><li>\uE0003.\uE001H</li></ol>', '1. A\n2. B\n\n1) C\n\n- D\n\n1. E\n2. F\n   1. G\n\n3. H\n'],
  ['bullets a level in with none above them: the empty item is written, and they are nested in it', '<ul><li><ul><li>Hyllor</li><li>Skåp</li></ul></li><li>Kassa</li></ul>', '-\n  - Hyllor\n  - Skåp\n- Kassa\n'],
  ['bullets two levels in with none above them', '<p>Text.</p><ul><li><ul><li><ul><li>Hyllor</li></ul></li><li>Skåp</li></ul></li></ul>', 'Text.\n\n-\n  -\n    - Hyllor\n  - Skåp\n'],
  ['images are left out', '<p>Före <img src="" /> efter</p>', 'Före efter\n'],
  // Text typed in Word is escaped where Markdown would read it as markup; the Markdown of Word's formatting is not.
  ['typed markup in bold, italics and a link', '<p><strong>*viktigt*</strong> och <em>`kod`</em> i <a href="https://x.se/">_sidan_</a></p>', '**\\*viktigt\\*** och *\\`kod\\`* i [\\_sidan\\_](https://x.se/)\n'],
  ['typed entities, decoded once', '<p>R&amp;auml;kna &lt;https://x.se&gt; &amp;amp; mer</p>', 'R\\&auml;kna \\<https://x.se> \\&amp; mer\n'],
  ['a quote typed after the number Word shows', '<ol><li>\uE0001.\uE001&gt; 50 deltagare</li></ol><h2>\uE0002.\uE001Ekonomi #</h2>', '1. \\> 50 deltagare\n\n## 2. Ekonomi \\#\n'],
  ['a quote typed in bold or in a heading is inline', '<p><strong>&gt; 50</strong></p><h2>&gt; 50</h2>', '**> 50**\n\n## > 50\n'],
  // Bold Markdown could not open against a link's bracket after a letter ("Se**[(x)](…)**y" showed its stars): written
  // inside the link, between its brackets, where it can.
  ['bold around a link right after a letter', '<p>Se<strong><a href="https://x.se/">(x)</a></strong>y och <a href="https://x.se/"><strong>Plats:</strong></a>x</p>', 'Se[**(x)**](https://x.se/)y och [**Plats:**](https://x.se/)x\n'],
];

describe('htmlToMarkdown', () => {
  it.each(CASES)('%s', (_name, html, expected) => {
    expect(rowsRead(htmlToMarkdown(html))).toBe(expected);
  });
});
