// The README's examples, as a newcomer copies them: the example minutes file, and every front-matter and registry
// snippet merged into the seed archive, pass `minutes check` (nothing reported that the seed archive does not report
// already); the open data example has the fields the open data has. So the README cannot drift from the code.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { check } from '../../src/pipeline.js';
import { buildModel } from '../../src/model/build.js';
import { openData } from '../../src/render/opendata.js';
import { CODES } from '../../src/codes.js';
import { siteOptions } from '../../src/commands/build.js';
import { cleanTemp, PROJECT, seedArchive } from '../helpers/archive.js';

afterAll(cleanTemp);

const readme = fs.readFileSync(path.join(PROJECT, 'README.md'), 'utf8');
/** Every fenced block of the README: its language and its text. */
const blocks = [...readme.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, text: m[2]! }));
const yamlBlocks = blocks.filter((b) => b.lang === 'yaml' && !b.text.startsWith('# .github/'));

type Kind = 'minutes' | 'people.yml' | 'organisations.yml';
/** What a YAML snippet is part of, told by its keys: a meeting's fields, the sections of organisations.yml, or people. */
function kindOf(snippet: Record<string, unknown>): Kind {
  const keys = Object.keys(snippet);
  if (keys.includes('group') && keys.includes('date')) return 'minutes';
  return keys.every((k) => ['organisations', 'groups', 'projects'].includes(k)) ? 'organisations.yml' : 'people.yml';
}

/** What check reports in an archive, by file and code (lines move when a snippet is merged in). */
const reported = (root: string): string[] => check(root, '2026-11-24').diagnostics.map((d) => `${d.file} ${d.severity} ${d.code}`).sort();

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

