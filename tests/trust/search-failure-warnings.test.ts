// When the search index fails, a build still reports the warnings its check found, as watch mode does: the
// search index error is added to them, not put in their place.
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { build } from '../../src/pipeline.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';

afterAll(cleanTemp);

// Pagefind refuses to start an index, as it does when its process cannot run; the rest of the module is real.
vi.mock('../../src/search/pagefind.js', async (original) => {
  const real = await original<typeof import('../../src/search/pagefind.js')>();
  return { ...real, SearchIndexer: { start: () => Promise.reject(new real.SearchIndexError(['Pagefind kunde inte skapa ett index'])) } };
});

describe('a build whose search index fails', () => {
  it('reports the check\'s warnings beside the search index error', async () => {
    const check = path.join(FIXTURES, 'check');
    const root = archive([path.join(check, '_base'), path.join(check, 'chair-not-present')]);
    const result = await build({ root, outDir: path.join(root, 'site'), base: '/', title: 'Protokoll', today: '2016-12-13' });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['chair-not-present', 'search-index-error']);
  });
});
