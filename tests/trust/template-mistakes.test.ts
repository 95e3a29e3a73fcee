// The mistakes a designer makes in their own templates/ are theirs to fix, not bugs in minutes: each is a
// template-error at the template's file, line and column, with exit 1 and the previous site left as it was,
// in `minutes build` and in `minutes dev` alike.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevSession } from '../../src/watch/session.js';
import { CLI, cleanTemp, PROJECT, seedArchive, tempDir } from '../helpers/archive.js';
import { runCliProcess } from '../helpers/process.js';
import { hashTree } from '../helpers/site.js';
import { STACK_TRACE } from './helpers.js';

afterAll(cleanTemp);

/** Line and column (1-based) of the first `needle` in `text`. */
function positionOf(text: string, needle: string): string {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}

// [what, template, change, where the diagnostic points (the first occurrence in the changed file), message]
const MISTAKES = [
  [
    'a layout that does not exist',
    '404.11ty.mjs',
    (s: string) => s.replace("layout: 'base.11ty.mjs'", "layout: 'bas.11ty.mjs'"),
    "'bas.11ty.mjs'",
    'Mallen gick inte att rendera: layouten bas.11ty.mjs finns inte i templates/_layouts/.\n    tips: Menade du base.11ty.mjs?',
  ],
  [
    'the address of another page',
    '404.11ty.mjs',
    (s: string) => s.replace("permalink: '404.html'", "permalink: 'index.html'"),
    "'index.html'",
    'Mallen gick inte att rendera: flera sidor skrivs till samma fil, index.html (från templates/404.11ty.mjs och templates/index.11ty.mjs).',
  ],
  [
    'one address for every page of a pagination',
    'meeting.11ty.mjs',
    (s: string) => s.replace('permalink: (data) => `${data.item.permalink}index.html`', "permalink: 'mote/index.html'"),
    "'mote/index.html'",
    'flera sidor skrivs till samma fil, mote/index.html (alla från templates/meeting.11ty.mjs).',
  ],
  [
    'pagination over data that does not exist',
    'meeting.11ty.mjs',
    (s: string) => s.replace("data: 'site.pages.meetings'", "data: 'site.pages.meeting'"),
    "'site.pages.meeting'",
    'Mallen gick inte att rendera: site.pages.meeting, som mallens pagination.data pekar på, finns inte.\n    tips: Menade du site.pages.meetings?',
  ],
  [
    'render misspelt (the page would be empty)',
    'about.11ty.mjs',
    (s: string) => s.replace('export function render', 'export function rendr'),
    'rendr',
    'Mallen exporterar ingen funktion render, så dess sidor skulle bli tomma.\n    tips: Byt namnet rendr mot render.',
  ],
  [
    'render without its return (the page would be empty)',
    'about.11ty.mjs',
    (s: string) => s.replace('  return String(html`', '  String(html`'),
    'render(',
    'Funktionen render lämnar inte tillbaka något (return saknas), så mallens sidor skulle bli tomma.\n    tips: Skriv return före sidans HTML',
  ],
  [
    'a layout whose render is not exported (at the file’s start)',
    '_layouts/base.11ty.mjs',
    (s: string) => s.replace('export function render', 'function render'),
    '',
    'Mallen exporterar ingen funktion render, så dess sidor skulle bli tomma.\n    tips: Exportera sidans HTML från en funktion',
  ],
] as const;

describe('a designer’s mistake in templates/', () => {
  let root: string;
  let site: string;
  let before: string;

  beforeAll(async () => {
    root = seedArchive();
    site = path.join(root, 'site');
    const first = runCliProcess(['build', '--root', root, '--quiet']);
    expect(await first.exited(), first.output()).toBe(0);
    before = hashTree(site);
  });

  it.each(MISTAKES)('%s: exit 1, template-error at the value, the site as it was', async (_, name, change, at, message) => {
    const templates = path.join(root, 'templates');
    fs.cpSync(path.join(PROJECT, 'templates'), templates, { recursive: true });
    const file = path.join(templates, name);
    const changed = change(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, changed);
    try {
      const run = runCliProcess(['build', '--root', root]);
      const code = await run.exited();
      const output = run.output();
      expect(code, output).toBe(1);
      expect(output).toContain(`templates/${name}:${positionOf(changed, at)}  fel  template-error  `);
      expect(output).toContain(message);
      expect(output).not.toMatch(STACK_TRACE);
      expect(hashTree(site)).toBe(before);
    } finally {
      fs.rmSync(templates, { recursive: true, force: true });
    }
  });

  it('shows in the preview as a template error, and the preview recovers once it is fixed', async () => {
    const own = seedArchive();
    fs.cpSync(path.join(PROJECT, 'templates'), path.join(own, 'templates'), { recursive: true });
    const session = new DevSession({ root: own, outDir: path.join(tempDir(), 'site'), base: '/', title: 'Protokoll' });
    expect((await session.start()).kind).toBe('rendered');
    const file = path.join(own, 'templates', '404.11ty.mjs');
    const good = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, MISTAKES[0][2](good));
    const broken = await session.update([file]);
    expect(broken.kind).toBe('errors');
    expect(broken.diagnostics.map((d) => [d.file, d.code])).toContainEqual(['templates/404.11ty.mjs', 'template-error']);
    fs.writeFileSync(file, good);
    expect((await session.update([file])).kind).toBe('rendered');
  });
});

describe('templates render the same from any working folder', () => {
  it('a template whose render is its default export fills its page also where no package.json says "module"', () => {
    const root = seedArchive();
    fs.cpSync(path.join(PROJECT, 'templates'), path.join(root, 'templates'), { recursive: true });
    const about = path.join(root, 'templates', 'about.11ty.mjs');
    fs.writeFileSync(about, fs.readFileSync(about, 'utf8').replace('export function render', 'export default function render'));
    // Run from the archive, in a temporary folder: Eleventy would look for the project's type in its package.json.
    const run = spawnSync(process.execPath, [CLI, 'build', '--quiet'], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(fs.readFileSync(path.join(root, 'site', 'om', 'index.html'), 'utf8')).toMatch(/<main[^>]*>\s*<h1>Om webbplatsen/);
  });
});