/** Merges a snippet into the seed archive as its reader would: entries replaced by id, a meeting's fields into its minutes. */
function merge(root: string, snippet: Record<string, unknown>): string {
  const kind = kindOf(snippet);
  if (kind === 'minutes') {
    const minutes = path.join(root, 'minutes');
    const files = fs.readdirSync(minutes, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
    const file = files.find((f) => path.basename(f) === `${String(snippet.date)}.md`);
    if (!file) throw new Error(`no seed minutes of ${String(snippet.date)}`);
    const full = path.join(minutes, file);
    const text = fs.readFileSync(full, 'utf8');
    const doc = parseDocument(FRONT_MATTER.exec(text)![1]!);
    for (const [key, value] of Object.entries(snippet)) doc.set(key, value);
    fs.writeFileSync(full, text.replace(FRONT_MATTER, () => `---\n${doc.toString()}---\n`));
    return full;
  }
  const full = path.join(root, kind);
  const doc = parseDocument(fs.readFileSync(full, 'utf8'));
  for (const [key, value] of Object.entries(snippet)) {
    if (kind === 'people.yml') doc.set(key, value);
    else for (const [id, entry] of Object.entries(value as Record<string, unknown>)) doc.setIn([key, id], entry);
  }
  fs.writeFileSync(full, doc.toString());
  return full;
}

describe('the README’s examples pass minutes check', () => {
  const baseline = reported(seedArchive());

  it('finds the example minutes and the snippets of each kind', () => {
    expect(blocks.filter((b) => b.lang === 'markdown')).toHaveLength(1);
    const kinds = yamlBlocks.map((b) => kindOf(parse(b.text) as Record<string, unknown>));
    for (const kind of ['minutes', 'people.yml', 'organisations.yml'] as const) expect(kinds).toContain(kind);
  });

  it('the example minutes file, in place of the seed minutes of its day: nothing reported in it', () => {
    const example = blocks.find((b) => b.lang === 'markdown')!.text;
    const root = seedArchive();
    const file = 'minutes/gemensam-utvecklingsgrupp/2016-02-08.md';
    fs.writeFileSync(path.join(root, file), example);
    const here = check(root, '2026-11-24').diagnostics.filter((d) => d.file === file);
    expect(here.map((d) => `${d.line}:${d.col} ${d.code} ${d.message}`)).toEqual([]);
    // Its follow-up and action are read: the follow-up closes the action it names.
    const checked = check(root, '2026-11-24');
    const model = buildModel(checked.validated.minutes, checked.validated.registry);
    const data = JSON.parse(openData(model, { base: '/', title: 'Protokoll', today: '2026-11-24' })) as { meetings: { id: string; actions: { id: string; status: string }[]; followups: unknown[] }[] };
    const meeting = data.meetings.find((m) => m.id === 'gemensam-utvecklingsgrupp/2016-02-08')!;
    expect([meeting.actions.length, meeting.followups.length]).toEqual([1, 1]);
    const followed = data.meetings.find((m) => m.id === 'gemensam-utvecklingsgrupp/2015-11-09')!.actions.find((a) => a.id.endsWith('#2'));
    expect(followed?.status).toBe('done');
  });

  it.each(yamlBlocks.map((b, i) => [i + 1, b.text.split('\n')[0]!, b.text] as const))('YAML snippet %i (%s), merged into the seed archive, adds nothing to what check reports', (_, __, text) => {
    const root = seedArchive();
    const file = merge(root, parse(text) as Record<string, unknown>);
    expect(fs.readFileSync(file, 'utf8')).not.toBe(fs.readFileSync(path.join(PROJECT, path.relative(root, file)), 'utf8'));
    expect(reported(root)).toEqual(baseline);
  });
});

describe('the README’s open data example', () => {
  const example = blocks.find((b) => b.lang === 'jsonc')!.text;
  // Comments end a line and follow a space; no address in the example holds "//".
  const parsed = JSON.parse(example.replace(/\s\/\/[^\n]*/g, '')) as Record<string, Record<string, unknown>[]>;
  const checked = check(seedArchive(), '2026-11-24');
  const data = JSON.parse(openData(buildModel(checked.validated.minutes, checked.validated.registry), { base: '/', title: 'Protokoll', today: '2026-11-24' })) as Record<string, Record<string, unknown>[]>;
  const keys = (list: readonly Record<string, unknown>[]) => [...new Set(list.flatMap((o) => Object.keys(o)))].sort();

  it('has the lists the open data has', () => expect(Object.keys(parsed).sort()).toEqual(Object.keys(data).sort()));
  it.each(Object.keys(data))('gives %s with the fields they have', (list) => {
    // `as` is written only when the minutes write something after a name: the example shows it once.
    expect(keys(parsed[list]!)).toEqual(keys(data[list]!));
  });
  it('gives a meeting’s attendees, actions and follow-ups with the fields they have', () => {
    type Lists = Record<'attendees' | 'actions' | 'followups', Record<string, unknown>[]>;
    const meeting = parsed.meetings![0] as unknown as Lists;
    const real = data.meetings! as unknown as Lists[];
    for (const field of ['attendees', 'actions', 'followups'] as const) expect(keys(meeting[field])).toEqual(keys(real.flatMap((m) => m[field])));
  });
});

describe('the README’s diagnostics table, as check says it', () => {
  const table = readme.slice(readme.indexOf('\n## Diagnostics\n'), readme.indexOf('\n## The site\n'));
  const rows = [...table.matchAll(/^\| `([a-z-]+)` \| (error|warning) \| (.*) \|$/gm)].map((m) => ({ code: m[1]!, meaning: m[3]! }));
  const row = (code: string) => rows.find((r) => r.code === code)!.meaning;
  /** The hint check gives for one field added to seed minutes whose fields are otherwise right. */
  const hintFor = (field: string): string | undefined => {
    const root = seedArchive();
    const file = 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md';
    const full = path.join(root, file);
    fs.writeFileSync(full, fs.readFileSync(full, 'utf8').replace(/^date: .*$/m, (line) => `${line}\n${field}`));
    const here = check(root, '2026-11-24').diagnostics.filter((d) => d.file === file && d.severity === 'error');
    expect(here).toHaveLength(1);
    return here[0]!.hint;
  };

  it('lists every code once, and only codes that exist', () => {
    const listed = rows.map((r) => r.code);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(Object.keys(CODES).sort());
  });

  // Each "`written` → `time: "meant"`" of the invalid-time row: the hint ends with the line it names.
  const times = [...row('invalid-time').matchAll(/((?:`[^`]+`(?:, | and | or )?)+) → `(time: "\d\d:\d\d")`/g)].flatMap((m) =>
    [...m[1]!.matchAll(/`([^`]+)`/g)].map((w) => [w[1]!, m[2]!] as const),
  );
  it('finds the times written another way that the invalid-time row gives', () => expect(times.length).toBeGreaterThanOrEqual(5));
  it.each(times)('invalid-time: time: %s gives a hint ending with %s', (written, meant) => expect(hintFor(`time: ${written}`)).toMatch(new RegExp(`${meant}$`)));
  it.each(['25:00', '13:75', '"25:00"', '13.75'])('invalid-time: time: %s, past the clock, says so, as the row does', (written) => {
    expect(row('invalid-time')).toContain('hours run from 00 to 23 and minutes from 00 to 59');
    expect(hintFor(`time: ${written}`)).toMatch(/^Timmarna går från 00 till 23 och minuterna från 00 till 59\./);
  });
  // Each next_meeting with its time written another way that a row names: the hint ends with the line the row gives.
  it.each([
    ['invalid-date', '2016-03-21 kl 9'],
    ['invalid-time', '2016-03-21 13'],
  ])('%s: next_meeting: %s gives the line to write the row names', (code, written) => {
    const line = new RegExp(`\`${written}\`[^|]*?the line to write, \`(next_meeting: [^\`]+)\``).exec(row(code))?.[1];
    expect(line).toMatch(/^next_meeting: \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(hintFor(`next_meeting: ${written}`)).toMatch(new RegExp(`: ${line!}$`));
  });
  it('invalid-date: a day that does not exist is told why, in the words the row quotes', () => {
    const meaning = row('invalid-date');
    const said = [...meaning.matchAll(/`(\d{4}-\d{2}-\d{2})`[^"]*"([^"]+)"/g)].map((m) => [m[1]!, m[2]!] as const);
    expect(said.map(([date]) => date)).toEqual(['2016-02-30', '2016-13-03']);
    for (const [date, words] of said) expect(hintFor(`next_meeting: ${date}`)).toContain(words);
  });
  it('invalid-date: a date that is no day, in a file named by a day, is given the line the row quotes', () => {
    const [, written, day, words] = /`([^`]+)`, in a file named by a day, `(\d{4}-\d{2}-\d{2})\.md`, is given that day's line to write: "([^"]+)"/.exec(row('invalid-date')) ?? [];
    expect(day).toBe('2016-03-07');
    const root = seedArchive();
    const file = `minutes/gemensam-utvecklingsgrupp/${day!}.md`;
    const full = path.join(root, file);
    fs.writeFileSync(full, fs.readFileSync(full, 'utf8').replace(/^date: .*$/m, `date: ${written!}`));
    const here = check(root, '2026-11-24').diagnostics.filter((d) => d.file === file && d.code === 'invalid-date');
    expect(here.map((d) => d.hint?.endsWith(words!))).toEqual([true]);
  });
});

describe('the README’s GitHub Pages workflow', () => {
  const workflow = parse(blocks.find((b) => b.lang === 'yaml' && b.text.startsWith('# .github/workflows/pages.yml'))!.text) as { jobs: { deploy: { steps: { run?: string }[] } } };
  const script = workflow.jobs.deploy.steps.map((s) => s.run ?? '').find((run) => run.includes('minutes build'))!;
  /** The --url its build step gives, run as GitHub runs it (bash -e) in a repository, with npx printing its arguments. */
  const urlIn = (repository: string): string => {
    const env = { PATH: process.env.PATH, GITHUB_REPOSITORY: repository, GITHUB_REPOSITORY_OWNER: repository.split('/')[0], GITHUB_SERVER_URL: 'https://github.com', GITHUB_SHA: 'abc' };
    const r = spawnSync('bash', ['-e', '-c', `npx() { printf '%s\\n' "$@"; }\n${script}`], { encoding: 'utf8', env });
    expect(r.status, r.stderr).toBe(0);
    const args = r.stdout.split('\n');
    return args[args.indexOf('--url') + 1]!;
  };

  // A repository named <owner>.github.io (in any case) is the owner's site, served at the root.
  it.each([
    ['exempel/exempel.github.io', 'https://exempel.github.io/', '/'],
    ['Exempel/exempel.github.io', 'https://exempel.github.io/', '/'],
    ['Exempel/Exempel.github.io', 'https://exempel.github.io/', '/'],
    ['exempel/protokoll', 'https://exempel.github.io/protokoll/', '/protokoll/'],
  ])('builds %s for %s, which build takes with the base %s', (repository, siteUrl, base) => {
    expect(siteOptions({ url: urlIn(repository) })).toEqual({ title: 'Protokoll', base, siteUrl });
  });
});
