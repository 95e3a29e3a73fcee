// A file's text with what is needed to turn offsets into lines and columns.

export interface SourceFile {
  /** Path relative to the root, with forward slashes; this is what diagnostics print. */
  readonly path: string;
  /** Absolute path on disk. */
  readonly absPath: string;
  /** The text, decoded as UTF-8, without a byte-order mark. */
  readonly text: string;
}

/** Line starts of a text, for offset -> {line, col} (both 1-based) by binary search. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; col: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - this.starts[lo]! + 1 };
  }
}
