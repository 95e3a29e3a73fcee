// Hostile and odd files, through the real CLI: each ends in diagnostics with file, line and column (never a stack
// trace) in both `minutes check` and `minutes build`, exit 1 on errors; files that are only unusual (a BOM, CRLF,
// NFD names, 5 MB) work normally, with positions as an editor shows them.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';
import { runCliProcess } from '../helpers/process.js';
import { STACK_TRACE } from './helpers.js';

afterAll(cleanTemp);

const BASE = path.join(FIXTURES, 'check', '_base');
const FILE = 'minutes/gug/2016-03-04.md';
/** A file named with an ö, as in NFC. */
const NAMED = 'minutes/gug/2016-03-04-möte.md';

/** A valid minutes file with two warnings at known places: line 5 column 12 and line 9 column 1. */
const WARNED = '---\ngroup: Gemensam utvecklingsgrupp\ndate: 2016-03-04\nattendees: [Leif Redestig, Åke Malmén]\nsecretary: David Bergström\n---\n## Punkt\n\nIa Jonsson kom. Även Fritidsbanken diskuterades.\n';
const WARNINGS: Expected[] = [
  [FILE, 5, 12, 'warning', 'secretary-not-present'],
  [FILE, 9, 1, 'warning', 'private-name'],
];

type Expected = readonly [file: string, line: number, col: number, severity: 'error' | 'warning', code: string];

interface Case {
  readonly name: string;
  readonly files?: Record<string, string | Uint8Array>;
  /** Changes to the archive beyond files: symbolic links, removed registries. */
  readonly setup?: (root: string) => void;
  /** Extra arguments for `minutes check` (the files named on the command line). */
  readonly checkArgs?: (root: string) => string[];
  readonly diagnostics: readonly Expected[];
  /** Words of the first diagnostic's message and hint, where they matter as much as its code. */
  readonly says?: string;
  /** False when `minutes build` is not given the case (files named on the command line are for check only). */
  readonly build?: boolean;
}

const bytes = (s: string) => Buffer.from(s, 'utf8');

