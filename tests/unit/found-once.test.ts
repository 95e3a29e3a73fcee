// What the slips find once for a line, or for a text, is what they found when they read it again for each error:
// the clip of parts is the clip of them joined, and the quote a line opens up to an offset is OPEN_QUOTE's.
import { describe, expect, it } from 'vitest';
import { clip, clipJoined } from '../../src/util/clip.js';
import { commonSlip, OPEN_QUOTE } from '../../src/load/yaml-slips/index.js';
import { withEditorLineEnds } from '../../src/load/source.js';

describe('a clip of parts', () => {
  const long = 'a'.repeat(200);
  it.each([
    ['short', ['title: ', '"x"', ' y']],
    ['long, the cut in the first part', [long, '"x"', 'b']],
    ['long, the cut in the middle part', ['a', long, 'b']],
    ['long, the cut in the last part', ['a', '"x"', long]],
    ['empty parts', ['', long, '']],
    ['an emoji at the cut', ['😀'.repeat(100), '"x"', '😀'.repeat(100)]],
    ['an emoji across parts', ['a'.repeat(89), '\ud83d', '\ude00', 'b'.repeat(100)]],
  ])('%s', (_, parts) => {
    expect(clipJoined(parts)).toBe(clip(parts.join('')));
    expect(clipJoined(parts, 20)).toBe(clip(parts.join(''), 20));
  });
});

describe('a quote a line opens, up to each offset', () => {
  it.each([
    ['none', 'title: Bryggan'],
    ['double, never closed', 'title: "Bryggan rum 3'],
    ['double, closed', 'title: "Bryggan" rum 3'],
    ['escapes', 'title: "a\\"b\\\\c\\'],
    ['single, doubled quotes', "title: 'Bo''s rum' och 'x"],
    ['after a dash', '  - "Anna'],
    ['after a dash and a key', '  - what: \'Boka'],
    ['a quote after other text', 'title: Bo "rum'],
    // An item's quote in brackets is not the line's (OPEN_QUOTE): it is told by openItemQuote once the error is past it.
    ['a quote after a bracket', 'guests: ["Anna", "Bo', 17],
    // The fields are read with each lone CR an LF (withEditorLineEnds), as an editor and YAML 1.2 end a line there.
    ['a lone CR in the line, which ends it', 'title: "a\rb" c"'],
    ['a line separator in the line', 'title: "a\u2028b: "c'],
    ['a CRLF line ending', 'title: "Bryggan\r\nplace: x\r\n'],
    ['letters only', 'abcdef"g'],
  ] as [string, string, number?][])('%s', (_, written, itemQuote) => {
    const text = withEditorLineEnds(written);
    const line = text.split('\n')[0]!;
    for (let offset = 1; offset <= line.length; offset++) {
      const open = OPEN_QUOTE.exec(line.slice(0, offset));
      const slip = commonSlip(text, 'MISSING_CHAR', offset);
      const said = slip?.message === 'Citattecknet här avslutas aldrig.' ? slip.offset : undefined;
      const expected = itemQuote !== undefined && offset > itemQuote ? itemQuote : open ? open[1]!.length : undefined;
      expect([offset, said]).toEqual([offset, expected]);
    }
  });
});
