// Watch mode keeps what it learnt about unchanged files between saves. This checks that it never keeps a stale
// finding or misses a new one: after each edit, its problems must equal those of `minutes check` from scratch.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevSession } from '../../src/watch/session.js';
import { generateArchive } from '../../src/bench/generate.js';
import { cleanTemp, seedArchive, tempDir } from '../helpers/archive.js';
import { listFiles } from '../helpers/site.js';
import { checkedSteps, replaceIn } from './check-steps.js';

// The day both checks compare dates with, fixed so the result does not depend on when the tests run: after every
// meeting of the generated archive, before the meeting its latest minutes announce (2024-12-23).
const TODAY = '2024-05-01';

describe('problems reported in watch mode, edit after edit', () => {
  let root: string;
  let session: DevSession;
  let minutes: string[];
  const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');
  let step: ReturnType<typeof checkedSteps>;

  beforeAll(async () => {
    root = tempDir();
    generateArchive(root, 40, 11, { groups: 3, people: 30, organisations: 5, projects: 6 });
    minutes = listFiles(path.join(root, 'minutes')).map((f) => `minutes/${f}`);
    session = new DevSession({ root, outDir: path.join(tempDir(), 'site'), base: '/', title: 'Protokoll', today: TODAY });
    expect((await session.start()).kind).toBe('rendered');
    step = checkedSteps(root, session, TODAY);
  });
  afterAll(cleanTemp);

  /** The first person named in some minutes file, as written there. */
  const someAttendee = () => {
    for (const rel of minutes) {
      const name = /\nattendees:\n {2}- ([A-ZÅÄÖ][^\n]+)\n/.exec(read(rel))?.[1];
      if (name) return { rel, name };
    }
    throw new Error('no attendee written by name');
  };

  /** Replaces `from` with `to` in a source file, which must contain it, and returns the file as changed. */
  const replace = (rel: string, from: string | RegExp, to: string) => replaceIn(root, rel, from, to);
  /** A person as people.yml names them, with a first and a last name, whom no minutes misspell (set by a step). */
  let named = '';
  /** people.yml as it was before a step emptied it. */
  let people = '';

  // Each step edits the sources and gives the codes of the problems it adds (every one of them), and whether it
  // takes some away; steps build on each other, as saves do, so what earlier steps left stays.
  const steps: [string, string[], boolean, () => string[]][] = [
    ['a person renamed in people.yml: unchanged minutes now name someone unknown', ['unknown-owner', 'unknown-person'], false, () => {
      const { name } = someAttendee();
      return replace('people.yml', `name: ${name}\n`, `name: ${name}x\n`);
    }],
    ['the rename undone', [], true, () => replace('people.yml', /name: ([^\n]+)x\n/, 'name: $1\n')],
    ['a misspelt attendee in one file', ['unknown-person'], false, () => {
      const { rel, name } = someAttendee();
      return replace(rel, `  - ${name}\n`, `  - ${name.slice(0, -1)}\n`);
    }],
    ['a person named in the running text of minutes: nothing to say while they are published', [], false, () => {
      named = /^ {2}name: (\p{Lu}\p{L}+ \p{Lu}\p{L}+)$/mu.exec(read('people.yml'))![1]!;
      const rel = minutes[2]!;
      return replace(rel, /\n$/, `\n\n${named} berättade om lokalen.\n`);
    }],
    ['a person no longer published: their name in running text is now a warning', ['private-name'], false, () => replace('people.yml', `name: ${named}\n`, `name: ${named}\n  publish: hidden\n`)],
    ['a follow-up of an action that does not exist', ['unknown-action'], false, () => {
      const rel = minutes[minutes.length - 1]!;
      const item = '  - action: grupp-1/1999-01-01#1\n    status: done\n';
      return /\nfollowups:\n/.test(read(rel)) ? replace(rel, '\nfollowups:\n', `\nfollowups:\n${item}`) : replace(rel, /^---\n/, `---\nfollowups:\n${item}`);
    }],
    // The group's latest minutes copied with only the date changed: copied-minutes says so too, which watch mode,
    // keeping what it learnt of the unchanged files, must tell as a check from scratch does.
    ['minutes of a meeting after the fixed day, copied from the last: a future-date warning and copied-minutes', ['copied-minutes', 'future-date'], false, () => {
      const latest = minutes.filter((rel) => rel.startsWith('minutes/grupp-1/')).sort().pop()!;
      const rel = 'minutes/grupp-1/2024-06-03.md';
      fs.writeFileSync(path.join(root, rel), read(latest).replace(/\ndate: \S+\n/, '\ndate: 2024-06-03\n'));
      return [rel];
    }],
    ['a link to an attachment that is not there', ['broken-link'], false, () => replace(minutes[3]!, /\n$/, '\n\nSe [bilagan](bilaga.pdf).\n')],
    // A file no link names, added or removed, changes the name the hint gives.
    ['a file of a near name added beside the minutes: the hint names it', ['broken-link'], true, () => {
      const rel = `${path.dirname(minutes[3]!)}/bilagan.pdf`;
      fs.writeFileSync(path.join(root, rel), '%PDF-1.4');
      return [rel];
    }],
    ['that file removed again', ['broken-link'], true, () => {
      const rel = `${path.dirname(minutes[3]!)}/bilagan.pdf`;
      fs.rmSync(path.join(root, rel));
      return [rel];
    }],
    ['minutes added, and a link to them in other minutes', [], false, () => {
      const rel = 'minutes/grupp-1/2010-01-04.md';
      fs.writeFileSync(path.join(root, rel), `---\ngroup: grupp-1\ndate: 2010-01-04\nattendees:\n  - ${[...read('people.yml').matchAll(/^([a-z0-9-]+):$/gm)].pop()![1]}\n---\nKort möte.\n`);
      return [rel, ...replace(minutes[5]!, /\n$/, `\n\nSe [mötet](${path.posix.relative(path.posix.dirname(minutes[5]!), rel)}).\n`)];
    }],
    // Watch mode knew the file (read when it was added): its removal, reported alone, must be known to links too.
    ['those minutes deleted: the link to them is broken', ['broken-link'], false, () => {
      const rel = 'minutes/grupp-1/2010-01-04.md';
      fs.rmSync(path.join(root, rel));
      return [rel];
    }],
    ['two meetings made the same', ['date-not-filename', 'duplicate-meeting', 'unknown-person'], false, () => {
      const [a, b] = minutes;
      fs.writeFileSync(path.join(root, b!), read(a!));
      return [b!];
    }],
    // An emptied registry is said once, at the file, and no name of the minutes is said to be unknown.
    ['people.yml emptied: said once, and no person unknown', ['registry-empty'], true, () => {
      people = read('people.yml');
      fs.writeFileSync(path.join(root, 'people.yml'), '# Tom\n');
      return ['people.yml'];
    }],
    ['people.yml back: the people as before', ['private-name', 'unknown-person'], true, () => {
      fs.writeFileSync(path.join(root, 'people.yml'), people);
      return ['people.yml'];
    }],
    // The watcher watches minutes/ and the registries, not the root: a file saved there is found at the next save.
    ['minutes saved in the archive’s root, beside people.yml, and a save in minutes/: told where they belong', ['file-outside-minutes'], false, () => {
      fs.writeFileSync(path.join(root, '2012-06-18.md'), `---\ngroup: grupp-3\ndate: 2012-06-18\nattendees:\n  - ${[...read('people.yml').matchAll(/^([a-z0-9-]+):$/gm)].pop()![1]}\n---\nKort möte.\n`);
      return replace(minutes[6]!, /\n$/, '\n\nMötet avslutades.\n');
    }],
    ['those minutes moved into minutes/: no longer told', [], true, () => {
      const rel = 'minutes/grupp-3/2012-06-18.md';
      fs.renameSync(path.join(root, '2012-06-18.md'), path.join(root, rel));
      return [rel];
    }],
  ];

  it.each(steps)('after %s', (_, added, removed, change) => step(added, removed, change));
});

