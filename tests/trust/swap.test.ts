// Builds never break the site: the build writes into a temporary folder next to site/ and swaps it in only on
// success. A validation error, a template error or a kill at any moment leaves the previous site byte-identical,
// and the next build cleans up what a killed one left. Same input, same output, Pagefind included.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../src/bench/generate.js';
import { archive, cleanTemp, FIXTURES, PROJECT, seedArchive, tempDir } from '../helpers/archive.js';
import { eventually, runCliProcess } from '../helpers/process.js';
import { hashTree, listFiles } from '../helpers/site.js';
import { buildInto, STACK_TRACE } from './helpers.js';

afterAll(cleanTemp);

/** Folders a build keeps next to site/ while it runs (`.site-build-<pid>`, `.site-old-<pid>` …). */
const leftovers = (root: string) => fs.readdirSync(root).filter((n) => n.startsWith('.site-'));

async function cli(args: string[]): Promise<{ code: number | null; output: string }> {
  const run = runCliProcess(args);
  const code = await run.exited();
  return { code, output: run.output() };
}

/** An archive with its site built once: the folder, its site/ and the site's hash. */
async function builtArchive(root: string): Promise<{ root: string; site: string; before: string }> {
  const first = await cli(['build', '--root', root, '--quiet']);
  expect(first.code, first.output).toBe(0);
  return { root, site: path.join(root, 'site'), before: hashTree(path.join(root, 'site')) };
}

