// The render worker: reads, checks and renders the site in a thread of its own, so that everything it held
// (the archive, the model, Eleventy's pages) is handed back to the system before Pagefind starts indexing.
// For `minutes dev`, which keeps a model of its own, it renders from that one instead, handed to it as a message.
import { todayInSweden } from '../util/dates.js';
import { parentPort, workerData } from 'node:worker_threads';
import { checkArchive, loadRenderer, renderSite, writeSite, type BuildOptions, type Modelled, type ProgressEvent, type Rendered, type Timings } from '../pipeline.js';

export interface WorkerInput {
  readonly options: Omit<BuildOptions, 'onProgress'>;
  readonly temp: string;
  /** The model comes in a message (Modelled), made by the thread that started this one; else this one checks the archive. */
  readonly modelled: boolean;
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
  const { code, path } = err as NodeJS.ErrnoException;
  return {
    name: err.name,
    message: err.message,
    ...(err.stack ? { stack: err.stack } : {}),
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof path === 'string' ? { path } : {}),
    ...(cause !== undefined && depth < 8 ? { cause: serializeError(cause, depth + 1) } : {}),
  };
}

async function main(): Promise<void> {
  const { options, temp, modelled } = workerData as WorkerInput;
  const post = (m: WorkerMessage) => parentPort!.postMessage(m);
  const onProgress = (event: ProgressEvent) => post({ type: 'progress', event });
  try {
    let r: Rendered;
    let timings: Timings = {};
    if (modelled) {
      const [made] = await Promise.all([new Promise<Modelled>((resolve) => parentPort!.once('message', resolve)), loadRenderer()]);
      r = await writeSite(made, { ...options, onProgress }, temp, timings);
    } else {
      const t = performance.now();
      const checked = await checkArchive(options.root, options.today ?? todayInSweden(), options.templatesDir, options.siteUrl);
      onProgress({ stage: 'checked', files: checked.fileCount, ms: performance.now() - t });
      timings = { ...checked.timings };
      if (!checked.ok) {
        post({ type: 'done', result: { ok: false, diagnostics: [...checked.diagnostics], meetings: 0, pages: 0, timings } });
        return;
      }
      r = await renderSite(checked, { ...options, onProgress }, temp, timings);
    }
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
