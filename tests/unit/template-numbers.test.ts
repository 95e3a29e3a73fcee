// The pages write large numbers as Swedish does, "10 000 möten", with a non-breaking space between thousands
// (an archive of 10,000 minutes has organisations with thousands of meetings and open actions).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { html, raw, type SafeHtml, type TemplateHelpers } from '../../src/render/html.js';
import { count, plural } from '../../src/util/plural.js';
import { PROJECT } from '../helpers/archive.js';

const TEMPLATES = path.join(PROJECT, 'templates');

async function module(file: string): Promise<Record<string, unknown>> {
  return (await import(pathToFileURL(path.join(TEMPLATES, file)).href)) as Record<string, unknown>;
}

/** The helpers a template gets as `this`, with partials loaded from templates/_includes as the build does. */
async function helpers(): Promise<TemplateHelpers> {
  const partials = new Map<string, (data: never, h: TemplateHelpers) => SafeHtml | string>();
  for (const name of ['contents', 'years', 'meetings', 'decisions', 'subscribe']) {
    partials.set(name, (await module(`_includes/${name}.mjs`)).default as (data: never, h: TemplateHelpers) => SafeHtml | string);
  }
  const h: TemplateHelpers = { html, raw, count, plural, partial: (name, data) => raw(String(partials.get(name)!(data as never, h))) };
  return h;
}

async function render(file: string, data: object): Promise<string> {
  const fn = (await module(file)).render as (this: TemplateHelpers, data: object) => string;
  return fn.call(await helpers(), data);
}

const NBSP = '\u00a0';
const entry = { url: '/x/', name: 'X' };

describe('numbers on the pages', () => {
  it.each([
    ['groups.11ty.mjs', { site: { groups: [{ ...entry, meetingCount: 1200 }] } }, `1${NBSP}200 protokoll`],
    ['projects.11ty.mjs', { site: { projects: [{ ...entry, meetingCount: 2500 }] } }, `Har tagits upp på 2${NBSP}500 möten`],
    ['projects.11ty.mjs', { site: { projects: [{ ...entry, meetingCount: 1 }] } }, 'Har tagits upp på 1 möte<'],
    ['organisations.11ty.mjs', { site: { organisations: [{ ...entry, peopleCount: 1500, meetingCount: 10000 }] } }, `1${NBSP}500 personer · 10${NBSP}000 möten`],
    ['organisations.11ty.mjs', { site: { organisations: [{ ...entry, peopleCount: 1, meetingCount: 1 }] } }, '1 person · 1 möte<'],
  ])('%s writes %j as "%s"', async (file, data, expected) => {
    expect(await render(file, data)).toContain(expected);
  });

  // None is said in words: "0 möten", "(0 öppna)" read as slips to a reader.
  const project = { ...entry, feedUrl: '/x/feed.xml', searchUrl: '/sok/', timeline: [], timelineByYear: [], decisions: [], decisionsByYear: [], actions: [], openCount: 0 };
  const group = { ...entry, feedUrl: '/x/feed.xml', searchUrl: '/sok/', members: [], years: [], openActions: [], decisions: [], decisionsByYear: [] };
  const start = { title: 'Protokoll', base: '/', searchUrl: '/sok/', counts: { groups: 1 }, latest: [], upcoming: [] };
  it.each([
    ['groups.11ty.mjs', { site: { groups: [{ ...entry, meetingCount: 0 }] } }, '<p class="muted">Inga protokoll ännu</p>'],
    ['projects.11ty.mjs', { site: { projects: [{ ...entry, meetingCount: 0 }] } }, '<p class="muted">Har inte tagits upp på något möte ännu</p>'],
    ['organisations.11ty.mjs', { site: { organisations: [{ ...entry, peopleCount: 0, meetingCount: 0 }] } }, '<p class="muted">Inga personer · inga möten</p>'],
    ['organisations.11ty.mjs', { site: { organisations: [{ ...entry, peopleCount: 2, meetingCount: 0 }] } }, '<p class="muted">2 personer · inga möten</p>'],
    ['organisations.11ty.mjs', { site: { organisations: [{ ...entry, ended: { past: true, mark: 'Upphörde 2016' }, peopleCount: 0, meetingCount: 3 }] } }, '<p class="muted">Upphörde 2016 · inga personer · 3 möten</p>'],
    ['project.11ty.mjs', { item: { ...project, meetingCount: 0 }, site: { base: '/' } }, '<dt>Möten</dt><dd>Har inte tagits upp på något möte ännu</dd>'],
    ['group.11ty.mjs', { item: { ...group, meetingCount: 0 }, site: { base: '/' } }, '<dt>Protokoll</dt><dd>Inga ännu</dd>'],
    ['index.11ty.mjs', { site: { ...start, groups: [{ ...entry, meetingCount: 0 }], openActionCount: 0 } }, '<span class="muted">· inga protokoll ännu</span>'],
    ['index.11ty.mjs', { site: { ...start, groups: [], openActionCount: 0 } }, '<a href="/atgarder/">Alla öppna åtgärder (inga)</a>'],
    ['index.11ty.mjs', { site: { ...start, groups: [], openActionCount: 1500 } }, `<a href="/atgarder/">Alla öppna åtgärder (1${NBSP}500)</a>`],
  ])('%s writes none in %j as "%s"', async (file, data, expected) => {
    const out = await render(file, data);
    expect(out).toContain(expected);
    expect(out).not.toMatch(/(?:^|[\s>(])0(?:\s|\))/);
  });

  it('the list of a long page\'s parts counts as Swedish does', async () => {
    const h = await helpers();
    const out = String(h.partial('contents', { lists: [['moten', 'Möten', 4321], ['beslut', 'Beslut', 0]] }));
    expect(out).toContain(`<a href="#moten">Möten</a> (4${NBSP}321)`);
    expect(out).not.toContain('Beslut');
  });
});
