// Where a stretch of a parsed YAML value lies in the value's source: each row is a value's source, the stretch (the
// text it reads as, from where to where) and the offsets into the source expected, or undefined where it is not exact.
import { describe, expect, it } from 'vitest';
import { withinValue } from '../../src/load/value-spans.js';

describe('withinValue', () => {
  it.each<[string, string, string, number, number, [number, number] | undefined]>([
    ['plain', 'Leif, Maria', 'Leif, Maria', 6, 11, [6, 11]],
    ['in double quotes', '"Leif, Maria"', 'Leif, Maria', 6, 11, [7, 12]],
    ['in quotes with an escape: not as it reads', '"Leif, \\u004daria"', 'Leif, Maria', 6, 11, undefined],
    ['a block of text (|), the second line', '|\n  Leif\n  Maria\n', 'Leif\nMaria\n', 5, 10, [11, 16]],
    ['a block of text (|-), below an empty line', '|-\n  Leif\n\n  Maria\n', 'Leif\n\nMaria', 6, 11, [13, 18]],
    ['a block of text with a line deeper than the first', '|\n  Leif\n    Maria\n', 'Leif\n  Maria\n', 7, 12, [13, 18]],
    ['a block of text, CRLF', '|\r\n  Leif\r\n  Maria\r\n', 'Leif\nMaria\n', 5, 10, [13, 18]],
    ['a folded block (>), the second line', '>\n  Leif\n  Maria\n', 'Leif Maria\n', 5, 10, [11, 16]],
    ['a folded block: a stretch over the fold, from its first line to its second', '>\n  Leif\n  Maria\n', 'Leif Maria\n', 0, 10, [4, 16]],
    ['a folded block: a stretch starting at the fold', '>\n  Leif\n  Maria\n', 'Leif Maria\n', 4, 10, undefined],
    ['a block with its indentation as a digit (|2), the second line', '|2\n  Leif\n  Maria\n', 'Leif\nMaria\n', 5, 10, [12, 17]],
    ['a block with a digit and a chomping sign after it (>1-): its first line further in than the digit says', '>1-\n   Leif\n  Maria', '  Leif\n Maria', 8, 13, [14, 19]],
    ['a block with a chomping sign and a digit after it (|-2), below an empty line', '|-2\n  Leif\n\n  Maria\n', 'Leif\n\nMaria', 6, 11, [14, 19]],
    ['a block with a digit whose value starts with more spaces than its first line: not as it reads', '|1\n  Leif\n', '   Leif\n', 3, 7, undefined],
    ['a block whose lines do not read as the value', '|\n  Leif\n  Maria\n', 'Leif\nMarja\n', 5, 10, undefined],
    ['plain over two lines, the second', 'Leif,\n  Maria', 'Leif, Maria', 6, 11, [8, 13]],
    ['plain over two lines, blanks at the ends of the first', 'Leif, \t\n  Maria', 'Leif, Maria', 6, 11, [10, 15]],
    ['plain over lines with an empty one between them', 'Leif\n\n  Maria', 'Leif\nMaria', 5, 10, [8, 13]],
    ['plain over two lines, CRLF', 'Leif,\r\n  Maria', 'Leif, Maria', 6, 11, [9, 14]],
    ['plain over two lines: a stretch over the fold', 'Leif\n  Maria', 'Leif Maria', 0, 10, [0, 12]],
    ['plain over two lines: a stretch starting at the fold', 'Leif\n  Maria', 'Leif Maria', 4, 10, undefined],
    ['in double quotes over two lines', '"Leif,\n   Maria"', 'Leif, Maria', 6, 11, [10, 15]],
    ['in single quotes over two lines', "'Leif,\n  Maria'", 'Leif, Maria', 6, 11, [9, 14]],
    ['in double quotes over two lines with an escape: not as it reads', '"Leif,\n  \\u004daria"', 'Leif, Maria', 6, 11, undefined],
    ["in single quotes over two lines with '': not as it reads", "'Leif''s,\n  Maria'", "Leif's, Maria", 8, 13, undefined],
    ['over two lines whose text does not read as the value', 'Leif,\n  Maria', 'Leif, Marja', 6, 11, undefined],
  ])('%s', (_what, source, value, start, end, expected) => {
    expect(withinValue(source, { value, start, end })).toEqual(expected);
  });
});
