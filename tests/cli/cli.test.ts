// The command line: help on every command, exit codes, output formats, and a build under a base path.
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { COMMANDS } from '../../src/commands/index.js';
import { siteOptions } from '../../src/commands/build.js';
import { archive, cleanTemp, CLI, FIXTURES, seedArchive } from '../helpers/archive.js';
import { allText, brokenLinks, listFiles, read } from '../helpers/site.js';
import { runCliProcess } from '../helpers/process.js';

const BASE = path.join(FIXTURES, 'check', '_base');
afterAll(cleanTemp);

async function cli(args: string[], cwd = process.cwd(), env: NodeJS.ProcessEnv = {}, today?: string) {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (t) => (out += `${t}\n`), stderr: (t) => (err += `${t}\n`), env, cwd, ...(today ? { today } : {}) });
  return { code, out, err };
}

describe('minutes', () => {
  // The day a command runs on comes from its caller where one is given (tests), else from the clock in Sweden.
  it.each([
    ['check', []],
    ['build', ['--out', 'site']],
  ])('%s runs as of the day it is given: minutes dated after it are in the future', async (command, flags) => {
    const root = archive([BASE]);
    const r = await cli([command, ...flags], root, {}, '2016-02-01');
    expect(r.code, r.err).toBe(0);
    expect(`${r.out}${r.err}`).toMatch(/minutes\/gug\/2016-02-08\.md:\d+:\d+ +varning +future-date/);
  });

  it.each(COMMANDS.map((c) => c.name))('%s --help explains the command in Swedish and exits 0', async (name) => {
    const r = await cli([name, '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Användning: minutes ${name}`);
    expect(r.out).toContain('--root');
  });

  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s: the usage line names every flag but --help, and the flag list explains each', async (_, entry) => {
    const command = await entry.load();
    const usage = command.help.split('\n\n')[0]!;
    for (const name of Object.keys(command.options).filter((n) => n !== 'help')) {
      expect(usage).toContain(`--${name}`);
      expect(command.help).toMatch(new RegExp(`^  --${name}\\b.*\\S`, 'm'));
    }
  });

  // The README lists every command's exit codes; a user without it reads them in the command's own help.
  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s --help says what its exit codes mean', async (_, entry) => {
    const help = (await entry.load()).help.replace(/\s+/g, ' ');
    expect(help).toMatch(/Slutkod: 0 .*\b1 .*\b2 vid (en bugg|internt fel)/);
    // Every command is stopped by Ctrl-C or SIGTERM with the shell's codes (src/cli.ts).
    expect(help).toMatch(/\b130 \(Ctrl-C\) eller 143 \(SIGTERM\) när .* avbröts\./);
  });

  // The README: a bad command line and a site folder that cannot be written (another build writing it, a full disk)
  // exit 1, as the problems in the minutes do; the help of the commands that write the site says so too.
  it.each(['build', 'dev'])('%s --help says that a bad command line or a folder it cannot write exits 1', async (name) => {
    const help = (await COMMANDS.find((c) => c.name === name)!.load()).help.replace(/\s+/g, ' ');
    expect(help).toMatch(/\b1 vid [^.]*kommandoraden[^.]*mappen inte kan skrivas/);
  });

  // The README: a bad command line exits 1 for every command; each command's help says so, and it does.
  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s: a bad command line exits 1, as its --help says', async (name, entry) => {
    const help = (await entry.load()).help.replace(/\s+/g, ' ');
    expect(help).toMatch(/Slutkod: 0 [^]*?\b1 (vid|när) [^.]*kommandoraden/);
    const r = await cli([name, '--no-such-flag']);
    expect([r.code, r.err]).toEqual([1, expect.stringContaining('Okänd flagga --no-such-flag.')]);
  });

  it('--version prints the version in package.json, in process and from the compiled CLI', async () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(CLI, '..', '..', 'package.json'), 'utf8')) as { version: string };
    const r = await cli(['--version']);
    expect([r.code, r.out.trim()]).toEqual([0, `minutes ${version}`]);
    const compiled = spawnSync(process.execPath, [CLI, '-v'], { encoding: 'utf8' });
    expect([compiled.status, compiled.stdout.trim()]).toEqual([0, `minutes ${version}`]);
  });

  it.each([
    [['--help'], 0, 'Kommandon:'],
    [['--help'], 0, 'minutes --version (-v) visar versionen.'],
    [[], 1, 'Kommandon:'],
    [['help', 'check'], 0, 'Användning: minutes check [FIL…]'],
    [['help', 'chekc'], 1, 'Okänt kommando "chekc". Menade du check?'],
    [['publish'], 1, 'Okänt kommando "publish".\n'],
    [['chekc'], 1, 'Okänt kommando "chekc". Menade du check?'],
    [['biuld'], 1, 'Okänt kommando "biuld". Menade du build?'],
    [['check', '--bogus'], 1, 'Okänd flagga --bogus.\n'],
    [['check', '--fromat', 'json'], 1, 'Okänd flagga --fromat. Menade du --format?'],
    [['check', '--formt=json'], 1, 'Okänd flagga --formt. Menade du --format?'],
    [['check', '-Q'], 1, 'Okänd flagga -Q. Menade du --quiet?'],
    [['build', '--source', 'x'], 1, 'Okänd flagga --source. Menade du --source-url?'],
    [['new', '--datum', '2016-03-07'], 1, 'Okänd flagga --datum. Menade du --date?'],
    [['dev', '--prot', '3000'], 1, 'Okänd flagga --prot. Menade du --port?'],
    [['-V'], 1, 'Okänd flagga -V. Menade du --version?'],
    [['--bogus'], 1, 'Okänd flagga --bogus.\n'],
    [['--root', '.', 'check'], 1, 'Flaggan --root står före kommandot. Skriv kommandot före flaggorna: minutes check --root .\n'],
    [['--root', 'mapp med å', 'build', '--quiet'], 1, 'Skriv kommandot före flaggorna: minutes build --root "mapp med å" --quiet\n'],
    [['check', '--root', '/finns/inte'], 1, 'finns inte'],
    [['check', '--format', 'xml'], 1, 'Okänt format'],
    [['dev', '--port', 'abc'], 1, 'inget portnummer'],
    [['dev', '--port', '-1'], 1, 'Flaggan --port behöver ett värde; det som följer börjar med - och läses som en flagga. Skriv --port=VÄRDE'],
    [['dev', '--port=-1'], 1, 'inget portnummer'],
    [['dev', '--contact', 'x y'], 1, '--contact "x y" är varken en e-postadress eller en webbadress'],
    [['dev', '--accessibility-reviewed', '14 mars'], 1, '--accessibility-reviewed "14 mars" är inget datum'],
    [['dev', '--source-url', 'github'], 1, '--source-url "github" är ingen webbadress.'],
    [['check', '--format', '-q'], 1, 'Flaggan --format behöver ett värde'],
    [['new', '--group'], 1, 'Flaggan --group behöver ett värde.'],
    [['check', '--quiet=ja'], 1, 'Flaggan --quiet tar inget värde; skriv bara --quiet.'],
    [['build', '--help=x'], 1, 'Flaggan --help tar inget värde; skriv bara --help.'],
    [['build', '--base', 'a b'], 1, 'ingen sökväg'],
    [['build', '--base', '../x/'], 1, 'ingen sökväg'],
    [['build', '--base', '/m%ZZ/'], 1, '--base "/m%ZZ/" är ingen sökväg: %ZZ står inte för något tecken. Skriv tecknen som de är, till exempel --base /möten/, eller som i webbläsarens adressfält, till exempel --base /m%C3%B6ten/.'],
    [['build', '--base', '/m%C3%B6ten/%C3/'], 1, ': %C3 står inte för något tecken.'],
    [['build', '--base', '/%2e%2e/'], 1, '--base "/%2e%2e/" är ingen sökväg; skriv till exempel --base /protokoll/.'],
    [['build', '--url', 'https://user:hemligt@example.org/möten/'], 1, '--url har ett användarnamn eller lösenord (före @), som skulle stå i varje sidas adress i flöden och sitemap.xml; skriv adressen utan dem: --url https://example.org/möten/\n'],
    [['check', '--url', 'https:user@example.org'], 1, 'skriv adressen utan dem: --url https://example.org/\n'],
    [['build', '--base', '/x/', '--url', 'https://example.org/'], 1, '--base /x/ och sökvägen i --url (/) skiljer sig åt'],
    [['build', '--url', 'http://example.org/protokoll/?x=1#f'], 1, 'ingen webbadress'],
    [['build', '--url', 'https://owner.github.io//'], 1, 'ingen webbadress'],
    [['check', '--url', 'example.org'], 1, '--url "example.org" är ingen webbadress'],
    [['build', '--contact', 'x y'], 1, 'varken en e-postadress eller en webbadress'],
    [['build', '--contact', 'mailto:'], 1, '--contact "mailto:" är varken en e-postadress eller en webbadress'],
    [['build', '--accessibility-reviewed', '2025-02-30'], 1, '--accessibility-reviewed "2025-02-30" är inget datum'],
    [['build', '--accessibility-reviewed', '14 mars 2025'], 1, 'är inget datum; skriv dagen då redogörelsen för tillgänglighet senast gicks igenom, till exempel --accessibility-reviewed 2025-03-14.'],
  ])('%j exits %i', async (args, code, text) => {
    const r = await cli(args as string[], BASE);
    expect(r.code).toBe(code);
    expect(r.out + r.err).toContain(text);
  });

  it('build --url with a password does not repeat the password, which would go into the logs of CI', async () => {
    const r = await cli(['build', '--url', 'https://protokoll:hemligt@example.org/'], BASE);
    expect([r.code, r.err]).toEqual([1, expect.stringContaining('användarnamn eller lösenord')]);
    expect(r.out + r.err).not.toContain('hemligt');
  });

  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s --bogus ends with the usage line and where to get help, not the whole help, so the error stays in sight', async (name, entry) => {
    const r = await cli([name, '--bogus'], BASE);
    const usage = (await entry.load()).help.split('\n\n')[0]!;
    expect(r.err).toBe(`Okänd flagga --bogus.\n\n${usage}\n\nMer hjälp: minutes ${name} --help\n`);
  });

  it('check exits 0 on a clean archive and 1 on errors, printing every problem', async () => {
    expect((await cli(['check'], BASE)).code).toBe(0);
    const bad = archive([BASE], { 'minutes/gug/2016-03-07.md': '---\ngroup: GUG\ndate: 2016-02-30\natendees: [Leif]\n---\n' });
    const r = await cli(['check', '--root', bad]);
    expect(r.code).toBe(1);
    // The README: the text format is on stderr, with the count and the time; stdout is left to --format json.
    expect(r.out).toBe('');
    expect(r.err).toMatch(/minutes\/gug\/2016-03-07\.md:3:7 {2}fel {2}invalid-date/);
    expect(r.err).toMatch(/minutes\/gug\/2016-03-07\.md:4:1 {2}fel {2}unknown-key/);
    expect(r.err).toContain('Menade du attendees?');
  });

  it('check --url takes an image on the site\'s own origin for the site\'s, and one on any other for another site\'s (remote-image)', async () => {
    const root = archive([BASE], { 'minutes/gug/2016-03-07.md': '---\ngroup: GUG\ndate: 2016-03-07\nattendees: [Leif Redestig]\n---\n![Logga](https://example.org/logga.png) ![Karta](https://example.com/karta.png)\n' });
    const codes = async (flags: string[]) => (JSON.parse((await cli(['check', '--root', root, '--format', 'json', ...flags])).out) as { diagnostics: { col: number; code: string }[] }).diagnostics.map((d) => `${d.col} ${d.code}`);
    expect(await codes([])).toEqual(['10 remote-image', '50 remote-image']);
    expect(await codes(['--url', 'https://example.org/protokoll/'])).toEqual(['50 remote-image']);
  });

  it('check --format json and GitHub annotations', async () => {
    const bad = archive([BASE], { 'minutes/gug/2016-03-07.md': '---\ngroup: GUG\ndate: 2016-03-07\nattendees: [Leif Redestg]\n---\n' });
    const json = await cli(['check', '--root', bad, '--format', 'json']);
    expect(JSON.parse(json.out).diagnostics[0]).toMatchObject({ file: 'minutes/gug/2016-03-07.md', line: 4, col: 13, endLine: 4, endCol: 25, code: 'unknown-person', hint: 'Menade du Leif Redestig?' });
    const gh = await cli(['check', '--root', bad], process.cwd(), { GITHUB_ACTIONS: 'true' });
    expect(gh.out).toContain('::error file=minutes/gug/2016-03-07.md,line=4,col=13,title=unknown-person::');
    // The README: build prints them too, so a workflow's build shows its problems on the run.
    const built = await cli(['build', '--root', bad, '--quiet'], process.cwd(), { GITHUB_ACTIONS: 'true' });
    expect([built.code, built.out]).toEqual([1, expect.stringContaining('::error file=minutes/gug/2016-03-07.md,line=4,col=13,title=unknown-person::')]);
  });

  it.each([
    ['a clean archive', [], 0, 0],
    ['a clean archive, --quiet', ['--quiet'], 0, 0],
    ['an archive with an error, --quiet', ['--quiet'], 1, 1],
  ])('check --format json on %s prints valid JSON on stdout and nothing on stderr', async (_, flags, code, errors) => {
    const root = errors === 0 ? BASE : archive([BASE], { 'minutes/gug/2016-03-07.md': 'ingen front matter\n' });
    const r = await cli(['check', '--root', root, '--format', 'json', ...flags]);
    expect(r.code).toBe(code);
    expect(JSON.parse(r.out)).toMatchObject({ errors, warnings: 0 });
    expect(r.err).toBe('');
  });

  it.each([
    ['stdout', '--format json 2>/dev/null'],
    ['stderr', '2>&1 >/dev/null'],
  ])('check prints all of its output to a %s pipe read slowly, past the pipe’s 64 KiB', (stream, redirect) => {
    // 600 problems print about 150 KB: more than a pipe holds, so most of it waits for the reader when the check ends.
    const files = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`minutes/gug/x-${i}.md`, 'ingen front matter\n']));
    const bad = archive([BASE], files);
    const r = spawnSync('sh', ['-c', `"$0" "$1" check --root "$2" ${redirect} | { sleep 1; cat; }`, process.execPath, CLI, bad], { encoding: 'utf8', maxBuffer: 10_000_000 });
    expect(r.stdout.length).toBeGreaterThan(100_000);
    if (stream === 'stdout') expect(JSON.parse(r.stdout).diagnostics).toHaveLength(600);
    else expect(r.stdout.match(/ {2}fel {2}front-matter-missing {2}/g)).toHaveLength(600);
  });

  it.each([
    ['its package for this computer is missing (npm install --omit=optional)', { npm_config_arch: 'finns-inte' }],
    ['its program cannot be started', { PAGEFIND_BINARY_PATH: '/finns/inte/pagefind' }],
  ])('build says how to mend the installation when Pagefind cannot start because %s, exits 1 and keeps the site', async (_, env) => {
    const root = archive([BASE]);
    expect(await runCliProcess(['build', '--root', root]).exited()).toBe(0);
    const before = listFiles(path.join(root, 'site')).map((f) => [f, read(path.join(root, 'site'), f)]);
    const run = runCliProcess(['build', '--root', root], env);
    expect(await run.exited()).toBe(1);
    expect(run.output()).toContain('Pagefind, som bygger sökindexet, gick inte att starta');
    expect(run.output()).toContain('Installera om med npm install, utan --omit=optional.');
    expect(run.output()).not.toContain('internt fel');
    expect(listFiles(path.join(root, 'site')).map((f) => [f, read(path.join(root, 'site'), f)])).toEqual(before);
  });

  it('build goes on to the end when the reader of its output goes away (minutes build 2>&1 | head -1)', async () => {
    const root = seedArchive();
    const run = runCliProcess(['build', '--root', root]);
    run.child.stderr!.once('data', () => run.child.stderr!.destroy());
    expect(await run.exited()).toBe(0);
    expect(fs.existsSync(path.join(root, 'site', 'index.html'))).toBe(true);
  });

  it.each([
    ['a group folder', 'minutes/gug', [], ['minutes/annan/2016-03-09.md:4:13  fel  unknown-person', 'minutes/gug/2016-03-07.md:4:13  fel  unknown-person']],
    ['a group folder, naming a file in it', 'minutes/gug', ['2016-03-07.md'], ['minutes/gug/2016-03-07.md:4:13  fel  unknown-person']],
    ['a folder of other things', 'docs/utkast', [], ['minutes/annan/2016-03-09.md:4:13', 'minutes/gug/2016-03-07.md:4:13']],
    ['a folder with minutes of its own', 'ny', [], ['organisations.yml:1:1  fel  file-missing', 'people.yml:1:1  fel  file-missing']],
  ])('check run from %s inside an archive checks the nearest archive around it', async (_, cwd, args, expected) => {
    const minutes = (date: string) => `---\ngroup: GUG\ndate: ${date}\nattendees: [Nobody]\n---\n`;
    const root = archive([BASE], { 'minutes/gug/2016-03-07.md': minutes('2016-03-07'), 'minutes/annan/2016-03-09.md': minutes('2016-03-09'), 'docs/utkast/x.txt': 'x', 'ny/minutes/.keep': '' });
    const r = await cli(['check', ...args], path.join(root, cwd));
    expect(r.code).toBe(1);
    expect(r.err.split('\n').filter((l) => /  fel  /.test(l)).map((l) => expected.find((e) => l.startsWith(e)) ?? l)).toEqual(expected);
  });

  it('check run from a group folder finds an archive whose people.yml was saved as People.yml, and says to rename it', async () => {
    const root = archive([BASE], { 'minutes/gug/2016-03-07.md': '---\ngroup: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\n---\n' });
    fs.renameSync(path.join(root, 'people.yml'), path.join(root, 'People.yml'));
    const r = await cli(['check'], path.join(root, 'minutes/gug'));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`people.yml:1:1  fel  file-missing  people.yml saknas i ${root}, men där finns People.yml.`);
    expect(r.err).not.toContain('minutes/gug');
  });

  it('check FILE shows only that file’s problems and refuses files outside minutes/', async () => {
    const bad = archive([BASE], { 'minutes/gug/2016-03-07.md': '---\ngroup: GUG\ndate: 2016-03-07\nattendees: [Nobody]\n---\n', 'minutes/gug/2016-03-08.md': '---\ngroup: GUG\ndate: 2016-03-08\nattendees: [Someone]\n---\n', 'other/x.md': 'x' });
    const r = await cli(['check', 'minutes/gug/2016-03-08.md'], bad);
    expect(r.err).toContain('2016-03-08.md:4:13');
    expect(r.err).not.toContain('2016-03-07.md');
    const outside = await cli(['check', 'other/x.md'], bad);
    expect(outside.code).toBe(1);
    expect(outside.err).toContain('file-outside-minutes');
    // No group or date to tell where it belongs: where minutes go.
    expect(outside.err).toContain('tips: Flytta filen till minutes/ (till exempel minutes/<grupp>/<datum>.md) eller ange rätt mapp med --root.');
    // A registry named on the command line is checked like a minutes file, not sent to minutes/.
    fs.writeFileSync(path.join(bad, 'people.yml'), `${fs.readFileSync(path.join(bad, 'people.yml'), 'utf8')}\nbroken: [\n`);
    const registry = await cli(['check', 'people.yml'], bad);
    expect(registry.code).toBe(1);
    expect(registry.err).toMatch(/^people\.yml:\d+:\d+ {2}fel {2}yaml-syntax/m);
    expect(registry.err).not.toContain('file-outside-minutes');
    expect(registry.err).not.toContain('2016-03-08.md');
  });

  it.each([
    ['a group folder', ['minutes/gug'], ['2016-03-07.md', '2016-03-08.md'], ['annan/2016-03-09.md']],
    ['a group folder with a slash', ['minutes/gug/'], ['2016-03-07.md', '2016-03-08.md'], ['annan/2016-03-09.md']],
    ['minutes/ itself', ['minutes'], ['2016-03-07.md', '2016-03-08.md', 'annan/2016-03-09.md'], []],
    ['a folder and a file', ['minutes/annan', 'minutes/gug/2016-03-08.md'], ['2016-03-08.md', 'annan/2016-03-09.md'], ['2016-03-07.md']],
  ])('check with %s shows the problems of every file under it, and exits 1 on them', async (_what, named, shown, hidden) => {
    const minutes = (date: string, who: string) => `---\ngroup: GUG\ndate: ${date}\nattendees: [${who}]\n---\n`;
    const bad = archive([BASE], { 'minutes/gug/2016-03-07.md': minutes('2016-03-07', 'Nobody'), 'minutes/gug/2016-03-08.md': minutes('2016-03-08', 'Someone'), 'minutes/annan/2016-03-09.md': minutes('2016-03-09', 'Anyone') });
    const r = await cli(['check', ...named], bad);
    expect(r.code).toBe(1);
    for (const f of shown) expect(r.err).toContain(`${f}:4:13  fel  unknown-person`);
    for (const f of hidden) expect(r.err).not.toContain(f);
    expect(r.err).not.toContain('file-outside-minutes');
  });

  // An attachment is published with the minutes that link to it, so its problems are theirs: a note-taker checking
  // the file they wrote sees the hidden name in the text they attached, and nothing of files it does not link to.
  it.each([
    ['the minutes that link to it', ['minutes/gug/2016-03-07.md'], ['gug/protokoll.txt:1:13', 'delat/lista.txt:1:1']],
    ['the other minutes that link to one of them', ['minutes/annan/2016-03-09.md'], ['delat/lista.txt:1:1']],
    ['minutes that link to none', ['minutes/gug/2016-03-08.md'], []],
    ['the folder of the minutes that link to it', ['minutes/gug'], ['gug/protokoll.txt:1:13', 'delat/lista.txt:1:1']],
    ['the folder the attachment is in', ['minutes/delat'], ['delat/lista.txt:1:1']],
  ])('check naming %s shows the problems of the attachments those minutes link to, and of no others', async (_what, named, shown) => {
    const minutes = (date: string, group: string, text: string) => `---\ngroup: ${group}\ndate: ${date}\nattendees: [Leif Redestig]\n---\n## Punkt\n\n${text}\n`;
    const root = archive([BASE], {
      'minutes/gug/2016-03-07.md': minutes('2016-03-07', 'GUG', 'Se [originalet](protokoll.txt) och [listan](../delat/lista.txt).'),
      'minutes/gug/2016-03-08.md': minutes('2016-03-08', 'GUG', 'Inget bifogat.'),
      'minutes/annan/2016-03-09.md': minutes('2016-03-09', 'GUG', 'Se [listan](../delat/lista.txt).'),
      'minutes/gug/protokoll.txt': 'Närvarande: Per Norbeck\n',
      'minutes/delat/lista.txt': 'Per Norbeck\n',
    });
    const r = await cli(['check', ...named], root);
    const errors = r.err.split('\n').filter((l) => /  fel  /.test(l));
    expect(errors.map((l) => l.replace(/^minutes\/(\S+)\s+fel\s+(\S+).*$/, '$1 $2')).sort()).toEqual(shown.map((s) => `${s} private-name-in-attachment`).sort());
    expect(r.code).toBe(shown.length > 0 ? 1 : 0);
  });

  it('check loads only what checking needs: not the model, renderer, Eleventy, Pagefind or importer', () => {
    // A module hook in the real process lists every module it loads.
    const hooks = `export async function load(url, context, next) { process.stderr.write('LOADED ' + url + '\\n'); return next(url, context); }`;
    const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`;
    const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(register)}`, CLI, 'check', '--root', BASE, '--quiet'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const loaded = [...r.stderr.matchAll(/^LOADED (.+)$/gm)].map((m) => m[1]!);
    expect(loaded.some((u) => u.endsWith('/dist/validate/index.js'))).toBe(true);
    // (Validation shares the action ids and privacy rules with the model, and link checking with the Markdown parser:
    // markdown.js and the rules it adds to markdown-it for HTML written in the text, written-html.js.)
    const heavy = loaded.filter((u) => /\/dist\/(model\/(build|timeline)|render\/(?!(markdown|written-html)\.js)|import|new|search|watch)\b|\/node_modules\/(@11ty|pagefind|mammoth|chokidar)\//.test(u));
    expect(heavy).toEqual([]);
  });

  it('check of minutes with no problems and no links loads no parser it does not use: markdown-it, the YAML package that places problems', () => {
    // ES modules through a module hook, CommonJS ones from the require cache at exit.
    const hooks = `export async function load(url, context, next) { process.stderr.write('LOADED ' + url + '\\n'); return next(url, context); }`;
    const atExit = `process.on('exit', () => { for (const f of Object.keys(createRequire(import.meta.url).cache)) process.stderr.write('LOADED ' + f + '\\n'); });`;
    const register = `import { register, createRequire } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)}); ${atExit}`;
    const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(register)}`, CLI, 'check', '--root', BASE], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('Inga fel.');
    const loaded = [...r.stderr.matchAll(/^LOADED (.+)$/gm)].map((m) => m[1]!);
    expect(loaded.some((u) => u.includes('/node_modules/js-yaml/'))).toBe(true);
    expect(loaded.filter((u) => /\/node_modules\/(markdown-it|yaml)\//.test(u))).toEqual([]);
  });

  it.each([
    [{ url: 'https://example.org/protokoll/' }, { base: '/protokoll/', siteUrl: 'https://example.org/protokoll/' }],
    [{ url: 'https://Example.org/protokoll' }, { base: '/protokoll/', siteUrl: 'https://example.org/protokoll/' }],
    [{ url: 'https://example.org' }, { base: '/', siteUrl: 'https://example.org/' }],
    [{ url: 'https://example.org/möten/' }, { base: '/möten/', siteUrl: 'https://example.org/m%C3%B6ten/' }],
    [{ base: 'protokoll', url: 'https://example.org/protokoll/' }, { base: '/protokoll/', siteUrl: 'https://example.org/protokoll/' }],
    [{ base: '/protokoll/' }, { base: '/protokoll/' }],
    [{ base: '/m%C3%B6ten/' }, { base: '/möten/' }],
    [{ base: 'm%c3%b6ten', url: 'https://example.org/möten/' }, { base: '/möten/', siteUrl: 'https://example.org/m%C3%B6ten/' }],
    [{ base: '/m%C3%B6ten/', url: 'https://example.org/m%C3%B6ten/' }, { base: '/möten/', siteUrl: 'https://example.org/m%C3%B6ten/' }],
    [{}, { base: '/' }],
    [{ 'accessibility-reviewed': ' 2016-03-07 ' }, { base: '/', accessibilityReviewed: '2016-03-07' }],
    [{ contact: 'protokoll@example.org' }, { base: '/', contact: 'protokoll@example.org' }],
    [{ contact: ' mailto:protokoll@example.org' }, { base: '/', contact: 'protokoll@example.org' }],
    [{ contact: 'MAILTO:protokoll@example.org' }, { base: '/', contact: 'protokoll@example.org' }],
    [{ contact: 'https://example.org/kontakt/' }, { base: '/', contact: 'https://example.org/kontakt/' }],
  ])('site options %j: the base comes from --url unless given', (values, expected) => {
    expect(siteOptions(values)).toEqual({ title: 'Protokoll', ...expected });
  });

  it('build --url under a subfolder makes every link work there, with ids unique to the site', async () => {
    const root = seedArchive();
    const r = await cli(['build', '--root', root, '--url', 'https://example.org/protokoll/', '--contact', 'protokoll@example.org', '--quiet']);
    expect(r.code, r.err).toBe(0);
    const site = path.join(root, 'site');
    expect(brokenLinks(site, '/protokoll/')).toEqual([]);
    const html = listFiles(site).filter((f) => f.endsWith('.html'));
    for (const f of html) expect(read(site, f)).not.toMatch(/(href|src)="\/(?!protokoll\/)/);
    expect(read(site, 'feed.xml')).toContain('<link rel="alternate" type="text/html" href="https://example.org/protokoll/grupper/');
    expect(read(site, 'sitemap.xml')).toContain('<loc>https://example.org/protokoll/grupper/gemensam-utvecklingsgrupp/2016-02-08/</loc>');
    // Atom ids are the addresses (urn:minutes:… would be the same for every site built with minutes).
    expect(read(site, 'feed.xml')).toContain('<id>https://example.org/protokoll/feed.xml</id>');
    expect(read(site, 'feed.xml')).toContain('<id>https://example.org/protokoll/grupper/gemensam-utvecklingsgrupp/2016-02-08/</id>');
    expect(read(site, 'feed.xml')).not.toContain('urn:minutes');
    // robots.txt counts only at a host's root.
    expect(fs.existsSync(path.join(site, 'robots.txt'))).toBe(false);
    expect(JSON.parse(read(site, 'data/minutes.json')).meetings[0].url).toMatch(/^https:\/\/example\.org\/protokoll\//);
    expect(fs.readdirSync(path.dirname(site)).filter((n) => n.startsWith('.site-'))).toEqual([]);
    // The index holds URLs relative to the site's root; Pagefind's interface puts the base in front of them,
    // taken from the bundle path the search page gives it (the browser tests follow such a link).
    const fragments = [...allText(site)].filter(([f]) => f.startsWith('pagefind/fragment/')).map(([, t]) => t);
    expect(fragments.length).toBe(5);
    for (const f of fragments) expect(f).toMatch(/"url":"\/grupper\//);
    expect(read(site, 'sok/index.html')).toContain('data-bundle="/protokoll/pagefind/"');
    // The accessibility statement says where to report problems.
    expect(read(site, 'om/index.html')).toContain('Skriv till <a href="mailto:protokoll@example.org">protokoll@example.org</a>');
  });

  // Digg's model statement says when it was last reviewed. The day of the build would claim a review at every
  // build, so the day is the site owner's to give, and without it the statement gives none.
  it.each([
    [[], undefined],
    [['--accessibility-reviewed', '2016-03-07'], 'Redogörelsen uppdaterades senast den <time datetime="2016-03-07">7 mars 2016</time>.'],
    [['--accessibility-reviewed', '2016-04-01'], 'Redogörelsen uppdaterades senast den <time datetime="2016-04-01">1 april 2016</time>.'],
  ])('build %j says when the accessibility statement was last reviewed: %s', async (flags, words) => {
    const root = seedArchive();
    const r = await cli(['build', '--root', root, '--quiet', ...flags], process.cwd(), {}, '2016-04-01');
    expect(r.code, r.err).toBe(0);
    const about = read(path.join(root, 'site'), 'om/index.html');
    if (words) expect(about).toContain(words);
    else expect(about).not.toMatch(/uppdaterades senast|<time/);
    expect(read(path.join(root, 'site'), 'index.html')).not.toContain('uppdaterades senast');
  });

  it('build refuses a review of the accessibility statement after the day it runs on, and leaves the site unbuilt', async () => {
    const root = seedArchive();
    const r = await cli(['build', '--root', root, '--accessibility-reviewed', '2016-04-02'], process.cwd(), {}, '2016-04-01');
    expect(r.code).toBe(1);
    expect(r.err).toContain('--accessibility-reviewed 2016-04-02 ligger efter i dag (2016-04-01); skriv dagen då redogörelsen för tillgänglighet senast gicks igenom.');
    expect(fs.existsSync(path.join(root, 'site'))).toBe(false);
  });

  it.each([
    [[], true, true, true],
    [['--contact', 'protokoll@example.org'], false, true, true],
    [['--accessibility-reviewed', '2016-03-01'], true, false, true],
    [['--contact', 'protokoll@example.org', '--accessibility-reviewed', '2016-03-01'], false, false, true],
    // A site named (even "Protokoll", chosen) is not reminded to be named.
    [['--title', 'Protokoll från Helsingborg'], true, true, false],
    [['--title', 'Protokoll'], true, true, false],
  ])('build %j reminds of what the site lacks: contact %s, review day %s, name %s', async (flags, contact, reviewed, named) => {
    const root = seedArchive();
    const r = await cli(['build', '--root', root, ...flags]);
    expect(r.code, r.err).toBe(0);
    expect(r.err.includes('Tips: ange --contact')).toBe(contact);
    expect(r.err.includes('Tips: ange --accessibility-reviewed med dagen då redogörelsen för tillgänglighet senast gicks igenom')).toBe(reviewed);
    expect(r.err.includes('Tips: ange --title med webbplatsens namn, till exempel --title "Protokoll från Exempels kommun", så att läsare ser vems protokollen är')).toBe(named);
    // Neither is a warning about the minutes: the build's --quiet leaves both out.
    const quiet = await cli(['build', '--root', root, '--quiet', ...flags]);
    expect(quiet.code, quiet.err).toBe(0);
    expect(quiet.err).not.toContain('Tips:');
  });
});