const CASES: readonly Case[] = [
  { name: 'an empty file', files: { [FILE]: '' }, diagnostics: [[FILE, 1, 1, 'error', 'front-matter-missing']] },
  {
    name: 'a file of only front matter',
    files: { [FILE]: '---\ngroup: Gemensam utvecklingsgrupp\ndate: 2016-03-04\nattendees: [Leif Redestig]\n---\n' },
    diagnostics: [],
  },
  {
    name: 'a file of only an empty front matter',
    files: { [FILE]: '---\n---\n' },
    diagnostics: [
      [FILE, 1, 1, 'error', 'missing-field'],
      [FILE, 1, 1, 'error', 'missing-field'],
      [FILE, 1, 1, 'error', 'missing-field'],
    ],
  },
  { name: 'a file of only an opening ---', files: { [FILE]: '---\n' }, diagnostics: [[FILE, 1, 1, 'error', 'front-matter-unclosed']] },
  {
    name: 'a 5 MB file',
    files: { [FILE]: `${WARNED}${`${'Lång text om Fritidsbanken och allt annat. '.repeat(40)}\n\n`.repeat(3000)}` },
    diagnostics: [[FILE, 1, 1, 'warning', 'file-large'], ...WARNINGS],
  },
  { name: 'a UTF-8 byte-order mark', files: { [FILE]: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes(WARNED)]) }, diagnostics: WARNINGS },
  { name: 'CRLF line endings', files: { [FILE]: WARNED.replace(/\n/g, '\r\n') }, diagnostics: WARNINGS },
  // Saved on an old Mac: read as an editor shows it, each line where it is in the other files.
  { name: "lone CR line endings (an old Mac's)", files: { [FILE]: WARNED.replace(/\n/g, '\r') }, diagnostics: WARNINGS },
  { name: 'a byte-order mark and CRLF line endings', files: { [FILE]: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes(WARNED.replace(/\n/g, '\r\n'))]) }, diagnostics: WARNINGS },
  // Saved on a Mac: Åke Malmén and David Bergström decomposed (A + ring, e + acute, o + diaeresis).
  { name: 'NFD-normalised names', files: { [FILE]: WARNED.normalize('NFD') }, diagnostics: WARNINGS },
  // The same minutes twice, named as a Mac writes names (NFD) and as Windows and Linux do (NFC): two files here that
  // look alike, so the message must not list the file's own name as the other one.
  {
    name: 'the same minutes in two files whose names differ only in Unicode form',
    files: { [NAMED]: WARNED, [NAMED.normalize('NFD')]: WARNED },
    diagnostics: [NAMED.normalize('NFD'), NAMED].flatMap((file): Expected[] => [[file, 3, 7, 'error', 'duplicate-meeting'], ...WARNINGS.map(([, ...rest]): Expected => [file, ...rest])]),
    says: 'i filer vars namn ser likadana ut men skrivs med olika tecken',
  },
  // Names made on Linux or a Mac that Windows cannot hold: git on Windows then fails to check out the archive.
  {
    name: 'a colon in a file name (a time)',
    files: { ['minutes/gug/2016-03-04 kl 13:30.md']: WARNED },
    diagnostics: [['minutes/gug/2016-03-04 kl 13:30.md', 1, 1, 'warning', 'file-name-windows'], ...WARNINGS.map(([, ...rest]): Expected => ['minutes/gug/2016-03-04 kl 13:30.md', ...rest])],
    says: 'tecknet : är inte tillåtet), så filen kan inte hämtas med git eller packas upp från en zip-fil där. Byt namn till "2016-03-04 kl 13.30.md".',
  },
  {
    name: 'a folder name ending in a dot',
    files: { ['minutes/gug./2016-03-04.md']: WARNED },
    diagnostics: [['minutes/gug.', 1, 1, 'warning', 'file-name-windows'], ...WARNINGS.map(([, ...rest]): Expected => ['minutes/gug./2016-03-04.md', ...rest])],
    says: 'får inte sluta med mellanslag eller punkt), så mappen kan inte hämtas med git eller packas upp från en zip-fil där. Byt namn till "gug".',
  },
  // A line break is named as printed messages name it, not by its code point. Checked only, as Icon\r below.
  {
    name: 'a line break in a file name',
    files: { ['minutes/gug/2016-03-04\n.md']: WARNED },
    diagnostics: [['minutes/gug/2016-03-04\n.md', 1, 1, 'warning', 'file-name-windows'], ...WARNINGS.map(([, ...rest]): Expected => ['minutes/gug/2016-03-04\n.md', ...rest])],
    says: '(tecknet <radbrytning> är inte tillåtet), så filen kan inte hämtas med git eller packas upp från en zip-fil där. Byt namn till "2016-03-04.md".',
    build: false,
  },
  // Checked only: the text a build prints shows the name as "Icon<U+000D>", never with the CR itself.
  { name: "macOS's Icon\\r file", files: { ['minutes/gug/Icon\r']: '' }, diagnostics: [['minutes/gug/Icon\r', 1, 1, 'warning', 'file-name-windows']], says: 'Ta bort filen', build: false },
  {
    name: 'tabs in YAML indentation',
    files: { [FILE]: '---\ngroup: Gemensam utvecklingsgrupp\ndate: 2016-03-04\nattendees:\n\t- Leif Redestig\n---\nText.\n' },
    diagnostics: [[FILE, 5, 1, 'error', 'yaml-syntax']],
  },
  { name: 'a binary file with a .md name', files: { [FILE]: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]) }, diagnostics: [[FILE, 1, 1, 'error', 'file-binary']] },
  // Windows Notepad's "Unicode": not binary, only in the wrong encoding, which is what the user can fix.
  ...(
    [
      ['UTF-16 LE with a byte-order mark (minutes)', FILE, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(WARNED, 'utf16le')])],
      ['UTF-16 LE with a byte-order mark (people.yml)', 'people.yml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('leif-redestig:\n  name: Leif Redestig\n', 'utf16le')])],
      ['UTF-16 BE without a byte-order mark', FILE, Buffer.from(WARNED, 'utf16le').swap16()],
    ] as const
  ).map(([name, file, content]): Case => ({ name, files: { [file]: content }, diagnostics: [[file, 1, 1, 'error', 'file-binary']], says: 'inte UTF-8. Spara om filen med kodningen UTF-8' })),
  {
    name: 'invalid UTF-8 (a Latin-1 file)',
    files: { [FILE]: Buffer.concat([bytes('---\ngroup: Gemensam utvecklingsgrupp\ndate: 2016-03-04\nattendees: [Leif Redestig]\n---\nM'), Buffer.from([0xf6]), bytes('te om lokalen.\n')]) },
    diagnostics: [[FILE, 6, 2, 'error', 'file-binary']],
  },
  {
    name: 'a symlink loop under minutes/ (a folder linking to its parent, a file linking to itself)',
    setup: (root) => {
      fs.symlinkSync('..', path.join(root, 'minutes', 'gug', 'loop'));
      fs.symlinkSync('self.md', path.join(root, 'minutes', 'gug', 'self.md'));
    },
    diagnostics: [
      ['minutes/gug/loop', 1, 1, 'warning', 'symlink-loop'],
      ['minutes/gug/self.md', 1, 1, 'warning', 'symlink-loop'],
    ],
  },
  {
    name: 'a minutes file outside minutes/ named on the command line',
    files: { 'annat/2016-03-04.md': WARNED },
    checkArgs: (root) => [path.join(root, 'annat', '2016-03-04.md')],
    diagnostics: [['annat/2016-03-04.md', 1, 1, 'error', 'file-outside-minutes']],
    // The path to move it to: the folder of its group's minutes (minutes/gug/, by its alias), named by its date.
    says: 'Flytta filen till minutes/gug/2016-03-04.md eller ange rätt mapp med --root.',
    build: false,
  },
  // One diagnostic for the registry, not one "unknown person" for every name that refers to it.
  { name: 'a missing people.yml', setup: (root) => fs.rmSync(path.join(root, 'people.yml')), diagnostics: [['people.yml', 1, 1, 'error', 'file-missing']] },
  // Saved on Windows or a Mac, where the case of a name does not matter: "missing" alone sends the user looking in vain.
  {
    name: 'People.yml, capitalised',
    setup: (root) => fs.renameSync(path.join(root, 'people.yml'), path.join(root, 'People.yml')),
    diagnostics: [['people.yml', 1, 1, 'error', 'file-missing']],
    says: 'people.yml saknas i %ROOT%, men där finns People.yml. Byt namn på People.yml till people.yml',
  },
  {
    name: 'Minutes/, capitalised',
    setup: (root) => fs.renameSync(path.join(root, 'minutes'), path.join(root, 'Minutes')),
    diagnostics: [['minutes/', 1, 1, 'error', 'file-missing']],
    says: 'Mappen minutes/ saknas i %ROOT%, men där finns Minutes/. Byt namn på Minutes till minutes',
  },
  { name: 'a people.yml that is not YAML', files: { 'people.yml': 'leif-redestig:\n  name: [Leif Redestig\n' }, diagnostics: [['people.yml', 2, 9, 'error', 'yaml-syntax']], says: 'Listan inom hakparenteser som börjar här avslutas aldrig med ]. Protokollen kontrolleras mot people.yml först när filen går att läsa. Lägg till ] efter listans sista värde: name: [Leif Redestig]' },
];

