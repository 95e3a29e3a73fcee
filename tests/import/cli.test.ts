// `minutes import` end to end in temporary folders: .docx built in the test, files that cannot be read,
// never overwriting, --out, and the Swedish help and errors.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { check } from '../../src/pipeline.js';
import { prng } from '../../src/util/random.js';
import { cleanTemp, PROJECT, tempDir } from '../helpers/archive.js';
import { docx } from './docx.js';
import { missingWords, run, split } from './helpers.js';

afterAll(cleanTemp);

function root(files: Record<string, string | Uint8Array> = {}): string {
  const dir = tempDir();
  for (const f of ['people.yml', 'organisations.yml']) fs.copyFileSync(path.join(PROJECT, f), path.join(dir, f));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

const read = (dir: string, rel: string) => fs.readFileSync(path.join(dir, rel), 'utf8');

const MEETING = 'Gemensam utvecklingsgrupp 7 mars 2016\n\nNärvarande\nLeif Redestig, socialförvaltningen\nÅke Malmén\n\nFritidsbank\nLeif ska ringa Hiso.\n\nVid pennan\n/Leif\n';

describe('minutes import', () => {
  it('has Swedish help', async () => {
    const r = await run(['import', '--help'], root());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Användning: minutes import FIL|MAPP…');
    expect(r.stdout).toContain('--add-people');
    // Every form of numbered item the agenda reads is named: digits, "§", "Punkt", roman numerals and letters.
    for (const form of ['"1. Läxhjälp"', '"§ 1 Läxhjälp"', '"Punkt 1: Läxhjälp"', '"I. Läxhjälp"', '"a) Läxhjälp"']) expect(r.stdout).toContain(form);
    expect((await run(['--help'], root())).stdout).toMatch(/import\s+Gör utkast till protokoll/);
  });

  it('writes a draft at the conventional path with a one-line summary', async () => {
    const dir = root({ 'm.txt': MEETING });
    const r = await run(['import', 'm.txt'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('minutes/gemensam-utvecklingsgrupp/2016-03-07.md: 2 närvarande, 0 frånvarande, 0 okända namn, 0 beslut föreslagna, 1 åtgärd föreslagen\n');
    expect(check(dir).diagnostics).toEqual([]);
  });

  // As `minutes new`: where the group's minutes already are, under a folder named by its alias or by year.
  it.each([
    ['minutes/gug/2016-02-08.md', 'minutes/gug/2016-03-07.md'],
    ['minutes/gug/2016/2016-02-08.md', 'minutes/gug/2016/2016-03-07.md'],
  ])('writes a draft beside the group\'s minutes already there (%s)', async (existing, written) => {
    const dir = root({ 'm.txt': MEETING });
    fs.mkdirSync(path.join(dir, path.dirname(existing)), { recursive: true });
    fs.copyFileSync(path.join(PROJECT, 'minutes/gemensam-utvecklingsgrupp/2016-02-08.md'), path.join(dir, existing));
    const r = await run(['import', 'm.txt'], dir);
    expect([r.code, r.stdout.split(':')[0]], r.stderr).toEqual([0, written]);
    expect(fs.existsSync(path.join(dir, written))).toBe(true);
    expect(check(dir).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it.each([
    ['a first import into a folder without minutes/', [], ''],
    ['people.yml missing', ['people.yml'], 'people.yml saknas i'],
    ['organisations.yml missing', ['organisations.yml'], 'organisations.yml saknas i'],
  ])('warns of a missing registry, never of a missing minutes/ (%s)', async (_name, remove, message) => {
    const dir = root({ 'm.txt': MEETING });
    for (const f of remove) fs.rmSync(path.join(dir, f));
    const r = await run(['import', 'm.txt'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('minutes/ saknas');
    if (message === '') expect(r.stderr).not.toContain('okända');
    else expect(r.stderr).toContain(message);
  });

  it('imports a .docx: headings, bold labels, nested bullets and numbered lists', async () => {
    const doc = docx([
      { heading: 1, text: 'Gemensam utvecklingsgrupp 7 mars 2016' },
      { bold: 'Närvarande' },
      { text: 'Leif Redestig, socialförvaltningen' },
      { text: 'Åke Malmén' },
      { text: 'Ia Jonsson (ej närvarande)' },
      { heading: 2, text: 'Fritidsbank' },
      { text: 'Vi har träffats. Leif ska skicka ut förslag på tid för ett möte.' },
      { bullet: 0, text: 'Första punkten' },
      { bullet: 1, text: 'Underpunkt' },
      { bullet: 0, text: 'Andra punkten' },
      { bold: 'Sip' },
      { numbered: 'Ett' },
      { numbered: 'Två' },
      { text: 'Vid pennan' },
      { text: '/Leif' },
    ]);
    const dir = root({ 'm.docx': doc });
    const r = await run(['import', 'm.docx'], dir);
    expect(r.code).toBe(0);
    const { data, body } = split(read(dir, 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md'));
    expect(data).toMatchObject({ group: 'Gemensam utvecklingsgrupp', date: '2016-03-07', secretary: 'Leif Redestig', attendees: ['Leif Redestig, socialförvaltningen', 'Åke Malmén'], absent: ['Ia Jonsson'] });
    expect(data.actions).toEqual([{ who: 'Leif Redestig', what: 'Skicka ut förslag på tid för ett möte.', project: 'fritidsbanken' }]);
    expect(body).toBe('## Fritidsbank\n\nVi har träffats. Leif ska skicka ut förslag på tid för ett möte.\n\n- Första punkten\n  - Underpunkt\n- Andra punkten\n\n## Sip\n\n1. Ett\n2. Två\n');
    expect(check(dir).diagnostics).toEqual([]);
  });

  it("keeps the text of a .docx's page header and footer, which the body's converter leaves out, without its page numbers", async () => {
    const doc = docx(
      [{ heading: 1, text: 'Gemensam utvecklingsgrupp 7 mars 2016' }, { bold: 'Närvarande' }, { text: 'Leif Redestig' }, { heading: 2, text: 'Fritidsbank' }, { text: 'Vi har träffats.' }],
      { header: ['Helsingborgs stad', 'Protokoll – Klarspråk & SIP'], footer: ['Socialförvaltningen, 251 89 Helsingborg'], pageNumber: true },
    );
    const dir = root({ 'm.docx': doc });
    await run(['import', 'm.docx'], dir);
    const draft = read(dir, 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md');
    const { comments } = split(draft);
    expect(comments).toContain('Sidhuvud i källan: "Helsingborgs stad", "Protokoll – Klarspråk & SIP".');
    expect(comments).toContain('Sidfot i källan: "Socialförvaltningen, 251 89 Helsingborg".');
    expect(draft).not.toContain('Sida');
  });

  it('imports attendance written as a .docx table, with or without a header row', async () => {
    const doc = docx([
      { heading: 1, text: 'Gemensam utvecklingsgrupp 7 mars 2016' },
      { bold: 'Närvarande' },
      { table: [['Namn', 'Organisation'], ['Leif Redestig', 'Socialförvaltningen'], ['Åke Malmén', 'Socialförvaltningen']] },
      { bold: 'Frånvarande' },
      { table: [['Ia Jonsson', 'Vorta Drom']] },
      { heading: 2, text: 'Fritidsbank' },
      { text: 'Vi har träffats.' },
    ]);
    const dir = root({ 'm.docx': doc });
    const r = await run(['import', 'm.docx'], dir);
    expect(r.stdout).toContain('2 närvarande, 1 frånvarande, 0 okända namn');
    const draft = read(dir, 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md');
    const { data, comments } = split(draft);
    expect(data).toMatchObject({ attendees: ['Leif Redestig, Socialförvaltningen', 'Åke Malmén, Socialförvaltningen'], absent: ['Ia Jonsson, Vorta Drom'] });
    expect(comments).toContain('"**Närvarande**" i källan, med kolumnerna "Namn, Organisation": 2 personer.');
  });

  // Word's line break (Shift+Enter) as note-takers use it: the title's date, particulars and names a line each in one
  // paragraph, an address, a heading's subtitle, lines typed as a list. The head's lines are read as before; the text
  // keeps its lines in one paragraph each, none of them a heading or a list; check finds nothing wrong.
  it("imports a .docx's line breaks: names and particulars read, the text's lines kept in their paragraph", async () => {
    const doc = docx([
      { heading: 1, text: 'Gemensam utvecklingsgrupp\n7 mars 2016' },
      { text: 'Tid: 13.30\nPlats: Stadshuset' },
      { text: 'Närvarande:\nLeif Redestig\nÅke Malmén' },
      { heading: 2, text: 'Fritidsbank\nFöredragande: Leif' },
      { text: 'Vi besöker\nFritidsbanken\nStorgatan 1' },
      { text: 'Vi beslutade:\n- köpa hyllor\n2. boka lokal' },
      { runs: [{ text: 'Övrigt', bold: true }, { text: '\nInget.' }] },
    ]);
    const dir = root({ 'm.docx': doc });
    const r = await run(['import', 'm.docx'], dir);
    expect(r.stdout).toBe('minutes/gemensam-utvecklingsgrupp/2016-03-07.md: 2 närvarande, 0 frånvarande, 0 okända namn, 0 beslut föreslagna, 0 åtgärder föreslagna\n');
    const { data, body } = split(read(dir, 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md'));
    expect(data).toMatchObject({ time: '13:30', location: 'Stadshuset', attendees: ['Leif Redestig', 'Åke Malmén'] });
    expect(body).toBe(
      '## Fritidsbank Föredragande: Leif\n\nVi besöker\\\nFritidsbanken\\\nStorgatan 1\n\nVi beslutade:\\\n\\- köpa hyllor\\\n2\\. boka lokal\n\n**Övrigt**\\\nInget.\n',
    );
    expect(check(dir).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('imports a folder: every file under it, sorted, without hidden files, Word lock files or the drafts folder', async () => {
    const dir = root();
    const write = (rel: string, content: string | Uint8Array) => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), content);
    };
    write('arkiv/2016/mars.txt', MEETING);
    write('arkiv/2016/anteckningar.txt', 'Vi pratade om lokalen.\n');
    write('arkiv/2017/anteckningar.txt', 'Vi pratade om pengarna.\n');
    write('arkiv/2017/gammal.doc', 'x');
    write('arkiv/.DS_Store', Buffer.from([0, 0, 0, 1]));
    write('arkiv/2017/~$gammal.docx', 'lås');
    const r = await run(['import', 'arkiv'], dir);
    expect(r.stdout.split('\n').filter((l) => l !== '').map((l) => l.split(':')[0])).toEqual([
      'minutes/okand-grupp/2016-anteckningar.md',
      'minutes/gemensam-utvecklingsgrupp/2016-03-07.md',
      'minutes/okand-grupp/2017-anteckningar.md',
    ]);
    expect(r.stderr).toContain('arkiv/2017/gammal.doc: Filformatet .doc stöds inte');
    expect(r.stderr).not.toMatch(/DS_Store|~\$/);
    expect(r.code).toBe(1);
    expect(read(dir, 'minutes/okand-grupp/2016-anteckningar.md')).toContain('Utkast från minutes import av 2016/anteckningar.txt.');

    // Importing the whole archive folder again leaves out minutes/, where the drafts went.
    const again = await run(['import', '.'], dir);
    expect(again.stdout).not.toContain('minutes/okand-grupp/minutes');
    expect(again.stdout).toContain('finns redan – inget skrevs (från arkiv/2016/mars.txt)');
  });

  it('ends with a summary of the whole batch: what was written, what was not and what needs more than a read-through', async () => {
    const dir = root({ 'm.txt': MEETING, 'igen.txt': MEETING, 'lösa.txt': 'Vi pratade om lokalen.\n', 'bild.txt': Buffer.from([0x89, 0x50, 0, 0]) });
    const r = await run(['import', 'm.txt', 'igen.txt', 'lösa.txt', 'bild.txt'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(
      /^Klart på \d+,\d\d s: 2 utkast skrevs, 1 fanns redan, 1 fil kunde inte läsas\. 1 utkast saknar datum eller grupp, har en veckodag som inte stämmer med datumet, eller har flera möten\. Läs igenom utkasten och kör minutes check\.$/,
    );
  });

  it('never overwrites: an existing file is reported and left as it was', async () => {
    const dir = root({ 'm.txt': MEETING, 'again.txt': MEETING });
    fs.mkdirSync(path.join(dir, 'minutes/gemensam-utvecklingsgrupp'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md'), 'orört\n');
    const r = await run(['import', 'm.txt', 'again.txt'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'minutes/gemensam-utvecklingsgrupp/2016-03-07.md: finns redan – inget skrevs (från m.txt).\nminutes/gemensam-utvecklingsgrupp/2016-03-07.md: finns redan – inget skrevs (från again.txt).\n',
    );
    expect(read(dir, 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md')).toBe('orört\n');
  });

  // What the note-taker can do with a file whose minutes are there, said once after the files: it is kept, as their
  // original (check passes it by in minutes/); another meeting of the same day is imported with --out, as said.
  it.each([
    ['in minutes/, beside its minutes', 'minutes/gemensam-utvecklingsgrupp/anteckningar.txt', true],
    ['outside minutes/, its name with a space', 'arkiv/mars 2016.txt', false],
  ])('a file whose draft is there already (%s): what to do is said once', async (_, source, inMinutes) => {
    const dir = root();
    fs.mkdirSync(path.join(dir, path.dirname(source)), { recursive: true });
    fs.writeFileSync(path.join(dir, source), MEETING);
    fs.writeFileSync(path.join(dir, 'igen.txt'), MEETING);
    expect((await run(['import', 'igen.txt'], dir)).code).toBe(0);
    const r = await run(['import', source, 'igen.txt'], dir);
    expect(r.code).toBe(0);
    const said = r.stderr.trimEnd().split('\n');
    expect(said).toHaveLength(2);
    const stay = inMinutes ? ': den får ligga kvar i minutes/ som protokollets original (minutes check säger inget om den) eller flyttas därifrån' : '';
    const word = source.includes(' ') ? `"${source}"` : source;
    expect(said[0]).toBe(
      `Ett protokoll som fanns redan skrevs inte över, och källan är orörd${stay}. Är källan ett annat möte samma dag, gör utkastet med minutes import ${word} --out utkast, flytta det till minutes/ under ett eget namn, som 2016-03-07-2.md, och ge båda protokollen var sin titel med fältet title.`,
    );
    if (inMinutes) expect((await run(['check'], dir)).stdout).not.toContain(source);
    // Followed: the draft is made beside, not over, the minutes there, and check passes it with a title of its own.
    expect((await run(['import', source, '--out', 'utkast'], dir)).code).toBe(0);
    const titled = (file: string, title: string) => read(dir, file).replace('date: 2016-03-07', `title: ${title}\ndate: 2016-03-07`);
    fs.writeFileSync(path.join(dir, 'minutes/gemensam-utvecklingsgrupp/2016-03-07-2.md'), titled('utkast/gemensam-utvecklingsgrupp/2016-03-07.md', 'Extramöte'));
    fs.writeFileSync(path.join(dir, 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md'), titled('minutes/gemensam-utvecklingsgrupp/2016-03-07.md', 'Ordinarie möte'));
    fs.rmSync(path.join(dir, 'utkast'), { recursive: true });
    expect(check(dir).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('two files for the same meeting: the second is not written', async () => {
    const dir = root({ 'm.txt': MEETING, 'again.txt': MEETING });
    const r = await run(['import', 'm.txt', 'again.txt'], dir);
    expect(r.stdout.split('\n')[1]).toBe('minutes/gemensam-utvecklingsgrupp/2016-03-07.md: finns redan – inget skrevs (från again.txt, samma text som m.txt).');
    expect(r.code).toBe(0);
  });

  it.each([
    ['another version of the same meeting', ['m.txt', MEETING], ['v2.txt', MEETING.replace('Leif ska ringa Hiso.', 'Leif ska ringa Hiso och Bryggan.')], 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md'],
    // Named on the command line, both files are called anteckningar.txt, and neither has a date.
    ['two undated files of the same name', ['2016/anteckningar.txt', 'Vi pratade om lokalen.\n'], ['2017/anteckningar.txt', 'Vi pratade om pengarna.\n'], 'minutes/okand-grupp/anteckningar.md'],
  ] as const)('two different files that make the same draft (%s): the second is reported, not dropped, and the exit code is 1', async (_name, [first, firstText], [second, secondText], draft) => {
    const dir = root();
    for (const [rel, content] of [[first, firstText], [second, secondText]] as const) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), content);
    }
    const r = await run(['import', first, second], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('finns redan');
    expect(r.stderr).toContain(`${second}: inget utkast skrevs: ${draft} skrevs nyss från ${path.basename(first)}, men ${path.basename(second)} har en annan text.`);
    expect(r.stderr).toMatch(/1 utkast skrevs, 1 utkast skrevs inte \(samma filnamn som ett annat\)\./);
    expect(read(dir, draft)).toContain(`Utkast från minutes import av ${path.basename(first)}.`);
  });

  const AGENDA = '1. Mötets öppnande\n2. Läxhjälp\n3. Fritidsbanken\n4. Övriga frågor\n';
  it.each([
    ['an agenda whose title names the meeting', `Dagordning Gemensam utvecklingsgrupp 7 mars 2016\n\n${AGENDA}`, 'Dagordning Gemensam utvecklingsgrupp 7 mars 2016'],
    // Sorted before the minutes, the agenda took their file name and the minutes were "already there".
    ['an agenda with the title under it', `Dagordning\n\nGemensam utvecklingsgrupp 7 mars 2016\n\n${AGENDA}`, 'Dagordning'],
    ['a notice of the meeting', `Kallelse till Gemensam utvecklingsgrupp\nMåndag 7 mars 2016 kl. 13.30 på Bryggan\n\n${AGENDA}\nVälkomna!\n/Leif\n`, 'Kallelse till Gemensam utvecklingsgrupp'],
  ])('%s is no minutes: no draft, a line saying so, and the minutes beside it are imported', async (_name, agenda, line) => {
    const dir = root();
    fs.mkdirSync(path.join(dir, 'arkiv/2016-03-07'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'arkiv/2016-03-07/dagordning.txt'), agenda);
    fs.writeFileSync(path.join(dir, 'arkiv/2016-03-07/protokoll.txt'), MEETING);
    const r = await run(['import', 'arkiv'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `arkiv/2016-03-07/dagordning.txt: "${line}" och inga närvarande: en dagordning eller kallelse, inget protokoll – inget utkast skrevs. Är det ett protokoll, skriv in vilka som var närvarande och importera filen igen.\n` +
        'minutes/gemensam-utvecklingsgrupp/2016-03-07.md: 2 närvarande, 0 frånvarande, 0 okända namn, 0 beslut föreslagna, 1 åtgärd föreslagen\n',
    );
    expect(r.stderr).toMatch(/: 1 utkast skrevs, 1 dagordning eller kallelse hoppades över\./);
    expect(read(dir, 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md')).toContain('Utkast från minutes import av 2016-03-07/protokoll.txt.');
    expect(check(dir).diagnostics).toEqual([]);
  });

  it.each([
    ['Protokoll fört vid Gemensam utvecklingsgrupp 7 mars 2016 enligt kallelse\n\nLeif Redestig och Åke Malmén deltog.\n\nVi köper kaffe.\n'],
    ['Dagordning och protokoll\n\nGemensam utvecklingsgrupp 7 mars 2016\n\nVi köper kaffe.\n'],
  ])('a file that calls itself minutes is imported as minutes, even with no attendance and "kallelse" or "dagordning" in its first line: %j', async (text) => {
    const dir = root({ 'm.txt': text });
    const r = await run(['import', 'm.txt'], dir);
    expect(r.code).toBe(0);
    const written = /^(minutes\/.+\.md): /.exec(r.stdout)?.[1];
    expect(r.stderr).toMatch(/: 1 utkast skrevs\./);
    expect(missingWords(text, read(dir, written!))).toEqual([]);
  });

  it('minutes written into an agenda, with who was there, are imported as minutes', async () => {
    const dir = root({ 'm.txt': `Dagordning ${MEETING}` });
    const r = await run(['import', 'm.txt'], dir);
    expect(r.stdout).toMatch(/^minutes\/dagordning-gemensam-utvecklingsgrupp\/2016-03-07\.md: 2 närvarande/);
  });

  it.each([
    ['missing', 'saknas.txt', undefined, 'saknas.txt: Filen finns inte.'],
    ['binary', 'bild.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]), 'bild.txt: Filen innehåller binära data och är ingen textfil.'],
    ['random bytes without a zero byte', 'brus.txt', Uint8Array.from({ length: 4096 }, ((next) => () => 1 + Math.floor(next() * 255))(prng(7))), 'brus.txt: Filen innehåller binära data och är ingen textfil:'],
    ['not a Word document', 'trasig.docx', 'det här är ingen zip', 'trasig.docx: Filen kunde inte läsas som Word-dokument (.docx): innehållet är inget Word-dokument (filen är ingen zip-fil).'],
    ['a zip without a document', 'tom.docx', Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]), 'tom.docx: Filen kunde inte läsas som Word-dokument (.docx): dokumentets text saknas i filen.'],
    ['an unsupported format', 'gammal.doc', 'x', 'gammal.doc: Filformatet .doc stöds inte: minutes import läser .txt, .md och .docx. Spara dokumentet som .docx eller .txt'],
  ])('a file that cannot be read (%s) gives exit 1; the others are still imported', async (_name, file, content, message) => {
    const dir = root({ 'm.txt': MEETING, ...(content !== undefined ? { [file]: content } : {}) });
    const r = await run(['import', file, 'm.txt'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(message);
    expect(fs.existsSync(path.join(dir, 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md'))).toBe(true);
  });

  it('a person written twice in the attendance, spelled two ways, is one attendee that check accepts', async () => {
    const text = 'Gemensam utvecklingsgrupp 7 mars 2016\n\nNärvarande\nIvan Kuzhicov, Vorta Drom\nLeif Redestig, socialförvaltningen\nIvan Kuzhikov\n\nPunkt\nText.\n';
    const dir = root({ 'm.txt': text });
    const r = await run(['import', 'm.txt'], dir);
    expect(r.stdout).toContain('2 närvarande');
    expect(missingWords(text, read(dir, 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md'))).toEqual([]);
    expect(check(dir).diagnostics).toEqual([]);
  });

  it('a weekday the date does not fall on is said in the line for the draft, which keeps the date as written, and counted in the last line', async () => {
    const text = 'Gemensam utvecklingsgrupp tisdag den 7 mars 2016\n\nNärvarande\nLeif Redestig, socialförvaltningen\n\nPunkt\nText.\n';
    const dir = root({ 'm.txt': text });
    const r = await run(['import', 'm.txt'], dir);
    expect(r.stdout).toContain('minutes/gemensam-utvecklingsgrupp/2016-03-07.md: 1 närvarande, 0 frånvarande, 0 okända namn, 0 beslut föreslagna, 0 åtgärder föreslagna; veckodagen stämmer inte med datumet');
    expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(/^Klart på \d+,\d\d s: 1 utkast skrevs\. 1 utkast saknar datum eller grupp, har en veckodag som inte stämmer med datumet, eller har flera möten\. Läs igenom utkasten och kör minutes check\.$/);
    expect(split(read(dir, 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md')).comments).toContain('Datum: källan skriver "tisdag den 7 mars 2016", men 7 mars 2016 var en måndag, inte en tisdag. date har fått dagen som den står (måndag 7 mars 2016); var mötet tisdag 8 mars 2016, skriv 2016-03-08 i date och byt namn på filen.');
  });

  it('a file with none of the expected structure keeps all its text, and check names what is missing', async () => {
    const text = 'Anteckningar från i tisdags\n\nVi pratade om\nlokalen och om pengarna.\n\n- Ring hyresvärden\n- Kolla budgeten\n';
    const dir = root({ 'lösa anteckningar.md': text });
    const r = await run(['import', 'lösa anteckningar.md'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('minutes/okand-grupp/losa-anteckningar.md: 0 närvarande, 0 frånvarande, 0 okända namn, 0 beslut föreslagna, 0 åtgärder föreslagna; datum saknas, grupp saknas');
    const draft = read(dir, 'minutes/okand-grupp/losa-anteckningar.md');
    expect(missingWords(text, draft)).toEqual([]);
    expect(check(dir).diagnostics.map((d) => d.code)).toEqual(['missing-field', 'invalid-date', 'empty-value']);
  });

  const NOTES = 'Närvarande\nLeif Redestig, socialförvaltningen\nÅke Malmén\n\nFritidsbank\nLeif ska ringa Hiso.\n';
  it.each([
    ['title and date fields', `---\ntitle: Gemensam utvecklingsgrupp\ndate: 2016-03-07\nlayout: post\n---\n\n${NOTES}`, 'Rubriken och datumet lästes därifrån.'],
    ['a title with the date in it', `---\ntitle: "Gemensam utvecklingsgrupp 7 mars 2016"\n---\n${NOTES}`, 'Rubriken lästes därifrån.'],
  ])('a .md that starts with fields of its own between --- lines (%s): its title and date are read, every field kept in a note', async (_name, text, read_) => {
    const dir = root({ 'inlägg.md': text });
    const r = await run(['import', 'inlägg.md'], dir);
    expect(r.stdout).toBe('minutes/gemensam-utvecklingsgrupp/2016-03-07.md: 2 närvarande, 0 frånvarande, 0 okända namn, 0 beslut föreslagna, 1 åtgärd föreslagen\n');
    const draft = read(dir, 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md');
    // The fields are no longer in the text (a title without a date stays as a heading, as in a .txt).
    expect(split(draft).body).toMatch(/^(?:## Gemensam utvecklingsgrupp\n\n)?## Fritidsbank\n\nLeif ska ringa Hiso\.\n$/);
    expect(split(draft).comments).toContain(read_);
    expect(missingWords(text, draft)).toEqual([]);
  });

  it.each([
    ['fields read from', `---\ntitle: Gemensam utvecklingsgrupp 7 mars 2016\ndate: 2016-03-07\nlayout: post\n---\n${NOTES}\nGemensam utvecklingsgrupp 14 mars 2016\n\nText.\n`],
    ['no field read from', `---\r\nlayout: post\r\ntags: [protokoll]\r\nauthor: Leif\r\n---\r\nGemensam utvecklingsgrupp 7 mars 2016\r\n\r\n${NOTES}\nGemensam utvecklingsgrupp 14 mars 2016\n\nText.\n`],
  ])('the notes of a .md with fields of its own name lines of the source, as it was (%s)', async (_name, text) => {
    const dir = root({ 'inlägg.md': text });
    await run(['import', 'inlägg.md'], dir);
    const line = text.split('\n').indexOf('Gemensam utvecklingsgrupp 14 mars 2016') + 1;
    expect(split(read(dir, 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md')).comments).toContain(`"Gemensam utvecklingsgrupp 14 mars 2016" (rad ${line})`);
  });

  it('a tag in the fields of a .md prints no YAML warning of its own in English; the field is kept in the note', async () => {
    const warned = vi.spyOn(process, 'emitWarning');
    try {
      const dir = root({ 'inlägg.md': `---\ntitle: Gemensam utvecklingsgrupp 7 mars 2016\ntags: !lista [protokoll]\n---\n${NOTES}` });
      await run(['import', 'inlägg.md'], dir);
      expect(warned).not.toHaveBeenCalled();
      expect(split(read(dir, 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md')).comments).toContain('"tags: !lista [protokoll]"');
    } finally {
      warned.mockRestore();
    }
  });

  it('a .md that starts with a rule above and below a paragraph keeps it as text', async () => {
    const text = `---\nGemensam utvecklingsgrupp 7 mars 2016\n---\n\n${NOTES}`;
    const dir = root({ 'linjer.md': text });
    await run(['import', 'linjer.md'], dir);
    const draft = read(dir, 'minutes/okand-grupp/linjer.md');
    expect(split(draft).comments).not.toContain('egna fält');
    expect(missingWords(text, draft)).toEqual([]);
  });

  it('reads legacy Latin-1 text and says so', async () => {
    const dir = root({ 'latin1.txt': Buffer.from(MEETING, 'latin1') });
    await run(['import', 'latin1.txt'], dir);
    const draft = read(dir, 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md');
    expect(draft).toContain('  - Åke Malmén');
    expect(draft).toContain('lästes som Windows-1252');
  });

  it('reads an old Word text in Windows-1252 with its dash, quotes and bullet, which check then accepts', async () => {
    // Bytes 0x96 (–), 0x93 and 0x94 (“ ”), 0x95 (•): control characters in Latin-1, as Node 20 decodes them.
    const text = MEETING.replace('Fritidsbank\n', 'Fritidsbank \u2013 \u201cnystart\u201d\n\u2022 Leif ringer.\n');
    const bytes = Buffer.from([...text].map((c) => ({ '\u2013': 0x96, '\u201c': 0x93, '\u201d': 0x94, '\u2022': 0x95 })[c] ?? c.charCodeAt(0)));
    const dir = root({ 'word.txt': bytes });
    await run(['import', 'word.txt'], dir);
    const draft = read(dir, 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md');
    expect(draft).toContain('Fritidsbank – “nystart”');
    expect(draft).toMatch(/^- Leif ringer\./m);
    expect(draft).not.toMatch(/[\u0080-\u009f]/);
    expect(check(dir).diagnostics.filter((d) => d.code === 'control-character')).toEqual([]);
  });

  it('reads a UTF-8 file with a line saved as Windows-1252 line by line, and names that line', async () => {
    const added = 'Tillägg: Åke skickar protokollet.\n';
    const dir = root({ 'blandad.txt': Buffer.concat([Buffer.from(MEETING, 'utf8'), Buffer.from(added, 'latin1')]) });
    const r = await run(['import', 'blandad.txt'], dir);
    expect(r.stdout).toContain('2 närvarande');
    const draft = read(dir, 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md');
    expect(missingWords(MEETING + added, draft)).toEqual([]);
    expect(split(draft).comments).toContain('Rad 12 var inte sparad som UTF-8 och lästes som Windows-1252 (Latin-1); kontrollera å, ä och ö där.');
  });

  const utf16le = (text: string) => Buffer.from(text, 'utf16le');
  const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
  it.each([
    ['UTF-16 LE', MEETING, utf16le],
    ['UTF-16 BE', MEETING, utf16be],
    ['UTF-16 LE with a typographic dash and quotes', MEETING.replace('Fritidsbank', 'Fritidsbank – ”nystart”'), utf16le],
  ])('reads %s without a byte-order mark, as some Windows programs export it', async (_name, text, encode) => {
    const dir = root({ 'utf16.txt': encode(text) });
    const r = await run(['import', 'utf16.txt'], dir);
    expect(r.code).toBe(0);
    const draft = read(dir, 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md');
    expect(draft).toContain('  - Åke Malmén');
    expect(missingWords(text, draft)).toEqual([]);
  });

  it.each([
    ['NUL bytes that are not every other byte', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])],
    ['every other byte NUL, but control characters between', Buffer.from([0x01, 0, 0x02, 0, 0x03, 0, 0x04, 0, 0x41, 0, 0x42, 0])],
  ])('still refuses binary data: %s', async (_name, bytes) => {
    const dir = root({ 'bild.txt': bytes });
    const r = await run(['import', 'bild.txt'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bild.txt: Filen innehåller binära data och är ingen textfil.');
  });

  it('reads text saved decomposed (NFD, as on a Mac) and writes it composed, names recognised', async () => {
    const nfd = MEETING.normalize('NFD');
    expect(nfd).not.toBe(MEETING);
    const dir = root({ 'nfd.txt': nfd });
    const r = await run(['import', 'nfd.txt'], dir);
    expect(r.stdout).toBe('minutes/gemensam-utvecklingsgrupp/2016-03-07.md: 2 närvarande, 0 frånvarande, 0 okända namn, 0 beslut föreslagna, 1 åtgärd föreslagen\n');
    const draft = read(dir, 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md');
    expect(draft).toBe(draft.normalize('NFC'));
    expect(draft).toContain('  - Åke Malmén');
  });

  it('writes under --out, and --root points at the registries', async () => {
    const dir = root({ 'm.txt': MEETING });
    const cwd = tempDir();
    const r = await run(['import', '--root', dir, '--out', 'utkast', path.join(dir, 'm.txt')], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^utkast\/gemensam-utvecklingsgrupp\/2016-03-07\.md: 2 närvarande/);
    expect(fs.existsSync(path.join(cwd, 'utkast/gemensam-utvecklingsgrupp/2016-03-07.md'))).toBe(true);
  });

  it.each([
    [['--year', '16'], '--year "16" är inget årtal'],
    [['--group', 'Gemensam utvecklingsgrup'], 'Gruppen "Gemensam utvecklingsgrup" finns inte i organisations.yml. Menade du Gemensam utvecklingsgrupp'],
    [[], 'Ange minst en fil att importera.'],
  ])('refuses bad arguments %j', async (args, message) => {
    const dir = root({ 'm.txt': MEETING });
    const r = await run(['import', ...args, ...(args.length > 0 ? ['m.txt'] : [])], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(message);
    expect(fs.existsSync(path.join(dir, 'minutes'))).toBe(false);
  });

  it('answers a missing file with the usage line and where to read more, as a bad flag is, not the whole help', async () => {
    const r = await run(['import'], root({ 'm.txt': MEETING }));
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual(['Ange minst en fil att importera.', '', expect.stringMatching(/^Användning: minutes import FIL\|MAPP… /), '', 'Mer hjälp: minutes import --help']);
  });
});
