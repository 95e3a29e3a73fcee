// Output formats: diagnostics as text, JSON and GitHub annotations with code frames; iCalendar escaping and
// line folding; and the README, which must document every diagnostic code and command.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { codeFrame, errorPlace, formatGithub, formatJson, formatText, SHOWN_PROBLEMS, sortDiagnostics, summarize } from '../../src/diagnostics.js';
import { printDiagnostics } from '../../src/commands/shared.js';
import { BANNER_PROBLEMS, problemBanner } from '../../src/watch/server.js';
import { count } from '../../src/util/plural.js';
import { jsRuntimeMessage, jsSyntaxMessage } from '../../src/render/template-errors.js';
import { discard, prepareTemp, recover, swapIn } from '../../src/output/swap.js';
import { spawn } from 'node:child_process';
import { progressPrinter } from '../../src/commands/build.js';
import { CODES } from '../../src/codes.js';
import { COMMANDS } from '../../src/commands/index.js';
import { calendar, foldLine, icsText } from '../../src/render/ical.js';
import { PROJECT } from '../helpers/archive.js';
import { check } from '../../src/pipeline.js';
import { buildModel } from '../../src/model/build.js';
import { extraFiles } from '../../src/render/opendata.js';

const d = (file: string, line: number, col: number, extra: Partial<Diagnostic> = {}): Diagnostic => ({ file, line, col, severity: 'error', code: 'unknown-person', message: 'Hittar inte personen "Leif Redestg".', ...extra });

