// Watch mode against full builds: a run of seeded random edits (random-edits.ts) applied to an archive with a
// DevSession kept in step, and what follows saves in `minutes dev` (AfterSaves: open data, then the search index)
// run as dev runs it; after each, every file of the incrementally updated site must equal a full build of the same
// sources, its search index hold the same pages, words, filter values and sorts (search-index.ts), and the problems
// watch mode reports be those of `check`. Used by random-edits.test.ts, and by longer runs over many seeds.
import fs from 'node:fs';
import path from 'node:path';
import { AfterSaves } from '../../src/watch/after-saves.js';
import { DevSession, type UpdateResult } from '../../src/watch/session.js';
import { check, renderSite } from '../../src/pipeline.js';
import { MEETING_PAGES_GLOB } from '../../src/render/view.js';
import { SearchIndexer } from '../../src/search/pagefind.js';
import { prng } from '../../src/util/random.js';
import { tempDir } from '../helpers/archive.js';
import { searchIndexDifference } from '../helpers/search-index.js';
import { listFiles } from '../helpers/site.js';
import { RandomEditor, type Edit } from './random-edits.js';
import type { Diagnostic } from '../../src/diagnostics.js';

export interface RunOptions {
  /** An archive to edit (changed in place). */
  readonly root: string;
  readonly seed: number;
  readonly edits: number;
  /** The day builds are for: after every meeting, so that nothing depends on the clock. */
  readonly today: string;
  /** Minutes files are deleted only while there are more (see RandomEditor). */
  readonly minFiles?: number;
  /** How often an edit is a YAML slip in people.yml or organisations.yml, while nothing else is broken (see RandomEditor). */
  readonly registrySlips?: number;
  /** How often an edit is one of the newer shapes check tells, while nothing else is broken (see RandomEditor). */
  readonly shapes?: number;
}

export interface RunResult {
  /** How many times the sites were compared (after each edit that left the archive valid). */
  readonly compared: number;
  /** The edits made, a line per save (or burst of saves). */
  readonly log: readonly string[];
  /** What differed first, if anything: the edits up to then and the files that differ. */
  readonly failure?: string;
}

/** Every file of a folder with its bytes; `skip` leaves out paths that start with it. */
function contents(dir: string, skip?: string): Map<string, Buffer> {
  return new Map(listFiles(dir).filter((f) => !skip || !f.startsWith(skip)).map((f) => [f, fs.readFileSync(path.join(dir, f))]));
}

/** Puts the files of `root` back as `then` has them; returns the paths it changed. */
function restore(root: string, then: ReadonlyMap<string, Buffer>): string[] {
  const now = contents(root);
  const changed: string[] = [];
  for (const [f, bytes] of then) {
    if (now.get(f)?.equals(bytes)) continue;
    fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    fs.writeFileSync(path.join(root, f), bytes);
    changed.push(f);
  }
  for (const f of now.keys()) {
    if (then.has(f)) continue;
    fs.rmSync(path.join(root, f));
    changed.push(f);
  }
  return changed;
}

/** The first lines where two texts differ, for a report. */
function firstDifference(a: string, b: string): string {
  const [x, y] = [a.split('\n'), b.split('\n')];
  const i = x.findIndex((line, n) => line !== y[n]);
  const at = i < 0 ? x.length : i;
  return `line ${at + 1}:\n  watch: ${(x[at] ?? '(end)').slice(0, 400)}\n  build: ${(y[at] ?? '(end)').slice(0, 400)}`;
}

/** Compares the site kept by watch mode with a full build; a description of what differs, or undefined. */
function compareSites(live: string, fresh: string): string | undefined {
  const [a, b] = [contents(live, 'pagefind/'), contents(fresh, 'pagefind/')];
  const missing = [...b.keys()].filter((f) => !a.has(f));
  const extra = [...a.keys()].filter((f) => !b.has(f));
  const differ = [...b.keys()].filter((f) => a.has(f) && !a.get(f)!.equals(b.get(f)!));
  if (missing.length + extra.length + differ.length === 0) return undefined;
  const first = differ[0];
  return [
    ...(missing.length ? [`missing in watch mode: ${missing.join(', ')}`] : []),
    ...(extra.length ? [`only in watch mode: ${extra.join(', ')}`] : []),
    ...(differ.length ? [`differ: ${differ.join(', ')}`] : []),
    ...(first ? [`${first} ${firstDifference(a.get(first)!.toString('utf8'), b.get(first)!.toString('utf8'))}`] : []),
  ].join('\n');
}

/** Indexes the meeting pages of the site in `dir` into its pagefind/ folder, as a build does. */
async function indexSite(dir: string): Promise<void> {
  const indexer = await SearchIndexer.start();
  try {
    await indexer.addDirectory(dir, MEETING_PAGES_GLOB);
    await indexer.write(path.join(dir, 'pagefind'));
  } finally {
    await indexer.close();
  }
}

/**
 * What follows saves, run as `minutes dev` runs it (dev.ts): stopped while a save is applied, then started once
 * saves pause (a full rebuild wrote it all). `settled` waits until the open data and search index are those of the
 * pages; a description of what went wrong, or undefined.
 */