async function run(args: string[]): Promise<{ code: number | null; output: string }> {
  const p = runCliProcess(args);
  const code = await p.exited();
  return { code, output: p.output() };
}

describe('odd and hostile files', () => {
  it.concurrent.each(CASES)('$name', async (c) => {
    const root = archive([BASE], c.files ?? {});
    c.setup?.(root);
    const errors = c.diagnostics.some((d) => d[3] === 'error');

    const checked = await run(['check', '--root', root, '--format', 'json', ...(c.checkArgs?.(root) ?? [])]);
    expect(checked.output).not.toMatch(STACK_TRACE);
    const list = (JSON.parse(checked.output) as { diagnostics: { file: string; line: number; col: number; severity: string; code: string; message: string; hint?: string }[] }).diagnostics;
    const got = list.map((d) => [d.file, d.line, d.col, d.severity, d.code]);
    expect(got).toEqual(c.diagnostics);
    if (c.says !== undefined) expect(`${list[0]?.message} ${list[0]?.hint}`).toContain(c.says.replace('%ROOT%', root));
    expect(checked.code).toBe(errors ? 1 : 0);
    for (const d of list) expect(d.message.length).toBeGreaterThan(5);

    if (c.build === false) return;
    const built = await run(['build', '--root', root]);
    expect(built.output).not.toMatch(STACK_TRACE);
    expect(built.code, built.output).toBe(errors ? 1 : 0);
    for (const [file, line, col, severity, code] of c.diagnostics) expect(built.output).toContain(`${file}:${line}:${col}  ${severity === 'error' ? 'fel' : 'varning'}  ${code}`);
    if (errors) expect(built.output).toContain('Webbplatsen byggdes inte');
    else expect(fs.existsSync(path.join(root, 'site', 'index.html'))).toBe(true);
  });

  it('prints control characters from the files visibly, never to the terminal as they are', async () => {
    const root = archive([BASE], { [FILE]: '---\ngroup: Gemensam utvecklingsgrupp\ndate: 2016-03-04\nattendees: ["Leif \\e[2J\\e]0;pwned\\a Redestig"]\n---\nText \u001b[31mröd\u001b[0m.\n' });
    const r = await run(['check', '--root', root]);
    expect(r.code).toBe(1);
    expect(r.output).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
    expect(r.output).toContain(`${FILE}:4:13  fel  control-character`);
    expect(r.output).toContain(`${FILE}:6:6  fel  control-character`);
    expect(r.output).toContain('Hittar inte personen "Leif <U+001B>[2J<U+001B>]0;pwned<U+0007> Redestig"');
  });

  it.each([
    ['a byte-order mark, CRLF and NFD', (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes(text.normalize('NFD').replace(/\n/g, '\r\n'))])],
    ["lone CR line endings (an old Mac's)", (text: string) => bytes(text.replace(/\n/g, '\r'))],
  ])('shows a file with %s like any other: same page, names resolved', async (_, save) => {
    const plain = archive([BASE], { [FILE]: WARNED });
    const odd = archive([BASE], { [FILE]: save(WARNED) });
    for (const root of [plain, odd]) expect((await run(['build', '--root', root, '--quiet'])).code).toBe(0);
    const page = (root: string) => fs.readFileSync(path.join(root, 'site', 'grupper', 'gemensam-utvecklingsgrupp', '2016-03-04', 'index.html'), 'utf8');
    expect(page(odd)).toBe(page(plain));
    expect(page(odd)).toContain('href="/personer/ake-malmen/"');
  });
});
