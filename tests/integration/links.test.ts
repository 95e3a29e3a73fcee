// Links in the minutes to other minutes and to attachments: a built site points them at the meeting's page and at
// the attachment it publishes in bilagor/, with and without --base, and in the feed absolute with --url; every
// internal link of the site resolves. Only linked files are published.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { build, check } from '../../src/pipeline.js';
import { archive, cleanTemp, FIXTURES, PROJECT, tempDir } from '../helpers/archive.js';
import { brokenLinks, listFiles, read } from '../helpers/site.js';
import { jpegHead, png } from '../helpers/images.js';
import { runCliProcess } from '../helpers/process.js';

const BASE = path.join(FIXTURES, 'check', '_base');
const IMAGES = path.join(FIXTURES, 'images');
afterAll(cleanTemp);

const LINKING = `---
group: GUG
date: 2016-03-07
attendees: [Leif Redestig]
---
## Punkt

Se [förra mötet](2016-02-08.md), [punkten](2016-02-08.md#fritidsbank), [bilagan](bilaga.pdf), ![Karta över Bryggan](bilder/karta.png)
och [budgeten](<Budget 2016 för Bryggan.pdf>). \`[i kod](saknas.pdf)\` är ingen länk.
`;

const files = {
  'minutes/gug/2016-03-07.md': LINKING,
  'minutes/gug/bilaga.pdf': '%PDF-1.4 bilaga',
  'minutes/gug/bilder/karta.png': 'png',
  'minutes/gug/Budget 2016 för Bryggan.pdf': '%PDF-1.4 budget',
  'minutes/gug/utkast.pdf': '%PDF-1.4 utkast som ingen länkar till',
};

