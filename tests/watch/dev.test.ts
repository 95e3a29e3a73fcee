// `minutes dev` on a temporary copy of the seed archive: it serves the site, rebuilds on saves (plain writes
// and atomic renames), shows problems without stopping, recovers, follows new and deleted files, and stops
// cleanly on Ctrl-C without leaving processes behind.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanTemp, PROJECT, seedArchive, tempDir } from '../helpers/archive.js';
import { eventually, httpGet, runCliProcess, type Running } from '../helpers/process.js';
import { listFiles, searchTextOf } from '../helpers/site.js';
import { renderedLine } from '../../src/watch/dev.js';
import { DevSession } from '../../src/watch/session.js';

const MEETING = 'minutes/gemensam-utvecklingsgrupp/2016-02-08.md';
const PAGE = 'grupper/gemensam-utvecklingsgrupp/2016-02-08/';

/** The ids of running Pagefind processes. pgrep exits with 1 when none match; any other failure (pgrep missing,
 * a bad pattern) is thrown, so the check that none are left behind cannot pass without having looked. */
function pagefindProcesses(): Set<string> {
  try {
    return new Set(execFileSync('pgrep', ['-f', 'pagefind'], { encoding: 'utf8' }).split('\n').filter(Boolean));
  } catch (error) {
    if ((error as { status?: unknown }).status === 1) return new Set();
    throw error;
  }
}

describe('the line after a save that was built', () => {
  const SITE = 'http://localhost:8080/';
  const SAVED = 'minutes/gug/2016-03-07.md';
  const BUILT = { kind: 'rendered', diagnostics: [], pages: 62, full: false, written: [], ms: 453, afterwards: { data: true, index: true }, moved: [] } as const;
  const at = (n: number) => Array.from({ length: n }, (_, i) => `/grupper/gug/2016-03-${String(i + 8).padStart(2, '0')}/`);
  it.each([
    // A save that moves no page keeps its line as it was.
    { what: 'pages built, none moved', result: BUILT, line: `${SAVED}: 62 sidor på 453 ms.` },
    { what: 'everything built, none moved', result: { ...BUILT, full: true }, line: `${SAVED}: 62 sidor på 453 ms (allt byggdes om).` },
    { what: 'no page changed', result: { ...BUILT, pages: 0 }, line: `${SAVED}: ingen sida ändrades.` },
    { what: 'one page moved', result: { ...BUILT, moved: at(1) }, line: `${SAVED}: 62 sidor på 453 ms. Mötets sida finns nu på ${SITE}grupper/gug/2016-03-08/.` },
    { what: 'one page moved, everything built', result: { ...BUILT, full: true, moved: ['/grupper/glu/2016-03-07/'] }, line: `${SAVED}: 62 sidor på 453 ms (allt byggdes om). Mötets sida finns nu på ${SITE}grupper/glu/2016-03-07/.` },
    { what: 'two pages moved', result: { ...BUILT, moved: at(2) }, line: `${SAVED}: 62 sidor på 453 ms. Sidorna för 2 möten finns nu på ${SITE}grupper/gug/2016-03-08/ och ${SITE}grupper/gug/2016-03-09/.` },
    { what: 'three pages moved', result: { ...BUILT, moved: at(3) }, line: `${SAVED}: 62 sidor på 453 ms. Sidorna för 3 möten finns nu på ${SITE}grupper/gug/2016-03-08/, ${SITE}grupper/gug/2016-03-09/ och ${SITE}grupper/gug/2016-03-10/.` },
    { what: 'four pages moved', result: { ...BUILT, moved: at(4) }, line: `${SAVED}: 62 sidor på 453 ms. Sidorna för 4 möten finns nu på ${SITE}grupper/gug/2016-03-08/, ${SITE}grupper/gug/2016-03-09/ och 2 adresser till.` },
    { what: 'a thousand pages moved', result: { ...BUILT, moved: at(1000) }, line: `${SAVED}: 62 sidor på 453 ms. Sidorna för 1\u00a0000 möten finns nu på ${SITE}grupper/gug/2016-03-08/, ${SITE}grupper/gug/2016-03-09/ och 998 adresser till.` },
  ])('$what', ({ result, line }) => {
    expect(renderedLine(SAVED, result, SITE)).toBe(line);
  });

  it("names the pages a group's new id moved, and none of them for a later save that moves no page", async () => {
    const root = seedArchive();
    const session = new DevSession({ root, outDir: path.join(root, 'site'), base: '/', title: 'Protokoll', today: '2024-05-01' });
    expect((await session.start()).kind).toBe('rendered');
    const organisations = path.join(root, 'organisations.yml');
    fs.writeFileSync(organisations, fs.readFileSync(organisations, 'utf8').replace('  gemensam-utvecklingsgrupp:\n', '  gug:\n    former_ids: [gemensam-utvecklingsgrupp]\n'));
    const renamed = await session.update(['organisations.yml']);
    expect(renamed.kind === 'rendered' && renderedLine('organisations.yml', renamed, SITE)).toMatch(
      new RegExp(`^organisations\\.yml: \\d+ sidor på [\\d,]+ m?s\\. Sidorna för 4 möten finns nu på ${SITE}grupper/gug/2015-08-31/, ${SITE}grupper/gug/2015-11-09/ och 2 adresser till\\.$`),
    );
    const minutes = path.join(root, MEETING);
    fs.appendFileSync(minutes, '\nEtt stycke till.\n');
    const edited = await session.update([MEETING]);
    expect(edited.kind === 'rendered' && renderedLine(MEETING, edited, SITE)).toMatch(new RegExp(`^${MEETING}: \\d+ sidor på [\\d,]+ m?s\\.$`));
  });
});

