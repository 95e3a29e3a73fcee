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
