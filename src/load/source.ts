// A file's text with what is needed to turn offsets into lines and columns.

export interface SourceFile {
  /** Path relative to the root, with forward slashes; this is what diagnostics print. */
  readonly path: string;
  /** Absolute path on disk. */
  readonly absPath: string;
  /** The text, decoded as UTF-8, without a byte-order mark. */
  readonly text: string;
  /**
   * True when the text has no control character and no surrogate (see isPlainText): looked for once in the whole text,
   * so that its fields and its Markdown are not each searched again. Absent when not looked for.
   */
  readonly plain?: boolean;
}

/** Line starts of a text, for offset -> {line, col} (both 1-based) and the line around an offset, by binary search. */
export class LineIndex {
  private readonly starts: number[] = [0];
  private readonly length: number;

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
    this.length = text.length;
  }

  position(offset: number): { line: number; col: number } {
    const i = this.lineOf(offset);
    return { line: i + 1, col: offset - this.starts[i]! + 1 };
  }

  /** Where the line holding `offset` starts (a line break belongs to the line it ends). */
  lineStart(offset: number): number {
    return this.starts[this.lineOf(offset)]!;
  }

  /** Where the line holding `offset` ends: at its line break, or at the end of the text. */
  lineEnd(offset: number): number {
    const next = this.starts[this.lineOf(offset) + 1];
    return next === undefined ? this.length : next - 1;
  }

  /** The 0-based line holding `offset`. */
  private lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
