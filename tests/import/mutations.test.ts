// The five seeds varied as a note-taker's plain text may be (Windows line endings, a byte-order mark, tabs and
// trailing spaces, NFD, other bullets, headings in capitals, absences marked other ways, emoji), with a seeded
// generator: no word of the source is lost, and variations that change no one's attendance change none in the draft.
// A small, fast sample of the fuzzing that found the capitals and absence misreadings; a failure names its seed. Each
// seed also goes through every line ending and agenda numbering: every word and every number stays as written.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prng } from '../../src/util/random.js';
import { FIXTURES, PROJECT } from '../helpers/archive.js';
import { draftOf, missingWords, registryFrom, shownNumbers, split } from './helpers.js';

const SEEDS = path.join(FIXTURES, 'seeds');
const seeds = fs.readdirSync(SEEDS).sort().map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8'));
const registry = registryFrom(fs.readFileSync(path.join(PROJECT, 'people.yml'), 'utf8'), fs.readFileSync(path.join(PROJECT, 'organisations.yml'), 'utf8'));

type Mutation = (text: string, rand: () => number) => string;
const pick = <T>(list: readonly T[], rand: () => number): T => list[Math.floor(rand() * list.length)]!;
const eachLine = (text: string, f: (line: string, i: number, lines: string[]) => string) => text.split('\n').map((l, i, all) => f(l, i, all)).join('\n');
/** A short line on its own after a blank one, not a name nor a label: an agenda item's heading. */
const isHeading = (l: string, prev: string | undefined) => l.trim().length > 2 && l.length < 50 && !/[.?:,]\s*$/.test(l) && !/^\s*[-•#\d]/.test(l) && (prev ?? '').trim() === '' && !/närvarande|vid pennan|gemensam/i.test(l);

/** Variations after which the draft must list the same people as present and absent. */
const KEEPING_ATTENDANCE: Record<string, Mutation> = {
  crlf: (t) => t.replace(/\n/g, '\r\n'),
  bom: (t) => `\uFEFF${t}`,
  trailing: (t, r) => eachLine(t, (l) => l + pick(['', ' ', '  ', '\t', '\u00a0'], r)),
  indent: (t, r) => eachLine(t, (l) => (r() < 0.3 ? `\t${l}` : l)),
  nfd: (t) => t.normalize('NFD'),
  bullets: (t, r) => {
    const b = pick(['– ', '* ', '• ', '● ', '➢ ', '· '], r);
    return eachLine(t, (l) => l.replace(/^(\s*)[-•]\s*(?=\S)/, `$1${b}`));
  },
  capitals: (t) => eachLine(t, (l, i, all) => (isHeading(l, all[i - 1]) ? l.toUpperCase() : l)),
  absence: (t, r) => t.replace(/ ?\(ej närvarande\)/g, () => pick([' (Ej närvarande)', ' (EJ NÄRVARANDE)', ' ( ej  närvarande )', ' [ej närvarande]', ' – ej närvarande', ', ej närv.', ' (ej närvarande'], r)),
};
/** Variations that may change what is recognised, but must lose no word. */
const OTHERS: Record<string, Mutation> = {
  emoji: (t, r) => eachLine(t, (l) => (l.trim() !== '' && r() < 0.2 ? `${r() < 0.5 ? '👍 ' : ''}${l} ${pick(['🎉', '😊', '⚠️', '👩‍💻'], r)}` : l)),
  oneLineParagraphs: (t) => t.replace(/([^\n])\n(?=[a-zåäö])/g, '$1 '),
  numbered: (t) => {
    let n = 0;
    return eachLine(t, (l, i, all) => (isHeading(l, all[i - 1]) && !/^\p{Lu}\p{L}+ \p{Lu}\p{L}+\s*$/u.test(l.trim()) ? `${++n}. ${l.trim()}` : l));
  },
  noSecretaryLabel: (t) => t.replace(/^\s*Vid pennan:?\s*$/m, ''),
};

/**
 * Line endings with which the draft must be the one from the text as written. In the mix, an LF right after a CR
 * (an empty line between them) is written CR LF: a CR then LF is one line break, and the blank line would be gone.
 */
const LINE_ENDINGS: Record<string, (text: string) => string> = {
  'CR CR LF': (t) => t.replace(/\n/g, '\r\r\n'),
  'LF CR': (t) => t.replace(/\n/g, '\n\r'),
  'CR LF CR LF': (t) => t.replace(/\n/g, '\r\n\r\n'),
  'CR, LF and CR LF': (t) => {
    let k = 0;
    return t.replace(/\n/g, (_, at: number) => (t[at - 1] === '\n' && k % 3 === 1 ? (k++, '\r\n') : ['\r', '\n', '\r\n'][k++ % 3]!));
  },
};

const CASES = Array.from({ length: 40 }, (_, k) => {
  const seed = k + 1;
  const rand = prng(seed);
  const source = seeds[k % seeds.length]!;
  const keeping = rand() < 0.6;
  const pool = keeping ? KEEPING_ATTENDANCE : { ...KEEPING_ATTENDANCE, ...OTHERS };
  const names = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(Object.keys(pool), rand));
  const text = names.reduce((t, name) => pool[name]!(t, rand), source);
  return { seed, file: k % seeds.length, names: names.join(', '), keeping, source, text };
});

