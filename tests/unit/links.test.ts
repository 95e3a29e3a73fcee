// Where a link in the minutes leads (model/links.ts): a pure function of the linking file, the target as the
// Markdown parser makes it, and the files under minutes/.
import { describe, expect, it } from 'vitest';
import { attachmentUrl, fileFormat, KnownFiles, resolveLink, type LinkTarget } from '../../src/model/links.js';
import { bodyLinks, renderBody } from '../../src/render/markdown.js';
import { pageAddress } from '../../src/model/page-paths.js';

const known = new KnownFiles(
  new Set(['minutes/gug/2016-02-08.md', 'minutes/gug/2016-03-07.md', 'minutes/glu/2016-12-12.md']),
  new Map([
    ['minutes/gug/bilaga.pdf', { outside: false }],
    ['minutes/gug/bilder/karta.png', { outside: false }],
    ['minutes/gug/Budget 2016 för Bryggan.xlsx', { outside: false }],
    ['minutes/gug/lankad.pdf', { outside: true }],
    ['minutes/gug/presentation.html', { outside: false }],
    ['minutes/gug/bilder/logga.SVG', { outside: false }],
    ['minutes/gug/formular.php', { outside: false }],
    ['minutes/gug/bilaga.php.pdf', { outside: false }],
    ['minutes/gug/php.pdf', { outside: false }],
    ['minutes/gug/bilaga.html.sv', { outside: false }],
    ['minutes/gug/bilder/logga.svg.bak', { outside: false }],
    ['minutes/gug/html.pdf', { outside: false }],
    ['minutes/gug/LASMIG', { outside: false }],
    ['minutes/gug/nyheter.rss', { outside: false }],
    ['minutes/gug/flode.atom', { outside: false }],
    ['minutes/gug/data.rdf', { outside: false }],
    ['minutes/gug/bilder/karta.KML', { outside: false }],
    ['minutes/gug/karta.kml.txt', { outside: false }],
    ['minutes/gug/sida.xhtm', { outside: false }],
    ['minutes/gug/kml.pdf', { outside: false }],
  ]),
);
const FROM = 'minutes/gug/2016-03-07.md';

