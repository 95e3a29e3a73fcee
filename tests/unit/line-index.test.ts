// LineIndex finds the line around an offset by binary search, as searching back and forth in the text finds it.
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/load/source.js';

describe('the line around an offset', () => {
  it.each([
    ['no text', ''],
    ['one line', 'title: Extra'],
    ['lines', 'title: Extra\nattendees: [A,, B]\n'],
    ['blank lines', '\n\nx\n\n'],
    ['Windows line endings', 'a: 1\r\nb: [, c]\r\n'],
  ])('%s', (_, text) => {
    const lines = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      const end = text.indexOf('\n', offset);
      // (lastIndexOf from -1 searches from 0: a line break first in the text would start the line after it.)
      const start = offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
      expect([lines.lineStart(offset), lines.lineEnd(offset)]).toEqual([start, end === -1 ? text.length : end]);
    }
  });
});

// An editor ends a line at LF, CRLF and a lone CR (an old Mac's, or one a paste left); so does every line index, the
// fields' too (they are read with each lone CR an LF: see tests/unit/yaml.test.ts).
describe('the line and column of an offset, as an editor shows them', () => {
  it.each([
    ['a lone CR among LF lines', 'ett\rtvå\ntre', 'två', [2, 1]],
    ['a lone CR right after an LF', 'ett\n\rtvå', 'två', [3, 1]],
    ['lone CRs only', 'ett\rtvå\rtre', 'tre', [3, 1]],
    ['CRLF, then a lone CR', 'ett\r\ntvå\rtre', 'tre', [3, 1]],
    ['a CR last', 'ett\rtvå\r', 'två', [2, 1]],
    // Found by fuzzing: an error at the end of CRLF front matter was placed a column past the line's end.
    ["a CRLF's LF: at its CR, where the line ends", 'ett\r\ntvå', '\n', [1, 4]],
  ])('%s', (_, text, word, editor) => {
    const at = text.indexOf(word);
    const place = (p: { line: number; col: number }) => [p.line, p.col];
    expect(place(new LineIndex(text).position(at))).toEqual(editor);
  });
});