describe('diagnostics', () => {
  it('sorts by file, line and column', () => {
    expect(sortDiagnostics([d('b.md', 1, 1), d('a.md', 9, 2), d('a.md', 9, 1), d('a.md', 2, 5)]).map((x) => `${x.file}:${x.line}:${x.col}`)).toEqual(['a.md:2:5', 'a.md:9:1', 'a.md:9:2', 'b.md:1:1']);
  });
  it.each([
    [['minutes/g/möte-10.md', 'minutes/g/möte-2.md'], ['minutes/g/möte-2.md', 'minutes/g/möte-10.md']],
    [['minutes/ä/a.md', 'minutes/å/a.md', 'minutes/z/a.md'], ['minutes/z/a.md', 'minutes/å/a.md', 'minutes/ä/a.md']],
    [['minutes/g/B.md', 'minutes/g/b.md', 'minutes/g/a.md'], ['minutes/g/a.md', 'minutes/g/b.md', 'minutes/g/B.md']],
  ])('orders files %j as a reader expects: %j', (given, expected) => {
    expect(sortDiagnostics(given.map((f) => d(f, 1, 1))).map((x) => x.file)).toEqual(expected);
  });
  it('prints `path:line:col  severity  code  message` and a hint line', () => {
    expect(formatText([d('m.md', 12, 5, { hint: 'Menade du Leif Redestig?' })])).toBe('m.md:12:5  fel  unknown-person  Hittar inte personen "Leif Redestg".\n    tips: Menade du Leif Redestig?');
  });
  it('prints a line break in a message or hint by name, and other control characters as code points', () => {
    const printed = formatText([d('m.md', 1, 1, { message: '"13\n30" är inget klockslag.', hint: 'a\r\nb \u001b c\r' })]);
    expect(printed).toBe('m.md:1:1  fel  unknown-person  "13<radbrytning>30" är inget klockslag.\n    tips: a<radbrytning>b <U+001B> c<U+000D>');
  });
  it.each([
    ['a zero-width space', '\u200B', '<U+200B>'],
    ['a word joiner', '\u2060', '<U+2060>'],
    ['a byte-order mark', '\uFEFF', '<U+FEFF>'],
    ['a left-to-right mark', '\u200E', '<U+200E>'],
  ])('prints %s in a quoted value as its code point, so that a hint copied does not carry it back unseen', (_, c, shown) => {
    const printed = formatText([d('m.md', 1, 1, { message: `Hittar inte personen "Leif${c} Redestig".`, hint: `Skriv Leif${c} Redestig utan tecknet.` })]);
    expect(printed).toBe(`m.md:1:1  fel  unknown-person  Hittar inte personen "Leif${shown} Redestig".\n    tips: Skriv Leif${shown} Redestig utan tecknet.`);
  });
  it('keeps the joiners emoji are made of', () => {
    expect(formatText([d('m.md', 1, 1, { message: '"👩\u200D💻" är inget namn.' })])).toBe('m.md:1:1  fel  unknown-person  "👩\u200D💻" är inget namn.');
  });
  it('prints JSON with counts', () => {
    const json = JSON.parse(formatJson([d('m.md', 1, 1), d('m.md', 2, 1, { severity: 'warning', code: 'private-name' })]));
    expect(json).toMatchObject({ errors: 1, warnings: 1 });
    expect(json.diagnostics[0]).toMatchObject({ file: 'm.md', line: 1, col: 1, code: 'unknown-person' });
  });
  it('prints GitHub annotations, escaping what GitHub treats specially', () => {
    expect(formatGithub([d('a,b.md', 3, 4, { message: '50% av: x\ny' })])).toBe('::error file=a%2Cb.md,line=3,col=4,title=unknown-person::50%25 av: x%0Ay');
  });
  it.each([
    [[], 'Inga fel.'],
    [[d('a', 1, 1)], '1 fel och 0 varningar.'],
    [[d('a', 1, 1, { severity: 'warning' })], '0 fel och 1 varning.'],
    [[...Array.from({ length: 10_000 }, () => d('a', 1, 1)), ...Array.from({ length: 1_500 }, () => d('a', 1, 1, { severity: 'warning' }))], '10\u00a0000 fel och 1\u00a0500 varningar.'],
  ])('summarize', (list, text) => expect(summarize(list)).toBe(text));
  it.each([
    [[d('minutes/g/2016-01-01.md', 1, 1), d('minutes/g/2016-02-01.md', 1, 1)], 'i protokollen'],
    [[d('people.yml', 1, 1)], 'i registren'],
    [[d('templates/meeting.11ty.mjs', 3, 5, { code: 'template-error' })], 'i mallarna'],
    [[d('templates/meeting.11ty.mjs', 3, 5), d('minutes/g/2016-01-01.md', 1, 1)], ''],
    // Warnings elsewhere do not change where the errors are.
    [[d('templates/base.11ty.mjs', 1, 1), d('minutes/g/2016-01-01.md', 1, 1, { severity: 'warning' })], 'i mallarna'],
  ])('errorPlace %#', (list, place) => expect(errorPlace(list)).toBe(place));
  it.each([
    [[d('templates/meeting.11ty.mjs', 3, 5, { code: 'template-error' })], '1 fel i mallarna'],
    [[d('minutes/g/2016-01-01.md', 1, 1), d('people.yml', 2, 1)], '2 fel'],
  ])('the dev banner names where the errors are %#', (list, heading) => {
    expect(problemBanner({ diagnostics: list, sourceOf: () => undefined })).toContain(`<h2 id="minutes-problems-title">${heading}</h2>`);
  });
  it.each([
    [BANNER_PROBLEMS, 0],
    [BANNER_PROBLEMS + 1, 1],
    [5_516, 5_466],
  ])('the dev banner of %i problems shows the first ones, with the lines they are on, and counts the %i more', (n, more) => {
    const list = Array.from({ length: n }, (_, i) => d('minutes/g/2016-01-01.md', i + 1, 1, { message: `Problem ${i + 1}.` }));
    const source = Array.from({ length: n }, (_, i) => `rad ${i + 1}`).join('\n');
    const banner = problemBanner({ diagnostics: list, sourceOf: () => source });
    expect(banner).toContain(`<h2 id="minutes-problems-title">${count(n)} fel i protokollen</h2>`);
    expect(banner.match(/<li>/g)).toHaveLength(BANNER_PROBLEMS);
    expect(banner.match(/<pre>/g)).toHaveLength(BANNER_PROBLEMS);
    expect(banner).toContain(`Problem ${BANNER_PROBLEMS}.`);
    expect(banner).not.toContain(`Problem ${BANNER_PROBLEMS + 1}.`);
    if (more === 0) expect(banner).not.toContain('till.');
    else expect(banner).toContain(`… och ${count(more)} problem till.`);
  });
  it.each([
    [SHOWN_PROBLEMS, 0],
    [SHOWN_PROBLEMS + 1, 1],
    [5_516, 5_466],
  ])('dev prints of %i problems the first ones, errors first, and counts the %i more', (n, more) => {
    const err: string[] = [];
    const io = { stdout: () => {}, stderr: (t: string) => err.push(t), env: {}, cwd: '/' };
    const list = Array.from({ length: n }, (_, i) => d('minutes/g/2016-01-01.md', i + 1, 1, { message: `Problem ${i + 1}.`, ...(i === 0 ? { severity: 'warning' as const } : {}) }));
    printDiagnostics(io, list, { most: SHOWN_PROBLEMS, frames: new Map([['minutes/g/2016-01-01.md', list.map((_, i) => `rad ${i + 1}`).join('\n')]]) });
    const printed = err.join('\n');
    expect(printed.match(/^minutes\/g\/2016-01-01\.md:/gm)).toHaveLength(Math.min(n, SHOWN_PROBLEMS));
    expect(printed.match(/^ {4}> /gm)).toHaveLength(Math.min(n, SHOWN_PROBLEMS));
    // Errors first when some are left out; the order check prints them in otherwise.
    expect(printed.includes('Problem 1.')).toBe(more === 0);
    if (more > 0) expect(printed).toContain(`Problem ${SHOWN_PROBLEMS + 1}.`);
    expect(err.at(-1)).toBe(`${count(n - 1)} fel och 1 varning.`);
    if (more === 0) expect(printed).not.toContain('till.');
    else expect(err.at(-2)).toBe(`… och ${count(more)} problem till. Kör npx minutes check för att se alla.`);
  });
  it('check prints every problem', () => {
    const err: string[] = [];
    printDiagnostics({ stdout: () => {}, stderr: (t: string) => err.push(t), env: {}, cwd: '/' }, Array.from({ length: 5_516 }, (_, i) => d('m.md', i + 1, 1)));
    expect(err[0]!.split('\n')).toHaveLength(5_516);
  });
  it.each([
    ['Unexpected token', 'ett oväntat tecken; saknas en parentes, ett kommatecken eller ett citattecken före det?'],
    ['Unterminated string constant', 'en sträng saknar sitt avslutande citattecken'],
    ["Identifier 'html' has already been declared", 'namnet html är redan deklarerat'],
    ["Unexpected keyword 'if'", 'nyckelordet if hör inte hemma här'],
    // No translation: the parser's own words, marked as such.
    ['Invalid regular expression flag', 'JavaScript-fel (Invalid regular expression flag)'],
  ])('a template syntax error %j in Swedish', (english, swedish) => expect(jsSyntaxMessage(english)).toBe(swedish));
  it.each([
    ["Cannot read properties of undefined (reading 'name')", 'name läses från ett värde som saknas (undefined); är namnet före .name rätt stavat, och finns värdet på varje sida?'],
    ["Cannot set properties of null (setting 'title')", 'title sätts på ett värde som saknas (null)'],
    ['meeting.atendees.map is not a function', 'meeting.atendees.map är ingen funktion; är namnet rätt stavat, och är värdet det mallen tror (en lista för map)?'],
    ['formatDatum is not defined', 'formatDatum finns inte; är namnet rätt stavat, eller saknas en import?'],
    ['undefined is not iterable (cannot read property Symbol(Symbol.iterator))', 'undefined är ingen lista och kan inte gås igenom (for … of)'],
    ["Cannot access 'rows' before initialization", 'rows används innan det har fått sitt värde'],
    ['Assignment to constant variable.', 'ett namn deklarerat med const får ett nytt värde; deklarera det med let'],
    ['Invalid time value', 'ett datum som inte finns formateras'],
    // No translation: JavaScript's own words, marked as such.
    ['Invalid array length', 'JavaScript-fel (Invalid array length)'],
  ])('a template that throws %j is told so in Swedish', (english, swedish) => expect(jsRuntimeMessage(english)).toBe(swedish));
  it('shows the offending line with a caret', () => {
    expect(codeFrame('a\nbb\nccc\ndd', 3, 2, 1)).toBe('  2 | bb\n> 3 | ccc\n    |  ^\n  4 | dd');
  });
  it.each([
    // An escape sequence pasted into the text (it would turn the terminal red), a window title's, a NUL. (A bare CR
    // ends a line, as in an editor: see below.)
    ['Text \u001b[31mRÖD', 7, '> 1 | Text <U+001B>[31mRÖD\n    |              ^'],
    ['a \u001b]0;titel\u0007 b', 16, '> 1 | a <U+001B>]0;titel<U+0007> b\n    |                             ^'],
    ['x\u0000y', 3, '> 1 | x<U+0000>y\n    |          ^'],
    // A tab stays a tab, and the caret goes under it by one.
    ['\tdate: x', 8, '> 1 | \tdate: x\n    | \t      ^'],
  ])('quotes the line %j with its control characters by code point, the caret under the column as shown', (source, col, frame) => {
    expect(codeFrame(source, 1, col, 0)).toBe(frame);
  });
  it.each([
    ['lone CRs (an old Mac\'s)', 'ett\rtvå\rtre', '  1 | ett\n> 2 | två\n    |  ^\n  3 | tre'],
    ['a lone CR among CRLF and LF', 'ett\r\ntvå\rtre\n', '  1 | ett\n> 2 | två\n    |  ^\n  3 | tre'],
  ])('ends a line at %s, as an editor and the positions do: none reaches the terminal', (_, source, frame) => {
    expect(codeFrame(source, 2, 2, 1)).toBe(frame);
  });
});