describe('resolveLink', () => {
  it.each<[string, LinkTarget]>([
    ['2016-02-08.md', { kind: 'minutes', file: 'minutes/gug/2016-02-08.md' }],
    ['./2016-02-08.md#fritidsbank', { kind: 'minutes', file: 'minutes/gug/2016-02-08.md', anchor: 'fritidsbank' }],
    ['../glu/2016-12-12.md#lokal', { kind: 'minutes', file: 'minutes/glu/2016-12-12.md', anchor: 'lokal' }],
    ['/minutes/glu/2016-12-12.md', { kind: 'minutes', file: 'minutes/glu/2016-12-12.md' }],
    ['#beslut-1', { kind: 'anchor', anchor: 'beslut-1' }],
    ['bilaga.pdf', { kind: 'attachment', file: 'minutes/gug/bilaga.pdf', suffix: '' }],
    ['bilaga.pdf#page=2', { kind: 'attachment', file: 'minutes/gug/bilaga.pdf', suffix: '#page=2' }],
    ['bilder/karta.png', { kind: 'attachment', file: 'minutes/gug/bilder/karta.png', suffix: '' }],
    // Percent-encoded, or as the parser encodes a name written with spaces and å, ä, ö (also decomposed, as a Mac may write it).
    ['Budget%202016%20f%C3%B6r%20Bryggan.xlsx', { kind: 'attachment', file: 'minutes/gug/Budget 2016 för Bryggan.xlsx', suffix: '' }],
    [encodeURI('Budget 2016 fo\u0308r Bryggan.xlsx'), { kind: 'attachment', file: 'minutes/gug/Budget 2016 för Bryggan.xlsx', suffix: '' }],
    ['2016-02-09.md', { kind: 'missing', file: 'minutes/gug/2016-02-09.md', minutesFile: true, nearest: 'minutes/gug/2016-02-08.md' }],
    ['Bilaga.pdf', { kind: 'missing', file: 'minutes/gug/Bilaga.pdf', minutesFile: false, otherCase: 'minutes/gug/bilaga.pdf' }],
    ['bilaga.pfd', { kind: 'missing', file: 'minutes/gug/bilaga.pfd', minutesFile: false, nearest: 'minutes/gug/bilaga.pdf' }],
    ['../../people.yml', { kind: 'outside', file: 'people.yml' }],
    ['../../../etc/passwd', { kind: 'outside', file: '../../../etc/passwd' }],
    ['/people.yml', { kind: 'outside', file: 'people.yml' }],
    ['C:%5CUsers%5Canna%5Cbilaga.pdf', { kind: 'outside', file: 'C:\\Users\\anna\\bilaga.pdf' }],
    ['lankad.pdf', { kind: 'outside', file: 'minutes/gug/lankad.pdf' }],
    ['.utkast.pdf', { kind: 'hidden', file: 'minutes/gug/.utkast.pdf' }],
    ['bilaga.pdf~', { kind: 'hidden', file: 'minutes/gug/bilaga.pdf~' }],
    // A page or picture that may run script on the site's own address.
    ['presentation.html', { kind: 'active', file: 'minutes/gug/presentation.html', runs: 'browser', extension: '.html' }],
    ['bilder/logga.SVG', { kind: 'active', file: 'minutes/gug/bilder/logga.SVG', runs: 'browser', extension: '.SVG' }],
    // Also before another extension: Apache sends the type of each it knows ("sv" is a language, "bak" none).
    ['bilaga.html.sv', { kind: 'active', file: 'minutes/gug/bilaga.html.sv', runs: 'browser', extension: '.html' }],
    ['bilder/logga.svg.bak', { kind: 'active', file: 'minutes/gug/bilder/logga.svg.bak', runs: 'browser', extension: '.svg' }],
    ['html.pdf', { kind: 'attachment', file: 'minutes/gug/html.pdf', suffix: '' }],
    // XML of any type, which a browser may open as a document whose XHTML elements run script (Apache: x-rss+xml, rdf+xml …).
    ['nyheter.rss', { kind: 'active', file: 'minutes/gug/nyheter.rss', runs: 'browser', extension: '.rss' }],
    ['flode.atom', { kind: 'active', file: 'minutes/gug/flode.atom', runs: 'browser', extension: '.atom' }],
    ['data.rdf', { kind: 'active', file: 'minutes/gug/data.rdf', runs: 'browser', extension: '.rdf' }],
    ['bilder/karta.KML', { kind: 'active', file: 'minutes/gug/bilder/karta.KML', runs: 'browser', extension: '.KML' }],
    ['karta.kml.txt', { kind: 'active', file: 'minutes/gug/karta.kml.txt', runs: 'browser', extension: '.kml' }],
    ['sida.xhtm', { kind: 'active', file: 'minutes/gug/sida.xhtm', runs: 'browser', extension: '.xhtm' }],
    ['kml.pdf', { kind: 'attachment', file: 'minutes/gug/kml.pdf', suffix: '' }],
    // A program the web server runs, also with another extension after it (Apache's AddHandler).
    ['formular.php', { kind: 'active', file: 'minutes/gug/formular.php', runs: 'server', extension: '.php' }],
    ['bilaga.php.pdf', { kind: 'active', file: 'minutes/gug/bilaga.php.pdf', runs: 'server', extension: '.php' }],
    ['php.pdf', { kind: 'attachment', file: 'minutes/gug/php.pdf', suffix: '' }],
    // Without an extension: a server may send no type (Apache), and the browser guesses a page.
    ['LASMIG', { kind: 'active', file: 'minutes/gug/LASMIG', runs: 'guess', extension: '' }],
    ['.git/config', { kind: 'hidden', file: 'minutes/gug/.git/config' }],
    ['https://example.org/a.md', { kind: 'external' }],
    ['mailto:a@example.org', { kind: 'external' }],
    ['//example.org/a.pdf', { kind: 'external' }],
    // A page or file of the site from its root, which check looks for among the site's pages and files; other root paths are left.
    ['/grupper/gemensam-utvecklingsgrupp/', { kind: 'page', path: '/grupper/gemensam-utvecklingsgrupp/', relative: false }],
    ['/grupper/gug/2016-02-08/?a=b#beslut-1', { kind: 'page', path: '/grupper/gug/2016-02-08/', relative: false, anchor: 'beslut-1' }],
    ['/', { kind: 'page', path: '/', relative: false }],
    ['/grupper/gug/feed.xml', { kind: 'page', path: '/grupper/gug/feed.xml', relative: false }],
    ['/bilagor/gug/Budget%202016.xlsx#blad-2', { kind: 'page', path: '/bilagor/gug/Budget 2016.xlsx', relative: false, anchor: 'blad-2' }],
    ['/kontakt/', { kind: 'external' }],
    ['/kontakt/feed.xml', { kind: 'external' }],
    // A page of the site, written from this meeting's page; with the minutes the same path names as a file, if any.
    ['../2016-02-08/#fritidsbank', { kind: 'page', path: '../2016-02-08/', relative: true, anchor: 'fritidsbank', asMinutes: 'minutes/2016-02-08.md' }],
    ['2016-02-08/', { kind: 'page', path: '2016-02-08/', relative: true, asMinutes: 'minutes/gug/2016-02-08.md' }],
    ['../glu/2016-12-12/', { kind: 'page', path: '../glu/2016-12-12/', relative: true, asMinutes: 'minutes/glu/2016-12-12.md' }],
  ])('%s', (url, expected) => {
    expect(resolveLink(FROM, url, known)).toEqual(expected);
  });

  it('publishes an attachment at a URL-safe address under bilagor/', () => {
    expect(attachmentUrl('minutes/gug/Budget 2016 fo\u0308r Bryggan.xlsx')).toBe('bilagor/gug/Budget%202016%20f%C3%B6r%20Bryggan.xlsx');
  });
});

