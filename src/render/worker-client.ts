// Runs the render worker and relays its progress; its errors come back as errors of this thread.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics.js';
import { InternalError } from '../errors.js';
import type { BuildOptions, Modelled, ProgressEvent, Timings } from '../pipeline.js';
import type { SerializedError, WorkerInput, WorkerMessage } from './worker.js';

export interface WorkerResult {
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
  readonly meetings: number;
  readonly pages: number;
  readonly timings: Timings;
}

export function revive(e: SerializedError): Error {
  const err = new Error(e.message, e.cause ? { cause: revive(e.cause) } : undefined);
  err.name = e.name;
  if (e.stack) err.stack = e.stack;
  if (e.code) Object.assign(err, { code: e.code, ...(e.path ? { path: e.path } : {}) });
  return err;
}

/**
 * The compiled worker. When this module itself runs from the TypeScript sources (in the tests, which compile
 * dist/ before they start), the worker is taken from dist/: a worker thread cannot load TypeScript.
 */
function workerScript(): URL {
  const beside = new URL('./worker.js', import.meta.url);
  return fs.existsSync(fileURLToPath(beside)) ? beside : new URL('../../dist/render/worker.js', import.meta.url);
}

/**
 * Renders the site into `temp` in a worker thread. With `modelled`, the thread renders from the model it is handed
 * once that is made (it loads the renderer meanwhile) instead of checking the archive itself. `stop` ends the
 * thread where it is: the promise is then rejected with the reason.
 */
export function renderInWorker(options: BuildOptions, temp: string, progress: (e: ProgressEvent) => void, { stop, modelled }: { stop?: AbortSignal | undefined; modelled?: Promise<Modelled> | undefined } = {}): Promise<WorkerResult> {
  // What a thread can be handed: the options as data (dev's come with its callbacks).
  const { root, outDir, templatesDir, cacheTemplates, base, siteUrl, sourceUrl, title, contact, accessibilityReviewed, today } = options;
  const picked = { root, outDir, templatesDir, cacheTemplates, base, siteUrl, sourceUrl, title, contact, accessibilityReviewed, today };
  // Those given: an option left out is absent, not there as undefined.
  const given = Object.fromEntries(Object.entries(picked).filter(([, v]) => v !== undefined)) as WorkerInput['options'];
  const input: WorkerInput = { options: given, temp, modelled: modelled !== undefined };
  return new Promise((resolve, reject) => {
    if (stop?.aborted) return reject(stop.reason);
    const worker = new Worker(workerScript(), { workerData: input });
    let result: WorkerResult | undefined;
    let failure: Error | undefined;
    const abort = () => {
      failure ??= stop?.reason as Error;
      void worker.terminate();
    };
    stop?.addEventListener('abort', abort, { once: true });
    modelled?.then((m) => worker.postMessage(m), abort);
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') progress(m.event);
      else if (m.type === 'done') result = m.result as WorkerResult;
      else if (!failure) {
        failure = new InternalError('Bygget avbröts av ett fel.', { cause: revive(m.error) });
        // Eleventy may still have pages on their way to the temporary folder: stop it writing before the caller removes the folder.
        void worker.terminate();
      }
    });
    worker.on('error', (err) => {
      failure ??= new InternalError('Bygget avbröts av ett fel.', { cause: err });
    });
    // Settle only once the thread is gone: its memory is free before indexing starts, and it writes no more.
    worker.on('exit', (code) => {
      stop?.removeEventListener('abort', abort);
      if (failure) reject(failure);
      else if (result) resolve(result);
      else reject(new InternalError(`Byggtråden avslutades oväntat (kod ${code}).`));
    });
  });
}