describe('a failed build leaves the previous site as it was', () => {
  let root: string;
  let site: string;
  let before: string;

  beforeAll(async () => {
    ({ root, site, before } = await builtArchive(seedArchive()));
  });

  it('on a validation error: exit 1, the problem with file and line, site/ byte-identical', async () => {
    const file = path.join(root, 'minutes', 'gemensam-utvecklingsgrupp', '2016-02-08.md');
    const original = fs.readFileSync(file, 'utf8');
    const changed = original.replace('date: 2016-02-08', 'date: 2016-02-30');
    fs.writeFileSync(file, changed);
    const line = changed.split('\n').indexOf('date: 2016-02-30') + 1;
    try {
      const r = await cli(['build', '--root', root]);
      expect(r.code).toBe(1);
      expect(r.output).toContain(`minutes/gemensam-utvecklingsgrupp/2016-02-08.md:${line}:7  fel  invalid-date`);
      expect(r.output).toContain('Webbplatsen byggdes inte');
      expect(r.output).not.toMatch(STACK_TRACE);
      expect(hashTree(site)).toBe(before);
      expect(leftovers(root)).toEqual([]);
    } finally {
      fs.writeFileSync(file, original);
    }
  });

  // A template that throws while rendering, and one that does not even load.
  it.each([
    ['throws while rendering', 'about.11ty.mjs', (src: string) => src.replace(/export function render\((.*)\) \{\n/, 'export function render($1) {\n  throw new Error("trasig mall");\n'), /templates\/about\.11ty\.mjs:(\d+):\d+ {2}fel {2}template-error/],
    ['has a syntax error', 'about.11ty.mjs', (src: string) => src.replace(/export function render\((.*)\) \{\n/, 'export function render($1) {\n  const = 1;\n'), /templates\/about\.11ty\.mjs:(\d+):\d+ {2}fel {2}template-error {2}Mallen gick inte att läsa in: ett oväntat tecken/],
    ['a partial that throws', '_includes/person.mjs', (src: string) => src.replace(/\{ html \}\) \{\n/, '{ html }) {\n  throw new Error("trasig delmall");\n'), /templates\/_includes\/person\.mjs:(\d+):\d+ {2}fel {2}template-error/],
    ['uses a partial with a syntax error', '_includes/person.mjs', (src: string) => src.replace(/\{ html \}\) \{\n/, '{ html }) {\n  const = 1;\n'), /templates\/_includes\/person\.mjs:(\d+):\d+ {2}fel {2}template-error {2}Mallen gick inte att läsa in: ett oväntat tecken/],
  ] as const)('on a template error (a template that %s): exit 1, template-error at the template line, site/ byte-identical', async (_, name, breakIt, expected) => {
    const templates = path.join(root, 'templates');
    fs.cpSync(path.join(PROJECT, 'templates'), templates, { recursive: true });
    const file = path.join(templates, name);
    const broken = breakIt(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, broken);
    const line = broken.split('\n').findIndex((l) => /trasig|const = 1/.test(l)) + 1;
    try {
      const r = await cli(['build', '--root', root]);
      expect(r.code, r.output).toBe(1);
      const m = expected.exec(r.output);
      expect(m, r.output).not.toBeNull();
      expect(Number(m![1])).toBe(line);
      expect(r.output).not.toMatch(STACK_TRACE);
      expect(hashTree(site)).toBe(before);
      expect(leftovers(root)).toEqual([]);
    } finally {
      fs.rmSync(templates, { recursive: true, force: true });
    }
  });

  it('on a templates/ folder that lacks some of the templates (only the layout copied): exit 1, template-missing naming them, site/ byte-identical', async () => {
    const templates = path.join(root, 'templates');
    fs.mkdirSync(path.join(templates, '_layouts'), { recursive: true });
    fs.copyFileSync(path.join(PROJECT, 'templates', '_layouts', 'base.11ty.mjs'), path.join(templates, '_layouts', 'base.11ty.mjs'));
    try {
      const r = await cli(['build', '--root', root]);
      expect(r.code, r.output).toBe(1);
      expect(r.output).toMatch(/templates\/:1:1 {2}fel {2}template-missing {2}27 mallar saknas: 404\.11ty\.mjs, _includes\/actions\.mjs, _includes\/contents\.mjs, _includes\/decisions\.mjs, .*meeting\.11ty\.mjs/);
      expect(r.output).not.toContain('_layouts/base.11ty.mjs');
      expect(hashTree(site)).toBe(before);
      expect(leftovers(root)).toEqual([]);
      // One file short: named as the diagnostic's file.
      fs.cpSync(path.join(PROJECT, 'templates'), templates, { recursive: true });
      fs.rmSync(path.join(templates, 'assets', 'style.css'));
      const one = await cli(['build', '--root', root]);
      expect(one.code, one.output).toBe(1);
      expect(one.output).toContain('templates/assets/style.css:1:1  fel  template-missing  Mallen assets/style.css saknas.');
      expect(hashTree(site)).toBe(before);
    } finally {
      fs.rmSync(templates, { recursive: true, force: true });
    }
  });

  it('restores the site when a build was killed between the two renames of the swap', async () => {
    // What a kill at that moment leaves: no site/, the previous one as .site-old-<pid> of a process that is gone.
    const gone = runCliProcess(['--version']);
    await gone.exited();
    const old = path.join(root, `.site-old-${gone.child.pid}`);
    fs.renameSync(site, old);
    const file = path.join(root, 'minutes', 'broken.md');
    fs.writeFileSync(file, 'inte ett protokoll\n');
    try {
      const r = await cli(['build', '--root', root]);
      expect(r.code).toBe(1);
      expect(r.output).toContain(`återställde site/ från .site-old-${gone.child.pid}`);
      expect(hashTree(site)).toBe(before);
      expect(leftovers(root)).toEqual([]);
    } finally {
      fs.rmSync(file);
    }
  });
});

describe('a build killed part-way leaves the previous site complete and identical', () => {
  let root: string;
  let site: string;
  let before: string;
  let files: number;

  beforeAll(() => {
    root = tempDir();
    generateArchive(root, 300, 3, { groups: 30, people: 300, organisations: 20, projects: 40 });
    site = path.join(root, 'site');
  });

  it('builds the archive once', async () => {
    const r = await cli(['build', '--root', root, '--quiet']);
    expect(r.code, r.output).toBe(0);
    before = hashTree(site);
    files = listFiles(site).length;
    expect(files).toBeGreaterThan(700);
  });

  const moments: [string, (run: ReturnType<typeof runCliProcess>) => Promise<void>][] = [
    ['right after the check ("Kontrollerade")', (run) => run.waitFor(/Kontrollerade/).then(() => {})],
    ['after reading in the meetings ("Läste in")', (run) => run.waitFor(/Läste in/).then(() => {})],
    [
      'while pages are being written',
      async (run) => {
        const temp = path.join(root, `.site-build-${run.child.pid}`);
        await eventually(async () => fs.existsSync(path.join(temp, 'grupper')) && fs.readdirSync(path.join(temp, 'grupper')).length > 5, 30_000, 'pages in the temporary folder');
      },
    ],
    ['while the search index is built ("Skrev")', (run) => run.waitFor(/Skrev \d+ sidor/, 30_000).then(() => {})],
  ];

  it.each(moments)('killed %s', async (_, moment) => {
    expect(before).toBeDefined();
    const run = runCliProcess(['build', '--root', root]);
    await moment(run);
    run.child.kill('SIGKILL');
    await run.exited();
    expect(run.child.signalCode).toBe('SIGKILL');
    expect(listFiles(site).length).toBe(files);
    expect(hashTree(site)).toBe(before);

    // The next build removes what the killed one left (here a build that stops at a broken file, so it is quick).
    const broken = path.join(root, 'minutes', 'trasig.md');
    fs.writeFileSync(broken, '---\ngroup: finns-inte\n---\n');
    try {
      const next = await cli(['build', '--root', root]);
      expect(next.code, next.output).toBe(1);
      expect(leftovers(root).filter((n) => n.includes(`-${run.child.pid}`))).toEqual([]);
      expect(leftovers(root)).toEqual([]);
      expect(hashTree(site)).toBe(before);
    } finally {
      fs.rmSync(broken);
    }
  });
});

describe('Ctrl-C stops a build at once and leaves the previous site as it was', () => {
  let root: string;
  let site: string;
  let before: string;

  beforeAll(async () => {
    const dir = tempDir();
    generateArchive(dir, 300, 5, { groups: 30, people: 300, organisations: 20, projects: 40 });
    ({ root, site, before } = await builtArchive(dir));
  });

  it.each([
    ['build', 'while pages are written', 'SIGINT', 130, [], /Läste in/],
    ['build', 'while the search index is built', 'SIGINT', 130, [], /Skrev \d+ sidor/],
    ['dev', 'during its first build', 'SIGINT', 130, ['--port', '0'], /Bygger webbplatsen/],
    // Stopped by a service manager rather than Ctrl-C: the shell's code for SIGTERM.
    ['build', 'while pages are written', 'SIGTERM', 143, [], /Läste in/],
  ] as const)('%s, %s, %s: exit %i, "Avbrutet.", no temporary folder left', async (command, _, signal, code, extra, moment) => {
    const run = runCliProcess([command, '--root', root, ...extra]);
    await run.waitFor(moment, 30_000);
    const stoppedAt = Date.now();
    run.child.kill(signal);
    expect(await run.exited(), run.output()).toBe(code);
    // At once: not after the rest of the build (which takes seconds here).
    expect(Date.now() - stoppedAt).toBeLessThan(1500);
    expect(run.output()).toContain('Avbrutet.');
    expect(run.output()).not.toMatch(/Klart|Förhandsgranska på/);
    expect(hashTree(site)).toBe(before);
    // Its temporary folder is removed on the way out, without waiting for the next build.
    await eventually(async () => leftovers(root).length === 0, 10_000, 'the temporary folder to be removed');
  });
});

describe("Ctrl-C while dev's first build writes its pages", () => {
  it('stops at once, not once the last page is written: exit 130, the site as it was, nothing left behind', async () => {
    const root = generateArchive(tempDir(), 2000, 5).root;
    // Any earlier site will do to see it kept (the seed archive's is quick to build).
    const site = path.join(root, 'site');
    const first = await cli(['build', '--root', seedArchive(), '--out', site, '--quiet']);
    expect(first.code, first.output).toBe(0);
    const before = hashTree(site);
    const dev = runCliProcess(['dev', '--root', root, '--port', '0']);
    // Eleventy writes no page before it has rendered them all: with the first one there, the rest are on their way.
    const temp = path.join(root, `.site-build-${dev.child.pid}`);
    await eventually(async () => fs.existsSync(temp) && fs.readdirSync(temp).length > 0, 60_000, 'pages in the temporary folder');
    const stoppedAt = Date.now();
    dev.child.kill('SIGINT');
    expect(await dev.exited(), dev.output()).toBe(130);
    // Rendered in dev's own thread, it ended once the last page was written: 3–6 s later here.
    expect(Date.now() - stoppedAt).toBeLessThan(1500);
    expect(dev.output()).toContain('Avbrutet.');
    expect(dev.output()).not.toMatch(/Klart|Förhandsgranska på/);
    expect(hashTree(site)).toBe(before);
    expect(fs.existsSync(path.join(root, '.site.lock'))).toBe(false);
    await eventually(async () => leftovers(root).length === 0, 10_000, 'the temporary folder to be removed');
  });
});

describe('Ctrl-C while dev rebuilds everything after a template save', () => {
  it('stops without finishing the rebuild: exit 0, the site as it was, no temporary folder left', async () => {
    const root = tempDir();
    generateArchive(root, 300, 5, { groups: 30, people: 300, organisations: 20, projects: 40 });
    fs.cpSync(path.join(PROJECT, 'templates'), path.join(root, 'templates'), { recursive: true });
    const dev = runCliProcess(['dev', '--root', root, '--port', '0']);
    await dev.waitFor(/Förhandsgranska på/, 60_000);
    const site = path.join(root, 'site');
    await eventually(async () => leftovers(root).length === 0, 10_000, 'the first build to be tidied away');
    const before = hashTree(site);
    // A page template (a save of the stylesheet is only copied, with no rebuild).
    fs.appendFileSync(path.join(root, 'templates', 'about.11ty.mjs'), '\n// sparad\n');
    // The rebuild has begun once its temporary folder is there.
    await eventually(async () => leftovers(root).some((n) => n.includes('-build-')), 20_000, 'the rebuild to begin');
    dev.child.kill('SIGINT');
    expect(await dev.exited(), dev.output()).toBe(0);
    expect(dev.output()).not.toContain('allt byggdes om');
    expect(hashTree(site)).toBe(before);
    await eventually(async () => leftovers(root).length === 0, 10_000, 'the temporary folder to be removed');
  });
});

describe('an output folder that is a symbolic link', () => {
  it('is followed: the new site goes where it points and the link stays a link', async () => {
    const root = seedArchive();
    const target = path.join(tempDir(), 'served');
    const first = await cli(['build', '--root', root, '--out', target, '--quiet']);
    expect(first.code, first.output).toBe(0);
    const link = path.join(root, 'site');
    fs.symlinkSync(target, link);
    const r = await cli(['build', '--root', root, '--out', link, '--title', 'Ny titel', '--quiet']);
    expect(r.code, r.output).toBe(0);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(target, 'index.html'), 'utf8')).toContain('Ny titel');
    expect(leftovers(path.dirname(target))).toEqual([]);
  });
});

