// The search index read back as data (tests/helpers/search-index.ts), on the seed minutes built: the pages it
// holds with their text, filters and metadata, and what tells two indexes apart, so that the comparison of watch
// mode's index with a build's (tests/watch/differential.ts) cannot pass by reading nothing.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { cleanTemp, seedArchive } from '../helpers/archive.js';
import { decodeFragment, readSearchIndex, searchIndexDifference } from '../helpers/search-index.js';

const MEETING = '/grupper/gemensam-utvecklingsgrupp/2016-02-08/';
const options = { base: '/', title: 'Protokoll', today: '2016-12-13' };
let root: string;
let site: string;

async function builtInto(archive: string): Promise<string> {
  const outDir = path.join(archive, 'site');
  const result = await build({ root: archive, outDir, ...options });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return outDir;
}

beforeAll(async () => {
  root = seedArchive();
  site = await builtInto(root);
});
afterAll(cleanTemp);

it('reads every page of the index, with its text, filters and metadata', () => {
  const index = readSearchIndex(site);
  expect(index.pageCount).toBe(5);
  expect([...index.pages.keys()].sort()).toEqual([
    '/grupper/gemensam-ledningsgrupp-utveckling/2016-12-12/',
    '/grupper/gemensam-utvecklingsgrupp/2015-08-31/',
    '/grupper/gemensam-utvecklingsgrupp/2015-11-09/',
    MEETING,
    '/grupper/gemensam-utvecklingsgrupp/2016-03-07/',
  ]);
  expect(index.twice).toEqual([]);
  const page = index.pages.get(MEETING)!;
  expect(page.meta.title).toBe('Gemensam utvecklingsgrupp 8 februari 2016');
  expect(page.filters.grupp).toEqual(['Gemensam utvecklingsgrupp']);
  expect(page.filters.projekt).toContain('Fritidsbanken');
  expect(page.content).toContain('Fritidsbank');
  expect(page.anchors.length).toBeGreaterThan(0);
});

it('tells an index from itself as alike, and from one of an edited meeting as differing in that page', async () => {
  expect(searchIndexDifference(site, site)).toBeUndefined();
  const edited = seedArchive();
  const file = path.join(edited, 'minutes', 'gemensam-utvecklingsgrupp', '2016-02-08.md');
  fs.appendFileSync(file, '\nVi talade om krusbärsbuskar.\n');
  const other = await builtInto(edited);
  const difference = searchIndexDifference(other, site);
  expect(difference).toMatch(new RegExp(`^differs in the search index: ${MEETING} \\(content:`));
  expect(difference).toContain('krusbärsbuskar');
  expect(difference!.split('\n').filter((l) => l.startsWith('differs'))).toHaveLength(1);
});

it('refuses a file that is not a fragment', () => {
  expect(() => decodeFragment(zlib.gzipSync('{"url":"/"}'))).toThrow(/not a Pagefind fragment/);
});