describe('links to other minutes and to attachments in a built site', () => {
  it.each(['/', '/protokoll/'])('lead to the meeting page and the published attachment, with base %s', async (base) => {
    const root = archive([BASE], files);
    const site = path.join(root, 'site');
    const result = await build({ root, outDir: site, base, title: 'Protokoll', today: '2030-01-01', siteUrl: `https://example.se${base}` });
    expect(result.diagnostics).toEqual([]);
    const page = read(site, 'grupper/gemensam-utvecklingsgrupp/2016-03-07/index.html');
    // Each carries its full address for print to show (--url).
    const to = (p: string) => `href="${base}${p}" data-address="https://example.se${base}${p}"`;
    expect(page).toContain(`<a ${to('grupper/gemensam-utvecklingsgrupp/2016-02-08/')}>förra mötet</a>`);
    expect(page).toContain(`<a ${to('grupper/gemensam-utvecklingsgrupp/2016-02-08/#fritidsbank')}>punkten</a>`);
    // A link to an attachment says its format, inside the link (a screen reader's list of links reads it too).
    expect(page).toContain(`<a ${to('bilagor/gug/bilaga.pdf')}>bilagan (PDF)</a>`);
    expect(page).toContain(`<img src="${base}bilagor/gug/bilder/karta.png" alt="Karta över Bryggan">`);
    expect(page).toContain(`<a ${to('bilagor/gug/Budget%202016%20f%C3%B6r%20Bryggan.pdf')}>budgeten (PDF)</a>`);
    expect(page).toContain('<code>[i kod](saknas.pdf)</code>');
    // Published as they are; the file no minutes link to is not.
    expect(listFiles(path.join(site, 'bilagor'))).toEqual(['gug/Budget 2016 för Bryggan.pdf', 'gug/bilaga.pdf', 'gug/bilder/karta.png']);
    expect(read(site, 'bilagor/gug/bilaga.pdf')).toBe('%PDF-1.4 bilaga');
    expect(brokenLinks(site, base)).toEqual([]);
    // The feed's copy of the text links absolutely, as the rest of the feed does; the search index has no attachment.
    const feed = read(site, 'feed.xml');
    expect(feed).toContain(`href=&quot;https://example.se${base}bilagor/gug/bilaga.pdf&quot;`);
    expect(feed).toContain(`href=&quot;https://example.se${base}grupper/gemensam-utvecklingsgrupp/2016-02-08/&quot;`);
    expect(fs.readFileSync(path.join(site, 'sitemap.xml'), 'utf8')).not.toContain('bilagor');
  });

  it("follow a heading whose private name is hidden to its anchor on the site, and never name the person in the address", async () => {
    // Ia Jonsson is published by initials: "## Ia Jonssons förslag" shows "I. J:s förslag", with its own anchor.
    const named = `---\ngroup: GUG\ndate: 2016-03-07\nattendees: [Leif Redestig]\n---\n## Ia Jonssons förslag\n\nSe [förslaget](#ia-jonssons-forslag).\n`;
    // Linked as its minutes file, or as its page from the root (which check reads the same).
    const linking = `---\ngroup: GUG\ndate: 2016-03-21\nattendees: [Leif Redestig]\n---\n## Punkt\n\nSe [förslaget](2016-03-07.md#ia-jonssons-forslag) och [sidan](/grupper/gemensam-utvecklingsgrupp/2016-03-07/#ia-jonssons-forslag).\n`;
    const root = archive([BASE], { 'minutes/gug/2016-03-07.md': named, 'minutes/gug/2016-03-21.md': linking });
    const site = path.join(root, 'site');
    const result = await build({ root, outDir: site, base: '/', title: 'Protokoll', today: '2030-01-01' });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(read(site, 'grupper/gemensam-utvecklingsgrupp/2016-03-07/index.html')).toContain('<a href="#i-j-s-forslag">förslaget</a>');
    for (const [text, href] of [['förslaget', '/grupper/gemensam-utvecklingsgrupp/2016-03-07/#i-j-s-forslag'], ['sidan', '/grupper/gemensam-utvecklingsgrupp/2016-03-07/#i-j-s-forslag']]) {
      expect(read(site, 'grupper/gemensam-utvecklingsgrupp/2016-03-21/index.html')).toContain(`<a href="${href}">${text}</a>`);
    }
    expect(brokenLinks(site, '/')).toEqual([]);
    for (const file of listFiles(site).filter((f) => f.endsWith('.html'))) expect(read(site, file), file).not.toMatch(/jonsson/i);
  });

  it('publish no attachment whose only link went with a hidden name split over two links, and one another link names', async () => {
    // Ia Jonsson is published by initials: "[Ia](a.pdf) [Jonsson](b.pdf)" shows one link, "I. J.", to a.pdf. Another
    // link keeps d.pdf published, by its path, and e.pdf, by its address on the site (which check lets stand since
    // a link names the file by its path, though that one went).
    const split = `---\ngroup: GUG\ndate: 2016-03-07\nattendees: [Leif Redestig]\n---\n## Punkt\n\nSe [Ia](a.pdf) [Jonsson](b.pdf) och [Ia](c.pdf) [Jonsson](d.pdf), och [d igen](d.pdf).\n\nSe [Ia](c.pdf) [Jonsson](e.pdf) och [e](/bilagor/gug/e.pdf).\n`;
    const pdfs = Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((n) => [`minutes/gug/${n}.pdf`, `%PDF-1.4 ${n}`]));
    const root = archive([BASE], { 'minutes/gug/2016-03-07.md': split, ...pdfs });
    const site = path.join(root, 'site');
    const result = await build({ root, outDir: site, base: '/', title: 'Protokoll', today: '2030-01-01' });
    expect(result.ok).toBe(true);
    const page = read(site, 'grupper/gemensam-utvecklingsgrupp/2016-03-07/index.html');
    expect(page).toContain('Se <a href="/bilagor/gug/a.pdf">I. J. (PDF)</a> och <a href="/bilagor/gug/c.pdf">I. J. (PDF)</a>, och <a href="/bilagor/gug/d.pdf">d igen (PDF)</a>.');
    expect(page).toContain('Se <a href="/bilagor/gug/c.pdf">I. J. (PDF)</a> och <a href="/bilagor/gug/e.pdf">e</a>.');
    expect(page).not.toContain('b.pdf');
    expect(listFiles(path.join(site, 'bilagor'))).toEqual(['gug/a.pdf', 'gug/c.pdf', 'gug/d.pdf', 'gug/e.pdf']);
    expect(brokenLinks(site, '/')).toEqual([]);
    // Nor does check say anything of b.pdf.
    expect(check(root).diagnostics.filter((d) => d.message.includes('b.pdf') || d.severity === 'error')).toEqual([]);
  });

  it('lead to what the archive\'s own templates write, outside minutes\' folders or at a copied page\'s new address, with the base; a misspelt file of the site stops the build', async () => {
    const linking = `---\ngroup: GUG\ndate: 2016-03-07\nattendees: [Leif Redestig]\n---\nSe [arkivet](/arkiv/), [om oss](/om-oss/), [stilen](/assets/style.css), [loggan](/assets/logga.png) och [kontakt](/kontakt/).\n`;
    const root = archive([BASE], { 'minutes/gug/2016-03-07.md': linking });
    const templates = path.join(root, 'templates');
    fs.cpSync(path.join(PROJECT, 'templates'), templates, { recursive: true });
    fs.writeFileSync(path.join(templates, 'arkiv.11ty.mjs'), "export const data = { permalink: 'arkiv/index.html', layout: 'base.11ty.mjs', title: 'Arkiv' };\nexport function render() { return '<h1>Arkiv</h1>'; }\n");
    const about = path.join(templates, 'about.11ty.mjs');
    fs.writeFileSync(about, fs.readFileSync(about, 'utf8').replace("permalink: 'om/index.html'", "permalink: 'om-oss/index.html'"));
    fs.writeFileSync(path.join(templates, 'assets', 'logga.png'), png(10, 10));
    const site = path.join(root, 'site');
    const result = await build({ root, outDir: site, base: '/protokoll/', title: 'Protokoll', today: '2030-01-01' });
    expect(result.diagnostics).toEqual([]);
    const page = read(site, 'grupper/gemensam-utvecklingsgrupp/2016-03-07/index.html');
    for (const [text, href] of [['arkivet', '/protokoll/arkiv/'], ['om oss', '/protokoll/om-oss/'], ['stilen', '/protokoll/assets/style.css'], ['loggan', '/protokoll/assets/logga.png'], ['kontakt', '/kontakt/']]) {
      expect(page).toContain(`<a href="${href}">${text}</a>`);
    }
    // Where the links lead: the pages and files are there, and the about page is not at its old address.
    for (const file of ['arkiv/index.html', 'om-oss/index.html', 'assets/style.css', 'assets/logga.png']) expect(fs.existsSync(path.join(site, file)), file).toBe(true);
    expect(fs.existsSync(path.join(site, 'om', 'index.html'))).toBe(false);

    // A link to the old address, and one to the feed misspelt, are broken on the site: the build stops.
    fs.appendFileSync(path.join(root, 'minutes', 'gug', '2016-03-07.md'), 'Se [om](/om/) och [flödet](/fed.xml).\n');
    const broken = await build({ root, outDir: site, base: '/protokoll/', title: 'Protokoll', today: '2030-01-01' });
    expect(broken.ok).toBe(false);
    expect(broken.diagnostics.map((d) => [d.file, d.line, d.col, d.code, d.hint])).toEqual([
      ['minutes/gug/2016-03-07.md', 7, 9, 'broken-link', 'Menade du /om-oss/?'],
      ['minutes/gug/2016-03-07.md', 7, 28, 'broken-link', 'Menade du /feed.xml?'],
    ]);
    expect(fs.existsSync(path.join(site, 'arkiv', 'index.html'))).toBe(true);
  });

  // The build, whose check runs in a worker thread, is shown the same in tests/trust/internal-error.test.ts.
  it('give each image the width and height its file says, so the page does not shift as it loads; a file that says none gets none', async () => {
    const root = archive([BASE], {
      'minutes/gug/2016-03-07.md': `---\ngroup: GUG\ndate: 2016-03-07\nattendees: [Leif Redestig]\n---\n![Karta](karta.png) ![Fotot](foto%20ny.JPG) ![Trasig](trasig.png) ![Gif](rund.gif) ![Ritning](ritning.avif) ![Skanning](skanning.tiff) ![Skiss](skiss.bmp)\n`,
      'minutes/gug/karta.png': png(40, 30),
      // A phone's photo, upright, with its metadata first.
      'minutes/gug/foto ny.JPG': jpegHead(4032, 3024, { orientation: 6, filler: 70_000 }),
      'minutes/gug/trasig.png': 'png',
      'minutes/gug/rund.gif': 'GIF89a',
      'minutes/gug/ritning.avif': fs.readFileSync(path.join(IMAGES, 'karta.avif')),
      // Its directory after its pixels, past the first bytes read.
      'minutes/gug/skanning.tiff': fs.readFileSync(path.join(IMAGES, 'skanning-mm.tif')),
      'minutes/gug/skiss.bmp': fs.readFileSync(path.join(IMAGES, 'skiss.bmp')),
    });
    const site = path.join(root, 'site');
    const result = await build({ root, outDir: site, base: '/', title: 'Protokoll', today: '2030-01-01' });
    expect(result.diagnostics).toEqual([]);
    const images = read(site, 'grupper/gemensam-utvecklingsgrupp/2016-03-07/index.html').match(/<img [^>]*>/g);
    expect(images).toEqual([
      '<img src="/bilagor/gug/karta.png" alt="Karta" width="40" height="30">',
      '<img src="/bilagor/gug/foto%20ny.JPG" alt="Fotot" width="3024" height="4032">',
      '<img src="/bilagor/gug/trasig.png" alt="Trasig">',
      '<img src="/bilagor/gug/rund.gif" alt="Gif">',
      '<img src="/bilagor/gug/ritning.avif" alt="Ritning" width="40" height="30">',
      '<img src="/bilagor/gug/skanning.tiff" alt="Skanning" width="40" height="30">',
      '<img src="/bilagor/gug/skiss.bmp" alt="Skiss" width="36" height="20">',
    ]);
  });

  it('link to an image on another site rather than show it, which every reader would fetch from there; the site\'s own (--url) and the archive\'s are shown', async () => {
    const root = archive([BASE], {
      'minutes/gug/2016-03-07.md': LINKING.replace('Se [förra', 'Karta: ![Karta över lokalen](https://example.com/karta.png), ![Skylt](//cdn.example.net/skylt.jpg) och ![Logga](https://example.se/logga.png).\n\nSe [förra'),
      'minutes/gug/bilaga.pdf': '%PDF-1.4 bilaga',
      'minutes/gug/bilder/karta.png': 'png',
      'minutes/gug/Budget 2016 för Bryggan.pdf': '%PDF-1.4 budget',
    });
    const site = path.join(root, 'site');
    const result = await build({ root, outDir: site, base: '/', title: 'Protokoll', today: '2030-01-01', siteUrl: 'https://example.se/' });
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(['8:30 remote-image', '8:71 remote-image']);
    const page = read(site, 'grupper/gemensam-utvecklingsgrupp/2016-03-07/index.html');
    expect(page.match(/<img [^>]*>/g)).toEqual(['<img src="https://example.se/logga.png" alt="Logga">', '<img src="/bilagor/gug/bilder/karta.png" alt="Karta över Bryggan">']);
    expect(page).toContain('<a class="remote-image" href="https://example.com/karta.png">Bild: Karta över lokalen (på example.com)</a>');
    // An address with a host and no scheme is no path of the site's: print gets no address of the site's for it.
    expect(page).toContain('<a class="remote-image" href="//cdn.example.net/skylt.jpg">Bild: Skylt (på cdn.example.net)</a>');
    // Nor does the feed's copy of the text show it.
    expect(read(site, 'feed.xml')).not.toMatch(/&lt;img [^&]*src=&quot;(?:https?:)?\/\/(?!example\.se\/)/);
  });

  it('report an attachment that cannot be read (file-unreadable), which a build could not publish', () => {
    const root = archive([BASE], files);
    const access = fs.accessSync;
    vi.spyOn(fs, 'accessSync').mockImplementation((p, mode) => {
      if (String(p).endsWith('bilaga.pdf')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      access(p, mode);
    });
    try {
      const expected = [['minutes/gug/bilaga.pdf', 1, 1, 'file-unreadable', 'Bilagan kunde inte läsas (EACCES), så den kan inte publiceras.']];
      expect(check(root).diagnostics.map((d) => [d.file, d.line, d.col, d.code, d.message])).toEqual(expected);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('refuses a symbolic link out of minutes/, and leaves the previous site as it was', async () => {
    const root = archive([BASE], files);
    const site = path.join(root, 'site');
    expect((await build({ root, outDir: site, base: '/', title: 'Protokoll', today: '2030-01-01' })).ok).toBe(true);
    const before = listFiles(site);
    const secret = path.join(tempDir(), 'hemligt.pdf');
    fs.writeFileSync(secret, 'hemligt');
    fs.symlinkSync(secret, path.join(root, 'minutes', 'gug', 'lankad.pdf'));
    fs.appendFileSync(path.join(root, 'minutes', 'gug', '2016-03-07.md'), '\nOch [den länkade](lankad.pdf).\n');
    const result = await build({ root, outDir: site, base: '/', title: 'Protokoll', today: '2030-01-01' });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.file, d.line, d.col, d.code])).toEqual([['minutes/gug/2016-03-07.md', 11, 19, 'link-outside-minutes']]);
    expect(listFiles(site)).toEqual(before);
    expect(check(root).diagnostics.map((d) => d.code)).toEqual(['link-outside-minutes']);
  });
});

