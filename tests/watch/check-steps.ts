// Tables of saves run through a DevSession, each compared with `minutes check` from scratch (diagnostics.test.ts,
// registry-slips.test.ts): the session must report exactly what check finds, and each step do what it says.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { DevSession } from '../../src/watch/session.js';
import { check } from '../../src/pipeline.js';
import type { Diagnostic } from '../../src/diagnostics.js';

/** Each problem as the editor sees it: place, code, message and hint. */
export const located = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.file}:${d.line}:${d.col} ${d.severity} ${d.code} ${d.message}${d.hint ? ` (${d.hint})` : ''}`);

/** Each problem without its line and column, which an edit above it moves. */
export const unlocated = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.file} ${d.severity} ${d.code} ${d.message}${d.hint ? ` (${d.hint})` : ''}`);

/** Replaces `from` with `to` in a source file under `root`, which must contain it; returns the file as changed. */
export function replaceIn(root: string, rel: string, from: string | RegExp, to: string): string[] {
  const before = fs.readFileSync(path.join(root, rel), 'utf8');
  const after = before.replace(from, to);
  expect(after, `${rel}: ${from}`).not.toBe(before);
  fs.writeFileSync(path.join(root, rel), after);
  return [rel];
}

/**
 * A runner of steps that build on each other, as saves do: each makes its change, the session applies the files it
 * returns, and its problems must be check's, to the column and the hint. `added` are the codes of every problem the
 * step adds, and `removed` whether it takes some away, both as `key` tells problems apart.
 */
export function checkedSteps(root: string, session: DevSession, today: string, key = located) {
  /** What `minutes check` said before the step. */
  let previous: string[] | undefined;
  return async (added: readonly string[], removed: boolean, change: () => string[]): Promise<void> => {
    previous ??= key(check(root, today).diagnostics);
    const result = await session.update(change());
    const fresh = check(root, today);
    expect(located(result.diagnostics)).toEqual(located(fresh.diagnostics));
    expect(result.kind === 'errors').toBe(!fresh.ok);
    // The step did what it says: the problems it adds, and none or some taken away.
    const now = key(fresh.diagnostics);
    const before = previous;
    expect([...new Set(fresh.diagnostics.filter((_d, i) => !before.includes(now[i]!)).map((d) => d.code))].sort()).toEqual([...added].sort());
    expect(before.some((d) => !now.includes(d))).toBe(removed);
    previous = now;
  };
}
