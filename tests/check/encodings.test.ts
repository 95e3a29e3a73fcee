// Minutes saved in another encoding than UTF-8: a file in Windows-1252 (Notepad's "ANSI", å as the byte 0xE5) was
// told only that it is not UTF-8. It is now named as such, with how to save it as UTF-8, in check and in dev alike;
// a line of it in a file otherwise UTF-8 is given as it should read; bytes that do not fit keep the plain words.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/load/files.js';
import { check } from '../../src/pipeline.js';
import { DevSession } from '../../src/watch/session.js';
import { archive, cleanTemp, FIXTURES, tempDir } from '../helpers/archive.js';

afterAll(cleanTemp);

const cp1252 = (text: string) => Buffer.from(text, 'latin1');
const utf8 = (text: string) => Buffer.from(text, 'utf8');
const HEAD = '---\ngroup: Gemensam utvecklingsgrupp\ndate: 2016-03-07\nattendees: [David Bergström]\n---\n';

const WHOLE = 'Filen verkar vara sparad med teckenkodningen Windows-1252 (även kallad Latin-1 eller ANSI), inte UTF-8.';
const SAVE = 'Öppna filen och spara den som UTF-8 (i de flesta program med Spara som … och Kodning: UTF-8).';
const LINE = 'Raden verkar vara skriven med teckenkodningen Windows-1252 (även kallad Latin-1 eller ANSI), men resten av filen med UTF-8';
const rewrite = (line: string) => `Skriv om å, ä och ö på raden, så att den lyder "${line}", och spara filen som UTF-8 (i de flesta program med Spara som … och Kodning: UTF-8).`;
const PLAIN = ['Filen är inte sparad som UTF-8.', 'Spara om filen med teckenkodningen UTF-8.'];

describe('a minutes file that is not UTF-8', () => {
  it.each<[string, Buffer, readonly [number, number], readonly string[]]>([
    ['Windows-1252 throughout', cp1252(`${HEAD.replace('ö', '\xf6')}Möte på Bryggan.\n`), [4, 26], [WHOLE, SAVE]],
    // 0x96 is "–" and 0x93/0x94 curly quotes in Windows-1252, control characters in Latin-1 proper.
    ['Windows-1252 with a dash, curly quotes and CRLF', Buffer.concat([utf8(HEAD.replace('ö', 'o').replace(/\n/g, '\r\n')), Buffer.from([0x4b, 0x6c, 0x20, 0x31, 0x33, 0x96, 0x31, 0x34, 0x20, 0x93, 0x46, 0x69, 0x6b, 0x61, 0x94, 0x0d, 0x0a])]), [6, 6], [WHOLE, SAVE]],
    ['one line of it in UTF-8', Buffer.concat([utf8(`${HEAD}Åke kom.\n`), cp1252('Möte på Bryggan.\n'), utf8('Slut.\n')]), [7, 2], [`${LINE}.`, rewrite('Möte på Bryggan.')]],
    ['three lines of it in UTF-8', Buffer.concat([utf8(`${HEAD}Åke kom.\n`), cp1252('Möte på Bryggan.\nMåndag.\nFika kl 14\xa0\x96\xa015.\n')]), [7, 2], [`${LINE}, och så är 2 rader till (rad 8 och 9).`, rewrite('Möte på Bryggan.')]],
    // 0x81 is no character in Windows-1252.
    ['a byte Windows-1252 leaves undefined', Buffer.concat([utf8(HEAD), Buffer.from([0x4d, 0x81, 0x74, 0x65, 0x0a])]), [6, 2], PLAIN],
    // A control character: more likely binary data than text.
    ['a control character beside the letter', Buffer.concat([utf8(HEAD), cp1252('M\xf6te\x1b.\n')]), [6, 2], PLAIN],
    // UTF-8 with a byte lost (ö as 0xC3 alone) beside a whole UTF-8 "å" on the line: no other encoding mends it.
    ['UTF-8 with a byte lost', Buffer.concat([utf8(HEAD), Buffer.from([0x4d, 0xc3, 0x74, 0x65, 0x20, 0x70, 0xc3, 0xa5, 0x0a])]), [6, 2], PLAIN],
  ])('%s', (_name, bytes, [line, col], [message, hint]) => {
    const r = decodeSource('minutes/gug/2016-03-07.md', '/x/minutes/gug/2016-03-07.md', bytes);
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => [f.code, f.where, f.message, f.hint])).toEqual([['file-binary', { kind: 'position', line, col }, message, hint]]);
  });

  it('names only a few lines by number; of many it says how many', () => {
    const many = Array.from({ length: 7 }, (_, i) => `Punkt ${i + 1}: \xe5tg\xe4rd.\n`).join('');
    const r = decodeSource('minutes/gug/2016-03-07.md', '/x', Buffer.concat([utf8(`${HEAD}Åke kom.\n`), cp1252(many)]));
    expect(r.findings[0]?.message).toBe(`${LINE}, och så är 6 rader till.`);
    expect(r.findings[0]?.hint).toBe(rewrite('Punkt 1: åtgärd.'));
  });

  // check and dev read files the same way: the same words in both, at the same place.
  it('is told so by check and by dev', async () => {
    const base = path.join(FIXTURES, 'check', '_base');
    const fixture = fs.readFileSync(path.join(FIXTURES, 'check', 'file-binary--windows-1252', 'minutes', 'gug', '2016-03-07.md'));
    expect(fixture.includes(0xe5)).toBe(true);
    const expected = [['minutes/gug/2016-03-07.md', 4, 19, 'file-binary', WHOLE, SAVE]];
    const shown = (ds: readonly { file: string; line: number; col: number; code: string; message: string; hint?: string }[]) => ds.map((d) => [d.file, d.line, d.col, d.code, d.message, d.hint]);

    expect(shown(check(archive([base], { 'minutes/gug/2016-03-07.md': fixture })).diagnostics)).toEqual(expected);

    const root = archive([base]);
    const session = new DevSession({ root, outDir: path.join(tempDir(), 'site'), base: '/', title: 'Protokoll' });
    expect((await session.start()).kind).toBe('rendered');
    const file = path.join(root, 'minutes', 'gug', '2016-03-07.md');
    fs.writeFileSync(file, fixture);
    const saved = await session.update([file]);
    expect(saved.kind).toBe('errors');
    expect(shown(saved.diagnostics)).toEqual(expected);
  });
});
