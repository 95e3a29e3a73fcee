// Shared by the trust tests: building from the compiled pipeline, and what every diagnostic must satisfy.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import type { BuildOptions, BuildResult } from '../../src/pipeline.js';
import { PROJECT } from '../helpers/archive.js';

/**
 * `build()` as the CLI runs it: from dist/ (compiled by the global setup). The render stage's worker thread
 * is compiled JavaScript in any case, so this way the whole build comes from one compilation.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const pipeline = (await import(pathToFileURL(path.join(PROJECT, 'dist', 'pipeline.js')).href)) as typeof import('../../src/pipeline.js');
  return pipeline.build(options);
}

/** A build into `outDir` of the archive at `root`, with the options the CLI uses by default. */
export const buildInto = (root: string, outDir: string, extra: Partial<BuildOptions> = {}) => buildSite({ root, outDir, base: '/', title: 'Protokoll', ...extra });

/** A stack trace line ("    at fn (file.js:1:2)") or Node's uncaught-error banner: never shown for bad input. */
export const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$|^\w*Error: |internal error|internt fel|node:internal/m;

/**
 * Every diagnostic names a file of the archive and a line and column inside it, and says something.
 * `texts` maps the archive's files to their text, to check that positions lie inside them.
 */
export function expectLocated(diagnostics: readonly Diagnostic[], texts: ReadonlyMap<string, string> | Record<string, string>): void {
  const get = (f: string) => (texts instanceof Map ? texts.get(f) : (texts as Record<string, string>)[f]);
  for (const d of diagnostics) {
    const text = get(d.file);
    const where = `${d.file}:${d.line}:${d.col} ${d.code}`;
    expect(d.line, where).toBeGreaterThanOrEqual(1);
    expect(d.col, where).toBeGreaterThanOrEqual(1);
    expect(d.message.length, where).toBeGreaterThan(5);
    expect(d.message, where).not.toMatch(STACK_TRACE);
    if (text !== undefined) {
      const lines = text.replace(/^\uFEFF/, '').split('\n');
      expect(d.line, where).toBeLessThanOrEqual(lines.length);
      expect(d.col, where).toBeLessThanOrEqual((lines[d.line - 1]?.length ?? 0) + 1);
    }
  }
}
