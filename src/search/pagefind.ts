// The Pagefind adapter: indexes a folder of search documents with Pagefind's indexer (a separate process that
// works in parallel) and writes the index. Pagefind reports problems as `errors: string[]`; every one becomes
// an error of ours.
import * as pagefind from 'pagefind';
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { pruneUnreferenced, seedFromPrevious } from './reuse.js';

export class SearchIndexError extends Error {
  override readonly name = 'SearchIndexError';
  constructor(readonly errors: readonly string[]) {
    super(`Sökindexet gick inte att bygga: ${errors.join('; ')}`);
  }
}

/**
 * Pagefind's Node API leaves a request unsettled when its process dies mid-way (a panic, a full disk), and the
 * build would then end quietly with exit code 0. So a request also fails when nothing else is left to wait for,
 * and a closed service fails as a search index error rather than as a bug.
 */
function settled<T>(request: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const died = () => reject(new SearchIndexError(['Pagefind avslutades oväntat (till exempel när disken är full)']));
    process.once('beforeExit', died);
    request
      .then(resolve, (err: unknown) => reject(err instanceof SearchIndexError ? err : new SearchIndexError([`Pagefind avbröts: ${err instanceof Error ? err.message : String(err)}`])))
      .finally(() => process.off('beforeExit', died));
  });
}

export class SearchIndexer {
  /** Set when a request failed: the process may be gone, and is then not asked for anything more. */
  private failed = false;
  /** Requests sent and not yet answered. */
  private pending = 0;

  private constructor(private readonly index: pagefind.PagefindIndex) {}

  private async request<T>(request: Promise<T>): Promise<T> {
    this.pending++;
    try {
      return await settled(request);
    } catch (err) {
      this.failed = true;
      throw err;
    } finally {
      this.pending--;
    }
  }

  static async start(): Promise<SearchIndexer> {
    let response: pagefind.NewIndexResponse;
    try {
      response = await settled(pagefind.createIndex({}));
    } catch (err) {
      // Pagefind's program for this computer is missing or cannot run (installed with --omit=optional, or copied
      // from another kind of computer): a problem of the installation, not a bug, and npm install mends it.
      const reason = (err instanceof SearchIndexError ? err.errors.join('; ') : err instanceof Error ? err.message : String(err)).split('\n')[0]!;
      throw new UserError(
        `Pagefind, som bygger sökindexet, gick inte att starta (${reason}). Dess program för den här datorn (npm-paketet @pagefind/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}) saknas eller går inte att köra. Installera om med npm install, utan --omit=optional.`,
        { cause: err },
      );
    }
    if (response.errors.length > 0 || !response.index) throw new SearchIndexError(response.errors.length ? response.errors : ['inget index skapades']);
    return new SearchIndexer(response.index);
  }

  /**
   * Indexes the HTML files under `dir` that `glob` matches (in parallel, inside Pagefind). Page URLs are the files' paths relative
   * to `dir`, so the folder layout decides them; only files with data-pagefind-body are indexed.
   */
  async addDirectory(dir: string, glob?: string): Promise<number> {
    const r = await this.request(this.index.addDirectory({ path: dir, ...(glob ? { glob } : {}) }));
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
    const r = await this.request(this.index.writeFiles({ outputPath }));
    if (r.errors.length > 0) throw new SearchIndexError(r.errors);
  }

  /**
   * Stops the Pagefind process. A request still under way fails rather than being waited for: Pagefind answers in
   * turn, so asking it to delete the index would wait for the whole request (watch mode stops the background index
   * this way when a save comes in, and at 10,000 minutes that wait held the save's pages back by seconds).
   */
  async close(): Promise<void> {
    try {
      if (!this.failed && this.pending === 0) await settled(this.index.deleteIndex());
    } catch {
      // The process may already be gone; closing below is what matters.
    }
    await pagefind.close();
  }
}

/**
 * How many pages the index written into `dir` holds, by its entry file; undefined when that cannot be read.
 * Pagefind's own count is of the files it read, with those it found no data-pagefind-body in (the pages at
 * meetings' former addresses, which send readers on).
 */
export function indexedPages(dir: string): number | undefined {
  try {
    const entry = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as { languages?: Record<string, { page_count?: unknown }> };
    let pages = 0;
    for (const language of Object.values(entry.languages ?? {})) {
      if (typeof language.page_count !== 'number') return undefined;
      pages += language.page_count;
    }
    return pages;
  } catch {
    return undefined;
  }
}