describe('iCalendar', () => {
  it.each([
    ['a,b;c\\d\ne', 'a\\,b\\;c\\\\d\\ne'],
    ['Möte', 'Möte'],
  ])('icsText(%j)', (s, e) => expect(icsText(s)).toBe(e));
  it('folds lines at 75 octets without splitting characters', () => {
    const line = `SUMMARY:${'å'.repeat(60)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
  it('leaves the time zone out of a calendar whose events have no time', () => {
    expect(calendar('Grupp', [{ uid: 'g-2@minutes', date: '2017-02-06', summary: 'Grupp', stamp: '2016-12-12' }])).not.toContain('VTIMEZONE');
  });
  it('holds the time zone when there is no event, as a calendar must hold a component', () => {
    expect(calendar('Grupp', [])).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*BEGIN:VTIMEZONE[\s\S]*END:VTIMEZONE\r\nEND:VCALENDAR\r\n$/);
  });
  it('writes timed and all-day events, with no build time in them', () => {
    const ics = calendar('Grupp', [
      { uid: 'g-1@minutes', date: '2017-01-23', time: '14:30', summary: 'Grupp, möte', stamp: '2016-12-12' },
      { uid: 'g-2@minutes', date: '2017-02-06', summary: 'Grupp', stamp: '2016-12-12' },
    ]);
    expect(ics).toContain('DTSTART;TZID=Europe/Stockholm:20170123T143000\r\nDURATION:PT1H');
    // The zone it names is in the file, with both of Sweden's offsets.
    expect(ics).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Stockholm\r\n[\s\S]*TZOFFSETTO:\+0200[\s\S]*TZOFFSETTO:\+0100[\s\S]*END:VTIMEZONE\r\nBEGIN:VEVENT/);
    expect(ics).toContain('DTSTART;VALUE=DATE:20170206\r\nDTEND;VALUE=DATE:20170207');
    expect(ics).toContain('SUMMARY:Grupp\\, möte');
    expect(ics).toContain('DTSTAMP:20161212T000000Z');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});

describe('the files besides the pages', () => {
  const checked = check(PROJECT);
  const model = buildModel(checked.validated.minutes, checked.validated.registry);
  const files = (options: Partial<Parameters<typeof extraFiles>[1]>) =>
    new Map(extraFiles(model, { base: '/', title: 'Protokoll', today: '2016-12-13', ...options }).map((f) => [f.path, f.content]));
  const CALENDAR = 'grupper/gemensam-ledningsgrupp-utveckling/kalender.ics';
  it.each([
    [{}, 'UID:gemensam-ledningsgrupp-utveckling-2017-01-23@minutes', undefined],
    [{ siteUrl: 'https://example.org/' }, 'UID:gemensam-ledningsgrupp-utveckling-2017-01-23@example.org', 'User-agent: *\nDisallow:\n\nSitemap: https://example.org/sitemap.xml\n'],
    [{ base: '/protokoll/', siteUrl: 'https://example.org/protokoll/' }, 'UID:gemensam-ledningsgrupp-utveckling-2017-01-23@example.org/protokoll', undefined],
  ])('with %j: calendar UIDs of the site, robots.txt only at a host root', (options, uid, robots) => {
    const f = files(options);
    expect(f.get(CALENDAR)!.replace(/\r\n /g, '')).toContain(uid);
    expect(f.get('robots.txt')).toBe(robots);
  });
});

describe('the README', () => {
  const readme = fs.readFileSync(path.join(PROJECT, 'README.md'), 'utf8');
  it.each(Object.entries(CODES))('documents the diagnostic code %s with its severity', (code, { severity }) => expect(readme).toContain(`| \`${code}\` | ${severity} |`));
  it.each(COMMANDS.map((c) => c.name))('documents the command %s', (name) => expect(readme).toContain(`\`minutes ${name}`));
  // Every flag in the command's row of the table, and the short forms (-q) where the section lists them.
  const commandsSection = readme.slice(readme.indexOf('\n## Commands\n'), readme.indexOf('\n## Diagnostics\n'));
  it.each(COMMANDS.map((c) => [c.name, c] as const))('documents every flag of minutes %s', async (name, entry) => {
    const row = commandsSection.split('\n').find((l) => l.startsWith(`| \`minutes ${name}`));
    expect(row).toBeDefined();
    for (const [flag, option] of Object.entries((await entry.load()).options)) {
      expect(['help', 'root'].includes(flag) ? commandsSection : row).toContain(`--${flag}`);
      if (option.short) expect(commandsSection).toContain(`\`-${option.short}\``);
    }
  });
  // And the other way: every flag in a command's usage in the table is one the command takes.
  it.each(COMMANDS.map((c) => [c.name, c] as const))('names no flag that minutes %s does not take', async (name, entry) => {
    const row = commandsSection.split('\n').find((l) => l.startsWith(`| \`minutes ${name}`))!;
    const usage = row.split(' | ')[0]!;
    const named = [...usage.matchAll(/--([a-z-]+)/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(0);
    const options = Object.keys((await entry.load()).options);
    for (const flag of named) expect(options).toContain(flag);
  });
  it('gives the test command that package.json and CI run', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.test).toContain('vitest run');
    expect(fs.readFileSync(path.join(PROJECT, '.ci', 'run'), 'utf8')).toMatch(/^CI=true npm test$/m);
  });
  it('starts with what this is, then the two commands for a fresh machine', () => {
    expect(readme.startsWith('# minutes\n')).toBe(true);
    expect(readme).toContain('npm install && npm run build');
    expect(readme).toContain('npm test');
  });
});

