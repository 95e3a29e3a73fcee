// Where an archive's own page template writes its page, read from its text: its permalink written as text, or the
// path Eleventy makes of the template's own; unknown (undefined) where only running it tells. What the text is
// read to say is checked against what Eleventy itself writes.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { templateOutput, type Written } from '../../src/load/template-pages.js';
import { renderWithEleventy } from '../../src/render/eleventy.js';
import type { SiteView } from '../../src/render/view.js';
import { cleanTemp, tempDir, writeFiles } from '../helpers/archive.js';

afterAll(cleanTemp);

const RENDER = "\nexport function render() { return 'x'; }\n";

const cases: [string, string, string, Written][] = [
  ['a permalink as text', 'historia.11ty.mjs', `export const data = { permalink: 'om/historia/index.html' };${RENDER}`, 'om/historia/index.html'],
  ['a permalink from the root, ending in /', 'a.11ty.mjs', `export const data = { permalink: '/om/a/' };${RENDER}`, '/om/a/'],
  ['a permalink in quotes as a name', 'b.11ty.mjs', `export const data = { 'permalink': 'om/b/index.html' };${RENDER}`, 'om/b/index.html'],
  ['a template literal without values', 'c.11ty.mjs', `export const data = { permalink: \`om/c/index.html\` };${RENDER}`, 'om/c/index.html'],
  ['data returned by a function', 'd.11ty.mjs', `export function data() { return { permalink: 'om/d/index.html' }; }${RENDER}`, 'om/d/index.html'],
  ['data returned by an arrow function', 'e.11ty.mjs', `export const data = () => ({ permalink: 'om/e/index.html' });${RENDER}`, 'om/e/index.html'],
  ['a file', 'f.11ty.mjs', `export const data = { permalink: 'om/stadgar.txt' };${RENDER}`, 'om/stadgar.txt'],
  ['a page with a static permalink over one page of pagination', 'g.11ty.mjs', `export const data = { pagination: { data: 'one', size: 1 }, one: ['x'], permalink: 'om/g/index.html' };${RENDER}`, 'om/g/index.html'],
  ['CommonJS: module.exports', 'h.11ty.cjs', "module.exports = { data: { permalink: 'om/h/index.html' }, render() { return 'x'; } };\n", 'om/h/index.html'],
  ['CommonJS: module.exports.data', 'i.11ty.cjs', "module.exports.data = { permalink: 'om/i/index.html' };\nmodule.exports.render = () => 'x';\n", 'om/i/index.html'],
  ['no permalink', 'styrelse.11ty.mjs', `export const data = { title: 'Styrelse' };${RENDER}`, 'styrelse/index.html'],
  ['no data at all, in a folder', 'arkiv/lista.11ty.mjs', RENDER, 'arkiv/lista/index.html'],
  ['no permalink, named index', 'register/index.11ty.mjs', RENDER, 'register/index.html'],
  ['no permalink, named as its folder', 'protokoll/protokoll.11ty.js', RENDER, 'protokoll/index.html'],
  ['an empty permalink, as none', 'tom.11ty.mjs', `export const data = { permalink: '' };${RENDER}`, 'tom/index.html'],
  ['eleventyComputed that sets no permalink', 'j.11ty.mjs', `export const data = { permalink: 'om/j/index.html', eleventyComputed: { title: (d) => d.x } };${RENDER}`, 'om/j/index.html'],
  ['permalink: false', 'utkast.11ty.mjs', `export const data = { permalink: false };${RENDER}`, false],
  ['a permalink computed', 'k.11ty.mjs', `export const data = { permalink: (d) => \`om/\${d.x}/\` };${RENDER}`, undefined],
  ['a template literal with a value', 'l.11ty.mjs', `const x = 'l';\nexport const data = { permalink: \`om/\${x}/\` };${RENDER}`, undefined],
  ['pagination without a permalink', 'm.11ty.mjs', `export const data = { pagination: { data: 'site.pages.groups', size: 1 } };${RENDER}`, undefined],
  ['a spread that may hold a permalink', 'n.11ty.mjs', `const base = {};\nexport const data = { ...base };${RENDER}`, undefined],
  ['eleventyComputed with a permalink', 'o.11ty.mjs', `export const data = { eleventyComputed: { permalink: (d) => d.x } };${RENDER}`, undefined],
  ['data from a variable', 'p.11ty.mjs', `const d = { permalink: 'om/p/' };\nexport const data = d;${RENDER}`, undefined],
  ['data exported by name', 'q.11ty.mjs', `const data = { permalink: 'om/q/' };\nexport { data };${RENDER}`, undefined],
  ['a class', 'r.11ty.mjs', "export default class { data() { return { permalink: 'om/r/' }; } render() { return 'x'; } }\n", undefined],
  ['CommonJS: a class', 's.11ty.js', "module.exports = class { data() { return { permalink: 'om/s/' }; } render() { return 'x'; } };\n", undefined],
  ['a function that does more than return the data', 't.11ty.mjs', `export function data() { const p = 'om/t/'; return { permalink: p }; }${RENDER}`, undefined],
  ['text that does not parse', 'u.11ty.mjs', 'export const data = {', undefined],
];

describe('where a template writes its page', () => {
  it.each(cases)('%s', (_, rel, source, expected) => {
    expect(templateOutput(source, rel)).toBe(expected);
  });

  it('is where Eleventy writes it, for every template whose text tells', async () => {
    const known = cases.filter(([, , , written]) => written !== undefined);
    const dir = tempDir();
    writeFiles(path.join(dir, 'templates'), Object.fromEntries(known.map(([, rel, source]) => [rel, source])));
    const out = path.join(dir, 'site');
    const written: string[] = [];
    await renderWithEleventy({ templatesDir: path.join(dir, 'templates'), outputDir: out, site: {} as SiteView, cacheTemplates: false, onPage: (p) => written.push(path.relative(out, p).split(path.sep).join('/')) });
    const predicted = known.flatMap(([, , , w]) => (w === false || w === undefined ? [] : [w.replace(/^\//, '').replace(/\/$/, '/index.html')]));
    expect(written.sort()).toEqual(predicted.sort());
    expect(fs.existsSync(path.join(out, 'utkast'))).toBe(false);
  });
});