describe('pageAddress', () => {
  const PAGE = 'grupper/gug/2016-03-07/';
  it.each<[string, string, string | undefined]>([
    ['/grupper/gug/', '', 'grupper/gug/'],
    // Without the final slash, or with index.html, a server gives the same page.
    ['/grupper/gug', '', 'grupper/gug/'],
    ['/om/index.html', '', 'om/'],
    ['/', '', ''],
    ['/personer/%C3%A5ke/', '', 'personer/åke/'],
    // Read from the meeting's page as a browser reads it, also past the root.
    ['2016-02-08/', PAGE, 'grupper/gug/2016-03-07/2016-02-08/'],
    ['../2016-02-08/', PAGE, 'grupper/gug/2016-02-08/'],
    ['../../../../personer/x/', PAGE, 'personer/x/'],
    // Files of the site, and paths outside its folders, are no pages.
    ['/grupper/gug/feed.xml', '', undefined],
    ['/data/minutes.json', '', undefined],
    ['/kontakt/', '', undefined],
    ['../../../../kontakt/', PAGE, undefined],
  ])('%s from /%s', (path, page, expected) => {
    expect(pageAddress(path, page)).toBe(expected);
  });
});

describe('a link to an attachment', () => {
  it.each([
    ['minutes/gug/bilaga.pdf', 'PDF'],
    ['minutes/gug/Budget.XLSX', 'Excel'],
    ['minutes/gug/inbjudan.docx', 'Word'],
    ['minutes/gug/bilder/karta.jpeg', 'JPEG'],
    ['minutes/gug/protokoll.txt', 'text'],
    ['minutes/gug/data.csv', 'CSV'],
  ])('names the format of %s: %s', (file, format) => {
    expect(fileFormat(file)).toBe(format);
  });

  it.each([
    ['[bilagan](bilaga.pdf)', '<a href="/bilagor/bilaga.pdf">bilagan (PDF)</a>'],
    // Once is enough: a link text that names the format already, and an image, get nothing added.
    ['[bilagan (pdf, 2 sidor)](bilaga.pdf)', '<a href="/bilagor/bilaga.pdf">bilagan (pdf, 2 sidor)</a>'],
    ['![Karta](karta.png)', '<img src="/bilagor/karta.png" alt="Karta">'],
    ['[webbplatsen](https://example.org/x.pdf)', '<a href="https://example.org/x.pdf">webbplatsen</a>'],
    // A heading's anchor is of its text as written, as check and a link to it read it, without the format.
    ['## Inbjudan [Fritidsbanken](inbjudan.pdf)', '<h2 id="inbjudan-fritidsbanken">Inbjudan <a href="/bilagor/inbjudan.pdf">Fritidsbanken (PDF)</a></h2>'],
    // A link with nothing to read in it, or only an image without alt text, reads its address, never "(PDF)" alone.
    ['[](bilaga.pdf)', '<a href="/bilagor/bilaga.pdf" class="bare">/bilagor/bilaga.pdf</a>'],
    ['[![](karta.png)](bilaga.pdf)', '<a href="/bilagor/bilaga.pdf" class="bare"><img src="/bilagor/karta.png" alt="">/bilagor/bilaga.pdf</a>'],
    ['[](Budget.docx)', '<a href="/bilagor/Budget.docx" class="bare">/bilagor/Budget.docx (Word)</a>'],
  ])('says its format inside the link: %s', (markdown, html) => {
    const attachment = (url: string) => (url.startsWith('https:') ? undefined : url);
    const out = renderBody(markdown, { resolveLink: (url) => (attachment(url) ? `/bilagor/${url}` : undefined), linkLabel: (url) => (attachment(url) ? fileFormat(url) : undefined) }).html;
    expect(out).toContain(html);
  });
});

describe('bodyLinks', () => {
  it.each<[string, string, { offset: number; url: string; alt?: string }[]]>([
    ['a link and an image', 'Se [a](2016-02-08.md) och ![karta](bild.png).', [{ offset: 7, url: '2016-02-08.md' }, { offset: 35, url: 'bild.png', alt: 'karta' }]],
    ['the same target twice', '[a](b.pdf) [c](b.pdf)', [{ offset: 4, url: 'b.pdf' }, { offset: 15, url: 'b.pdf' }]],
    ['links in code left out', '`[a](b.md)` och\n\n    [c](d.md)\n', []],
    ['web addresses left out', '[a](https://example.org/) och https://example.org/b.md', []],
    ['a reference link at its definition', '[a][x]\n\n[x]: b%20c.pdf', [{ offset: 13, url: 'b%20c.pdf' }]],
    ['an image without alt text', '![](bild.png)', [{ offset: 4, url: 'bild.png', alt: '' }]],
  ])('%s', (_, body, expected) => {
    expect(bodyLinks(body).map((l) => ({ offset: l.offset, url: l.url, ...(l.image ? { alt: l.image.alt } : {}) }))).toEqual(expected);
  });
});
