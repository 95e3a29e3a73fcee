// `minutes new`: the pre-filled file (date, standing members, last secretary, open actions to follow up),
// refusing to overwrite, and passing `minutes check` as written.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../../src/cli.js';
import { check } from '../../src/pipeline.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';
import { diskFillsUpWriting } from '../helpers/disk.js';

const BASE = path.join(FIXTURES, 'check', '_base');

async function cli(args: string[], cwd: string, today?: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (t) => (out += `${t}\n`), stderr: (t) => (err += `${t}\n`), env: {}, cwd, ...(today ? { today } : {}) });
  return { code, out, err };
}

const frontMatter = (text: string) => parse(text.split('\n---')[0]!.replace(/^---\n/, '')) as Record<string, unknown>;

afterAll(cleanTemp);

describe('minutes new', () => {
  const later = '---\ngroup: GUG\ndate: 2016-03-07\nsecretary: Leif Redestig\nattendees: [Leif Redestig, David Bergström]\nactions:\n  - who: David Bergström\n    what: Boka lokal.\n  - who: SOF\n    what: Skriv ett brev.\n    status: done\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-02-08#1\n    status: done\nnext_meeting: 2016-04-04 13:30\n---\nText.\n';

  it('pre-fills the announced date and time, standing members, the last secretary and every open action', async () => {
    const root = archive([BASE], { 'minutes/gug/2016-03-07.md': later });
    const r = await cli(['new', '--group', 'Gemensam utvecklingsgrupp'], root);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe('minutes/gug/2016-04-04.md');
    const text = fs.readFileSync(path.join(root, 'minutes/gug/2016-04-04.md'), 'utf8');
    const fm = frontMatter(text);
    expect(fm).toMatchObject({ group: 'gemensam-utvecklingsgrupp', date: '2016-04-04', time: '13:30', secretary: 'Leif Redestig' });
    expect(fm.attendees).toEqual(['Leif Redestig', 'David Bergström']);
    // Only the action still open: #1 of 2016-02-08 was followed up as done, #2 of 2016-03-07 was done already.
    expect(fm.followups).toEqual([{ action: 'gemensam-utvecklingsgrupp/2016-03-07#1', status: 'open' }]);
    expect(text).toContain('# David Bergström: Boka lokal. (2016-03-07)');
    expect(r.err).toContain('2 närvarande att gå igenom, 1 öppen åtgärd att följa upp.');
  });

  it.each([
    ['the archive', '.', [], 'minutes/gug/2016-05-02.md'],
    ['a group folder in it', 'minutes/gug', [], '2016-05-02.md'],
    ['a folder beside it, with --root', '../annan', ['--root', '../arkiv'], '../arkiv/minutes/gug/2016-05-02.md'],
  ])('run from %s, prints the new file’s path from there', async (_, cwd, flags, printed) => {
    const parent = archive([], { 'annan/.keep': '' });
    const root = path.join(parent, 'arkiv');
    fs.cpSync(archive([BASE], { 'minutes/gug/2016-03-07.md': later }), root, { recursive: true });
    const r = await cli(['new', '--group', 'gug', '--date', '2016-05-02', ...(flags as string[])], path.join(root, cwd));
    expect([r.code, r.out]).toEqual([0, `${printed}\n`]);
    expect(fs.existsSync(path.resolve(root, cwd, printed))).toBe(true);
    expect(r.err).toContain(`Skrev ${printed}: `);
  });

  // The folder holding the group's latest minutes, whatever it is called; by year (or month), the new date's next to it.
  it.each([
    ['a folder named by the group\'s alias', { 'minutes/gug/2016-03-07.md': later }, '2016-05-02', 'minutes/gug/2016-05-02.md'],
    ['a folder named by the group\'s id', { 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md': later }, '2016-05-02', 'minutes/gemensam-utvecklingsgrupp/2016-05-02.md'],
    ['folders by year, the same year', { 'minutes/gug/2016/2016-03-07.md': later }, '2016-05-02', 'minutes/gug/2016/2016-05-02.md'],
    ['folders by year, a new year', { 'minutes/gug/2016/2016-03-07.md': later }, '2017-01-09', 'minutes/gug/2017/2017-01-09.md'],
    ['the latest minutes in another folder than older ones', { 'minutes/arkiv/2016-03-07.md': later }, '2016-05-02', 'minutes/arkiv/2016-05-02.md'],
    ['folders by year above the groups\', a new year', { 'minutes/2016/gug/2016-03-07.md': later }, '2017-01-09', 'minutes/2017/gug/2017-01-09.md'],
    ['folders by year alone, a new year', { 'minutes/2016/2016-03-07.md': later }, '2017-01-09', 'minutes/2017/2017-01-09.md'],
    ['folders by year and month, a new month', { 'minutes/gug/2016/03/2016-03-07.md': later }, '2016-05-02', 'minutes/gug/2016/05/2016-05-02.md'],
    ['folders by year and month, a new year', { 'minutes/gug/2016/03/2016-03-07.md': later }, '2017-01-09', 'minutes/gug/2017/01/2017-01-09.md'],
    ['folders by month, named with the year', { 'minutes/gug/2016-03/2016-03-07.md': later }, '2017-01-09', 'minutes/gug/2017-01/2017-01-09.md'],
    ['the latest minutes in minutes/ itself', { 'minutes/2016-03-07.md': later }, '2016-05-02', 'minutes/2016-05-02.md'],
  ])('writes the file where the group\'s latest minutes are: %s', async (_, files, date, written) => {
    const root = archive([BASE], files);
    const r = await cli(['new', '--group', 'gug', '--date', date], root);
    expect([r.code, r.out.trim()], r.err).toEqual([0, written]);
    expect(check(root).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('on a disk that fills up while it writes: exit 1, no half file (which a second run would take for one there)', async () => {
    const root = archive([BASE], { 'minutes/gug/2016-03-07.md': later });
    const file = path.join(root, 'minutes/gug/2016-05-02.md');
    diskFillsUpWriting((text) => text.startsWith('---\n'));
    try {
      const r = await cli(['new', '--group', 'gug', '--date', '2016-05-02'], root);
      expect(r.code, r.err).toBe(1);
      expect(r.err).toContain('disken är full (ENOSPC)');
    } finally {
      vi.restoreAllMocks();
    }
    expect(fs.existsSync(file)).toBe(false);
    // Nothing left beside the group's minutes (no temporary file).
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(['2016-02-08.md', '2016-03-07.md']);
    expect((await cli(['new', '--group', 'gug', '--date', '2016-05-02'], root)).code).toBe(0);
    expect(check(root).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('writes a file that passes minutes check as it is', async () => {
    const root = archive([BASE], { 'minutes/gug/2016-03-07.md': later });
    expect((await cli(['new', '--group', 'gemensam-utvecklingsgrupp', '--date', '2016-05-02'], root)).code).toBe(0);
    const result = check(root);
    // Only the reminder to write the minutes in place of the line new puts there.
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.severity} ${d.code}`)).toEqual(['minutes/gug/2016-05-02.md:19:1 warning placeholder-text']);
    expect(result.validated.minutes.map((m) => m.file)).toContain('minutes/gug/2016-05-02.md');
  });

  it.each([
    ['an action put in before it', (t: string) => t.replace('actions:\n', 'actions:\n  - who: Leif Redestig\n    what: Ring Bryggan.\n'), 'gemensam-utvecklingsgrupp/2016-03-07#2'],
    ['the list reordered', (t: string) => t.replace(/(  - who: David Bergström\n    what: Boka lokal.\n)(  - who: SOF\n    what: Skriv ett brev.\n    status: done\n)/, '$2$1'), 'gemensam-utvecklingsgrupp/2016-03-07#2'],
  ])('a follow-up it wrote is told when its number leads to another action after %s', async (_, edit, now) => {
    const root = archive([BASE], { 'minutes/gug/2016-03-07.md': later });
    expect((await cli(['new', '--group', 'gemensam-utvecklingsgrupp', '--date', '2016-05-02'], root)).code).toBe(0);
    const file = path.join(root, 'minutes/gug/2016-03-07.md');
    fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
    const found = check(root).diagnostics.filter((d) => d.code !== 'placeholder-text');
    expect(found.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`)).toEqual(['minutes/gug/2016-05-02.md:14:13 action-renumbered']);
    expect(found[0]!.hint).toContain(`skriv ${now} här`);
  });

  it('for a date before later minutes: follows up the actions open on that date, takes the meeting before, and passes check', async () => {
    const root = archive([BASE], { 'minutes/gug/2016-03-07.md': later });
    // Between the base archive's 2016-02-08 and 2016-03-07: the action of 2016-03-07 is not followed up, and
    // 2016-02-08#1, closed only on 2016-03-07, was still open on 2016-02-22.
    expect((await cli(['new', '--group', 'gemensam-utvecklingsgrupp', '--date', '2016-02-22'], root)).code).toBe(0);
    const fm = frontMatter(fs.readFileSync(path.join(root, 'minutes/gug/2016-02-22.md'), 'utf8'));
    expect(fm.secretary).toBe('David Bergström');
    expect(fm.followups).toEqual([{ action: 'gemensam-utvecklingsgrupp/2016-02-08#1', status: 'open' }]);
    expect(check(root).diagnostics.map((d) => d.code)).toEqual(['placeholder-text']);
  });

  it('uses today when no next meeting is announced, and the secretary of the last meeting', async () => {
    const root = archive([BASE]);
    const r = await cli(['new', '--group', 'gug'], root, '2016-02-22');
    expect(r.code).toBe(0);
    const fm = frontMatter(fs.readFileSync(path.join(root, r.out.trim()), 'utf8'));
    expect(fm.date).toBe('2016-02-22');
    expect(fm.secretary).toBe('David Bergström');
    expect(fm.followups).toEqual([{ action: 'gemensam-utvecklingsgrupp/2016-02-08#1', status: 'open' }]);
  });

  it('never overwrites: neither a file at the path nor another file for the same meeting', async () => {
    const root = archive([BASE]);
    const target = path.join(root, 'minutes/gug/2016-06-06.md');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, 'keep me');
    const r = await cli(['new', '--group', 'gug', '--date', '2016-06-06'], root);
    expect(r.code).toBe(1);
    expect(r.err).toContain('finns redan');
    expect(fs.readFileSync(target, 'utf8')).toBe('keep me');
    const same = await cli(['new', '--group', 'gug', '--date', '2016-02-08'], root);
    expect(same.code).toBe(1);
    expect(same.err).toContain('minutes/gug/2016-02-08.md');
  });

  // The comments above `attendees` say where the names came from, and only that.
  const NEW_GROUP = 'groups:\n  samverkansradet:\n    name: Samverkansrådet\n';
  const earlier = '---\ngroup: samverkansradet\ndate: 2016-10-03\nlocation: Bryggan\nsecretary: Åke Malmén\nattendees: [Ivan Kuzhicov]\nnext_meeting: 2016-11-07 10:00\n---\nText.\n';
  it.each([
    ['a new group without members or minutes', '', {}, { attendees: [] }, ['# Gruppen har inga fasta ledamöter och inga tidigare protokoll: skriv vilka som var med.']],
    ['standing members', '    members: [leif-redestig]\n', {}, { attendees: ['Leif Redestig'] }, ['# Närvarande: gruppens fasta ledamöter. Flytta den som inte kom till absent.']],
    ['no members, earlier minutes: who came, where and when as announced', '', { 'minutes/samverkansradet/2016-10-03.md': earlier }, { attendees: ['Ivan Kuzhicov', 'Åke Malmén'], location: 'Bryggan', time: '10:00', secretary: 'Åke Malmén' }, ['# Närvarande: de som var med förra gången och förra mötets sekreterare. Flytta den som inte kom till absent.']],
    ['standing members and earlier minutes by someone else', '    members: [leif-redestig]\n', { 'minutes/samverkansradet/2016-10-03.md': earlier }, { attendees: ['Leif Redestig', 'Åke Malmén'], location: 'Bryggan' }, ['# Närvarande: gruppens fasta ledamöter och förra mötets sekreterare. Flytta den som inte kom till absent.']],
  ])('says where the attendees came from: %s', async (_, members, files, expected, comments) => {
    const orgs = fs.readFileSync(path.join(BASE, 'organisations.yml'), 'utf8').replace(/^groups:\n/m, `${NEW_GROUP}${members}`);
    const root = archive([BASE], { 'organisations.yml': orgs, ...files });
    const r = await cli(['new', '--group', 'samverkansradet', ...(Object.keys(files).length > 0 ? [] : ['--date', '2016-11-07'])], root);
    expect(r.code, r.err).toBe(0);
    const text = fs.readFileSync(path.join(root, 'minutes/samverkansradet/2016-11-07.md'), 'utf8');
    expect(frontMatter(text)).toMatchObject(expected);
    const frontMatterComments = text.split('\n---')[0]!.split('\n').filter((l) => /^# (Närvarande|Gruppen)/.test(l));
    expect(frontMatterComments).toEqual(comments);
  });

  it.each([
    [['new'], 'Ange gruppen med --group'],
    [['new', '--group', 'Gemensam utveckingsgrupp'], 'Menade du Gemensam utvecklingsgrupp?'],
    // Nothing close: the groups there are.
    [['new', '--group', 'styrelsen'], 'Hittar inte gruppen "styrelsen" i organisations.yml. Grupperna är: Gemensam utvecklingsgrupp (gemensam-utvecklingsgrupp).'],
    // A date in the right form that does not exist: what is wrong with it, not the form again.
    [['new', '--group', 'gug', '--date', '2016-02-30'], 'Datumet 2016-02-30 finns inte. Februari 2016 har 29 dagar.'],
    [['new', '--group', 'gug', '--date', '2016-13-03'], 'Datumet 2016-13-03 finns inte. Menade du 2016-03-13? Månaden står i mitten och går från 01 till 12.'],
    [['new', '--group', 'gug', '--date', '2016-3-7'], '"2016-3-7" är inget datum; skriv ÅÅÅÅ-MM-DD, till exempel 2016-11-24. Menade du --date 2016-03-07?'],
    [['new', '--group', 'gug', '--date', '7/3 2016'], 'Menade du --date 2016-03-07?'],
    // A group's name with spaces, not quoted: its words after the first come as arguments of their own.
    [['new', '--group', 'Gemensam', 'utvecklingsgrupp'], 'Oväntat argument "utvecklingsgrupp". Har gruppens namn mellanslag: sätt det inom citattecken, --group "Gemensam utvecklingsgrupp".'],
    [['new', '--group', 'gug', '2016-03-07'], 'Oväntat argument "2016-03-07". Ange datumet med --date: --date 2016-03-07.'],
    // A weekday the day does not fall on: both days, neither guessed; one it falls on, the day.
    [['new', '--group', 'gug', '--date', 'tisdag 7 mars 2016'], '"tisdag 7 mars 2016" är inget datum; skriv ÅÅÅÅ-MM-DD, till exempel 2016-11-24. 7 mars 2016 var en måndag, inte en tisdag. Menade du --date 2016-03-07 (måndag 7 mars 2016) eller --date 2016-03-08 (tisdag 8 mars 2016)?'],
    [['new', '--group', 'gug', '--date', 'Onsdagen den 7/3 2016'], '"Onsdagen den 7/3 2016" är inget datum; skriv ÅÅÅÅ-MM-DD, till exempel 2016-11-24. 7 mars 2016 var en måndag, inte en onsdag. Menade du --date 2016-03-07 (måndag 7 mars 2016) eller --date 2016-03-09 (onsdag 9 mars 2016)?'],
    // Short forms and capitals, as the weekday; a word that starts as one does is none.
    [['new', '--group', 'gug', '--date', 'TIS 7/3 2016'], '7 mars 2016 var en måndag, inte en tisdag. Menade du --date 2016-03-07 (måndag 7 mars 2016) eller --date 2016-03-08 (tisdag 8 mars 2016)?'],
    [['new', '--group', 'gug', '--date', 'MÅNDAG 7 MARS 2016'], 'Menade du --date 2016-03-07?'],
    [['new', '--group', 'gug', '--date', 'mån. 7/3 2016'], 'Menade du --date 2016-03-07?'],
    [['new', '--group', 'gug', '--date', 'Månad 7/3 2016'], '"Månad 7/3 2016" är inget datum; skriv ÅÅÅÅ-MM-DD, till exempel 2016-11-24.\n'],
    [['new', '--group', 'gug', 'tors 7 mars 2016'], 'Oväntat argument "tors 7 mars 2016". Ange datumet med --date. 7 mars 2016 var en måndag, inte en torsdag.'],
    [['new', '--group', 'gug', '--date', 'Måndagen den 7 mars 2016'], 'Menade du --date 2016-03-07?'],
    [['new', '--group', 'gug', 'tisdag 7 mars 2016'], 'Oväntat argument "tisdag 7 mars 2016". Ange datumet med --date. 7 mars 2016 var en måndag, inte en tisdag. Menade du --date 2016-03-07 (måndag 7 mars 2016) eller --date 2016-03-08 (tisdag 8 mars 2016)?'],
  ])('explains a bad request: %j', async (args, message) => {
    const r = await cli(args, archive([BASE]), '2016-11-24');
    expect(r.code).toBe(1);
    expect(r.err).toContain(message);
  });
});

// Another municipality's archive, none of whose groups are Helsingborg's: an example of --group is a group of its
// own (that of its latest minutes, else its first), which `new` then takes; a neutral one only when it has none.
describe('minutes new, the examples in its messages from the archive it runs in', () => {
  const OTHER: Record<string, string> = {
    'people.yml': 'kerstin-holm:\n  name: Kerstin Holm\nsara-ek:\n  name: Sara Ek\n',
    'organisations.yml': 'groups:\n  kulturradet:\n    name: Kulturrådet\n    members: [sara-ek]\n  trygghetsgruppen:\n    name: Trygghetsgruppen\n    members: [kerstin-holm]\n',
    'minutes/kulturradet/2020-01-13.md': '---\ngroup: kulturradet\ndate: 2020-01-13\nattendees: [Sara Ek]\n---\nText.\n',
    'minutes/trygghet/2020-02-03.md': '---\ngroup: Trygghetsgruppen\ndate: 2020-02-03\nattendees: [Kerstin Holm]\n---\nText.\n',
  };
  const ASK = 'Ange gruppen med --group, till exempel --group';
  it.each<[string, Record<string, string>, string[], string, string | undefined]>([
    ['the group of the latest minutes', {}, ['new'], `${ASK} trygghetsgruppen.`, 'trygghetsgruppen'],
    ['the same after words without --group', {}, ['new', 'Trygghetsgruppen'], `Oväntat argument "Trygghetsgruppen". ${ASK} trygghetsgruppen.`, 'trygghetsgruppen'],
    ['the latest by date, not by path', { 'minutes/a/2019-05-06.md': '---\ngroup: kulturradet\ndate: 2019-05-06\nattendees: [Sara Ek]\n---\nText.\n' }, ['new'], `${ASK} trygghetsgruppen.`, 'trygghetsgruppen'],
    ['the first group, when the latest minutes name none registered', { 'minutes/trygghet/2020-02-03.md': '---\ngroup: styrelsen\ndate: 2020-02-03\nattendees: [Sara Ek]\n---\nText.\n' }, ['new'], `${ASK} kulturradet.`, 'kulturradet'],
    ['a neutral group, when organisations.yml has none', { 'organisations.yml': '# Inga än.\n' }, ['new'], `${ASK} styrgruppen.`, undefined],
    ['today, for the form of a date', {}, ['new', '--group', 'kulturradet', '--date', '3/2'], '"3/2" är inget datum; skriv ÅÅÅÅ-MM-DD, till exempel 2021-05-17.', undefined],
  ])('%s', async (_, files, args, message, taken) => {
    const root = archive([], { ...OTHER, ...files });
    const r = await cli(args, root, '2021-05-17');
    expect([r.code, r.err]).toEqual([1, expect.stringContaining(message)]);
    expect(r.err).not.toMatch(/gemensam|2016/);
    // Followed, the example is a group new takes.
    if (taken) expect((await cli(['new', '--group', taken], root, '2021-05-17')).code).toBe(0);
  });
});

describe('minutes new for a group that has ended', () => {
  const ended = (day: string) => fs.readFileSync(path.join(BASE, 'organisations.yml'), 'utf8').replace('    aliases: [GUG]\n', `    aliases: [GUG]\n    ended: ${day}\n`);

  it.each([
    ['without a date (today is after the end)', '2016-02-29', [], 1],
    ['with a date after the end', '2016-02-29', ['--date', '2016-03-07'], 1],
    ['with a date on its last day', '2016-02-29', ['--date', '2016-02-29'], 0],
    ['with a date before the end, for minutes written late', '2016-02-29', ['--date', '2016-02-22'], 0],
  ])('%s', async (_, day, args, code) => {
    const root = archive([BASE], { 'organisations.yml': ended(day) });
    const r = await cli(['new', '--group', 'GUG', ...args], root);
    expect(r.code).toBe(code);
    if (code === 1) {
      expect(r.err).toContain('Gemensam utvecklingsgrupp avslutades 29 februari 2016');
      expect(r.err).toContain('--date');
      expect(fs.existsSync(path.join(root, 'minutes/gemensam-utvecklingsgrupp'))).toBe(false);
    } else {
      expect(check(root).diagnostics.map((d) => d.code)).toEqual(['placeholder-text']);
    }
  });
});

// `--group` is read as check reads `group:`: by id, name or alias; anything else is told the group it may be, by the
// same guess (group-guess.ts), with the flag to write instead of the field.
describe('minutes new --group, as check reads group:', () => {
  const orgs = fs.readFileSync(path.join(BASE, 'organisations.yml'), 'utf8');
  const withoutAlias = orgs.replace('    aliases: [GUG]\n', '');
  const twoGroups = withoutAlias.replace(/^groups:\n/m, 'groups:\n  gemensam-ungdomsgrupp:\n    name: Gemensam ungdomsgrupp\n');

  it.each([
    ['the id', orgs, 'gemensam-utvecklingsgrupp'],
    ['the name', orgs, 'Gemensam utvecklingsgrupp'],
    ['the name in capitals', orgs, 'GEMENSAM UTVECKLINGSGRUPP'],
    ['an alias', orgs, 'GUG'],
  ])('takes %s', async (_, organisations, group) => {
    const root = archive([BASE], { 'organisations.yml': organisations });
    const r = await cli(['new', '--group', group, '--date', '2016-05-02'], root);
    expect([r.code, r.out.trim()], r.err).toEqual([0, 'minutes/gug/2016-05-02.md']);
  });

  it.each([
    // An abbreviation that is no alias: the group, and the alias that would keep it.
    ['an abbreviation', withoutAlias, 'GUG', 'Hittar inte gruppen "GUG" i organisations.yml. Menade du gemensam-utvecklingsgrupp (Gemensam utvecklingsgrupp)? Ska förkortningen gå att använda, lägg till "GUG" under aliases för gemensam-utvecklingsgrupp i organisations.yml. Annars skriv gruppens id: --group gemensam-utvecklingsgrupp'],
    ['an abbreviation in lower case', withoutAlias, 'gug', 'Menade du gemensam-utvecklingsgrupp (Gemensam utvecklingsgrupp)? Ska förkortningen gå att använda, lägg till "gug" under aliases'],
    ['an abbreviation of two groups', twoGroups, 'GUG', 'Hittar inte gruppen "GUG" i organisations.yml. Menade du gemensam-ungdomsgrupp (Gemensam ungdomsgrupp) eller gemensam-utvecklingsgrupp (Gemensam utvecklingsgrupp)? Skriv gruppens id, till exempel: --group gemensam-ungdomsgrupp'],
    ['a near miss', withoutAlias, 'gemensam-utvecklingsgrup', 'Hittar inte gruppen "gemensam-utvecklingsgrup" i organisations.yml. Menade du Gemensam utvecklingsgrupp?'],
  ])('suggests the group for %s', async (_, organisations, group, message) => {
    const root = archive([BASE], { 'organisations.yml': organisations });
    const r = await cli(['new', '--group', group, '--date', '2016-05-02'], root);
    expect(r.code).toBe(1);
    expect(r.err).toContain(message);
    expect(fs.existsSync(path.join(root, 'minutes/gug/2016-05-02.md'))).toBe(false);
  });

  it('says what check says of the same group: in minutes, with --group for group:', async () => {
    const minutes = fs.readFileSync(path.join(BASE, 'minutes/gug/2016-02-08.md'), 'utf8').replace('group: Gemensam utvecklingsgrupp', 'group: GUG');
    const root = archive([BASE], { 'organisations.yml': withoutAlias, 'minutes/gug/2016-02-08.md': minutes });
    const told = check(root).diagnostics.find((d) => d.code === 'unknown-group')!;
    const r = await cli(['new', '--group', 'GUG', '--date', '2016-05-02'], root);
    expect(r.err).toContain(`${told.message.replace(/\.$/, '')} i organisations.yml. ${told.hint!.replace('group: ', '--group ')}`);
  });
});

// A day without a year is what people type. Its year is a guess, so it is suggested, not taken, as any --date
// written another way than ÅÅÅÅ-MM-DD is.
describe('minutes new --date without a year', () => {
  const later = '---\ngroup: gemensam-utvecklingsgrupp\ndate: 2016-03-07\nsecretary: Leif Redestig\nattendees: [Leif Redestig, David Bergström]\n---\nText.\n';
  const NEW_GROUP = fs.readFileSync(path.join(BASE, 'organisations.yml'), 'utf8').replace(/^groups:\n/m, 'groups:\n  samverkansradet:\n    name: Samverkansrådet\n');
  const AFTER_LATEST = ', den första efter gruppens senaste protokoll';

  it.each([
    ['7 mars', 'gug', {}, 'Menade du --date 2016-03-07, den första efter gruppens senaste protokoll (2016-02-08)?'],
    ['måndag 7 mars', 'gug', {}, `Menade du --date 2016-03-07${AFTER_LATEST} (2016-02-08)?`],
    ['7/3', 'gug', {}, `Menade du --date 2016-03-07${AFTER_LATEST} (2016-02-08)?`],
    // The latest meeting's own day has its minutes: the next year's.
    ['8 februari', 'gug', {}, `Menade du --date 2017-02-08${AFTER_LATEST} (2016-02-08)?`],
    ['4 april', 'gug', { 'minutes/gug/2016-03-07.md': later }, `Menade du --date 2016-04-04${AFTER_LATEST} (2016-03-07)?`],
    ['29 februari', 'gug', { 'minutes/gug/2016-03-07.md': later }, `Menade du --date 2020-02-29${AFTER_LATEST} (2016-03-07)?`],
    // A group without minutes: from today (2016-11-24) on, today too.
    ['24 november', 'samverkansradet', {}, 'Menade du --date 2016-11-24, den första från i dag?'],
    ['7 mars', 'samverkansradet', {}, 'Menade du --date 2017-03-07, den första från i dag?'],
    // A weekday the day reckoned does not fall on: said, with the nearest day that is that weekday; no other year is
    // looked for where it fits.
    ['tisdag 7 mars', 'gug', {}, '7 mars 2016, den första efter gruppens senaste protokoll (2016-02-08), var en måndag, inte en tisdag. Menade du --date 2016-03-07 (måndag 7 mars 2016) eller --date 2016-03-08 (tisdag 8 mars 2016)?'],
    ['fredag 7 mars', 'samverkansradet', {}, '7 mars 2017, den första från i dag, är en tisdag, inte en fredag. Menade du --date 2017-03-07 (tisdag 7 mars 2017) eller --date 2017-03-10 (fredag 10 mars 2017)?'],
    ['Måndagen den 4 april', 'gug', { 'minutes/gug/2016-03-07.md': later }, `Menade du --date 2016-04-04${AFTER_LATEST} (2016-03-07)?`],
    ['idag 7 mars', 'gug', {}, `Menade du --date 2016-03-07${AFTER_LATEST} (2016-02-08)?`],
    ['Tis 8/3', 'gug', {}, `Menade du --date 2016-03-08${AFTER_LATEST} (2016-02-08)?`],
    ['tis. 7/3', 'gug', {}, '7 mars 2016, den första efter gruppens senaste protokoll (2016-02-08), var en måndag, inte en tisdag. Menade du --date 2016-03-07 (måndag 7 mars 2016) eller --date 2016-03-08 (tisdag 8 mars 2016)?'],
    ['mån 7 mars', 'gug', {}, `Menade du --date 2016-03-07${AFTER_LATEST} (2016-02-08)?`],
  ])('--date %s for %s', async (date, group, files, suggestion) => {
    const root = archive([BASE], { 'organisations.yml': NEW_GROUP, ...files });
    const before = fs.readdirSync(path.join(root, 'minutes'), { recursive: true }).sort();
    const r = await cli(['new', '--group', group, '--date', date], root, '2016-11-24');
    expect(r.code).toBe(1);
    expect(r.err).toContain(`"${date}" är inget datum; skriv ÅÅÅÅ-MM-DD, till exempel 2016-11-24. ${suggestion}`);
    expect(fs.readdirSync(path.join(root, 'minutes'), { recursive: true }).sort()).toEqual(before);
  });

  it.each([
    // No such day in any year: nothing to suggest.
    ['gug', '31 april', '"31 april" är inget datum; skriv ÅÅÅÅ-MM-DD, till exempel 2016-11-24.\n'],
    // An unknown group is told before the date, which is reckoned from its minutes.
    ['styrelsen', '7 mars', 'Hittar inte gruppen "styrelsen"'],
  ])('--group %s --date %s', async (group, date, message) => {
    const r = await cli(['new', '--group', group, '--date', date], archive([BASE]), '2016-11-24');
    expect(r.code).toBe(1);
    expect(r.err).toContain(message);
  });
});
