// The line walks of src/load/item-lines.ts at the edges of a text: the first line, a text that starts with a
// newline (front matter as it is read, right after its ---) and a blank or comment line at the very top.
import { describe, expect, it } from 'vitest';
import { above, below, lineFinder, lineFrom } from '../../src/load/item-lines.js';
import { bounded } from '../helpers/bounded.js';

/** The text's line that starts with `start`. */
const lineOf = (text: string, start: string) => lineFrom(text, text.indexOf(start));

describe('above', () => {
  it.each([
    // [name, text, the line to walk from, the line found above, or undefined]
    ['a comment on the first line after a leading newline', '\n# Källa\ngroup: A\ngroup: A\n', 'group: A\ngroup', undefined],
    ['a blank first line after a leading newline', '\n\ngroup: A\n', 'group', undefined],
    ['the first line after a leading newline', '\ngroup: A\n', 'group', undefined],
    ['the first line of a text', 'group: A\n', 'group', undefined],
    ['a field above past a comment at the top', '\ndate: 2016-12-12\n# a comment\ngroup: A\n', 'group', 'date: 2016-12-12'],
    ['a field above on the first line', 'date: x\ngroup: A\n', 'group', 'date: x'],
    ['an empty first line of a text', '\ngroup: A', 'group', undefined],
  ] as const)('%s', (_name, text, from, expected) => {
    const found = bounded(() => above(text, lineOf(text, from)), 2_000, `above in ${JSON.stringify(text)}`);
    expect(found?.text).toBe(expected);
    if (found) expect(text.slice(found.at, found.at + found.text.length)).toBe(found.text);
  });

  it('walks from the last line to the top of a text that starts with comments, one line at a time', () => {
    const text = '\n# one\n\n# two\ngroup: A\ndate: x\n';
    const seen: string[] = [];
    bounded(
      () => {
        for (let l = above(text, lineOf(text, 'date')); l; l = above(text, l)) seen.push(l.text);
      },
      2_000,
      'walking up',
    );
    expect(seen).toEqual(['group: A']);
  });
});

describe('lineFinder and below', () => {
  it.each([
    ['offset 0 of a text that starts with a newline', '\ngroup: A', 0, ''],
    ['offset 1 of a text that starts with a newline', '\ngroup: A', 1, 'group: A'],
    ['offset 0 of a text', 'group: A\ndate: x', 0, 'group: A'],
    ['a line in the middle', 'group: A\ndate: x', 12, 'date: x'],
    ['the newline that ends a line', 'group: A\ndate: x', 8, 'group: A'],
    ['the first offset of the last line', 'group: A\ndate: x', 9, 'date: x'],
    ['the end of a text that ends with a newline', 'group: A\n', 9, ''],
  ] as const)('lineFinder: %s', (_name, text, offset, expected) => {
    expect(lineFinder(text)(offset).text).toBe(expected);
  });

  it('finds the next line past blank lines and comments, and none past the last', () => {
    const text = '\ngroup: A\n\n# c\ndate: x\n';
    const first = lineOf(text, 'group');
    expect(below(text, first)?.text).toBe('date: x');
    expect(below(text, below(text, first)!)).toBeUndefined();
  });
});