describe('the same input gives the same output', () => {
  it('byte for byte, Pagefind included, on a generated archive of 200 meetings', async () => {
    const root = tempDir();
    generateArchive(root, 200, 11, { groups: 20, people: 200, organisations: 15, projects: 30 });
    const a = path.join(tempDir(), 'site');
    const b = path.join(tempDir(), 'site');
    for (const out of [a, b]) {
      const r = await buildInto(root, out, { siteUrl: 'https://example.org/' });
      expect(r.ok).toBe(true);
    }
    const files = listFiles(a);
    expect(listFiles(b)).toEqual(files);
    expect(files.filter((f) => f.startsWith('pagefind/')).length).toBeGreaterThan(20);
    const differ = files.filter((f) => !fs.readFileSync(path.join(a, f)).equals(fs.readFileSync(path.join(b, f))));
    expect(differ).toEqual([]);
    expect(hashTree(b)).toBe(hashTree(a));
  });

  it('also for the CLI run twice on the privacy fixture', async () => {
    const root = archive([path.join(FIXTURES, 'trust', 'privacy')]);
    const outs = [path.join(tempDir(), 'a'), path.join(tempDir(), 'b')];
    for (const out of outs) {
      const r = await cli(['build', '--root', root, '--out', out, '--quiet', '--url', 'https://example.org/']);
      expect(r.code, r.output).toBe(0);
    }
    expect(hashTree(outs[1]!)).toBe(hashTree(outs[0]!));
  });
});
