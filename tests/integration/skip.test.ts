// Watch mode leaves out the templates an edit cannot change. Eleventy matches ignores against the working
// directory, so this is checked from folders above, beside and below the templates.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTemp, PROJECT, seedArchive, tempDir } from '../helpers/archive.js';

afterAll(cleanTemp);

/** Renders the seed site with some templates skipped, from `cwd`, in a fresh process using the built code. */
function renderFrom(cwd: string, skip: string[]): string[] {
  const root = seedArchive();
  const out = path.join(tempDir(), 'site');
  const dist = (p: string) => JSON.stringify(path.join(PROJECT, 'dist', p));
  const script = `
    import { check } from ${dist('pipeline.js')};
    import { buildModel } from ${dist('model/build.js')};
    import { buildView, renderMeetings } from ${dist('render/view.js')};
    import { renderWithEleventy } from ${dist('render/eleventy.js')};
    const c = check(${JSON.stringify(root)});
    const model = buildModel(c.validated.minutes, c.validated.registry);
    const written = [];
    await renderWithEleventy({ templatesDir: ${JSON.stringify(path.join(PROJECT, 'templates'))}, outputDir: ${JSON.stringify(out)}, site: buildView(model, renderMeetings(model, '/'), { base: '/', title: 'P' }), cacheTemplates: false, skip: ${JSON.stringify(skip)}, onPage: (p) => written.push(p) });
    console.log(JSON.stringify(written.map((p) => p.slice(${JSON.stringify(out)}.length + 1)).sort()));
  `;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8' })) as string[];
}

describe('templates skipped in watch mode', () => {
  const outside = tempDir();
  const below = path.join(PROJECT, 'templates', '_includes');
  it.each([
    ['the project folder', PROJECT],
    ['a folder outside the project', outside],
    ['the file system root', '/'],
    ['a folder below the templates', below],
  ])('are left out when working from %s', (_, cwd) => {
    expect(fs.existsSync(cwd)).toBe(true);
    const all = renderFrom(cwd, []);
    const some = renderFrom(cwd, ['search.11ty.mjs', '404.11ty.mjs']);
    expect(all).toContain('sok/index.html');
    expect(all).toContain('404.html');
    expect(some).toEqual(all.filter((p) => p !== 'sok/index.html' && p !== '404.html'));
  });
});
