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

/**
 * Where each line of a text starts (the first at 0), its lines those an editor and Markdown (markdown-it) show: ended
 * by LF, CRLF or a lone CR, as old Macs and some pastes leave.
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  // Each line end found with indexOf: a CR right before an LF is part of that CRLF, any other CR ends a line of its own.
  let cr = text.indexOf('\r');
  for (let lf = text.indexOf('\n'); ; ) {
    if (cr !== -1 && (lf === -1 || cr < lf - 1)) {
      starts.push(cr + 1);
      cr = text.indexOf('\r', cr + 1);
      continue;
    }
    if (lf === -1) return starts;
    starts.push(lf + 1);
    if (cr !== -1 && cr < lf) cr = text.indexOf('\r', lf + 1);
    lf = text.indexOf('\n', lf + 1);
  }
}

/**
 * A text with each lone CR made an LF, as an editor and Markdown read it: the text checks find their lines in it with
 * LF and CRLF alone. One character for one, so an offset in it is the same in the file. A minutes file is split and
 * its fields read in it, so both YAML parsers read the lines an editor shows: js-yaml takes a lone CR for a line
 * break, as YAML 1.2 says, the `yaml` package for a character of the line (and has no option to do otherwise).
 */
export const withEditorLineEnds = (text: string): string => (text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text);

/**
 * Line starts of a text, for offset -> {line, col} (both 1-based) and the line around an offset, by binary search.
 * Its lines are those an editor shows (see lineStarts).
 */
export class LineIndex {
  private readonly starts: number[];
  private readonly length: number;

  constructor(private readonly text: string) {
    this.starts = lineStarts(text);
    this.length = text.length;
  }

  /** An offset inside a CRLF (at its LF) is placed at its CR: where the line ends in an editor, not a column past it. */
  position(offset: number): { line: number; col: number } {
    const i = this.lineOf(offset);
    const inBreak = this.text[offset] === '\n' && offset > this.starts[i]! && this.text[offset - 1] === '\r';
    return { line: i + 1, col: offset - this.starts[i]! + (inBreak ? 0 : 1) };
  }

  /** Where the line holding `offset` starts (a line break belongs to the line it ends). */
  lineStart(offset: number): number {
    return this.starts[this.lineOf(offset)]!;
  }

  /** Where the line holding `offset` ends: at its line break (a CRLF's LF, so that its CR is the line's last character), or at the end of the text. */
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