class FollowingSaves {
  private readonly said: string[] = [];
  private readonly after: AfterSaves;

  constructor(
    live: string,
    private readonly session: DevSession,
  ) {
    this.after = new AfterSaves(live, (stop) => session.writeExtras(stop), (m) => this.said.push(m));
  }

  /**
   * A save, applied as dev applies it. Only the work the save asks for is made (its `afterwards`), so a save that
   * wrongly asks for no open data or no index leaves the site unlike a full build's, and the comparison fails.
   */
  async update(changed: readonly string[]): Promise<UpdateResult> {
    await this.after.interrupt();
    const result = await this.session.update(changed);
    if (result.kind === 'rendered' && result.full) this.after.cancel();
    else if (result.kind === 'rendered') this.after.schedule(result.afterwards);
    else this.after.resume();
    return result;
  }

  async settled(timeoutMs = 60_000): Promise<string | undefined> {
    const until = performance.now() + timeoutMs;
    while (!this.after.current && performance.now() < until && !this.failed()) await new Promise((r) => setTimeout(r, 20));
    if (this.failed()) return `what follows saves failed:\n${this.said.join('\n')}`;
    return this.after.current ? undefined : `the open data and search index were not in place ${timeoutMs} ms after the save`;
  }

  private failed = () => this.said.some((m) => m.startsWith('Sökindexet kunde inte'));

  close = () => this.after.close();
}

const said = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.file}:${d.line}:${d.col} ${d.code} ${d.message}${d.hint ? ` (${d.hint})` : ''}`).join('\n');

/** What differs between the problems watch mode reports and those `check` finds from scratch, or undefined. */
function differentProblems(watch: readonly Diagnostic[], checked: readonly Diagnostic[]): string | undefined {
  return said(watch) === said(checked) ? undefined : `watch mode's problems are not check's:\nwatch:\n${said(watch)}\ncheck:\n${said(checked)}`;
}

/**
 * Makes `edits` random edits to the archive, one save at a time or a few at once, with YAML slips left for a save
 * or three and then fixed; an edit that makes the archive wrong otherwise (a follow-up's action removed, a linked
 * file deleted) is undone. After every save the session must agree with `check` on whether there are errors, and
 * while there are none its site must equal a full build's, and so must its search index once in place.
 */
export async function runRandomEdits(options: RunOptions): Promise<RunResult> {
  const { root, seed, today } = options;
  const site = { base: '/', title: 'Protokoll', today };
  const live = path.join(tempDir(), 'site');
  const session = new DevSession({ root, outDir: live, ...site });
  const log: string[] = [];
  const fail = (what: string): RunResult => ({ compared, log, failure: `${what}\nafter (seed ${seed}):\n${log.join('\n')}` });
  let compared = 0;
  if ((await session.start()).kind !== 'rendered') return fail('the first build failed');
  const following = new FollowingSaves(live, session);
  const rand = prng(seed);
  const editor = new RandomEditor(root, rand, options.minFiles, options.registrySlips, options.shapes);
  let good = contents(root);
  let brokenFor = 0;
  try {
    for (let edits = 0; edits < options.edits; ) {
      // Mostly one save, now and then a burst of a few.
      const batch: Edit[] = Array.from({ length: rand() < 0.7 ? 1 : 2 + Math.floor(rand() * 3) }, () => editor.next());
      // A YAML slip stays for a save or three, with other edits saved meanwhile, and is then fixed.
      if (editor.broken && brokenFor === 0) brokenFor = 1 + Math.floor(rand() * 3);
      else if (editor.broken && --brokenFor === 0) batch.push(editor.fix()!);
      edits += batch.length;
      log.push(batch.map((e) => e.what).join(' | '));
      let result = await following.update(batch.flatMap((e) => e.changed));
      let checked = check(root, today);
      let problems = differentProblems(result.diagnostics, checked.diagnostics);
      if (problems) return fail(problems);
      if (!checked.ok) {
        if (result.kind !== 'errors') return fail(`check found errors, watch mode ${result.kind}: ${checked.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.file}`).join(', ')}`);
        if (editor.broken) continue;
        log.push('(undone)');
        result = await following.update(restore(root, good));
        checked = check(root, today);
        if (!checked.ok) return fail('undone, and still errors');
      }
      problems = differentProblems(result.diagnostics, checked.diagnostics);
      if (problems) return fail(problems);
      if (result.kind === 'errors') return fail(`check passed, watch mode ${result.kind}: ${result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.file} ${d.message}`).join('; ')}`);
      good = contents(root);
      const fresh = tempDir();
      const full = await renderSite(checked, { root, outDir: fresh, ...site }, fresh, {});
      if (!full.ok) return fail(`the full build failed: ${full.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.file}`).join(', ')}`);
      // The full build's index is made while watch mode's follows the save, as a save's would be.
      const [, behind] = await Promise.all([indexSite(fresh), following.settled()]);
      if (behind) return fail(behind);
      const differs = compareSites(live, fresh) ?? searchIndexDifference(live, fresh);
      fs.rmSync(fresh, { recursive: true });
      if (differs) return fail(differs);
      compared++;
    }
    return { compared, log };
  } finally {
    await following.close();
  }
}
