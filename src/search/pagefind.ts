// The Pagefind adapter: indexes a folder of search documents with Pagefind's indexer (a separate process that
// works in parallel) and writes the index. Pagefind reports problems as `errors: string[]`; every one becomes
// an error of ours.
import * as pagefind from 'pagefind';
import fs from 'node:fs';
import { InternalError } from '../errors.js';
import { pruneUnreferenced, seedFromPrevious } from './reuse.js';

export class SearchIndexError extends Error {
  override readonly name = 'SearchIndexError';
  constructor(readonly errors: readonly string[]) {
    super(`Sökindexet gick inte att bygga: ${errors.join('; ')}`);
  }
}

export class SearchIndexer {
  private constructor(private readonly index: pagefind.PagefindIndex) {}

  static async start(): Promise<SearchIndexer> {
    let response: pagefind.NewIndexResponse;
    try {
      response = await pagefind.createIndex({});
    } catch (err) {
      throw new InternalError('Pagefind kunde inte startas.', { cause: err });
    }
    if (response.errors.length > 0 || !response.index) throw new SearchIndexError(response.errors.length ? response.errors : ['inget index skapades']);
    return new SearchIndexer(response.index);
  }

  /**
   * Indexes the HTML files under `dir` that `glob` matches (in parallel, inside Pagefind). Page URLs are the files' paths relative
   * to `dir`, so the folder layout decides them; only files with data-pagefind-body are indexed.
   */
  async addDirectory(dir: string, glob?: string): Promise<number> {
    const r = await this.index.addDirectory({ path: dir, ...(glob ? { glob } : {}) });
    if (r.errors.length > 0) throw new SearchIndexError(r.errors);
    return r.page_count;
  }

  /**
   * Writes the index (the bundle the search page loads) into `outputPath`, a new folder. Given the folder of a
   * `previous` index, its unchanged files are reused instead of compressed again; the result is the same.
   */
  async write(outputPath: string, previous?: string): Promise<void> {
    const seeded = previous ? seedFromPrevious(previous, outputPath) : 0;
    await this.writeFiles(outputPath);
    if (seeded > 0 && pruneUnreferenced(outputPath) === undefined) {
      // The index could not be read back to tell stale files from current ones: write it afresh.
      fs.rmSync(outputPath, { recursive: true, force: true });
      await this.writeFiles(outputPath);
    }
  }

  private async writeFiles(outputPath: string): Promise<void> {
    const r = await this.index.writeFiles({ outputPath });
    if (r.errors.length > 0) throw new SearchIndexError(r.errors);
  }

  /** Stops the Pagefind process. */
  async close(): Promise<void> {
    try {
      await this.index.deleteIndex();
    } catch {
      // The process may already be gone; closing below is what matters.
    }
    await pagefind.close();
  }
}
