// Page templates that would publish empty pages, found from their text: one that exports no render, and one whose
// render returns nothing (at the function's name, whatever way it is written; one that returns on some path is
// left alone). CommonJS templates (which Eleventy renders from module.exports) are not taken for ES modules.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { templatesWithoutRender } from '../../src/render/template-exports.js';
import { PROJECT_TEMPLATES } from '../../src/render/templates.js';
import { cleanTemp, tempDir, writeFiles } from '../helpers/archive.js';

afterAll(cleanTemp);

/** The findings for a templates/ folder holding one page template with `source`. */
function findingsFor(source: string) {
  const dir = path.join(tempDir(), 'templates');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'page.11ty.mjs'), source);
  return templatesWithoutRender(dir).map((f) => [f.file, f.where, f.message.split(' (')[0]]);
}

const SILENT = 'Funktionen render lämnar inte tillbaka något';

describe('a render that returns nothing', () => {
  it.each([
    ['a function declaration without return', 'export const data = {};\nexport function render(data) {\n  this.html`<p>x</p>`;\n}\n', 2, 17],
    ['a bare return', 'export function render() {\n  return;\n}\n', 1, 17],
    ['a return only inside a function within it', 'export function render({ site }) {\n  site.list.map((x) => { return x; });\n}\n', 1, 17],
    ['an arrow function with a body and no return', 'export const render = (data) => {\n  String(data);\n};\n', 1, 14],
    ['a function expression without return', 'export const render = function () {};\n', 1, 14],
  ])('%s: an error at its name', (_, source, line, col) => {
    expect(findingsFor(source)).toEqual([['templates/page.11ty.mjs', { kind: 'position', line, col }, SILENT]]);
  });

  it.each([
    ['a return of the page', 'export function render() {\n  return `<p>x</p>`;\n}\n'],
    ['a return on one path', 'export function render({ x }) {\n  if (x) {\n    return `<p>x</p>`;\n  }\n}\n'],
    ['an arrow function returning its expression', 'export const render = (data) => `<p>${data.x}</p>`;\n'],
    ['a render exported by name', 'function render() {\n  return "";\n}\nexport { render };\n'],
    ['a default export', 'export default class { render() {} }\n'],
  ])('%s: nothing to say', (_, source) => {
    expect(findingsFor(source)).toEqual([]);
  });

  it('finds nothing in minutes’ own templates', () => {
    expect(templatesWithoutRender(PROJECT_TEMPLATES)).toEqual([]);
  });
});

const COMMONJS = "module.exports = {\n  data: { permalink: 'extra/index.html' },\n  render() { return '<h1>Extra</h1>'; },\n};\n";
const CLASS = "class Extra {\n  data() { return { permalink: 'extra/index.html' }; }\n  render() { return '<h1>Extra</h1>'; }\n}\nmodule.exports = Extra;\n";

describe('templates without render', () => {
  it.each([
    ['extra.11ty.cjs', COMMONJS],
    ['extra.11ty.cjs', CLASS],
    ['extra.11ty.js', COMMONJS],
  ])('a CommonJS template %s with render on module.exports is not reported', (file, text) => {
    const dir = tempDir();
    writeFiles(dir, { [file]: text });
    expect(templatesWithoutRender(dir)).toEqual([]);
  });

  it.each([
    ['extra.11ty.mjs', "export const data = {};\nexport function rendr() { return ''; }\n"],
    ['extra.11ty.js', "export const data = {};\nexport function rendr() { return ''; }\n"],
    ['extra.11ty.mjs', "function render() { return ''; }\n"],
  ])('an ES module %s without render is still reported', (file, text) => {
    const dir = tempDir();
    writeFiles(dir, { [file]: text });
    expect(templatesWithoutRender(dir).map((f) => [f.file.split('/').at(-1), f.code])).toEqual([[file, 'template-error']]);
  });
});