describe('temporary build folders', () => {
  it('are removed on exit through one listener, however many builds a process runs', () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-swap-'));
    try {
      const outDir = path.join(parent, 'site');
      discard(prepareTemp(outDir));
      const listeners = process.listenerCount('exit');
      for (let i = 0; i < 20; i++) discard(prepareTemp(outDir));
      expect(process.listenerCount('exit')).toBe(listeners);
      expect(fs.readdirSync(parent)).toEqual([]);
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });
  it('puts the previous site back when the new one cannot be moved into place', () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-swap-'));
    const outDir = path.join(parent, 'site');
    fs.mkdirSync(outDir);
    fs.writeFileSync(path.join(outDir, 'index.html'), 'förra');
    const temp = prepareTemp(outDir);
    fs.writeFileSync(path.join(temp, 'index.html'), 'nya');
    const real = fs.renameSync.bind(fs);
    let calls = 0;
    // The first rename (the old site aside) works, the second (the new one into place) fails.
    const rename = vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      calls++;
      if (calls === 2) throw Object.assign(new Error('EXDEV'), { code: 'EXDEV' });
      real(from, to);
    });
    try {
      expect(() => swapIn(temp, outDir)).toThrow('EXDEV');
      rename.mockRestore();
      expect(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('förra');
      discard(temp);
      expect(fs.readdirSync(parent)).toEqual(['site']);
    } finally {
      rename.mockRestore();
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });

  it('leaves alone the folders of a build that is still running', async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-swap-'));
    const running = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      await new Promise((resolve) => running.once('spawn', resolve));
      fs.mkdirSync(path.join(parent, 'site'));
      for (const kind of ['build', 'old']) fs.mkdirSync(path.join(parent, `.site-${kind}-${running.pid}`));
      expect(recover(path.join(parent, 'site'))).toEqual([]);
      expect(fs.readdirSync(parent).sort()).toEqual([`.site-build-${running.pid}`, `.site-old-${running.pid}`, 'site']);
    } finally {
      running.kill();
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });

  it('reports a leftover of an earlier build it cannot remove and goes on, also when quiet', () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-swap-'));
    // A process id above any the system gives out: the build that left the folder no longer runs.
    const leftover = path.join(parent, '.site-old-99999999');
    fs.mkdirSync(leftover);
    fs.mkdirSync(path.join(parent, 'site'));
    const rm = vi.spyOn(fs, 'rmSync').mockImplementation(() => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    });
    try {
      const found = recover(path.join(parent, 'site'));
      rm.mockRestore();
      expect(found).toEqual([{ what: `.site-old-99999999 i ${parent} från ett tidigare bygge gick inte att ta bort (behörighet saknas, EACCES); ta bort mappen för hand`, failed: true }]);
      const printed: string[] = [];
      progressPrinter({ stdout: () => {}, stderr: (t) => printed.push(t), env: {}, cwd: parent }, true)({ stage: 'recovered', ...found[0]! });
      expect(printed).toEqual([`Varning: ${found[0]!.what}.`]);
      expect(fs.existsSync(leftover)).toBe(true);
    } finally {
      rm.mockRestore();
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });
});
