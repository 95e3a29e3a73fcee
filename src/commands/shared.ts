// Small helpers the commands share: where the root is, how diagnostics are printed, how long things took.
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { codeFrame, formatGithub, formatJson, formatText, summarize } from '../diagnostics.js';
import { UserError } from '../errors.js';
import type { Io, Values } from './types.js';

export function rootOf(values: Values, io: Io): string {
  const root = path.resolve(io.cwd, typeof values.root === 'string' ? values.root : '.');
  if (!fs.existsSync(root)) throw new UserError(`Mappen ${root} finns inte.`);
  if (!fs.statSync(root).isDirectory()) throw new UserError(`${root} är en fil, inte en mapp; ange mappen med minutes/, people.yml och organisations.yml.`);
  return root;
}

export type Format = 'text' | 'json';

export function formatOf(values: Values): Format {
  const f = values.format ?? 'text';
  if (f !== 'text' && f !== 'json') throw new UserError(`Okänt format "${String(f)}": välj text eller json.`);
  return f;
}

/** Prints diagnostics as `minutes check` does; with code frames when `sources` are given and `frames` is on. */
export function printDiagnostics(io: Io, list: readonly Diagnostic[], options: { format?: Format; frames?: ReadonlyMap<string, string> } = {}): void {
  if (options.format === 'json') {
    io.stdout(formatJson(list));
    return;
  }
  if (list.length > 0) {
    if (options.frames) {
      for (const d of list) {
        io.stderr(formatText([d]));
        const src = options.frames.get(d.file);
        if (src !== undefined) io.stderr(indent(codeFrame(src, d.line, d.col)) + '\n');
      }
    } else io.stderr(formatText(list));
  }
  if (io.env.GITHUB_ACTIONS === 'true' && list.length > 0) io.stdout(formatGithub(list));
  io.stderr(summarize(list));
}

const indent = (s: string) =>
  s
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');

/** "0,4 s" */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1).replace('.', ',')} s`;
}
