// Swedish wording helpers of the importer, as tables.
import { describe, expect, it } from 'vitest';
import { lineRanges } from '../../src/import/swedish.js';

describe('lineRanges: line numbers in a note, as runs', () => {
  it.each([
    [[12], '12'],
    [[3, 4, 5, 9], '3–5 och 9'],
    [[1, 3, 5], '1, 3 och 5'],
    [[2, 3, 7, 8, 9, 20], '2–3, 7–9 och 20'],
    // Past ten runs, the rest is counted, not listed: a mostly Windows-1252 file gives hundreds of lines.
    [Array.from({ length: 300 }, (_, i) => 2 * i + 1), '1, 3, 5, 7, 9, 11, 13, 15, 17, 19 och 290 rader till'],
    [[...Array.from({ length: 10 }, (_, i) => 2 * i + 1), 40], '1, 3, 5, 7, 9, 11, 13, 15, 17, 19 och 1 rad till'],
  ])('%j -> %s', (numbers, expected) => {
    expect(lineRanges(numbers)).toBe(expected);
  });
});
