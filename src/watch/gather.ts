// Saves gathered into batches, so that a burst of them is one rebuild: editors write a file in several steps or
// through a rename, and git writes many files and a registry at once. A batch is handed on once the watched
// folders have been quiet for a moment (any activity there, also what the watcher does not report, holds it
// back), or a while after its first save at the most. One batch is applied at a time; saves that come while one
// is applied gather into the next, also those that came after the next one's time came. A batch with a file left
// empty waits for quiet longer: some editors save by emptying the file and then writing it, and the write may
// come a while after; a file that stays empty is told then.

export interface GatherTimes {
  /** How long the files must stay quiet before the batch is handed on (ms). */
  readonly quietMs: number;
  /** A folder never quiet (a program writing a log in it) holds a batch back no longer than this (ms). */
  readonly longestMs: number;
  /** How long they must stay quiet when a file of the batch is empty, for its content to arrive (ms). */
  readonly emptyQuietMs: number;
  readonly now?: () => number;
}

export class SaveGatherer {
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  /** When the first save of the batch being gathered came. */
  private since = 0;
  /** When the last save or activity came. */
  private lastActive = 0;
  private running: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly now: () => number;

  constructor(
    private readonly apply: (batch: string[]) => Promise<void>,
    private readonly times: GatherTimes,
    /** Whether `file` is empty now (not whether it is gone). */
    private readonly isEmpty: (file: string) => boolean = () => false,
  ) {
    this.now = times.now ?? (() => performance.now());
  }

  /** A save of `file`. */
  add(file: string): void {
    if (this.closed) return;
    this.pending.add(file);
    this.wait();
  }

  /** Activity in the watched folders that is no save of its own: holds a batch being gathered back. */
  activity(): void {
    if (this.timer) this.wait();
  }

  /** Resolves once every save so far has been applied. */
  async idle(): Promise<void> {
    while (this.timer || this.pending.size > 0) {
      await new Promise((r) => setTimeout(r, 10));
      await this.running;
    }
    await this.running;
  }

  /**
   * Takes no more saves, and applies none of those gathered: they are returned, for the caller to apply now or to
   * say are not applied (a batch due but waiting for the one being applied is among them).
   */
  close(): string[] {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const gathered = [...this.pending];
    this.pending.clear();
    return gathered;
  }

  /** Resolves once the batch being applied, if any, is done. */
  get applying(): Promise<void> {
    return this.running;
  }

  private wait(): void {
    this.lastActive = this.now();
    if (!this.timer) this.since = this.lastActive;
    this.waitQuiet(this.times.quietMs);
  }

  /** Takes the batch once the files have been quiet for `quietMs`, or the batch has waited its longest. */
  private waitQuiet(quietMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    const due = Math.min(this.lastActive + quietMs, this.since + this.times.longestMs);
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.running = this.running.then(() => this.take());
      },
      Math.max(0, due - this.now()),
    );
  }

  private async take(): Promise<void> {
    // Saves came while the batch before was applied, after this one's time had come: they are still arriving
    // (a git pull), and the batch waits for them, as one.
    if (this.timer || this.closed) return;
    const batch = [...this.pending];
    const emptyDue = Math.min(this.lastActive + this.times.emptyQuietMs, this.since + this.times.longestMs);
    if (emptyDue > this.now() && batch.some((file) => this.isEmpty(file))) return this.waitQuiet(this.times.emptyQuietMs);
    this.pending.clear();
    if (batch.length > 0) await this.apply(batch);
  }
}