describe('minutes dev', () => {
  let root: string;
  let dev: Running;
  let url: string;
  let before: Set<string>;
  const get = (p: string) => httpGet(url + p);
  const file = (rel: string) => path.join(root, rel);
  const searchText = () => searchTextOf(path.join(root, 'site'));

  beforeAll(async () => {
    before = pagefindProcesses();
    root = seedArchive();
    dev = runCliProcess(['dev', '--root', root, '--port', '0']);
    url = (await dev.waitFor(/Förhandsgranska på (http:\/\/localhost:\d+\/)/))[1]!;
  });
  afterAll(async () => {
    if (dev.child.exitCode === null) dev.child.kill('SIGKILL');
    cleanTemp();
  });

  it("serves the built site with dev's own live-reload client, and none of the dev server's", async () => {
    const page = await get(PAGE);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<h1 data-pagefind-meta="title">Gemensam utvecklingsgrupp 8 februari 2016</h1>');
    expect(page.text.match(/<script type="module" src="\/\.minutes\/reload\.js"><\/script><\/head>/g)).toHaveLength(1);
    expect(page.text).not.toContain('/.11ty/reload-client.js');
    // The 404 page too, for an address without a page (loaded from the site's address, as its policy allows).
    const missing = await get('finns-inte/');
    expect(missing.status).toBe(404);
    expect(missing.text).toContain('<script type="module" src="/.minutes/reload.js"></script>');
    expect(missing.text).not.toContain('/.11ty/reload-client.js');
    expect(missing.text).toMatch(/Content-Security-Policy" content="[^"]*script-src &#39;self&#39;/);
  });

  it('gives the search page one live-reload client, which also reloads it for a new search index', async () => {
    const search = await get('sok/');
    expect(search.status).toBe(200);
    expect(search.text).not.toContain('/.11ty/reload-client.js');
    expect(search.text.match(/\/\.minutes\/reload\.js/g)).toHaveLength(1);
    expect(search.text).toContain('<script type="module" src="/.minutes/reload.js?search-index"></script>');
    const client = await get('.minutes/reload.js');
    expect(client.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(client.text.match(/new WebSocket/g)).toHaveLength(1);
    expect(client.text).toContain("data.type === 'eleventy.reload'");
    expect(client.text).toContain('searches && data.minutes === "search-index"');
    expect(client.text).toContain("searchParams.has('search-index')");
    // Once lost, the connection is tried again by itself, after waits that grow (see tests/browser/dev-restart.test.ts).
    expect(client.text).toContain('timer = setTimeout(connect, wait)');
    expect(client.text).not.toMatch(/console\./);
    // A page that does not search is not reloaded for the index.
    expect((await get(PAGE)).text).not.toContain('search-index');
  });

  it('serves an attachment without an extension, and every file, for the browser not to guess its type', async () => {
    const attachment = path.join(root, 'site', 'bilagor', 'LASMIG');
    fs.mkdirSync(path.dirname(attachment), { recursive: true });
    fs.writeFileSync(attachment, '<script>alert(1)</script>');
    const plain = await get('bilagor/LASMIG');
    expect([plain.status, plain.headers['x-content-type-options']]).toEqual([200, 'nosniff']);
    for (const p of [PAGE, 'assets/style.css', 'finns-inte/']) expect((await get(p)).headers['x-content-type-options'], p).toBe('nosniff');
    fs.rmSync(path.dirname(attachment), { recursive: true });
  });

  it('shows an edited minutes file on its page', async () => {
    const text = fs.readFileSync(file(MEETING), 'utf8');
    fs.writeFileSync(file(MEETING), text.replace('Kan vi samla sport-', 'Redigerat: kan vi samla sport-'));
    await eventually(async () => (await get(PAGE)).text.includes('Redigerat: kan vi samla sport-'), 10_000, 'the edit to appear');
  });

  it('follows a save made as an atomic rename', async () => {
    const text = fs.readFileSync(file(MEETING), 'utf8');
    const tmp = file('minutes/gemensam-utvecklingsgrupp/.2016-02-08.md.tmp');
    fs.writeFileSync(tmp, text.replace('Redigerat:', 'Omdöpt:'));
    fs.renameSync(tmp, file(MEETING));
    await eventually(async () => (await get(PAGE)).text.includes('Omdöpt: kan vi samla sport-'), 10_000, 'the renamed save to appear');
  });

  it('keeps serving when a save breaks the YAML, shows where, and recovers when it is fixed', async () => {
    const good = fs.readFileSync(file(MEETING), 'utf8');
    fs.writeFileSync(file(MEETING), good.replace('attendees:\n', 'attendees: [\n'));
    await eventually(async () => (await get(PAGE)).text.includes('minutes-problems'), 10_000, 'the problem banner');
    const page = await get(PAGE);
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/minutes\/gemensam-utvecklingsgrupp\/2016-02-08\.md:\d+:\d+/);
    expect(page.text).toContain('yaml-syntax');
    expect(page.text).toContain('<pre>');
    expect(page.text).toContain('Sidan nedanför är den senaste som gick att bygga.');
    expect((await get('')).text).toContain('minutes-problems');
    expect(dev.output()).toMatch(/2016-02-08\.md:\d+:\d+ {2}fel {2}yaml-syntax/);
    fs.writeFileSync(file(MEETING), good);
    await eventually(async () => !(await get(PAGE)).text.includes('minutes-problems'), 10_000, 'the banner to go');
    expect((await get(PAGE)).text).toContain('Omdöpt: kan vi samla sport-');
  });

  it('publishes a new file and drops a deleted one', async () => {
    const added = 'minutes/gemensam-utvecklingsgrupp/2016-04-04.md';
    fs.writeFileSync(file(added), '---\ngroup: Gemensam utvecklingsgrupp\ndate: 2016-04-04\nattendees: [Leif Redestig]\n---\n## Nytt möte\n\nEtt alldeles nytt möte.\n');
    await eventually(async () => (await get('grupper/gemensam-utvecklingsgrupp/2016-04-04/')).text.includes('Ett alldeles nytt möte.'), 10_000, 'the new page');
    // Its neighbour now links to it.
    expect((await get('grupper/gemensam-utvecklingsgrupp/2016-03-07/')).text).toContain('Gemensam utvecklingsgrupp 4 april 2016');
    fs.rmSync(file(added));
    await eventually(async () => (await get('grupper/gemensam-utvecklingsgrupp/2016-04-04/')).status === 404, 10_000, 'the deleted page to go');
    expect((await get('grupper/gemensam-utvecklingsgrupp/2016-03-07/')).text).not.toContain('Gemensam utvecklingsgrupp 4 april 2016');
  });

  it.each([
    { what: 'its date', from: 'date: 2016-03-07', to: ['date: 2016-03-09', 'date: 2016-03-10'], pages: ['grupper/gemensam-utvecklingsgrupp/2016-03-09/', 'grupper/gemensam-utvecklingsgrupp/2016-03-10/'] },
    { what: 'its group', from: 'group: Gemensam utvecklingsgrupp', to: ['group: Gemensam ledningsgrupp utveckling'], pages: ['grupper/gemensam-ledningsgrupp-utveckling/2016-03-07/'] },
  ])('leads a page open at a meeting to its new address when a save changes $what, and again when it changes once more', async ({ from, to, pages }) => {
    const moved = 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md';
    const [old, good] = ['grupper/gemensam-utvecklingsgrupp/2016-03-07/', fs.readFileSync(file(moved), 'utf8')];
    for (const [i, line] of to.entries()) {
      const said = dev.output().length;
      fs.writeFileSync(file(moved), good.replace(from, line));
      await eventually(async () => (await get(pages[i]!)).status === 200, 10_000, 'the page at its new address');
      // The terminal says where the page is now, in the save's line (this save's move alone).
      const saved = await dev.waitFor(new RegExp(`[^]{${said}}(?:[^]*?\n)?(${moved}: [^\n]*)\n`), 10_000);
      expect(saved[1]).toMatch(new RegExp(`^${moved}: \\d+ sidor på [\\d,]+ m?s\\. Mötets sida finns nu på ${url}${pages[i]}\\.$`));
      // The address it had first, and the one it had before this save, lead to where it is now (with the query).
      for (const before of [old, ...pages.slice(0, i)]) {
        const reloaded = await get(`${before}?q=1`);
        expect([reloaded.status, reloaded.headers.location], before).toEqual([302, `/${pages[i]}?q=1`]);
      }
    }
    // Put back, it is at its own address again, and no other address leads anywhere but to its 404.
    const said = dev.output().length;
    fs.writeFileSync(file(moved), good);
    await eventually(async () => (await get(old)).status === 200, 10_000, 'the page back at its address');
    expect((await dev.waitFor(new RegExp(`[^]{${said}}(?:[^]*?\n)?(${moved}: [^\n]*)\n`), 10_000))[1]).toMatch(new RegExp(`Mötets sida finns nu på ${url}${old}\\.$`));
    expect((await get('grupper/gemensam-utvecklingsgrupp/2016-03-08/')).status).toBe(404);
    for (const page of pages) expect((await get(page)).status, page).toBe(302);
  });

  it('brings the open data and the search index up to date once saves pause, however often they came', async () => {
    const text = fs.readFileSync(file(MEETING), 'utf8');
    // Saves in quick succession: each may interrupt the background work the one before started.
    for (let i = 1; i <= 4; i++) {
      fs.writeFileSync(file(MEETING), text.replace(/^---\n/, `---\ntitle: Sparad ${i} gånger\n`).replace('Omdöpt:', `Sökbart${i}:`));
      await new Promise((r) => setTimeout(r, 150 + 100 * i));
    }
    await dev.waitFor(/Sökindexet är aktuellt igen/, 20_000);
    const data = () => fs.readFileSync(path.join(root, 'site', 'data', 'minutes.json'), 'utf8');
    await eventually(async () => data().includes('Sparad 4 gånger'), 20_000, 'the open data to follow');
    await eventually(async () => searchText().includes('Sökbart4:'), 20_000, 'the search index to follow');
    expect(searchText()).not.toContain('Sökbart3:');
    expect(fs.existsSync(path.join(root, 'site', 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('answers addresses it cannot serve, and keeps running', async () => {
    expect((await get('100%25%/')).status).toBe(400);
    expect((await get('..%2f..%2f..%2fetc%2fpasswd')).status).toBe(404);
    // Also while it shows problems, when it serves pages itself: nothing outside the site, unknown pages as 404.
    const good = fs.readFileSync(file(MEETING), 'utf8');
    fs.writeFileSync(file(MEETING), good.replace('attendees:\n', 'attendees: [\n'));
    await eventually(async () => (await get(PAGE)).text.includes('minutes-problems'), 10_000, 'the problem banner');
    fs.writeFileSync(path.join(root, 'site-secret.html'), 'hemlig');
    expect((await get('..%2fsite-secret.html')).status).toBe(404);
    expect((await get('..%2fsite-secret.html')).text).not.toContain('hemlig');
    expect((await get('finns-inte/')).status).toBe(404);
    expect((await get('100%/')).status).toBe(400);
    fs.writeFileSync(file(MEETING), good);
    await eventually(async () => !(await get(PAGE)).text.includes('minutes-problems'), 10_000, 'the banner to go');
    expect(dev.child.exitCode).toBeNull();
  });

  it('builds the edits saved while the archive had errors, once the errors are fixed', async () => {
    const OTHER = 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md';
    const good = fs.readFileSync(file(MEETING), 'utf8');
    fs.writeFileSync(file(MEETING), good.replace('attendees:\n', 'attendees: [\n'));
    await eventually(async () => (await get(PAGE)).text.includes('minutes-problems'), 10_000, 'the problem banner');
    const other = fs.readFileSync(file(OTHER), 'utf8');
    expect(other).toContain('\n## Fritidsbank\n');
    fs.writeFileSync(file(OTHER), other.replace('\n## Fritidsbank\n', '\n## Fritidsbank i mars\n'));
    // The save has no errors of its own: it is said to wait on the file that has them (it was said to have 'fel i
    // protokollen' itself until 0b1b38e).
    await dev.waitFor(/2016-03-07\.md: byggs när felen i minutes\/gemensam-utvecklingsgrupp\/2016-02-08\.md är rättade/, 10_000);
    fs.writeFileSync(file(MEETING), good);
    await eventually(async () => !(await get(PAGE)).text.includes('minutes-problems'), 10_000, 'the banner to go');
    // The other page is written in the same rebuild, but not necessarily before this one.
    await eventually(async () => (await get('grupper/gemensam-utvecklingsgrupp/2016-03-07/')).text.includes('Fritidsbank i mars'), 10_000, 'the edit saved during the errors');
  });

  it('follows people.yml after it was deleted and written again', async () => {
    const people = fs.readFileSync(file('people.yml'), 'utf8');
    expect(people).toContain('  name: Niclas Wenkel\n');
    fs.rmSync(file('people.yml'));
    await eventually(async () => (await get('')).text.includes('people.yml saknas'), 10_000, 'the missing registry');
    fs.writeFileSync(file('people.yml'), people);
    await eventually(async () => !(await get('')).text.includes('minutes-problems'), 10_000, 'the registry back');
    // A save after that is still seen.
    fs.writeFileSync(file('people.yml'), people.replace('  name: Niclas Wenkel\n', '  name: Niclas Wenkel\n  role: kassör i Bryggan\n'));
    await eventually(async () => (await get('personer/niclas-wenkel/')).text.includes('kassör i Bryggan'), 10_000, 'the edited registry');
  });

  it('follows minutes/ after it was deleted and put back, and the saves in it', async () => {
    const saved = tempDir();
    fs.cpSync(file('minutes'), saved, { recursive: true });
    fs.rmSync(file('minutes'), { recursive: true });
    await eventually(async () => (await get('')).text.includes('Mappen minutes/ saknas'), 10_000, 'the missing folder');
    fs.cpSync(saved, file('minutes'), { recursive: true });
    await eventually(async () => !(await get('')).text.includes('minutes-problems'), 10_000, 'the folder back');
    // A save after that is still seen.
    const text = fs.readFileSync(file(MEETING), 'utf8');
    fs.writeFileSync(file(MEETING), `${text}\nSparad efter att mappen kom tillbaka.\n`);
    await eventually(async () => (await get(PAGE)).text.includes('Sparad efter att mappen kom tillbaka.'), 10_000, 'the edit after the folder came back');
  });

  it('keeps its site folder its own: a build into it meanwhile is refused and changes nothing', async () => {
    const site = path.join(root, 'site');
    // The pages (the search index and the open data may still be on their way from the last save).
    const pages = () => listFiles(site).filter((f) => f.endsWith('.html')).map((f) => [f, fs.readFileSync(path.join(site, f), 'utf8')]);
    const before = pages();
    const build = runCliProcess(['build', '--root', root, '--title', 'Byggd titel']);
    expect(await build.exited()).toBe(1);
    expect(build.output()).toContain(`minutes dev skriver redan till ${site} (process ${dev.child.pid})`);
    expect(pages()).toEqual(before);
  });

  it('stops cleanly on Ctrl-C and leaves no Pagefind process behind', async () => {
    dev.child.kill('SIGINT');
    expect(await dev.exited()).toBe(0);
    // The site folder is free again.
    expect(fs.existsSync(path.join(root, '.site.lock'))).toBe(false);
    await eventually(async () => [...pagefindProcesses()].every((p) => before.has(p)), 5_000, 'Pagefind to stop');
    // Nothing listens at its address any more: the connection is refused, not answered with an error page.
    await expect(httpGet(url)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});

describe('minutes dev with symbolic links that loop', () => {
  afterAll(cleanTemp);

  it('is not led round a loop: no nested paths, no watcher errors, and saves still rebuild', async () => {
    const root = seedArchive();
    fs.symlinkSync('..', path.join(root, 'minutes', 'gemensam-utvecklingsgrupp', 'upp'));
    // The archive's own templates, with a loop too.
    fs.cpSync(path.join(PROJECT, 'templates'), path.join(root, 'templates'), { recursive: true });
    fs.symlinkSync('..', path.join(root, 'templates', '_includes', 'upp'));
    fs.symlinkSync('loop-b', path.join(root, 'minutes', 'loop-a'));
    fs.symlinkSync('loop-a', path.join(root, 'minutes', 'loop-b'));
    const dev = runCliProcess(['dev', '--root', root, '--port', '0']);
    try {
      const url = (await dev.waitFor(/Förhandsgranska på (http:\/\/localhost:\d+\/)/))[1]!;
      // The check names each link once.
      expect(dev.output().match(/symlink-loop/g)).toHaveLength(3);
      const text = fs.readFileSync(path.join(root, MEETING), 'utf8');
      fs.writeFileSync(path.join(root, MEETING), text.replace('Kan vi samla sport-', 'Bakom länkarna: kan vi samla sport-'));
      await eventually(async () => (await httpGet(url + PAGE)).text.includes('Bakom länkarna:'), 10_000, 'the edit to appear');
      await new Promise((r) => setTimeout(r, 500));
      expect(dev.output()).not.toMatch(/upp\/gemensam-utvecklingsgrupp|upp\/_includes|Bevakningen av filer|bevakas inte/);
    } finally {
      dev.child.kill('SIGINT');
      await dev.exited();
    }
  });

  it('follows a link to a folder elsewhere made while it runs, and the saves in it', async () => {
    const root = seedArchive();
    const elsewhere = tempDir();
    fs.mkdirSync(path.join(elsewhere, 'gemensam-utvecklingsgrupp'));
    const file = path.join(elsewhere, 'gemensam-utvecklingsgrupp', '2016-05-03.md');
    fs.writeFileSync(file, '---\ngroup: Gemensam utvecklingsgrupp\ndate: 2016-05-03\nattendees: [Leif Redestig]\n---\n## Arkiv\n\nFrån en annan mapp.\n');
    const dev = runCliProcess(['dev', '--root', root, '--port', '0']);
    try {
      const url = (await dev.waitFor(/Förhandsgranska på (http:\/\/localhost:\d+\/)/))[1]!;
      const page = `${url}grupper/gemensam-utvecklingsgrupp/2016-05-03/`;
      fs.symlinkSync(elsewhere, path.join(root, 'minutes', 'arkiv'));
      await eventually(async () => (await httpGet(page)).text.includes('Från en annan mapp.'), 10_000, 'the linked minutes');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Från en annan mapp.', 'Ändrad i den andra mappen.'));
      await eventually(async () => (await httpGet(page)).text.includes('Ändrad i den andra mappen.'), 10_000, 'the edit behind the link');
    } finally {
      dev.child.kill('SIGINT');
      await dev.exited();
    }
  });

  it('reads a folder reached through two links once, under the path check reads it by, as minutes are added', async () => {
    const root = seedArchive();
    fs.mkdirSync(path.join(root, 'minutes', 'x'));
    fs.mkdirSync(path.join(root, 'minutes', 'y'));
    fs.symlinkSync('../y', path.join(root, 'minutes', 'x', 'till-y'));
    fs.symlinkSync('../x', path.join(root, 'minutes', 'y', 'till-x'));
    const dev = runCliProcess(['dev', '--root', root, '--port', '0']);
    try {
      const url = (await dev.waitFor(/Förhandsgranska på (http:\/\/localhost:\d+\/)/))[1]!;
      const before = dev.output().length;
      fs.writeFileSync(path.join(root, 'minutes', 'y', '2016-05-02.md'), '---\ngroup: Gemensam utvecklingsgrupp\ndate: 2016-05-02\nattendees: [Leif Redestig]\n---\n## Nytt\n\nBakom två länkar.\n');
      await eventually(async () => (await httpGet(`${url}grupper/gemensam-utvecklingsgrupp/2016-05-02/`)).text.includes('Bakom två länkar.'), 10_000, 'the new meeting');
      await new Promise((r) => setTimeout(r, 500));
      const after = dev.output().slice(before);
      expect(after).not.toMatch(/duplicate-meeting|fel i protokollen|till-y\/till-x|Bevakningen av filer/);
      // Check reads it through the first link, as the log names it.
      expect(after).toContain('minutes/x/till-y/2016-05-02.md');
    } finally {
      dev.child.kill('SIGINT');
      await dev.exited();
    }
  });
});

// Started on an archive with errors and no site built before, dev serves no page: every address said the page below
// the banner was the last one that could be built, and there was none below it.
describe('minutes dev started on an archive with errors and no site', () => {
  afterAll(cleanTemp);
  it.each([
    { what: 'one error', edit: (t: string) => t.replace('attendees:\n', 'attendees: [\n'), said: 'Webbplatsen har inte gått att bygga ännu, så det finns ingen sida att visa. Rätta felet nedan; sidan laddas om av sig själv när det är rättat.', errors: 1 },
    { what: 'two errors', edit: (t: string) => t.replace('attendees:\n', 'attendees: [\n').replace(/^date: .*$/m, 'date: 2016-02-31'), said: 'Webbplatsen har inte gått att bygga ännu, så det finns ingen sida att visa. Rätta felen nedan; sidan laddas om av sig själv när de är rättade.', errors: 2 },
  ])('says that no page could be built yet, and lists what to fix: $what', async ({ edit, said, errors }) => {
    const root = seedArchive();
    const minutes = path.join(root, MEETING);
    fs.writeFileSync(minutes, edit(fs.readFileSync(minutes, 'utf8')));
    const dev = runCliProcess(['dev', '--root', root, '--port', '0']);
    try {
      const url = (await dev.waitFor(/Förhandsgranska på (http:\/\/localhost:\d+\/)/))[1]!;
      expect(fs.existsSync(path.join(root, 'site', 'index.html'))).toBe(false);
      for (const address of ['', PAGE, 'finns-inte/']) {
        const page = await httpGet(url + address);
        expect(page.status, address).toBe(404);
        expect(page.text, address).toContain(`<p>${said}</p>`);
        expect(page.text, address).not.toContain('Sidan nedanför');
        expect(page.text, address).not.toContain('Sidan finns inte.');
        expect(page.text.match(/<li><p><span class="where">minutes\/gemensam-utvecklingsgrupp\/2016-02-08\.md:\d+:\d+<\/span> fel /g), address).toHaveLength(errors);
      }
    } finally {
      dev.child.kill('SIGINT');
      await dev.exited();
    }
  });
});

describe('minutes dev with more problems than it shows', () => {
  afterAll(cleanTemp);

  it('prints the first 50 in the terminal, as the pages show them, then how many more and where to see them all', async () => {
    const root = seedArchive();
    const names = Array.from({ length: 60 }, (_, i) => `  - Okänd Person${String.fromCharCode(65 + (i % 26))}${i}`).join('\n');
    fs.writeFileSync(path.join(root, 'minutes', 'gemensam-utvecklingsgrupp', '2016-05-02.md'), `---\ngroup: Gemensam utvecklingsgrupp\ndate: 2016-05-02\nattendees:\n${names}\n---\n## Nytt\n\nText.\n`);
    const dev = runCliProcess(['dev', '--root', root, '--port', '0']);
    try {
      const url = (await dev.waitFor(/Förhandsgranska på (http:\/\/localhost:\d+\/)/))[1]!;
      const printed = dev.output();
      expect(printed.match(/ fel {2}unknown-person /g)).toHaveLength(50);
      expect(printed).toContain('Hittar inte personen "Okänd PersonX49".');
      expect(printed).not.toContain('Hittar inte personen "Okänd PersonY50".');
      // Errors first: the warning beside them is one of the 11 left out.
      expect(printed).toContain('… och 11 problem till. Kör npx minutes check för att se alla.\n60 fel och 1 varning.');
      const page = (await httpGet(`${url}grupper/gemensam-utvecklingsgrupp/`)).text;
      expect(page.match(/<li><p><span class="where">/g)).toHaveLength(50);
      expect(page).toContain('… och 11 problem till. Kör npx minutes check för att se alla.');
    } finally {
      dev.child.kill('SIGINT');
      await dev.exited();
    }
  });
});

describe('minutes dev with the particulars build takes for the about page and the source links', () => {
  afterAll(cleanTemp);

  it('previews the contact, the day of the review and the link to the source as the built site shows them', async () => {
    const root = seedArchive();
    const dev = runCliProcess(['dev', '--root', root, '--port', '0', '--contact', 'protokoll@example.org', '--accessibility-reviewed', '2016-03-01', '--source-url', 'https://example.org/arkiv/blob/main/']);
    try {
      const url = (await dev.waitFor(/Förhandsgranska på (http:\/\/localhost:\d+\/)/))[1]!;
      const about = (await httpGet(`${url}om/`)).text;
      expect(about).toContain('mailto:protokoll@example.org');
      expect(about).toContain('Redogörelsen uppdaterades senast den');
      expect(about).toContain('1 mars 2016');
      expect((await httpGet(url + PAGE)).text).toContain('https://example.org/arkiv/blob/main/minutes/gemensam-utvecklingsgrupp/2016-02-08.md');
    } finally {
      dev.child.kill('SIGINT');
      await dev.exited();
    }
  });
});
