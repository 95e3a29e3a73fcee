// Watch mode makes the open data, calendars and sitemap a step at a time, so that a save is seen while they are
// made: the steps give the same files as a build makes at once, leave the event loop free between them, and
// stop when told to.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../src/bench/generate.js';
import { buildModel, type BuiltModel } from '../../src/model/build.js';
import { check } from '../../src/pipeline.js';
import { extraFiles, extraFilesInSteps } from '../../src/render/opendata.js';
import { cleanTemp, tempDir } from '../helpers/archive.js';

afterAll(cleanTemp);

const OPTIONS = { base: '/protokoll/', title: 'Protokoll', siteUrl: 'https://example.se/protokoll/', today: '2020-01-01' };
let model: BuiltModel;

beforeAll(() => {
  const root = path.join(tempDir(), 'archive');
  // More meetings than one step makes into open data (500).
  generateArchive(root, 1200, 3, { groups: 4, people: 40, organisations: 6, projects: 8 });
  const checked = check(root, OPTIONS.today);
  expect(checked.ok).toBe(true);
  model = buildModel(checked.validated.minutes, checked.validated.registry);
}, 60_000);

describe('the files beside the pages, made in steps', () => {
  it('are the files a build makes', async () => {
    const stepped = await extraFilesInSteps(model, OPTIONS, () => false);
    expect(stepped).toEqual(extraFiles(model, OPTIONS));
    expect(stepped!.map((f) => f.path)).toEqual(expect.arrayContaining(['data/minutes.json', 'sitemap.xml']));
  });

  it('write the open data as compact JSON, every meeting in order', () => {
    const json = extraFiles(model, OPTIONS).find((f) => f.path === 'data/minutes.json')!.content;
    const data = JSON.parse(json) as { meetings: { id: string }[]; organisations: unknown[] };
    expect(json).toBe(`${JSON.stringify(data)}\n`);
    expect(data.meetings.map((m) => m.id)).toEqual(model.meetings.map((m) => m.id));
    expect(data.organisations).toHaveLength(6);
  });

  it('let a timer run between steps, and stop with nothing made when told to', async () => {
    let fired = false;
    setTimeout(() => (fired = true), 0);
    let asked = 0;
    const made = await extraFilesInSteps(model, OPTIONS, () => (asked++, fired));
    expect(made).toBeUndefined();
    expect(fired).toBe(true);
    let steps = 0;
    await extraFilesInSteps(model, OPTIONS, () => (steps++, false));
    expect(asked).toBeLessThan(steps);
    expect(steps).toBeGreaterThanOrEqual(4);
  });
});