// What a slip saved while dev runs is said to be, as an editor makes it.
describe('a slip saved into the YAML of minutes or a registry', () => {
  let root: string;
  let session: DevSession;
  beforeAll(async () => {
    root = seedArchive();
    session = new DevSession({ root, outDir: path.join(root, 'site'), base: '/', title: 'Protokoll', today: TODAY });
    expect((await session.start()).kind).toBe('rendered');
  });
  afterAll(cleanTemp);

  const MEETING = 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md';
  it.each([
    // Pasted into a registry, it was said to be in "the fields at the top of the file", as in minutes: a registry is
    // YAML all through, with no fields at its top.
    { what: 'a control character in people.yml', file: 'people.yml', from: '  name: Leif Redestig\n', to: '  name: Leif Redestig\u0001\n', message: 'Filen innehåller styrtecknet U+0001.', hint: 'Ta bort tecknet' },
    // Five bytes pasted at a line's end were five errors, one a column.
    { what: 'control bytes in a row in people.yml', file: 'people.yml', from: '  name: Leif Redestig\n', to: '  name: Leif Redestig\u0000\u0000\u0000\u0001\u0002\n', message: 'Filen innehåller 5 styrtecken i rad: U+0000, U+0000, U+0000, U+0001 och U+0002.', hint: 'Ta bort tecknen' },
    // Read, with no error, as one alias, "Leffe - L. Redestig": neither name was Leif's.
    { what: 'an alias in people.yml a column right of the one above it', file: 'people.yml', from: '  name: Leif Redestig\n', to: '  name: Leif Redestig\n  aliases:\n    - Leffe\n     - L. Redestig\n', message: 'Strecket står längre in än strecken på raderna ovanför, så raden läses som fortsättningen på raden ovanför och inte som en egen rad i listan.', hint: 'Ställ - rakt under strecken ovanför (4 mellanslag in): "    - L. Redestig"' },
    { what: 'a control character in organisations.yml', file: 'organisations.yml', from: '    name: Socialförvaltningen\n', to: '    name: Socialförvaltningen\u0001\n', message: 'Filen innehåller styrtecknet U+0001.', hint: 'Ta bort tecknet' },
    { what: "a control character in minutes' fields", file: MEETING, from: 'date: 2016-03-07\n', to: 'date: 2016-03-07\u0001\n', message: 'Fälten överst i filen innehåller styrtecknet U+0001.', hint: 'Ta bort tecknet' },
    // The name deleted to be written again, its comment left: it was said to be a value starting with #, to be quoted
    // (secretary: "# \"Vid pennan /David\" i källan"), which would have made the comment the secretary.
    { what: 'a value deleted, its comment left', file: MEETING, from: 'secretary: David Bergström', to: 'secretary:', message: 'Fältet "secretary" är tomt.', hint: 'Skriv namnet på den som förde anteckningarna' },
    // Half typed, the time was said to be "a field's name that cannot be a block; is a colon missing?".
    { what: 'a time half typed', file: MEETING, from: 'date: 2016-03-07\n', to: 'date: 2016-03-07\ntime: 13:\n', message: 'Värdet slutar med ett kolon, och då läses det som ett nytt fält.', hint: 'Skriv klart värdet efter kolonet, eller sätt det inom citattecken: time: "13:"' },
    // Its comment was put inside the quotes, as part of the time ("13:   # kommentar").
    { what: 'a time half typed, a comment after it', file: MEETING, from: 'date: 2016-03-07\n', to: 'date: 2016-03-07\ntime: 13:   # kommentar\n', message: 'Värdet slutar med ett kolon, och då läses det som ett nytt fält.', hint: 'Skriv klart värdet efter kolonet, eller sätt det inom citattecken: time: "13:" # kommentar' },
    { what: 'a colon and a space in a value', file: MEETING, from: 'date: 2016-03-07\n', to: 'date: 2016-03-07\nlocation: Bryggan: rum 3\n', message: 'Värdet innehåller ett kolon följt av mellanslag, och då läses det som ett nytt fält.', hint: 'Sätt värdet inom citattecken: location: "Bryggan: rum 3"' },
    { what: 'a value that starts with #', file: MEETING, from: 'secretary: David Bergström   # "Vid pennan /David" i källan', to: 'secretary: #David Bergström', message: 'Värdet börjar med # och läses därför som en kommentar, så fältet "secretary" blir tomt.', hint: 'Sätt värdet inom citattecken: secretary: "#David Bergström"' },
  ])('$what: $message', async ({ file, from, to, message, hint }) => {
    const full = path.join(root, file);
    const good = fs.readFileSync(full, 'utf8');
    expect(good).toContain(from);
    fs.writeFileSync(full, good.replace(from, to));
    try {
      const errors = (await session.update([file])).diagnostics.filter((d) => d.severity === 'error');
      expect(errors.map((d) => [d.file, d.message])).toEqual([[file, message]]);
      expect(errors[0]!.hint).toContain(hint);
    } finally {
      fs.writeFileSync(full, good);
      expect((await session.update([file])).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    }
  });
});
