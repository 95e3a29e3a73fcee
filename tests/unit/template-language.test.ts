// A page that does not say it is Swedish is read aloud in the wrong voice (WCAG 3.1.1) and searched without
// Swedish word forms: an archive's own templates/ whose <html> tag drops lang="sv" get a warning at the tag.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { PROJECT_TEMPLATES } from '../../src/render/templates.js';
import { templateLanguageFindings } from '../../src/render/template-language.js';
import { cleanTemp, seedArchive, tempDir } from '../helpers/archive.js';

afterAll(cleanTemp);

const LAYOUT = '_layouts/base.11ty.mjs';
const original = fs.readFileSync(path.join(PROJECT_TEMPLATES, LAYOUT), 'utf8');

/** A copy of minutes' own templates with the layout's <html lang="sv"> tag replaced by `tag`. */
function templatesWith(tag: string): string {
  const dir = path.join(tempDir(), 'templates');
  fs.cpSync(PROJECT_TEMPLATES, dir, { recursive: true });
  fs.writeFileSync(path.join(dir, LAYOUT), original.replace('<html lang="sv">', tag));
  return dir;
}

/** Line and column of the first `<html` in the layout with `tag` in place. */
function tagPosition(tag: string): { line: number; col: number } {
  const before = original.replace('<html lang="sv">', tag).split('<html')[0]!.split('\n');
  return { line: before.length, col: before[before.length - 1]!.length + 1 };
}

describe('templates that do not say the pages are Swedish', () => {
  it.each([
    ['no language', '<html>', 'Sidorna anger inte att de är på svenska.'],
    ['another language', '<html lang="en">', 'Sidorna anges vara på språket "en", inte svenska.'],
    ['an empty language', "<html class=\"x\" lang=''>", 'Sidorna anger inte att de är på svenska.'],
  ])('%s: a warning at the tag', (_, tag, message) => {
    const findings = templateLanguageFindings(templatesWith(tag));
    expect(findings.map((f) => [f.file, f.where, f.code, f.message])).toEqual([['templates/_layouts/base.11ty.mjs', { kind: 'position', ...tagPosition(tag) }, 'template-language', message]]);
  });

  it.each([
    ['minutes’ own', '<html lang="sv">'],
    ['Swedish as spoken in Sweden', "<html lang='sv-SE'>"],
    ['Swedish unquoted, among other attributes', '<html dir="ltr" lang=sv>'],
    ['a language from an expression', '<html lang="${site.lang}">'],
  ])('%s: nothing to say', (_, tag) => {
    expect(templateLanguageFindings(templatesWith(tag))).toEqual([]);
  });

  it('says so when no template writes an <html> tag', () => {
    const findings = templateLanguageFindings(templatesWith(''));
    expect(findings.map((f) => [f.file, f.code])).toEqual([['templates/_layouts', 'template-language']]);
  });

  it('is a warning of the build, which still publishes the site', async () => {
    const root = seedArchive();
    fs.renameSync(templatesWith('<html>'), path.join(root, 'templates'));
    const result = await build({ root, outDir: path.join(root, 'site'), base: '/', title: 'Protokoll' });
    expect(result.ok).toBe(true);
    const warning = result.diagnostics.find((d) => d.code === 'template-language');
    expect(warning).toMatchObject({ file: 'templates/_layouts/base.11ty.mjs', severity: 'warning', ...tagPosition('<html>') });
    expect(fs.existsSync(path.join(root, 'site', 'index.html'))).toBe(true);
  });
});
