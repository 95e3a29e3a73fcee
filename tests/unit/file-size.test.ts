// The file-large warning: over 1 MB (1,000,000 bytes, as the message and the README say), with a size that never
// reads as the limit itself.
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/load/files.js';

const large = (n: number) => {
  const r = decodeSource('minutes/g/2016-03-07.md', '/a/minutes/g/2016-03-07.md', Buffer.alloc(n, 'a'));
  return r.findings.filter((f) => f.code === 'file-large').map((f) => f.message);
};

describe('file-large', () => {
  it.each([
    [999_999, []],
    [1_000_000, []],
    [1_000_001, ['Filen är ovanligt stor (1,1 MB, mer än 1 MB).']],
    [1_048_576, ['Filen är ovanligt stor (1,1 MB, mer än 1 MB).']],
    [1_100_000, ['Filen är ovanligt stor (1,1 MB, mer än 1 MB).']],
    [1_100_001, ['Filen är ovanligt stor (1,2 MB, mer än 1 MB).']],
    [5_000_000, ['Filen är ovanligt stor (5,0 MB, mer än 1 MB).']],
  ])('a file of %i bytes: %j', (n, expected) => {
    expect(large(n)).toEqual(expected);
  });
});
