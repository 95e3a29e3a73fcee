// Reusing the previous search index's files: what is linked, what is pruned, and when reuse is refused.
// (tests/integration/build-seeds checks the end result against a build from nothing.)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { encode } from 'cborg';
import { pruneUnreferenced, seedFromPrevious } from '../../src/search/reuse.js';
import { cleanTemp, tempDir } from '../helpers/archive.js';

afterAll(cleanTemp);

const gz = (bytes: Uint8Array | string) => zlib.gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(bytes)]));

/** A small index in Pagefind's layout: an entry, a meta naming one page, one word chunk and one filter. */
function index(files: Record<string, string | Buffer>, metaBytes: Buffer = gz(encode(['1.6.0', [['sv_page', 12, '']], [['a', 'z', 'sv_words']], [['grupp', 'sv_groups']], [], []]))): string {
  const dir = tempDir();
  const all: Record<string, string | Buffer> = {
    'pagefind-entry.json': JSON.stringify({ version: '1.6.0', languages: { sv: { hash: 'sv_meta', wasm: 'sv', page_count: 1 } } }),
    'pagefind.sv_meta.pf_meta': metaBytes,
    'pagefind.js': 'js',
    'fragment/sv_page.pf_fragment': 'f',
    'index/sv_words.pf_index': 'i',
    'filter/sv_groups.pf_filter': 'g',
    ...files,
  };
  for (const [rel, content] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

const list = (dir: string): string[] =>
  fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();

describe('pruneUnreferenced', () => {
  it('removes fragments, chunks, filters and metas the entry no longer leads to, and nothing else', () => {
    const dir = index({ 'fragment/sv_gone.pf_fragment': 'old', 'index/sv_oldwords.pf_index': 'old', 'filter/sv_oldgroups.pf_filter': 'old', 'pagefind.sv_oldmeta.pf_meta': 'old' });
    expect(pruneUnreferenced(dir)).toBe(4);
    expect(list(dir)).toEqual(['filter/sv_groups.pf_filter', 'fragment/sv_page.pf_fragment', 'index/sv_words.pf_index', 'pagefind-entry.json', 'pagefind.js', 'pagefind.sv_meta.pf_meta']);
  });

  it.each([
    ['a meta that is not gzip', Buffer.from('not gzip')],
    ['a meta without Pagefind’s marker', zlib.gzipSync(Buffer.from(encode(['1.6.0'])))],
    ['a meta that is not CBOR', gz(Buffer.from([0xff, 0xff, 0xff]))],
  ])('refuses %s and removes nothing', (_, meta) => {
    const dir = index({ 'fragment/sv_gone.pf_fragment': 'old' }, meta);
    const before = list(dir);
    expect(pruneUnreferenced(dir)).toBeUndefined();
    expect(list(dir)).toEqual(before);
  });

  it('refuses an entry whose meta is missing', () => {
    const dir = index({});
    fs.rmSync(path.join(dir, 'pagefind.sv_meta.pf_meta'));
    expect(pruneUnreferenced(dir)).toBeUndefined();
    expect(list(dir)).toContain('fragment/sv_page.pf_fragment');
  });
});

describe('seedFromPrevious', () => {
  it('hard-links only the content-hashed files, never those Pagefind rewrites', () => {
    const previous = index({});
    const next = path.join(tempDir(), 'pagefind');
    expect(seedFromPrevious(previous, next)).toBe(4);
    expect(list(next)).toEqual(['filter/sv_groups.pf_filter', 'fragment/sv_page.pf_fragment', 'index/sv_words.pf_index', 'pagefind.sv_meta.pf_meta']);
    expect(fs.statSync(path.join(next, 'fragment/sv_page.pf_fragment')).ino).toBe(fs.statSync(path.join(previous, 'fragment/sv_page.pf_fragment')).ino);
  });

  it('does nothing without a previous index', () => {
    const next = path.join(tempDir(), 'pagefind');
    expect(seedFromPrevious(path.join(tempDir(), 'pagefind'), next)).toBe(0);
    expect(fs.existsSync(next)).toBe(false);
  });
});
