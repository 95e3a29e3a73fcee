// How `minutes dev` gathers saves into batches, on a fake clock: a burst is one batch, activity the watcher does
// not report as a save holds it back (but not for ever), and saves that come while a batch is applied, even after
// the next one's time came, join the next one. A file left empty holds its batch back longer, for an editor that
// saves by emptying the file and then writing it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveGatherer } from '../../src/watch/gather.js';

const TIMES = { quietMs: 60, longestMs: 1_000, emptyQuietMs: 400, now: () => Date.now() };

describe('gathering saves', () => {
  let batches: { at: number; files: string[] }[];
  let start: number;
  /** Batches are applied at once, unless a test holds them. */
  let hold: Promise<void> | undefined;
  /** The files that are empty now. */
  let empty: Set<string>;
  const gatherer = () =>
    new SaveGatherer(
      async (files) => {
        batches.push({ at: Date.now() - start, files });
        await hold;
      },
      TIMES,
      (file) => empty.has(file),
    );

  beforeEach(() => {
    vi.useFakeTimers();
    start = Date.now();
    batches = [];
    hold = undefined;
    empty = new Set();
  });
  afterEach(() => vi.useRealTimers());

  it.each([
    ['one save', [[0, 'add', 'a.md']], [{ at: 60, files: ['a.md'] }]],
    ['the same file saved five times 20 ms apart, told once (the watcher reports a file once in 50 ms)', [[0, 'add', 'a.md'], [20, 'raw'], [40, 'raw'], [60, 'raw'], [80, 'raw']], [{ at: 140, files: ['a.md'] }]],
    ['two files 50 ms apart', [[0, 'add', 'a.md'], [50, 'add', 'b.md']], [{ at: 110, files: ['a.md', 'b.md'] }]],
    ['two files 100 ms apart', [[0, 'add', 'a.md'], [100, 'add', 'b.md']], [{ at: 60, files: ['a.md'] }, { at: 160, files: ['b.md'] }]],
    ['activity with no save gathered', [[0, 'raw'], [30, 'raw']], []],
    ['a save among activity that never stops', [[0, 'add', 'a.md'], ...Array.from({ length: 150 }, (_, i) => [10 + i * 10, 'raw'] as const)], [{ at: 1_000, files: ['a.md'] }]],
    ['a file emptied and written 150 ms later (an editor saving so), one batch once written', [[0, 'empty', 'a.md'], [150, 'add', 'a.md']], [{ at: 210, files: ['a.md'] }]],
    ['a file emptied and written 350 ms later', [[0, 'empty', 'a.md'], [350, 'add', 'a.md']], [{ at: 410, files: ['a.md'] }]],
    ['a file emptied that stays empty, told once quiet for longer', [[0, 'empty', 'a.md']], [{ at: 400, files: ['a.md'] }]],
    ['a file emptied, the batch held back by activity after it', [[0, 'empty', 'a.md'], [100, 'raw']], [{ at: 500, files: ['a.md'] }]],
    ['a file emptied, and another saved while it is empty, gathered with it', [[0, 'empty', 'a.md'], [300, 'add', 'b.md']], [{ at: 700, files: ['a.md', 'b.md'] }]],
    ['a file emptied among activity that never stops', [[0, 'empty', 'a.md'], ...Array.from({ length: 150 }, (_, i) => [10 + i * 10, 'raw'] as const)], [{ at: 1_000, files: ['a.md'] }]],
  ] as const)('%s', async (_, events, expected) => {
    const g = gatherer();
    let now = 0;
    for (const [at, kind, file] of events as readonly (readonly [number, string, string?])[]) {
      await vi.advanceTimersByTimeAsync(at - now);
      now = at;
      if (kind === 'raw') g.activity();
      else {
        if (kind === 'empty') empty.add(file!);
        else empty.delete(file!);
        g.add(file!);
      }
    }
    await vi.advanceTimersByTimeAsync(3_000);
    expect(batches).toEqual(expected);
  });

  it('lets saves made while a batch is applied, also after the next one was due, join the next batch', async () => {
    const g = gatherer();
    let release!: () => void;
    hold = new Promise((r) => (release = r));
    g.add('a.md');
    await vi.advanceTimersByTimeAsync(60);
    expect(batches.map((b) => b.files)).toEqual([['a.md']]);
    // A git pull while a.md is being built: b.md is due after 60 ms, c.md comes 40 ms after that, a.md's build
    // ends, and d.md comes 40 ms later still: one burst, one batch.
    g.add('b.md');
    await vi.advanceTimersByTimeAsync(100);
    g.add('c.md');
    release();
    hold = undefined;
    await vi.advanceTimersByTimeAsync(40);
    g.add('d.md');
    await vi.advanceTimersByTimeAsync(3_000);
    expect(batches.map((b) => b.files)).toEqual([['a.md'], ['b.md', 'c.md', 'd.md']]);
  });

  it('applies nothing more once closed, and hands back the saves gathered, for dev to build before it ends', async () => {
    const g = gatherer();
    g.add('a.md');
    expect(g.close()).toEqual(['a.md']);
    g.add('b.md');
    await vi.advanceTimersByTimeAsync(3_000);
    expect(batches).toEqual([]);
  });

  it('hands back on closing a batch that was due while the one before was applied', async () => {
    const g = gatherer();
    let release!: () => void;
    hold = new Promise((r) => (release = r));
    g.add('a.md');
    await vi.advanceTimersByTimeAsync(60);
    g.add('b.md');
    await vi.advanceTimersByTimeAsync(100);
    expect(g.close()).toEqual(['b.md']);
    release();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(batches.map((b) => b.files)).toEqual([['a.md']]);
  });
});
