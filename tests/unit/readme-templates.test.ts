// The README tells a designer what templates receive; this keeps that table true to the view the templates get:
// every property of `site` named, none that is not there, and every shape it names declared in view-types.ts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { buildModel } from '../../src/model/build.js';
import { buildView, renderMeetings } from '../../src/render/view.js';
import { PROJECT } from '../helpers/archive.js';

const readme = fs.readFileSync(path.join(PROJECT, 'README.md'), 'utf8');
const start = readme.indexOf('What templates receive');
/** The rows of the table that follows "What templates receive". */
const rows = readme
  .slice(start, readme.indexOf('\n\n', readme.indexOf('| data |', start)))
  .split('\n')
  .filter((l) => l.startsWith('| `'));
const cells = rows.map((r) => r.split(' | '));

const checked = check(PROJECT);
const model = buildModel(checked.validated.minutes, checked.validated.registry);
// Every optional property given, so that each is there to be named.
const view = buildView(model, renderMeetings(model, '/'), { base: '/', title: 'Protokoll', contact: 'protokoll@example.se', accessibilityReviewed: '2016-03-07', siteUrl: 'https://example.se/' });

describe('the README’s table of what templates receive', () => {
  const documented = cells.flatMap((c) => [...c[0]!.matchAll(/`site\.(\w+)`/g)].map((m) => m[1]!));

  it('names every property of site, and only those', () => {
    expect(rows.length).toBeGreaterThan(0);
    expect([...documented].sort()).toEqual(Object.keys(view).sort());
  });

  it('names every list of site.pages', () => {
    const row = cells.find((c) => c[0]!.includes('`site.pages`'));
    expect(row).toBeDefined();
    for (const key of Object.keys(view.pages)) expect(row![1]).toContain(`\`${key}\``);
  });

  it('names only shapes that view-types.ts declares', () => {
    const types = fs.readFileSync(path.join(PROJECT, 'src', 'render', 'view-types.ts'), 'utf8');
    const shapes = cells.flatMap((c) => [...(c[2] ?? '').matchAll(/`([A-Z]\w+)`/g)].map((m) => m[1]!));
    expect(shapes.length).toBeGreaterThan(0);
    for (const shape of shapes) expect(types).toContain(`export interface ${shape} `);
  });
});
