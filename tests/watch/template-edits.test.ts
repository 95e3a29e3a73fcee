// Template edits in a running `minutes dev` against full builds: the archive's own templates/ (a page template, the
// layout, a partial, the stylesheet) edited while dev watches it, also broken and then fixed, with minutes saved
// meanwhile. After each save that leaves the templates good, every file of dev's site must equal a full build of the
// same sources, and the browser is told to reload; a broken template is reported at its file and line, dev keeps
// serving, the site stays as it was, and the fix brings it up to date. And what templates read besides themselves
// (a module they import, a data file), edited, is what the pages of later saves of minutes show.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDev, type DevHandle } from '../../src/watch/dev.js';
import { DevSession } from '../../src/watch/session.js';
import { cleanTemp, PROJECT, seedArchive, tempDir } from '../helpers/archive.js';
import { sameAsFreshBuild, siteContents } from '../helpers/build.js';
import { httpGet } from '../helpers/process.js';
import { listenForReloads, type ReloadListener } from '../helpers/reloads.js';

const SITE = { base: '/', title: 'Protokoll', today: '2024-05-01' };
const MEETING_PAGE = 'grupper/gemensam-utvecklingsgrupp/2016-02-08/index.html';

describe('template edits while minutes dev runs', () => {
  let root: string;
  let site: string;
  let dev: DevHandle;
  const logs: string[] = [];
  let listener: ReloadListener | undefined;
  const reloads = () => listener?.reloads.length ?? 0;
  const file = (rel: string) => path.join(root, rel);
  const page = (rel: string) => fs.readFileSync(path.join(site, rel), 'utf8');
  const edit = (rel: string, fn: (text: string) => string) => {
    const text = fs.readFileSync(file(rel), 'utf8');
    const changed = fn(text);
    expect(changed, `the edit of ${rel} changes it`).not.toBe(text);
    fs.writeFileSync(file(rel), changed);
  };

  /**
   * Makes a change, waits for dev's line about it, which must match `line`, and for the batch to be done; then
   * for the browser to be told to reload, or, with `expectReload` false, that it was not.
   */
  async function saved(change: () => void, line: RegExp, expectReload = true): Promise<void> {
    const [before, reloadsBefore] = [logs.length, reloads()];
    change();
    await expect.poll(() => logs.slice(before).find((l) => /sid(a|or) på|kopierad|förhandsvisningen visar felen/.test(l)), { timeout: 20_000 }).toBeDefined();
    await dev.idle();
    const said = logs.slice(before).find((l) => /sid(a|or) på|kopierad|förhandsvisningen visar felen/.test(l))!;
    expect(said).toMatch(line);
    // A save that changes the site or the errors shown reloads the browser; one that changes neither does not.
    if (expectReload) await expect.poll(reloads, { timeout: 5_000 }).toBeGreaterThan(reloadsBefore);
    else {
      await new Promise((r) => setTimeout(r, 300));
      expect(reloads()).toBe(reloadsBefore);
    }
  }

  beforeAll(async () => {
    root = seedArchive();
    fs.cpSync(path.join(PROJECT, 'templates'), file('templates'), { recursive: true });
    site = path.join(root, 'site');
    dev = await startDev({ root, outDir: site, ...SITE, port: 0, open: false, log: (m) => logs.push(m), printDiagnostics: (r) => logs.push(r.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code} ${d.message}`).join('\n')) });
    listener = await listenForReloads(dev.url);
  });
  afterAll(async () => {
    listener?.close();
    await dev?.close();
    cleanTemp();
  });

  it('rewrites every meeting page after a heading in the meeting template is changed', async () => {
    await saved(() => edit('templates/meeting.11ty.mjs', (t) => t.replace('<h2 id="dagordning">Punkter</h2>', '<h2 id="dagordning">Dagordningens punkter</h2>')), /allt byggdes om/);
    await sameAsFreshBuild(root, site, SITE);
    const meetings = [...siteContents(site).keys()].filter((f) => /^grupper\/[^/]+\/\d{4}-\d{2}-\d{2}\/index\.html$/.test(f));
    expect(meetings).toHaveLength(5);
    for (const p of meetings) expect(page(p), p).toContain('Dagordningens punkter');
  });

  it('rewrites every page after the footer of the layout is reworded', async () => {
    await saved(() => edit('templates/_layouts/base.11ty.mjs', (t) => t.replace('Om webbplatsen och tillgänglighet</a>', 'Om den här webbplatsen</a>')), /allt byggdes om/);
    await sameAsFreshBuild(root, site, SITE);
    expect(page('index.html')).toContain('Om den här webbplatsen</a>');
    expect(page(MEETING_PAGE)).toContain('Om den här webbplatsen</a>');
  });

  it('follows an edit of a partial in _includes/', async () => {
    const dashed = /<\/a> – [^<]/;
    expect(page(MEETING_PAGE)).not.toMatch(dashed);
    await saved(() => edit('templates/_includes/person.mjs', (t) => t.replace('${p.organisation ? html`, ', '${p.organisation ? html` – ')), /allt byggdes om/);
    await sameAsFreshBuild(root, site, SITE);
    expect(page(MEETING_PAGE)).toMatch(dashed);
  });

  it('copies an edited stylesheet into the site and reloads', async () => {
    await saved(() => fs.appendFileSync(file('templates/assets/style.css'), '\n.egen { color: #17324f; }\n'), /style\.css: kopierad/);
    await sameAsFreshBuild(root, site, SITE);
  });

  it('reports a syntax error in a page template at its line, keeps serving the site as it was, and recovers once it is fixed', async () => {
    const good = fs.readFileSync(file('templates/meeting.11ty.mjs'), 'utf8');
    const before = siteContents(site);
    const line = good.split('\n').findIndex((l) => l.includes('<h2 id="dagordning">')) + 1;
    const printed = logs.length;
    await saved(() => fs.writeFileSync(file('templates/meeting.11ty.mjs'), good.replace('<h2 id="dagordning">', '<h2 id="dagordning">${ oj }`(')), /^templates\/meeting\.11ty\.mjs: fel i mallarna; förhandsvisningen visar felen/);
    expect(logs.slice(printed).join('\n')).toMatch(new RegExp(`^templates/meeting\\.11ty\\.mjs:${line}:\\d+ template-error`, 'm'));
    expect(siteContents(site)).toEqual(before);
    const served = await httpGet(dev.url + MEETING_PAGE.replace(/index\.html$/, ''));
    expect(served.status).toBe(200);
    expect(served.text).toContain('template-error');
    // Minutes saved while the template is broken: still the template's error, and the site still as it was, so
    // the pages shown stay as they are.
    await saved(() => edit('minutes/gemensam-utvecklingsgrupp/2016-02-08.md', (t) => t.replace('Kan vi samla sport-', 'Under felet: kan vi samla sport-')), /förhandsvisningen visar felen/, false);
    expect(siteContents(site)).toEqual(before);
    await saved(() => fs.writeFileSync(file('templates/meeting.11ty.mjs'), good), /allt byggdes om/);
    await sameAsFreshBuild(root, site, SITE);
    expect(page(MEETING_PAGE)).toContain('Under felet: kan vi samla sport-');
    expect((await httpGet(dev.url + MEETING_PAGE.replace(/index\.html$/, ''))).text).not.toContain('minutes-problems');
  });

  it('reports a syntax error in a partial, and recovers once it is fixed', async () => {
    const good = fs.readFileSync(file('templates/_includes/person.mjs'), 'utf8');
    const before = siteContents(site);
    const printed = logs.length;
    await saved(() => fs.writeFileSync(file('templates/_includes/person.mjs'), good.replace('export default function', 'export default functio')), /förhandsvisningen visar felen/);
    expect(logs.slice(printed).join('\n')).toMatch(/templates\/_includes\/person\.mjs:2:\d+ template-error/);
    expect(siteContents(site)).toEqual(before);
    await saved(() => fs.writeFileSync(file('templates/_includes/person.mjs'), good.replace('${p.organisation ? html` – ', '${p.organisation ? html` / ')), /allt byggdes om/);
    await sameAsFreshBuild(root, site, SITE);
    expect(page(MEETING_PAGE)).toMatch(/<\/a> \/ [^<]/);
  });

  it('keeps the pages in step with a full build when minutes are saved after the template edits', async () => {
    const before = logs.length;
    await saved(() => edit('minutes/gemensam-utvecklingsgrupp/2016-03-07.md', (t) => `${t}\nEtt nytt stycke efter mallarna.\n`), /sid(a|or) på(?!.*allt byggdes om)/);
    // The open data and the sitemap follow once saves pause, before the search index.
    await expect.poll(() => logs.slice(before).some((l) => l.startsWith('Sökindexet är aktuellt igen')), { timeout: 20_000 }).toBe(true);
    await sameAsFreshBuild(root, site, SITE);
    expect(page('grupper/gemensam-utvecklingsgrupp/2016-03-07/index.html')).toContain('Dagordningens punkter');
  });
});

// Dev renders a save's pages in its own thread, which keeps every module it imported; Eleventy imports a template
// anew each time, but not what it imports. Each case: a word on the meeting pages comes from a file of the
// designer's own, which is edited after a save of minutes (rendered in that thread) and before another.
const WORD_FROM: readonly { readonly what: string; readonly file: string; readonly source: (word: string) => string; readonly use: (templates: string) => void }[] = [
  {
    what: 'a module the meeting template imports',
    file: 'lib/ord.mjs',
    source: (word) => `export const word = '${word}';\n`,
    use: (t) => rewrite(path.join(t, 'meeting.11ty.mjs'), (s) => `import { word } from './lib/ord.mjs';\n${s.replace('<h2 id="dagordning">Punkter</h2>', '<h2 id="dagordning">${word}</h2>')}`),
  },
  {
    what: 'a module a partial imports',
    file: 'lib/ord.mjs',
    source: (word) => `export const word = '${word}';\n`,
    use: (t) => rewrite(path.join(t, '_includes', 'person.mjs'), (s) => `import { word } from '../lib/ord.mjs';\n${s.replace('${p.organisation ? html`, ', '${p.organisation ? html` ${word} ')}`),
  },
  {
    what: 'a global data file',
    file: '_data/word.mjs',
    source: (word) => `export default '${word}';\n`,
    use: (t) => rewrite(path.join(t, 'meeting.11ty.mjs'), (s) => s.replace('export function render({ item: m, site })', 'export function render({ item: m, site, word })').replace('<h2 id="dagordning">Punkter</h2>', '<h2 id="dagordning">${word}</h2>')),
  },
  {
    what: "the meeting template's data file",
    file: 'meeting.11tydata.mjs',
    source: (word) => `export default { word: '${word}' };\n`,
    use: (t) => rewrite(path.join(t, 'meeting.11ty.mjs'), (s) => s.replace('export function render({ item: m, site })', 'export function render({ item: m, site, word })').replace('<h2 id="dagordning">Punkter</h2>', '<h2 id="dagordning">${word}</h2>')),
  },
];

function rewrite(file: string, fn: (text: string) => string): void {
  const text = fs.readFileSync(file, 'utf8');
  const changed = fn(text);
  expect(changed).not.toBe(text);
  fs.writeFileSync(file, changed);
}

describe.each(WORD_FROM)('$what, edited while minutes dev runs', ({ file, source, use }) => {
  afterAll(cleanTemp);

  it('is shown as edited on the pages of later saves of minutes, as a full build shows it', async () => {
    const root = seedArchive();
    const templates = path.join(root, 'templates');
    fs.cpSync(path.join(PROJECT, 'templates'), templates, { recursive: true });
    use(templates);
    const words = path.join(templates, file);
    fs.mkdirSync(path.dirname(words), { recursive: true });
    fs.writeFileSync(words, source('Ordet-först'));
    const live = path.join(tempDir(), 'site');
    const session = new DevSession({ root, outDir: live, ...SITE });
    expect((await session.start()).kind).toBe('rendered');
    const minutes = path.join(root, 'minutes', 'gemensam-utvecklingsgrupp', '2016-02-08.md');
    const shown = () => [...new Set(fs.readFileSync(path.join(live, MEETING_PAGE), 'utf8').match(/Ordet-\p{L}+/gu))];
    const saveMinutes = async (line: string) => {
      fs.appendFileSync(minutes, `\n${line}\n`);
      expect((await session.update([minutes])).kind).toBe('rendered');
      expect(await session.writeExtras(() => false)).toBe(true);
    };
    await saveMinutes('Ett stycke före ändringen.');
    expect(shown()).toEqual(['Ordet-först']);
    fs.writeFileSync(words, source('Ordet-sedan'));
    expect((await session.update([words])).kind).toBe('rendered');
    expect(shown()).toEqual(['Ordet-sedan']);
    await saveMinutes('Ett stycke efter ändringen.');
    expect(shown()).toEqual(['Ordet-sedan']);
    await sameAsFreshBuild(root, live, SITE);
  });
});