// Links to addresses that only the archive's own templates may write, their addresses computed (a page per group, a
// file whose permalink is a function): check cannot tell them (link-unchecked), a build can. [the link, on its own
// line; for one nothing written answers: the message and hint of its broken-link (null: the site has it)].
const GUG = '/grupper/gemensam-utvecklingsgrupp/';
const MEETING_PAGE = `${GUG}2016-03-07/`;
const writtenCases: readonly [string, string, readonly [string, string] | null][] = [
  ['a page the template writes per group', `${GUG}om/`, null],
  ['the same without the final slash', `${GUG}om`, null],
  ['the same with index.html', `${GUG}om/index.html`, null],
  ['the same read from the meeting\'s page', '../om/', null],
  ['a file a template writes, its permalink a function', '/data/medlemmar.csv', null],
  ['a page the template writes misspelt', `${GUG}omm/`, [`Sidan ${GUG}omm/ finns inte på webbplatsen, så länken leder ingenstans.`, `Menade du ${GUG}om/?`]],
  ['the same read from the meeting\'s page: offered as written', '../omm/', [`Länken leder till ${GUG}omm/, som inte är någon sida på webbplatsen: en adress som slutar med / läses från mötets sida (${MEETING_PAGE}), inte från protokollets mapp.`, 'Menade du ../om/?']],
  ['a file misspelt', '/data/medlemar.csv', ['Filen /data/medlemar.csv finns inte på webbplatsen, så länken leder ingenstans.', 'Menade du /data/medlemmar.csv?']],
  ['a page no template writes, near none', '/om/styrelse/', ['Sidan /om/styrelse/ finns inte på webbplatsen, så länken leder ingenstans.', 'Sidornas adresser bildas av id:n i organisations.yml och people.yml (/grupper/<id>/, /personer/<id>/, /projekt/<id>/, /organisationer/<id>/); länka till ett möte genom dess protokoll (2016-02-08.md).']],
];