const attendance = (text: string) => {
  const { draft } = draftOf(text, { registry, yearOption: 2016 });
  const ids = (list: typeof draft.attendance.present) => list.map((p) => (p.result.kind === 'found' ? p.result.id : p.written.normalize('NFC').toUpperCase()));
  return { present: ids(draft.attendance.present), absent: ids(draft.attendance.absent) };
};

describe('the seeds, with other line endings', () => {
  it.each(seeds.flatMap((source, file) => Object.keys(LINE_ENDINGS).map((endings) => ({ file: String(file), endings, source }))))('file $file, $endings: the same draft', ({ endings, source }) => {
    const text = LINE_ENDINGS[endings]!(source);
    const { rendered } = draftOf(text, { registry, yearOption: 2016 });
    expect(rendered).toBe(draftOf(source, { registry, yearOption: 2016 }).rendered);
    expect(missingWords(text, rendered)).toEqual([]);
  });
});

/** Numberings of the seeds' agenda items, and an item's own numbered list under each item's first line. */
const NUMBERINGS: Record<string, (text: string) => string> = {
  '"1."': (t) => numberHeadings(t, () => '.'),
  '"1)"': (t) => numberHeadings(t, () => ')'),
  '"1." and "2)"': (t) => numberHeadings(t, (n) => (n % 2 === 1 ? '.' : ')')),
  '"1." with lists of their own': (t) => numberHeadings(t, () => '.').replace(/^(\d+\. .*\n[^\n]+\n)/gm, '$11. Ring Leif\n2. Skicka ut inbjudan\n'),
};

function numberHeadings(text: string, delimiter: (n: number) => string): string {
  let n = 0;
  return eachLine(text, (l, i, all) => (isHeading(l, all[i - 1]) && !/^\p{Lu}\p{L}+ \p{Lu}\p{L}+\s*$/u.test(l.trim()) ? `${++n}${delimiter(n)} ${l.trim()}` : l));
}

/**
 * The numbered lines of the source ("2) SIP") not kept with their numbers as written: as a heading, as the site shows
 * them in a list or a paragraph, or in the front matter (an attendee, quoted as written in a comment).
 */
function lostNumbers(source: string, draft: string): string[] {
  const { body } = split(draft);
  const dot = (l: string) => l.replace(/^(\d+)[.)]/, '$1.');
  const shown = [...body.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3)), ...shownNumbers(body)].map(dot);
  const head = draft.slice(0, draft.length - body.length);
  const numbered = source.split(/\r\n?|\n/).map((l) => l.trim()).filter((l) => /^\d+[.)] /.test(l));
  return numbered.filter((l) => !shown.some((s) => s.startsWith(dot(l))) && !head.includes(l));
}

describe('the seeds, numbered and with other line endings', () => {
  const cases = seeds.flatMap((source, file) =>
    Object.keys(NUMBERINGS).flatMap((numbering) => ['LF', ...Object.keys(LINE_ENDINGS)].map((endings) => ({ file: String(file), numbering, endings, source }))),
  );
  it.each(cases)('file $file, numbered $numbering, $endings: every word and number kept', ({ source, numbering, endings }) => {
    const numbered = NUMBERINGS[numbering]!(source);
    const text = endings === 'LF' ? numbered : LINE_ENDINGS[endings]!(numbered);
    const { rendered } = draftOf(text, { registry, yearOption: 2016 });
    expect(missingWords(text, rendered)).toEqual([]);
    expect(lostNumbers(text, rendered)).toEqual([]);
    expect(rendered).toBe(draftOf(numbered, { registry, yearOption: 2016 }).rendered);
  });
});

describe('the seeds, varied', () => {
  it.each(CASES)('seed $seed (file $file: $names) loses no word', ({ text }) => {
    const { rendered } = draftOf(text, { registry, yearOption: 2016 });
    expect(missingWords(text, rendered)).toEqual([]);
  });

  it.each(CASES.filter((c) => c.keeping))('seed $seed (file $file: $names) keeps who was present and absent', ({ source, text }) => {
    expect(attendance(text)).toEqual(attendance(source));
  });
});
