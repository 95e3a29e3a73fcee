// The search index read back as data (tests/helpers/search-index.ts), on the seed minutes built: the pages it
// holds with their text, filters and metadata, its words, filter values and sorts by page url, and what tells two
// indexes apart, so that the comparison of watch mode's index with a build's (tests/watch/differential.ts) cannot
// pass by reading nothing, nor by reading the pages alone.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { encode } from 'cborg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { cleanTemp, seedArchive, tempDir } from '../helpers/archive.js';
import { decodeCbor, decodeFragment, readSearchIndex, searchIndexDifference } from '../helpers/search-index.js';

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

it('reads the words, filter values and sorts with their pages named by url', () => {
  const sv = readSearchIndex(site).languages().get('sv')!;
  expect(sv.missing).toEqual([]);
  expect(sv.words.get('fritidsbank')?.some((e) => e.startsWith(`${MEETING} [`))).toBe(true);
  expect(sv.filters.get('grupp: Gemensam ledningsgrupp utveckling')).toEqual(['/grupper/gemensam-ledningsgrupp-utveckling/2016-12-12/']);
  expect(sv.filters.get('År: 2015')).toEqual(['/grupper/gemensam-utvecklingsgrupp/2015-08-31/', '/grupper/gemensam-utvecklingsgrupp/2015-11-09/']);
  expect(sv.sorts.get('datum')).toEqual([
    '/grupper/gemensam-utvecklingsgrupp/2015-08-31/',
    '/grupper/gemensam-utvecklingsgrupp/2015-11-09/',
    MEETING,
    '/grupper/gemensam-utvecklingsgrupp/2016-03-07/',
    '/grupper/gemensam-ledningsgrupp-utveckling/2016-12-12/',
  ]);
});

function copyOfSite(): string {
  const copy = path.join(tempDir(), 'site');
  fs.cpSync(site, copy, { recursive: true });
  return copy;
}

/** A copy of the built site whose index file `file` (under pagefind/) `change` has changed, its pages left as they are. */
function withIndexFile(file: (dir: string) => string, change: (data: unknown[]) => void): string {
  const copy = copyOfSite();
  const at = path.join(copy, 'pagefind', file(path.join(copy, 'pagefind')));
  const data = decodeCbor(fs.readFileSync(at), 'index file');
  change(data);
  fs.rmSync(at);
  fs.writeFileSync(at, zlib.gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), encode(data)])));
  return copy;
}

const one = (dir: string, folder: string) => path.join(folder, fs.readdirSync(path.join(dir, folder))[0]!);
const meta = (dir: string) => `pagefind.${(JSON.parse(fs.readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: { sv: { hash: string } } }).languages.sv.hash}.pf_meta`;
const wordIndex = (dir: string) => one(dir, 'index');
/** The filter file of `grupp`. */
const grupp = (dir: string) => fs.readdirSync(path.join(dir, 'filter')).map((f) => path.join('filter', f)).find((f) => decodeCbor(fs.readFileSync(path.join(dir, f)), 'filter')[0] === 'grupp')!;
type Word = [string, [number, ...unknown[]][], ...unknown[]];
const word = (data: unknown[], w: string) => (data[0] as Word[]).find(([x]) => x === w)!;
const LEDNING = '/grupper/gemensam-ledningsgrupp-utveckling/2016-12-12/';

// Each changes the word index, a filter or the meta file of a copy of the built site and nothing else, as a
// watch mode that left its index behind its pages would: the pages (fragments) are alike, so only the words,
// filters or sorts can tell the copy from the build.
it.each([
  {
    what: 'a word left on a page that no longer has it',
    file: wordIndex,
    change: (data: unknown[]) => word(data, 'fritidsbank')[1].push([pageOf(LEDNING), [-25, 7]]),
    said: [`the search index's words (sv) differ:`, `  word "fritidsbank":`, `    only in watch mode's: ${LEDNING} [[-25,7]`],
  },
  {
    what: 'a word missing on a page that has it',
    file: wordIndex,
    change: (data: unknown[]) => {
      const w = word(data, 'fritidsbank');
      w[1] = w[1].filter(([n]) => n !== pageOf(MEETING));
    },
    said: [`  word "fritidsbank":`, `    only in the build's: ${MEETING} [`],
  },
  {
    what: 'a filter value left on a page after an edit',
    file: grupp,
    change: (data: unknown[]) => (data[1] as [string, number[]][]).find(([v]) => v === 'Gemensam ledningsgrupp utveckling')![1].push(pageOf(MEETING)),
    said: [`the search index's filters (sv) differ:`, `  filter value "grupp: Gemensam ledningsgrupp utveckling":`, `    only in watch mode's: ${MEETING}`],
  },
  {
    what: 'a sort in another order',
    file: meta,
    change: (data: unknown[]) => (data[4] as [string, number[]][])[0]![1].reverse(),
    said: [`the search index's sorts (sv) differ:`, `  sort "datum":`, `    watch: ${LEDNING}, /grupper/gemensam-utvecklingsgrupp/2016-03-07/`],
  },
])('tells an index apart from the build\'s when only $what', ({ file, change, said }) => {
  const difference = searchIndexDifference(withIndexFile(file, change), site);
  for (const line of said) expect(difference?.split('\n')).toContainEqual(expect.stringContaining(line));
  // The pages are alike: only the words, filters or sorts tell.
  expect(difference).not.toMatch(/^differs in the search index: /m);
});

/** The number the seed build's meta file gives the page at `url`. */
function pageOf(url: string): number {
  const dir = path.join(site, 'pagefind');
  const pages = decodeCbor(fs.readFileSync(path.join(dir, meta(dir))), 'meta file')[1] as [string][];
  return pages.findIndex(([hash]) => decodeFragment(fs.readFileSync(path.join(dir, 'fragment', `${hash}.pf_fragment`))).url === url);
}

it('tells an index whose files differ in bytes only (compressed and encoded anew) from the build\'s as alike', () => {
  const copy = withIndexFile(wordIndex, () => {});
  const file = path.join('pagefind', wordIndex(path.join(copy, 'pagefind')));
  expect(fs.readFileSync(path.join(copy, file)).equals(fs.readFileSync(path.join(site, file)))).toBe(false);
  expect(searchIndexDifference(copy, site)).toBeUndefined();
});

it('tells the files an index refers to that are not there', () => {
  const copy = copyOfSite();
  const chunk = wordIndex(path.join(copy, 'pagefind'));
  fs.rmSync(path.join(copy, 'pagefind', chunk));
  expect(readSearchIndex(copy).languages().get('sv')!.missing).toEqual([chunk]);
  expect(searchIndexDifference(copy, site)).toContain(`watch mode's search index (sv) refers to files that are not there: ${chunk}`);
});

it('refuses a file that is not a fragment, meta file, word index or filter', () => {
  expect(() => decodeFragment(zlib.gzipSync('{"url":"/"}'))).toThrow(/not a Pagefind fragment/);
  expect(() => decodeCbor(zlib.gzipSync(encode(['1.6.0'])), 'meta file')).toThrow(/not a Pagefind meta file/);
});
