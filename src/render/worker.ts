// The render worker: reads, checks and renders the site in a thread of its own, so that everything it held
// (the archive, the model, Eleventy's pages) is handed back to the system before Pagefind starts indexing.
import { todayInSweden } from '../util/dates.js';
import { parentPort, workerData } from 'node:worker_threads';
import { check, renderSite, type BuildOptions, type ProgressEvent, type Timings } from '../pipeline.js';

export interface WorkerInput {
  readonly options: Omit<BuildOptions, 'onProgress' | 'previousRendered'>;
  readonly temp: string;
}

export type WorkerMessage =
  | { readonly type: 'progress'; readonly event: ProgressEvent }
  | { readonly type: 'done'; readonly result: { ok: boolean; diagnostics: unknown[]; meetings: number; pages: number; timings: Timings } }
  | { readonly type: 'error'; readonly error: SerializedError };

export interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
  /** A system error's code and path (ENOSPC, /site/…), so the main thread can tell a full disk from a bug. */
  readonly code?: string;
  readonly path?: string;
  readonly cause?: SerializedError;
}

export function serializeError(err: unknown, depth = 0): SerializedError {
  if (!(err instanceof Error)) return { name: 'Error', message: String(err) };
  // Eleventy keeps what went wrong underneath as `originalError`.
  const cause = err.cause ?? (err as { originalError?: unknown }).originalError;
  return {
    name: err.name,
    message: err.message,
    ...(err.stack ? { stack: err.stack } : {}),
    ...(typeof (err as NodeJS.ErrnoException).code === 'string' ? { code: (err as NodeJS.ErrnoException).code } : {}),
    ...(typeof (err as NodeJS.ErrnoException).path === 'string' ? { path: (err as NodeJS.ErrnoException).path } : {}),
    ...(cause !== undefined && depth < 8 ? { cause: serializeError(cause, depth + 1) } : {}),
  };
}

async function main(): Promise<void> {
  const { options, temp } = workerData as WorkerInput;
  const post = (m: WorkerMessage) => parentPort!.postMessage(m);
  const onProgress = (event: ProgressEvent) => post({ type: 'progress', event });
  try {
    const t = performance.now();
    const checked = check(options.root, options.today ?? todayInSweden(), options.templatesDir);
    onProgress({ stage: 'checked', files: checked.fileCount, ms: performance.now() - t });
    const timings = { ...checked.timings };
    if (!checked.ok) {
      post({ type: 'done', result: { ok: false, diagnostics: [...checked.diagnostics], meetings: 0, pages: 0, timings } });
      return;
    }
    const r = await renderSite(checked, { ...options, onProgress }, temp, timings);
    post({
      type: 'done',
      result: r.ok
        ? { ok: true, diagnostics: [...r.diagnostics], meetings: r.meetings, pages: r.pages, timings }
        : { ok: false, diagnostics: [...r.diagnostics], meetings: r.meetings, pages: 0, timings },
    });
  } catch (err) {
    post({ type: 'error', error: serializeError(err) });
  }
}

if (parentPort) void main();
