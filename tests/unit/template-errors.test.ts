// Eleventy's complaints about a template, turned into template-errors: the same report whatever order Eleventy
// happened to list the templates in.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTemp, tempDir } from '../helpers/archive.js';
import { diskProblem } from '../../src/errors.js';
import { TemplateError, toTemplateError } from '../../src/render/template-errors.js';
import { PROJECT_TEMPLATES } from '../../src/render/templates.js';

const conflict = (files: readonly string[]) =>
  new Error(`Output conflict: multiple input files are writing to \`/tmp/ut/index.html\`. Use distinct \`permalink\` values to resolve this conflict.\n${files.map((f, i) => `  ${i + 1}. ${path.join(PROJECT_TEMPLATES, f)}`).join('\n')}\n`);

describe('two templates writing one page', () => {
  it.each([
    [['index.11ty.mjs', '404.11ty.mjs']],
    [['404.11ty.mjs', 'index.11ty.mjs']],
  ])('listed as %j: reported at the same template with the same message', (files) => {
    const err = toTemplateError(conflict(files), { templatesDir: PROJECT_TEMPLATES, outputDir: '/tmp/ut', site: {} });
    expect(err).toBeInstanceOf(TemplateError);
    expect((err as TemplateError).finding).toMatchObject({
      file: 'templates/404.11ty.mjs',
      message: 'Mallen gick inte att rendera: flera sidor skrivs till samma fil, index.html (från templates/404.11ty.mjs och templates/index.11ty.mjs).',
    });
  });
});

// Eleventy names the template whose page it was writing when the disk refuses the page; the template is not at
// fault, and the command line says the disk is full (exit 1) rather than blaming the template.
describe('a disk that refuses the pages', () => {
  const out = '/tmp/ut/.site-build-1';
  const template = path.join(PROJECT_TEMPLATES, 'organisations.11ty.mjs');
  const writing = (cause: Error) => Object.assign(new Error(`Having trouble writing to "${out}/organisationer/index.html" from "${template}"`), { name: 'EleventyTemplateError', originalError: cause });
  const sysError = (code: string, at?: string) => Object.assign(new Error(`${code}: failed, write`), { code, ...(at ? { path: at } : {}) });

  it.each([
    ['full (ENOSPC, no path: a write)', sysError('ENOSPC'), 'disken är full (ENOSPC)'],
    ['over quota', sysError('EDQUOT'), 'diskkvoten är slut (EDQUOT)'],
    ['read-only', sysError('EROFS', `${out}/organisationer`), 'disken är skrivskyddad (EROFS)'],
    ['without permission in the output folder', sysError('EACCES', `${out}/organisationer/index.html`), 'behörighet saknas (EACCES)'],
  ])('%s: passed on as a disk problem, not a template-error', (_, cause, words) => {
    const err = toTemplateError(writing(cause), { templatesDir: PROJECT_TEMPLATES, outputDir: out, site: {} });
    expect(err).not.toBeInstanceOf(TemplateError);
    expect(diskProblem(err)).toContain(words);
  });

  it('a template that cannot be read (no permission) is still the template’s problem', () => {
    const err = toTemplateError(Object.assign(new Error(`Error in ${template}`), { originalError: sysError('EACCES', template) }), { templatesDir: PROJECT_TEMPLATES, outputDir: out, site: {} });
    expect(err).toBeInstanceOf(TemplateError);
    expect((err as TemplateError).finding.file).toBe('templates/organisations.11ty.mjs');
  });
});

describe('a template that throws while rendering', () => {
  it('is reported at the frame in the template, in Swedish', () => {
    const template = path.join(PROJECT_TEMPLATES, 'person.11ty.mjs');
    const thrown = new TypeError("Cannot read properties of undefined (reading 'name')");
    thrown.stack = `TypeError: ${thrown.message}\n    at render (${template}:12:34)\n    at Template.render (/x/node_modules/@11ty/eleventy/src/Template.js:1:1)`;
    const err = toTemplateError(Object.assign(new Error('Having trouble rendering 11ty.js template'), { originalError: thrown }), { templatesDir: PROJECT_TEMPLATES, outputDir: '/tmp/ut', site: {} });
    expect(err).toBeInstanceOf(TemplateError);
    expect((err as TemplateError).finding).toMatchObject({
      file: 'templates/person.11ty.mjs',
      where: { kind: 'position', line: 12, col: 34 },
      code: 'template-error',
      message: 'Mallen gick inte att rendera: name läses från ett värde som saknas (undefined); är namnet före .name rätt stavat, och finns värdet på varje sida?',
    });
  });
});

