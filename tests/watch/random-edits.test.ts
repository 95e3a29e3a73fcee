// Watch mode against full builds, over runs of random edits (random-edits.ts: minutes, registries, attachments,
// files moved, added and removed, YAML slips), one at a time or a few saved at once: after each, every file of the
// incrementally updated site must equal a full build of the same sources, and so must its search index once dev has
// put it in place, page by page and word by word, with its filter values and sorts (differential.ts). Seeded, so every run makes the same edits.
import { afterAll, expect, it } from 'vitest';
import { generateArchive } from '../../src/bench/generate.js';
import { cleanTemp, seedArchive, tempDir } from '../helpers/archive.js';
import { runRandomEdits } from './differential.js';

// As in incremental.test.ts: a fixed day, after every meeting of the archives.
const TODAY = '2024-05-01';

afterAll(cleanTemp);

it('after each of 40 random edits of a generated archive, the site in watch mode equals a full build', { timeout: 120_000 }, async () => {
  const root = tempDir();
  generateArchive(root, 60, 11, { groups: 4, people: 40, organisations: 6, projects: 6 });
  const run = await runRandomEdits({ root, seed: 11, edits: 40, today: TODAY });
  expect(run.failure).toBeUndefined();
  // Most edits leave the archive valid, so the run compares often.
  expect(run.compared).toBeGreaterThan(40 / 3);
});

// The five seed minutes with their registries, as the project ships them: attendees written by name, aliases,
// comments, projects and decisions, follow-ups between meetings. Seed 14 deletes minutes a link names.
it.each([14, 25])('after each of 30 random edits of the seed minutes (seed %i), the site in watch mode equals a full build', { timeout: 120_000 }, async (seed) => {
  const run = await runRandomEdits({ root: seedArchive(), seed, edits: 30, today: TODAY, minFiles: 3 });
  expect(run.failure).toBeUndefined();
  expect(run.compared).toBeGreaterThan(30 / 3);
});

// YAML slips in people.yml and organisations.yml often, with edits of minutes and of the other registry saved
// meanwhile: while a registry has one, watch mode must report what check reads of it (the entries the error leaves
// whole) and nothing about what names its entries; once it is fixed, the minutes' own problems saved meanwhile.
it.each([[7, 'generated'], [8, 'seed']] as const)('after each of 30 random edits with YAML slips in the registries (seed %i, %s archive), the problems are check\'s and the site a full build\'s', { timeout: 120_000 }, async (seed, kind) => {
  const root = kind === 'seed' ? seedArchive() : tempDir();
  if (kind === 'generated') generateArchive(root, 60, 11, { groups: 4, people: 40, organisations: 6, projects: 6 });
  const run = await runRandomEdits({ root, seed, edits: 30, today: TODAY, minFiles: kind === 'seed' ? 3 : 20, registrySlips: 0.3 });
  expect(run.failure).toBeUndefined();
  // The registries were broken and fixed again more than once, and the sites compared between.
  expect(run.log.filter((l) => l.includes('YAML error in a registry')).length).toBeGreaterThan(1);
  expect(run.log.filter((l) => /YAML fixed: (people|organisations)\.yml/.test(l)).length).toBeGreaterThan(1);
  expect(run.compared).toBeGreaterThan(30 / 3);
});

// The shapes check learnt to tell lately (an id written twice, a registry field out of line, the front matter pasted
// twice, an unknown group in a group's folder, notes in brackets after names, e-mail addresses, names in a block or
// a sentence), each left for a save or three while other edits, files moved between folders among them, are saved.
it.each([[12, 'generated'], [13, 'seed']] as const)('after each of 30 random edits with the newer shapes (seed %i, %s archive), the problems are check\'s and the site a full build\'s', { timeout: 120_000 }, async (seed, kind) => {
  const root = kind === 'seed' ? seedArchive() : tempDir();
  if (kind === 'generated') generateArchive(root, 60, 11, { groups: 4, people: 40, organisations: 6, projects: 6 });
  const run = await runRandomEdits({ root, seed, edits: 30, today: TODAY, minFiles: kind === 'seed' ? 3 : 20, shapes: 0.3 });
  expect(run.failure).toBeUndefined();
  expect(run.log.filter((l) => l.includes('shape: ')).length).toBeGreaterThan(1);
  expect(run.compared).toBeGreaterThan(30 / 4);
});