describe('links that only the built site can tell', () => {
  const head = '---\ngroup: GUG\ndate: 2016-03-07\nattendees: [Leif Redestig]\n---\n';
  /** The minutes with a link to each of `cases` on a line of its own, the first on line 6, its address at column 9. */
  const minutes = (cases: typeof writtenCases) => `${head}${cases.map(([, url]) => `[sidan](${url})\n`).join('')}`;
  const answered = writtenCases.filter(([, , broken]) => broken === null);
  const unanswered = writtenCases.filter(([, , broken]) => broken !== null);
  const MINUTES = 'minutes/gug/2016-03-07.md';

  function withTemplates(): string {
    const root = archive([BASE], { [MINUTES]: minutes(answered) });
    const templates = path.join(root, 'templates');
    fs.cpSync(path.join(PROJECT, 'templates'), templates, { recursive: true });
    fs.writeFileSync(path.join(templates, 'om-gruppen.11ty.mjs'), "export const data = { pagination: { data: 'site.pages.groups', size: 1, alias: 'item' }, permalink: (data) => `${data.item.permalink}om/index.html`, layout: 'base.11ty.mjs', title: 'Om gruppen' };\nexport function render() { return '<h1>Om gruppen</h1>'; }\n");
    fs.writeFileSync(path.join(templates, 'medlemmar.11ty.mjs'), "export const data = { permalink: () => 'data/medlemmar.csv' };\nexport function render() { return 'namn\\n'; }\n");
    return root;
  }

  it('check cannot tell any of them, and warns of each', () => {
    const root = withTemplates();
    fs.writeFileSync(path.join(root, MINUTES), minutes(writtenCases));
    expect(check(root).diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(writtenCases.map((_, i) => `${6 + i}:9 link-unchecked`));
  });

  it('a build tells those the site has, and reports nothing of them', async () => {
    const root = withTemplates();
    const result = await build({ root, outDir: path.join(root, 'site'), base: '/', title: 'Protokoll', today: '2030-01-01' });
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('a build reports each that nothing written answers as a broken link, exits 1 and leaves the previous site as it was', async () => {
    const root = withTemplates();
    const site = path.join(root, 'site');
    expect((await build({ root, outDir: site, base: '/', title: 'Protokoll', today: '2030-01-01' })).ok).toBe(true);
    const before = listFiles(site).map((f) => [f, read(site, f)]);
    fs.writeFileSync(path.join(root, MINUTES), minutes(writtenCases));
    const result = await build({ root, outDir: site, base: '/', title: 'Protokoll', today: '2030-01-01' });
    expect(result.ok).toBe(false);
    const line = (url: string) => 6 + writtenCases.findIndex(([, u]) => u === url);
    expect(result.diagnostics.map((d) => [d.file, d.line, d.col, d.severity, d.code, d.message, d.hint])).toEqual(
      unanswered.map(([, url, broken]) => [MINUTES, line(url), 9, 'error', 'broken-link', broken![0], broken![1]]),
    );
    expect(listFiles(site).map((f) => [f, read(site, f)])).toEqual(before);
    const cli = runCliProcess(['build', '--root', root]);
    expect(await cli.exited()).toBe(1);
    expect(cli.output()).toContain(`${MINUTES}:${line('/data/medlemar.csv')}:9  fel  broken-link  Filen /data/medlemar.csv finns inte på webbplatsen`);
    expect(cli.output()).toContain('Webbplatsen byggdes inte');
    expect(listFiles(site).map((f) => [f, read(site, f)])).toEqual(before);
  });
});
