// A designer saving the stylesheet (or adding an image) in templates/assets/ while `minutes dev` runs sees it at
// once: the file is copied into the site, no page is rebuilt, and that holds while the minutes have errors too.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DevSession } from '../../src/watch/session.js';
import { copiedLine } from '../../src/watch/dev.js';
import { cleanTemp, PROJECT, seedArchive, tempDir } from '../helpers/archive.js';
import { httpGet, runCliProcess } from '../helpers/process.js';

afterAll(cleanTemp);

/** The seed archive with its own copy of the templates. */
function ownTemplates(): string {
  const root = seedArchive();
  fs.cpSync(path.join(PROJECT, 'templates'), path.join(root, 'templates'), { recursive: true });
  return root;
}

describe('a save in templates/assets/ in watch mode', () => {
  it.each([
    [['templates/assets/style.css'], 'templates/assets/style.css: kopierad till webbplatsen på'],
    [['templates/assets/style.css', 'templates/assets/logo.svg'], 'templates/assets/style.css, templates/assets/logo.svg: kopierade till webbplatsen på'],
    // Many at once (a git pull): the first few named, the rest counted.
    [['a.css', 'b.css', 'c.css', 'd.css', 'e.css'], 'a.css, b.css, c.css, d.css, e.css: kopierade till webbplatsen på'],
    [['a.css', 'b.css', 'c.css', 'd.css', 'e.css', 'f.css'], 'a.css, b.css, c.css, d.css och 2 filer till: kopierade till webbplatsen på'],
  ])('is logged in agreement with how many files were copied: %j', (files, expected) => {
    expect(copiedLine(files, 12).slice(0, expected.length + 1)).toBe(`${expected} `);
  });
  it('is logged with the number of files when a great many were saved at once, so that the line stays short', () => {
    const files = Array.from({ length: 1204 }, (_, i) => `templates/assets/bild-${i}.png`);
    expect(copiedLine(files, 12)).toMatch(/^templates\/assets\/bild-0\.png, [^:]*bild-3\.png och 1\u00a0200 filer till: kopierade till webbplatsen på /);
  });

  it('is copied into the site without rebuilding a page, also while the minutes have errors', async () => {
    const root = ownTemplates();
    const site = path.join(tempDir(), 'site');
    const session = new DevSession({ root, outDir: site, base: '/', title: 'Protokoll' });
    expect((await session.start()).kind).toBe('rendered');
    const index = path.join(site, 'index.html');
    const pageBefore = fs.statSync(index).mtimeMs;

    const css = path.join(root, 'templates', 'assets', 'style.css');
    fs.appendFileSync(css, '\n.site-header { background: #004b87; }\n');
    const logo = path.join(root, 'templates', 'assets', 'bilder', 'logo.svg');
    fs.mkdirSync(path.dirname(logo));
    fs.writeFileSync(logo, '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const saved = await session.update([css, logo]);
    expect(saved).toMatchObject({ kind: 'copied', written: ['assets/style.css', 'assets/bilder/logo.svg'] });
    expect(fs.readFileSync(path.join(site, 'assets', 'style.css'), 'utf8')).toContain('#004b87');
    expect(fs.readFileSync(path.join(site, 'assets', 'bilder', 'logo.svg'), 'utf8')).toContain('<svg');
    expect(fs.statSync(index).mtimeMs).toBe(pageBefore);

    const minutes = path.join(root, 'minutes', 'gemensam-utvecklingsgrupp', '2016-02-08.md');
    fs.writeFileSync(minutes, fs.readFileSync(minutes, 'utf8').replace('date: 2016-02-08', 'date: 2016-02-30'));
    expect((await session.update([minutes])).kind).toBe('errors');
    fs.appendFileSync(css, '\n.site-footer { background: #eef; }\n');
    const whileBroken = await session.update([css]);
    expect(whileBroken.kind).toBe('copied');
    expect(whileBroken.diagnostics.map((d) => d.code)).toContain('invalid-date');
    expect(fs.readFileSync(path.join(site, 'assets', 'style.css'), 'utf8')).toContain('#eef');
  });

  it('is a file of the site that the minutes may link to once saved, its name near another\'s or not', async () => {
    const root = ownTemplates();
    const site = path.join(tempDir(), 'site');
    const session = new DevSession({ root, outDir: site, base: '/', title: 'Protokoll' });
    expect((await session.start()).kind).toBe('rendered');
    const print = path.join(root, 'templates', 'assets', 'style-print.css');
    fs.writeFileSync(print, '@media print { body { color: black; } }\n');
    expect(await session.update([print])).toMatchObject({ kind: 'copied', written: ['assets/style-print.css'] });
    const minutes = path.join(root, 'minutes', 'gemensam-utvecklingsgrupp', '2016-02-08.md');
    const text = fs.readFileSync(minutes, 'utf8');
    const added = 'Se [utskriften](/assets/style-print.css) och [den andra](/assets/style-prnt.css).';
    fs.writeFileSync(minutes, `${text}\n${added}\n`);
    // The second link's address, on the line added after an empty one.
    const [line, col] = [text.split('\n').length + 1, added.indexOf('/assets/style-prnt') + 1];
    const linked = await session.update([minutes]);
    // Only the minutes saved: the seed archive's others have warnings of their own.
    expect(linked.diagnostics.filter((d) => d.file.endsWith('2016-02-08.md')).map((d) => [d.line, d.col, d.code, d.message, d.hint])).toEqual([
      [line, col, 'broken-link', 'Filen /assets/style-prnt.css finns inte på webbplatsen, så länken leder ingenstans.', 'Menade du /assets/style-print.css?'],
    ]);
  });

  it('is served by minutes dev once saved, with no rebuild', async () => {
    const root = ownTemplates();
    const dev = runCliProcess(['dev', '--root', root, '--port', '0']);
    try {
      const url = (await dev.waitFor(/Förhandsgranska på (http:\/\/localhost:\d+\/)/))[1]!;
      fs.appendFileSync(path.join(root, 'templates', 'assets', 'style.css'), '\n.sparad { color: #123456; }\n');
      await dev.waitFor(/templates\/assets\/style\.css: kopierad till webbplatsen/, 10_000);
      expect((await httpGet(`${url}assets/style.css`)).text).toContain('#123456');
    } finally {
      dev.child.kill('SIGINT');
      await dev.exited();
    }
  });
});

describe('the assets in the site while minutes dev runs', () => {
  it('are not written again by a save of minutes, which rebuilds only its pages', async () => {
    const root = seedArchive();
    const dev = runCliProcess(['dev', '--root', root, '--port', '0']);
    try {
      await dev.waitFor(/Förhandsgranska på (http:\/\/localhost:\d+\/)/);
      const site = path.join(root, 'site');
      const files = ['assets/style.css', 'assets/search.js'].map((rel) => path.join(site, rel));
      const stats = () => files.map((f) => ({ file: f, ...pick(fs.statSync(f)) }));
      const before = stats();
      const page = path.join(site, 'grupper', 'gemensam-utvecklingsgrupp', '2016-02-08', 'index.html');
      const minutes = path.join(root, 'minutes', 'gemensam-utvecklingsgrupp', '2016-02-08.md');
      fs.appendFileSync(minutes, '\nEn mening till, sparad medan dev körde.\n');
      // The line after the save is printed once its render, assets and all, is done.
      await dev.waitFor(/2016-02-08\.md: \d+ sid(?:a|or) på/, 20_000);
      expect(fs.readFileSync(page, 'utf8')).toContain('En mening till, sparad medan dev körde.');
      expect(stats()).toEqual(before);
    } finally {
      dev.child.kill('SIGINT');
      await dev.exited();
    }
  });
});

const pick = ({ ino, mtimeMs, size }: fs.Stats) => ({ ino, mtimeMs, size });
