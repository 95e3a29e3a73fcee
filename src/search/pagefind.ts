// The Pagefind adapter: indexes a folder of search documents with Pagefind's indexer (a separate process that
// works in parallel, see service.ts) and writes the index. Every way a request can fail (an error answered, the
// process gone, a panic, no answer for minutes) becomes a search index error of ours, in Swedish.
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { pruneUnreferenced, seedFromPrevious } from './reuse.js';
import { PagefindService, pagefindBinary, ServiceFailure, type ServiceAnswer } from './service.js';

/** How the disk refused Pagefind a write: its words for the reader, the system's code, and what to do. */
export interface DiskRefusal {
  readonly words: string;
  readonly code: string;
  readonly remedy: string;
}

export class SearchIndexError extends Error {
  override readonly name = 'SearchIndexError';
  constructor(
    readonly errors: readonly string[],
    /** Set when Pagefind stopped because the disk refused a write (it panics: Rust's io error kind says why). */
    readonly disk?: DiskRefusal,
  ) {
    super(`Sökindexet gick inte att bygga: ${errors.join('; ')}`);
  }
}

/** Rust's io error kinds for a disk that refuses writes, with our words and the system's code for each. */
const DISK_KINDS: Record<string, DiskRefusal> = {
  StorageFull: { words: 'disken är full', code: 'ENOSPC', remedy: 'Frigör plats på disken' },
  QuotaExceeded: { words: 'diskkvoten är slut', code: 'EDQUOT', remedy: 'Frigör plats inom kvoten eller be om en större' },
  ReadOnlyFilesystem: { words: 'disken är skrivskyddad', code: 'EROFS', remedy: 'Bygg till en disk som går att skriva på (--out)' },
  PermissionDenied: { words: 'behörighet saknas', code: 'EACCES', remedy: 'Se till att du får skriva i mappen' },
};

/** The disk refusal a panic of Pagefind's tells of ("Os { code: 28, kind: StorageFull, … }"), if any. */
export function diskRefusal(said: string): DiskRefusal | undefined {
  for (const m of said.matchAll(/\bkind: (\w+)/g)) if (DISK_KINDS[m[1]!]) return DISK_KINDS[m[1]!];
  return undefined;
}

/** The line of a panic that says what went wrong (the one after "thread 'main' panicked at file:line:col:"). */
function panicLine(said: string): string | undefined {
  const lines = said.split('\n');
  const at = lines.findIndex((l) => /\bpanicked at\b/.test(l));
  return at >= 0 ? lines[at + 1]?.trim() || undefined : undefined;
}

/** A request that went unanswered as a search index error: what Pagefind printed is summed up, not shown. */
function searchIndexError(failure: ServiceFailure, writingTo?: string): SearchIndexError {
  const disk = diskRefusal(failure.said);
  if (disk) return new SearchIndexError([`Pagefind kunde inte skriva${writingTo ? ` i ${writingTo}` : ''}: ${disk.words} (${disk.code})`], disk);
  const line = panicLine(failure.said);
  return new SearchIndexError([line ? `${failure.message}: ${line}` : failure.message]);
}

/** Pagefind answers within this long or is stopped; at 10,000 minutes its longest request takes about 10 s. */
export const SILENCE_LIMIT_MS = 5 * 60_000;

export class SearchIndexer {
  private constructor(
    private readonly service: PagefindService,
    private readonly indexId: number,
  ) {}

  private async request(payload: Record<string, unknown>, expected: string, writingTo?: string): Promise<ServiceAnswer> {
    let answer: ServiceAnswer;
    try {
      answer = await this.service.request({ index_id: this.indexId, ...payload });
    } catch (err) {
      throw err instanceof ServiceFailure ? searchIndexError(err, writingTo) : err;
    }
    if (answer.type === 'Error') throw new SearchIndexError([String(answer.message)]);
    if (answer.type !== expected) throw new SearchIndexError([`Pagefind svarade ${answer.type} i stället för ${expected}`]);
    return answer;
  }

  /** Starts Pagefind with a new index; `silenceLimitMs` is how long it may go without answering (see service.ts). */
  static async start(silenceLimitMs = SILENCE_LIMIT_MS): Promise<SearchIndexer> {
    let service: PagefindService | undefined;
    let answer: ServiceAnswer;
    try {
      service = new PagefindService(pagefindBinary(), silenceLimitMs);
      answer = await service.request({ type: 'NewIndex', config: {} });
    } catch (err) {
      service?.close();
      if (err instanceof ServiceFailure && err.reason !== 'unstartable') throw searchIndexError(err);
      // Pagefind's program for this computer is missing or cannot run (installed with --omit=optional, or copied
      // from another kind of computer): a problem of the installation, not a bug, and npm install mends it.
      const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0]!;
      throw new UserError(
        `Pagefind, som bygger sökindexet, gick inte att starta (${reason}). Dess program för den här datorn (npm-paketet @pagefind/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}) saknas eller går inte att köra. Installera om med npm install, utan --omit=optional.`,
        { cause: err },
      );
    }
    if (answer.type !== 'NewIndex' || typeof answer.index_id !== 'number') {
      service.close();
      throw new SearchIndexError([answer.type === 'Error' ? String(answer.message) : 'inget index skapades']);
    }
    return new SearchIndexer(service, answer.index_id);
  }

  /**
   * Indexes the HTML files under `dir` that `glob` matches (in parallel, inside Pagefind). Page URLs are the files' paths relative
   * to `dir`, so the folder layout decides them; only files with data-pagefind-body are indexed.
   */
  async addDirectory(dir: string, glob?: string): Promise<number> {
    const r = await this.request({ type: 'AddDir', path: dir, ...(glob ? { glob } : {}) }, 'IndexedDir');
    return Number(r.page_count);
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
    await this.request({ type: 'WriteFiles', output_path: outputPath }, 'WriteFiles', path.dirname(outputPath));
  }

  /**
   * Stops the Pagefind process. A request still under way fails rather than being waited for: watch mode stops the
   * background index this way when a save comes in (at 10,000 minutes, waiting for it held the save's pages back by
   * seconds). The index lives only in that process, so nothing else needs deleting.
   */
  async close(): Promise<void> {
    this.service.close();
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
