// Links in the minutes to the site's files outside minutes' folders and to what an archive's own templates/ write
// there: a file at the root or under assets/ that the site has leads there, one named near one of its files
// ("/fed.xml") is a broken-link with the one meant, and any other path from the root may be another site on the same
// host. A folder a template writes pages in ("/arkiv/") is the site's own, checked as minutes' folders are; a copy of
// one of minutes' templates that writes its page elsewhere takes it from its old address.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { archive, cleanTemp, FIXTURES, PROJECT } from '../helpers/archive.js';

const BASE = path.join(FIXTURES, 'check', '_base');
afterAll(cleanTemp);

const MINUTES = 'minutes/gug/2016-02-08.md';
const text = fs.readFileSync(path.join(BASE, MINUTES), 'utf8');
const about = fs.readFileSync(path.join(PROJECT, 'templates', 'about.11ty.mjs'), 'utf8');
const ABOUT_PERMALINK = "permalink: 'om/index.html'";

const page = (data: string) => `export const data = ${data};\nexport function render() { return '<h1>Sida</h1>'; }\n`;
const ARKIV = { 'arkiv.11ty.mjs': page("{ permalink: 'arkiv/index.html', layout: 'base.11ty.mjs' }") };
const COMPUTED = { 'om-gruppen.11ty.mjs': page("{ pagination: { data: 'site.pages.groups', size: 1, alias: 'item' }, permalink: (data) => `${data.item.permalink}om/index.html` }") };

/** What a broken link to a file says. */
const noFile = (address: string) => `Filen ${address} finns inte på webbplatsen, så länken leder ingenstans.`;
const noPage = (address: string) => `Sidan ${address} finns inte på webbplatsen, så länken leder ingenstans.`;
const PAGE_HINT = 'Sidornas adresser bildas av id:n i organisations.yml och people.yml (/grupper/<id>/, /personer/<id>/, /projekt/<id>/, /organisationer/<id>/); länka till ett möte genom dess protokoll (2016-02-08.md).';

interface Case {
  readonly name: string;
  /** Files put in the archive's templates/, a copy of minutes' own (none: the archive has no templates/). */
  readonly templates?: Record<string, string | Uint8Array>;
  readonly url: string;
  /** The one diagnostic: its code, message and hint; none when the link is fine. */
  readonly expected?: { readonly code: string; readonly message: string; readonly hint: string };
}

