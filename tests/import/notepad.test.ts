// Plain text pasted from Word into Notepad, the commonest input: a line per paragraph or per name, no Markdown,
// "Minnesanteckningar" above the title line and a remark in brackets under a name. Imported against the project's
// registries, the draft keeps every line and passes `minutes check` but for what the source itself says.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { cleanTemp, FIXTURES, PROJECT, tempDir } from '../helpers/archive.js';
import { missingWords, run, split } from './helpers.js';

const SOURCE = path.join(FIXTURES, 'import', 'notepad.txt');

afterAll(cleanTemp);

/** The fixture imported against the project's registries, with the draft it gives for 4 April 2016. */
async function imported(source: string): Promise<{ root: string; text: string }> {
  const root = tempDir();
  for (const f of ['people.yml', 'organisations.yml']) fs.copyFileSync(path.join(PROJECT, f), path.join(root, f));
  expect((await run(['import', source], root)).code).toBe(0);
  return { root, text: fs.readFileSync(path.join(root, 'minutes/gemensam-utvecklingsgrupp/2016-04-04.md'), 'utf8') };
}

describe('importing plain text from Notepad', () => {
  it('finds title, attendance and paragraphs line by line, and the draft passes check', async () => {
    const { root, text } = await imported(SOURCE);
    const { data, body, comments } = split(text);
    expect(data.group).toBe('Gemensam utvecklingsgrupp');
    expect(comments).toContain('Rubrik i källan: "Minnesanteckningar Gemensam utvecklingsgrupp 4 april 2016"');
    expect(data.attendees).toEqual(['Leif Redestig, Bryggan', 'Maria Nilsson, Socialförvaltningen (kom 13.30)', 'Gösta Strand, RSMH', 'Anne Eskilsson, Socialförvaltningen']);
    expect(data.absent).toEqual(['Johnny Nyander, Bryggan']);
    expect(body).toBe(
      [
        '## 1. Fritidsbanken',
        'Fritidsbanken har öppnat i Drottninghög. Många har lånat skridskor.',
        'Leif ska skicka ut inbjudan till invigningen.',
        '## 2. SIP',
        'Anne berättade om samordnad individuell plan.',
        'Maria och Anne ska boka ett möte med regionen.',
        '## 3. Nästa möte',
        '2 maj kl 13-15 på Bryggan.\n',
      ].join('\n\n'),
    );
    expect(missingWords(fs.readFileSync(SOURCE, 'utf8'), text)).toEqual([]);
    // The secretary is not among the source's Närvarande: a warning the source itself calls for.
    expect(check(root).diagnostics.map((d) => d.code)).toEqual(['secretary-not-present']);
  });

  // "kom 13.30" and "gick 15.00" without brackets ended the list: three names and both remarks became one paragraph.
  it('keeps remarks without brackets under a name with that name, and the draft passes check', async () => {
    const source = path.join(FIXTURES, 'import', 'notepad-remarks.txt');
    const { root, text } = await imported(source);
    const { data, body } = split(text);
    expect(data.attendees).toEqual(['Leif Redestig, Bryggan', 'Maria Nilsson, Socialförvaltningen (kom 13.30)', 'Gösta Strand, RSMH', 'Anne Eskilsson, Socialförvaltningen (gick 15.00)']);
    expect(body).toBe(['## 1. Fritidsbanken', 'Fritidsbanken har öppnat i Drottninghög.', 'Leif ska skicka ut inbjudan till invigningen.', '## 2. SIP', 'Anne berättade om samordnad individuell plan.\n'].join('\n\n'));
    expect(missingWords(fs.readFileSync(source, 'utf8'), text)).toEqual([]);
    expect(check(root).diagnostics.map((d) => d.code)).toEqual(['secretary-not-present']);
  });

  // The group's name alone under "Minnesanteckningar" was no title (the group was not found), and the last name,
  // after a blank line and with text right under it, became a heading and was lost from the attendance.
  it('reads an undated title with the date below, two remarks under a name and names with blank lines between', async () => {
    const source = path.join(FIXTURES, 'import', 'notepad-undated.txt');
    const { root, text } = await imported(source);
    const { data, body, comments } = split(text);
    expect(data.group).toBe('Gemensam utvecklingsgrupp');
    expect(comments).toContain('Rubrik i källan: "Minnesanteckningar Gemensam utvecklingsgrupp"');
    expect(data.attendees).toEqual(['Leif Redestig, Bryggan', 'Maria Nilsson, Socialförvaltningen (kom 13.30) (gick 15.00)', 'Gösta Strand, RSMH']);
    expect(body).toBe(['Vi började med en runda.', '## 1. Fritidsbanken', 'Fritidsbanken har öppnat i Drottninghög.', '## 2. SIP', 'Anne berättade om samordnad individuell plan.\n'].join('\n\n'));
    expect(missingWords(fs.readFileSync(source, 'utf8'), text)).toEqual([]);
    expect(check(root).diagnostics.map((d) => d.code)).toEqual(['secretary-not-present']);
  });

  // A table copied from Word as tab-separated lines became an agenda heading and a paragraph a row, which check's
  // table-with-tabs could no longer see: now a Markdown table, which check reads as one.
  it('writes a table pasted with tabs as a Markdown table, and the draft passes check', async () => {
    const source = path.join(FIXTURES, 'import', 'notepad-table.txt');
    const { root, text } = await imported(source);
    const { body } = split(text);
    expect(body).toBe(
      [
        '## 1. Fritidsbanken',
        'Fritidsbanken har öppnat i Drottninghög.',
        '| Vem | Vad | När |\n|---|---|---|\n| Leif | Boka lokal \\| kök | 15 dec |\n| Maria | Skicka kallelse | 1 dec |',
        '## 2. SIP',
        'Anne berättade om samordnad individuell plan.\n',
      ].join('\n\n'),
    );
    expect(missingWords(fs.readFileSync(source, 'utf8'), text)).toEqual([]);
    expect(check(root).diagnostics.map((d) => d.code)).toEqual(['secretary-not-present']);
  });
});