describe('what a template throws', () => {
  const template = path.join(PROJECT_TEMPLATES, 'person.11ty.mjs');
  const helper = path.join(PROJECT_TEMPLATES, '_includes', 'person.mjs');
  const at = (frames: readonly string[]) => frames.map((f) => `\n    at ${f}`).join('');
  const thrown = (error: Error, frames: readonly string[]) => Object.assign(error, { stack: `${error.name}: ${error.message}${at(frames)}` });
  it.each([
    ['a plain Error thrown by the template is its author\'s words, as written', thrown(new Error('Mötet saknar datum.'), [`render (${template}:12:11)`]), 'Mötet saknar datum.'],
    ['… also from a helper of its own, without å, ä or ö', thrown(new Error('Personen har inget namn.'), [`personRow (${helper}:3:9)`, `render (${template}:12:11)`]), 'Personen har inget namn.'],
    ['an Error made outside templates/ (a library) is marked as JavaScript\'s', thrown(new Error('Mötet saknar datum.'), ['format (/x/node_modules/lib/index.js:1:1)', `render (${template}:12:11)`]), 'JavaScript-fel (Mötet saknar datum.)'],
    ['an Error of Node\'s, with its code, is marked as JavaScript\'s', Object.assign(thrown(new Error('ENOENT: no such file or directory, open \'x\''), [`render (${template}:12:11)`]), { code: 'ENOENT' }), "JavaScript-fel (ENOENT: no such file or directory, open 'x')"],
    ['a TypeError without a translation is marked as JavaScript\'s', thrown(new TypeError('Invalid array length'), [`render (${template}:12:11)`]), 'JavaScript-fel (Invalid array length)'],
  ])('%s', (_, error, message) => {
    const err = toTemplateError(Object.assign(new Error('Having trouble rendering 11ty.js template'), { originalError: error }), { templatesDir: PROJECT_TEMPLATES, outputDir: '/tmp/ut', site: {} });
    expect((err as TemplateError).finding).toMatchObject({ code: 'template-error', message: `Mallen gick inte att rendera: ${message}` });
  });
});

describe('an import in a template that Node cannot make', () => {
  afterAll(cleanTemp);
  const setUp = () => {
    const templates = path.join(tempDir(), 'templates');
    fs.mkdirSync(path.join(templates, '_includes'), { recursive: true });
    fs.writeFileSync(path.join(templates, '_includes', 'years.mjs'), 'export const years = 1;\n');
    const file = path.join(templates, 'person.11ty.mjs');
    fs.writeFileSync(file, "// A person.\nimport { years, yeras } from './_includes/years.mjs';\nimport { extra } from './_includes/extra.mjs';\nexport function render() {\n  return 'x';\n}\n");
    return { templates, file };
  };
  // Node's own error has no frame in the template; Eleventy's around it names the template.
  const failing = (file: string, english: string) => {
    const cause = Object.assign(new SyntaxError(english), { stack: `SyntaxError: ${english}\n    at ModuleJob._instantiate (node:internal/modules/esm/module_job:180:21)` });
    return Object.assign(new Error(`Having trouble rendering 11ty.js template ${file}`), { originalError: cause });
  };

  it.each([
    ['a file that is not there', (t: string, f: string) => `Cannot find module '${path.join(t, '_includes', 'extra.mjs')}' imported from ${f}`, { line: 3, col: 23 }, 'Mallen gick inte att läsa in: filen ./_includes/extra.mjs som mallen importerar finns inte.'],
    ['a name the file does not export', () => "The requested module './_includes/years.mjs' does not provide an export named 'yeras'", { line: 2, col: 17 }, 'Mallen gick inte att läsa in: ./_includes/years.mjs exporterar inget som heter yeras.'],
  ])('%s: in Swedish, at the import', (_, english, where, message) => {
    const { templates, file } = setUp();
    const err = toTemplateError(failing(file, english(templates, file)), { templatesDir: templates, outputDir: '/tmp/ut', site: {} });
    expect(err).toBeInstanceOf(TemplateError);
    expect((err as TemplateError).finding).toMatchObject({ file: 'templates/person.11ty.mjs', where: { kind: 'position', ...where }, code: 'template-error', message });
  });
});