const cases: Case[] = [
  // The files minutes writes at the root and in assets/.
  { name: 'the feed', url: '/feed.xml' },
  { name: 'the feed misspelt', url: '/fed.xml', expected: { code: 'broken-link', message: noFile('/fed.xml'), hint: 'Menade du /feed.xml?' } },
  { name: 'the feed misspelt, with a query', url: '/feeds.xml?x=1', expected: { code: 'broken-link', message: noFile('/feeds.xml'), hint: 'Menade du /feed.xml?' } },
  { name: 'the page for unknown addresses', url: '/404.html' },
  { name: 'the page for unknown addresses misspelt', url: '/404.htm', expected: { code: 'broken-link', message: noFile('/404.htm'), hint: 'Menade du /404.html?' } },
  { name: 'the sitemap (written with --url)', url: '/sitemap.xml' },
  { name: 'the stylesheet', url: '/assets/style.css' },
  { name: 'the stylesheet misspelt', url: '/assets/styel.css', expected: { code: 'broken-link', message: noFile('/assets/styel.css'), hint: 'Menade du /assets/style.css?' } },
  // What is not near a file of the site may be another site's on the same host.
  { name: 'a path from the root elsewhere', url: '/kontakt/' },
  { name: 'a file at the root near none of the site\'s', url: '/favicon.ico' },
  { name: 'a file in assets/ near none of the site\'s', url: '/assets/logga.png' },
  // An archive's own static files and what its templates write.
  { name: 'an image of the archive\'s own in assets/', templates: { 'assets/logga.png': 'png' }, url: '/assets/logga.png' },
  { name: 'that image misspelt', templates: { 'assets/logga.png': 'png' }, url: '/assets/loga.png', expected: { code: 'broken-link', message: noFile('/assets/loga.png'), hint: 'Menade du /assets/logga.png?' } },
  { name: 'a file a template writes at the root', templates: { 'stadgar.11ty.mjs': page("{ permalink: 'stadgar.txt' }") }, url: '/stadgar.txt' },
  { name: 'that file misspelt', templates: { 'stadgar.11ty.mjs': page("{ permalink: 'stadgar.txt' }") }, url: '/stadgr.txt', expected: { code: 'broken-link', message: noFile('/stadgr.txt'), hint: 'Menade du /stadgar.txt?' } },
  { name: 'the feed misspelt, beside a template whose addresses are unknown', templates: COMPUTED, url: '/fed.xml', expected: { code: 'broken-link', message: noFile('/fed.xml'), hint: 'Menade du /feed.xml?' } },
  // A folder a template adds at the root.
  { name: 'a page a template writes outside minutes\' folders', templates: ARKIV, url: '/arkiv/' },
  { name: 'the same without the final slash', templates: ARKIV, url: '/arkiv' },
  { name: 'a page under that folder that no template writes', templates: ARKIV, url: '/arkiv/2015/', expected: { code: 'broken-link', message: noPage('/arkiv/2015/'), hint: PAGE_HINT } },
  { name: 'a file under that folder that no template writes', templates: ARKIV, url: '/arkiv/lista.csv', expected: { code: 'broken-link', message: noFile('/arkiv/lista.csv'), hint: 'Webbplatsens egna filer är flödena /feed.xml, /grupper/<id>/feed.xml och /projekt/<id>/feed.xml, kalendrarna /grupper/<id>/kalender.ics och de öppna data /data/minutes.json; länka till en bilaga genom filen (bilaga.pdf).' } },
  { name: 'a page under that folder, beside a template whose addresses are unknown', templates: { ...ARKIV, ...COMPUTED }, url: '/arkiv/2015/', expected: { code: 'link-unchecked', message: 'Sidan /arkiv/2015/ finns inte bland webbplatsens kända sidor, men mallen templates/om-gruppen.11ty.mjs får sin adress först när webbplatsen byggs, så länken gick inte att kontrollera.', hint: "Se efter att länken leder rätt på den byggda webbplatsen (minutes dev). Har mallen bara en sida: skriv dess permalink som text ('om/styrelse/index.html'), så kontrolleras länken." } },
  { name: 'a folder near one a template adds: another site\'s', templates: ARKIV, url: '/arkv/' },
  // A copy of minutes' own template.
  { name: 'the about page, its template copied unchanged', templates: { 'about.11ty.mjs': about }, url: '/om/' },
  { name: 'the about page, its copy changed elsewhere', templates: { 'about.11ty.mjs': about.replace("title: 'Om webbplatsen", "title: 'Om oss") }, url: '/om/' },
  { name: 'the about page, its copy given another permalink', templates: { 'about.11ty.mjs': about.replace(ABOUT_PERMALINK, "permalink: 'om-oss/index.html'") }, url: '/om/', expected: { code: 'broken-link', message: noPage('/om/'), hint: 'Menade du /om-oss/?' } },
  { name: 'its new address', templates: { 'about.11ty.mjs': about.replace(ABOUT_PERMALINK, "permalink: 'om-oss/index.html'") }, url: '/om-oss/' },
  { name: 'the same address written otherwise', templates: { 'about.11ty.mjs': about.replace(ABOUT_PERMALINK, "permalink: '/om/'") }, url: '/om/' },
  { name: 'the about page, its copy writing none', templates: { 'about.11ty.mjs': about.replace(ABOUT_PERMALINK, 'permalink: false') }, url: '/om/', expected: { code: 'broken-link', message: noPage('/om/'), hint: PAGE_HINT } },
  { name: 'the about page, its copy\'s address computed', templates: { 'about.11ty.mjs': about.replace(ABOUT_PERMALINK, "permalink: () => 'om-oss/index.html'") }, url: '/om/', expected: { code: 'link-unchecked', message: 'Sidan /om/ finns inte bland webbplatsens kända sidor, men mallen templates/about.11ty.mjs får sin adress först när webbplatsen byggs, så länken gick inte att kontrollera.', hint: "Se efter att länken leder rätt på den byggda webbplatsen (minutes dev). Har mallen bara en sida: skriv dess permalink som text ('om/styrelse/index.html'), så kontrolleras länken." } },
  { name: 'the page for unknown addresses, its copy written elsewhere', templates: { '404.11ty.mjs': fs.readFileSync(path.join(PROJECT, 'templates', '404.11ty.mjs'), 'utf8').replace("permalink: '404.html'", "permalink: 'saknas.html'") }, url: '/404.html', expected: { code: 'broken-link', message: noFile('/404.html'), hint: 'Menade du /saknas.html?' } },
];

describe('links to the site\'s files and to what its templates write outside minutes\' folders', () => {
  it.each(cases)('$name', ({ templates, url, expected }) => {
    // The link on a line of its own at the minutes' end: line 22, its address at column 9.
    const dir = archive([BASE], { [MINUTES]: `${text}\n[sidan](${url})\n` });
    if (templates) {
      fs.cpSync(path.join(PROJECT, 'templates'), path.join(dir, 'templates'), { recursive: true });
      for (const [rel, content] of Object.entries(templates)) {
        fs.mkdirSync(path.dirname(path.join(dir, 'templates', rel)), { recursive: true });
        fs.writeFileSync(path.join(dir, 'templates', rel), content);
      }
    }
    const found = check(dir).diagnostics.map((d) => ({ at: `${d.file}:${d.line}:${d.col}`, code: d.code, message: d.message, hint: d.hint }));
    expect(found).toEqual(expected ? [{ at: `${MINUTES}:22:9`, ...expected }] : []);
  });
});
