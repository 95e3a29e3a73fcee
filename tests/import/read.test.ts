// Which files the importer reads as text: random bytes without a zero byte, which Windows-1252 decodes to
// something, are refused as binary data; real minutes in every encoding, stray control characters and all, are not.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { splitLines } from '../../src/import/lines.js';
import { readImportFile } from '../../src/import/read.js';
import { prng } from '../../src/util/random.js';
import { cleanTemp, FIXTURES, tempDir } from '../helpers/archive.js';

afterAll(cleanTemp);

async function readBytes(name: string, bytes: Uint8Array) {
  const abs = path.join(tempDir(), name);
  fs.writeFileSync(abs, bytes);
  return readImportFile(abs);
}

/** Seeded random bytes, none of them zero (a zero byte alone already marks binary data). */
const noise = (seed: number, length: number): Uint8Array => {
  const next = prng(seed);
  return Uint8Array.from({ length }, () => 1 + Math.floor(next() * 255));
};

/** Windows-1252's characters for the bytes 0x80-0x9F (the rest are Latin-1's); "" for the five it leaves undefined. */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Text as Windows-1252 bytes, as old Swedish text files are saved (every character here has a byte). */
const windows1252 = (text: string): Uint8Array =>
  Uint8Array.from([...text].map((c) => {
    const high = HIGH.indexOf(c);
    const b = high >= 0 ? 0x80 + high : c.charCodeAt(0);
    if (b > 0xff || (b >= 0x80 && b < 0xa0 && high < 0)) throw new Error(`no Windows-1252 byte for ${c}`);
    return b;
  }));

const SEEDS = path.join(FIXTURES, 'seeds');
const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const MEETING = 'Styrgruppen 7 mars 2016\r\n\r\nNärvarande\r\nLeif Redestig, socialförvaltningen\r\nÅke Malmén\r\n\r\nPunkt\r\nText.\r\n';

describe('reading a file to import', () => {
  // Other names of Markdown files, as .markdown is: `minutes check` tells them without front matter to be imported.
  it.each([
    ['m.txt', false],
    ['m.md', true],
    ['m.markdown', true],
    ['m.mdown', true],
    ['m.MKD', true],
  ])('reads %s as Markdown: %s', async (name, markdown) => {
    const r = await readBytes(name, new TextEncoder().encode(MEETING));
    expect(r.ok && r.markdown).toBe(markdown);
  });

  it.each([1, 2, 3, 4, 5].flatMap((seed) => [256, 4096, 100_000].map((length) => ({ seed, length, name: seed % 2 === 0 ? 'brus.md' : 'brus.txt' }))))(
    'refuses random bytes without a zero byte as binary data (seed $seed, $length bytes)',
    async ({ seed, length, name }) => {
      const r = await readBytes(name, noise(seed, length));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/^Filen innehåller binära data och är ingen textfil: \d+ % av tecknen är styrtecken, som inte hör hemma i text\. Filen kan vara skadad eller ha fel filändelse\.$/);
    },
  );

  it('found the seeds', () => expect(seeds).toHaveLength(5));

  it.each(seeds.flatMap((file) => [
    { file, encoding: 'UTF-8', bytes: () => fs.readFileSync(path.join(SEEDS, file)) },
    { file, encoding: 'Windows-1252', bytes: () => windows1252(fs.readFileSync(path.join(SEEDS, file), 'utf8')) },
  ]))('reads the seed $file saved as $encoding', async ({ file, bytes }) => {
    const r = await readBytes(file, bytes());
    expect(r.ok).toBe(true);
    // Letters and lines as written (Node 20 reads Windows-1252's dashes and quotes as C1 characters, so not those).
    const letters = (text: string) => text.replace(/^\uFEFF/, '').replace(/[^\p{L}\n]/gu, '');
    if (r.ok) expect(letters(r.text)).toBe(letters(fs.readFileSync(path.join(SEEDS, file), 'utf8')));
  });

  // A .md's fields between --- lines were not found with CR CR LF (a CR LF converted twice), LF CR or CR line ends:
  // the fields stayed in the text and the title was "---". Each reads as with LF, lines where they were.
  const FIELDS = '---\ntitle: Styrgruppen\ndate: 2016-03-07\nlayout: post\n---\nNärvarande\nLeif Redestig\n\nPunkt\nText.\n';
  it.each([
    ['CR LF', '\r\n'],
    ['CR', '\r'],
    ['CR CR LF', '\r\r\n'],
    ['LF CR', '\n\r'],
  ])("reads a .md's fields between --- lines with line ends %s as with LF", async (_name, ending) => {
    const lines = async (text: string) => {
      const r = await readBytes('m.md', new TextEncoder().encode(text));
      if (!r.ok) throw new Error(r.message);
      return { lines: splitLines(r.text).map((l) => `${l.n} ${l.text}`), notes: r.notes };
    };
    const lf = await lines(FIELDS);
    expect(lf.notes.join(' ')).toContain('Rubriken och datumet lästes därifrån.');
    expect(await lines(FIELDS.replace(/\n/g, ending))).toEqual(lf);
  });

  it.each([
    ['a DOS end-of-file mark', `${MEETING}\x1A`],
    ['an escape and a backspace pasted in', MEETING.replace('Text.', 'Text\x1B.\b')],
    ['Word\'s line breaks (vertical tabs) and page breaks', MEETING.replace(/\r\n/g, '\v').replace('Punkt', '\fPunkt')],
    ['five controls in a longer text', `${MEETING}${'Mer text om lokalen och pengarna.\r\n'.repeat(4)}\x01\x02\x03\x04\x05`],
  ])('reads real minutes with %s', async (_name, text) => {
    for (const bytes of [Buffer.from(text, 'utf8'), windows1252(text)]) {
      const r = await readBytes('m.txt', bytes);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.text).toBe(text);
    }
  });
});
