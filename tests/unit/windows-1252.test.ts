// Windows-1252 as old Swedish Word texts are saved: the bytes 0x80-0x9F are dashes, quotes, bullets and the euro,
// not Latin-1's control characters (Node 20's own decoder reads them as those).
import { describe, expect, it } from 'vitest';
import { decodeLegacyText, windows1252 } from '../../src/util/legacy-text.js';

describe('Windows-1252', () => {
  it.each([
    [0x80, '€'],
    [0x84, '„'],
    [0x85, '…'],
    [0x8a, 'Š'],
    [0x91, '‘'],
    [0x92, '’'],
    [0x93, '“'],
    [0x94, '”'],
    [0x95, '•'],
    [0x96, '–'],
    [0x97, '—'],
    [0x99, '™'],
    [0x9f, 'Ÿ'],
    // Left undefined by Windows-1252: as the WHATWG encoding standard reads them.
    [0x81, '\u0081'],
    [0x8d, '\u008d'],
    [0x8f, '\u008f'],
    [0x90, '\u0090'],
    [0x9d, '\u009d'],
    // Latin-1 as before.
    [0xe5, 'å'],
    [0xc4, 'Ä'],
    [0xf6, 'ö'],
  ])('byte 0x%s is %j', (byte, char) => {
    expect(windows1252(Uint8Array.from([byte]))).toBe(char);
  });

  it('reads a line of an old Word text with its dash, quotes, bullet and euro, and no control character', () => {
    const bytes = Uint8Array.from([0x95, 0x20, ...Buffer.from('Fritidsbanken ', 'latin1'), 0x96, 0x20, 0x93, ...Buffer.from('nystart', 'latin1'), 0x94, 0x20, 0x80, 0x20, 0x35, 0x30, 0x30, 0x0a]);
    const r = decodeLegacyText(bytes);
    expect(r).toEqual({ ok: true, text: '• Fritidsbanken – “nystart” € 500\n', windows1252Lines: [1], mixed: false });
  });
});
