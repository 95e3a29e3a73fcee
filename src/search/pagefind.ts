// The Pagefind adapter: feeds rendered meeting pages to Pagefind's indexer (a separate process, so indexing
// runs beside rendering) and writes the index. Pagefind reports problems as `errors: string[]`; every one
// becomes an error of ours.
import * as pagefind from 'pagefind';
import { InternalError } from '../errors.js';

export class SearchIndexError extends Error {
  override readonly name = 'SearchIndexError';
  constructor(readonly errors: readonly string[]) {
    super(`Sökindexet gick inte att bygga: ${errors.join('; ')}`);
  }
}

export class SearchIndexer {
  private readonly pending: Promise<void>[] = [];
  private readonly errors: string[] = [];
  private added = 0;

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

  /** Queues a page; only pages that mark their content with data-pagefind-body are indexed. */
  add(url: string, html: string): boolean {
    if (!html.includes('data-pagefind-body')) return false;
    this.added++;
    this.pending.push(
      this.index.addHTMLFile({ url, content: html }).then(
        (r) => {
          for (const e of r.errors) this.errors.push(`${url}: ${e}`);
        },
        (err: unknown) => {
          this.errors.push(`${url}: ${err instanceof Error ? err.message : String(err)}`);
        },
      ),
    );
    return true;
  }

  get count(): number {
    return this.added;
  }

  /** Waits for every queued page, then writes the index into `outputPath`. */
  async write(outputPath: string): Promise<void> {
    await Promise.all(this.pending);
    if (this.errors.length > 0) throw new SearchIndexError(this.errors);
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
