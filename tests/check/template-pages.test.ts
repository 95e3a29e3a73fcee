// Links in the minutes to pages that an archive's own templates/ adds: a page whose address the template's text
// gives is one of the site's, a link to one whose address only running it tells is not checked (link-unchecked),
// and a link to an address of minutes' own kinds of page stays a broken-link whatever the templates add.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { archive, cleanTemp, FIXTURES, PROJECT } from '../helpers/archive.js';

const BASE = path.join(FIXTURES, 'check', '_base');
afterAll(cleanTemp);

const MINUTES = 'minutes/gug/2016-02-08.md';
const text = fs.readFileSync(path.join(BASE, MINUTES), 'utf8');
/** The minutes with a link to `url` on a line of its own at their end (line 22, its address at column 9). */
const linking = (url: string) => `${text}\n[sidan](${url})\n`;
const AT = `${MINUTES}:22:9`;

const page = (data: string) => `export const data = ${data};\nexport function render() { return '<h1>Sida</h1>'; }\n`;
/** A page per group, its address computed from the group's. */
const PER_GROUP = page("{ pagination: { data: 'site.pages.groups', size: 1, alias: 'item' }, permalink: (data) => `${data.item.permalink}om/index.html`, layout: 'base.11ty.mjs' }");

interface Case {
  readonly name: string;
  /** Files added to minutes' own templates in the archive's templates/ (none: the archive has no templates/). */
  readonly templates?: Record<string, string>;
  readonly url: string;
  /** "file:line:col code" of every diagnostic. */
  readonly expected: readonly string[];
  readonly message?: string;
}

const cases: Case[] = [
  { name: 'a page whose permalink is text', templates: { 'historia.11ty.mjs': page("{ permalink: 'om/historia/index.html', layout: 'base.11ty.mjs' }") }, url: '/om/historia/', expected: [] },
  { name: 'the same page linked without the final slash', templates: { 'historia.11ty.mjs': page("{ permalink: '/om/historia/', layout: 'base.11ty.mjs' }") }, url: '/om/historia', expected: [] },
  { name: 'a page whose permalink is a template literal without values', templates: { 'historia.11ty.mjs': page('{ permalink: `om/historia/index.html` }') }, url: '/om/historia/', expected: [] },
  { name: 'a page without a permalink, at the address of its path', templates: { 'om/styrelse.11ty.mjs': page("{ layout: 'base.11ty.mjs' }") }, url: '/om/styrelse/', expected: [] },
  { name: 'a page whose data is returned by a function', templates: { 'historia.11ty.mjs': "export function data() { return { permalink: 'om/historia/index.html' }; }\nexport function render() { return 'x'; }\n" }, url: '/om/historia/', expected: [] },
  { name: 'a CommonJS page', templates: { 'kontakt.11ty.cjs': "module.exports = { data: { permalink: 'om/kontakt/index.html' }, render() { return 'x'; } };\n" }, url: '/om/kontakt/', expected: [] },
  { name: 'a file a template writes', templates: { 'stadgar.11ty.mjs': page("{ permalink: 'om/stadgar.txt' }") }, url: '/om/stadgar.txt', expected: [] },
  { name: 'a page whose permalink is text, under a group', templates: { 'gug-om.11ty.mjs': page("{ permalink: 'grupper/gemensam-utvecklingsgrupp/om/index.html' }") }, url: '../om/', expected: [] },
  { name: 'a page misspelt: the one the template writes is offered', templates: { 'historia.11ty.mjs': page("{ permalink: 'om/historia/index.html' }") }, url: '/om/histora/', expected: [`${AT} broken-link`], message: 'Menade du /om/historia/?' },
  { name: 'a template that writes no page (permalink: false)', templates: { 'utkast.11ty.mjs': page("{ permalink: false }") }, url: '/om/utkast/', expected: [`${AT} broken-link`] },
  { name: 'no templates/ of its own: only minutes\' pages', url: '/om/historia/', expected: [`${AT} broken-link`] },
  { name: 'a page per group, its address computed', templates: { 'om-gruppen.11ty.mjs': PER_GROUP }, url: '/grupper/gemensam-utvecklingsgrupp/om/', expected: [`${AT} link-unchecked`], message: 'templates/om-gruppen.11ty.mjs' },
  { name: 'the same, linked from the meeting\'s page', templates: { 'om-gruppen.11ty.mjs': PER_GROUP }, url: '../om/', expected: [`${AT} link-unchecked`] },
  { name: 'a file a computed template may write', templates: { 'om-gruppen.11ty.mjs': PER_GROUP }, url: '/data/medlemmar.csv', expected: [`${AT} link-unchecked`], message: 'Filen /data/medlemmar.csv' },
  { name: 'a page whose permalink a folder data file may set', templates: { 'om/historia.11ty.mjs': page("{ permalink: 'om/historia/index.html' }"), 'om/om.11tydata.json': '{}' }, url: '/om/historia/', expected: [`${AT} link-unchecked`] },
  { name: 'a class-based page', templates: { 'historia.11ty.mjs': "export default class { data() { return { permalink: 'om/historia/' }; } render() { return 'x'; } }\n" }, url: '/om/historia/', expected: [`${AT} link-unchecked`] },
  // Beside a template whose addresses are unknown, minutes' own kinds of page are still checked.
  { name: 'a group misspelt, beside a computed template', templates: { 'om-gruppen.11ty.mjs': PER_GROUP }, url: '/grupper/gemensam-utvecklingsgrup/', expected: [`${AT} broken-link`] },
  { name: 'a meeting that is not there, beside a computed template', templates: { 'om-gruppen.11ty.mjs': PER_GROUP }, url: '/grupper/gemensam-utvecklingsgrupp/2016-02-09/', expected: [`${AT} broken-link`] },
  { name: 'a date read from the meeting\'s page, beside a computed template', templates: { 'om-gruppen.11ty.mjs': PER_GROUP }, url: '2016-03-07/', expected: [`${AT} broken-link`] },
  { name: 'the open data misspelt, beside a computed template', templates: { 'om-gruppen.11ty.mjs': PER_GROUP }, url: '/data/minute.json', expected: [`${AT} broken-link`], message: 'Menade du /data/minutes.json?' },
  { name: 'the calendar of a group that is not there, beside a computed template', templates: { 'om-gruppen.11ty.mjs': PER_GROUP }, url: '/grupper/gug/kalender.ics', expected: [`${AT} broken-link`] },
];

describe('links to the pages an archive\'s own templates add', () => {
  it.each(cases)('$name', ({ templates, url, expected, message }) => {
    const dir = archive([BASE], { [MINUTES]: linking(url) });
    if (templates) {
      fs.cpSync(path.join(PROJECT, 'templates'), path.join(dir, 'templates'), { recursive: true });
      for (const [rel, content] of Object.entries(templates)) {
        fs.mkdirSync(path.dirname(path.join(dir, 'templates', rel)), { recursive: true });
        fs.writeFileSync(path.join(dir, 'templates', rel), content);
      }
    }
    const result = check(dir);
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`)).toEqual(expected);
    if (message) expect(`${result.diagnostics[0]!.message} ${result.diagnostics[0]!.hint ?? ''}`).toContain(message);
  });
});
