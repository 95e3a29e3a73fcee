// The text of the block docx.ts is building, kept as the pieces appended to it: a pasted paragraph may hold thousands
// of Word's runs, and copying or matching the whole text at each of them took time growing with its square.

/**
 * How far a block's text is from holding only what may come before its line's start (see docx.ts, `lineStart`):
 * spaces (`lead`), inside the number Word shows (`number`), spaces after it (`after`), or past it (`no`), which
 * nothing appended undoes.
 */
export type LineStart = 'lead' | 'number' | 'after' | 'no';

const NUMBER_OPEN = 0xe000;
const NUMBER_CLOSE = 0xe001;
const blank = (c: number) => c === 0x20 || c === 0x09;

/** The state after `text` from `state`: read only until it is `no`. */
export function lineStartAfter(state: LineStart, text: string): LineStart {
  for (let i = 0; i < text.length && state !== 'no'; i++) {
    const c = text.charCodeAt(i);
    if (state === 'number') state = c === NUMBER_CLOSE ? 'after' : c === NUMBER_OPEN ? 'no' : 'number';
    else if (!blank(c)) state = state === 'lead' && c === NUMBER_OPEN ? 'number' : 'no';
  }
  return state;
}

export class Block {
  private pieces: string[] = [];
  /** The text's length, in UTF-16 units, as String's. */
  length = 0;
  /** Where the text's end stands (see `LineStart`). */
  start: LineStart = 'lead';

  append(text: string): void {
    if (text === '') return;
    this.pieces.push(text);
    this.length += text.length;
    this.start = lineStartAfter(this.start, text);
  }

  /**
   * The text from `at` on, taken out of the block, in time with its length. `startAt`: where the text up to `at`
   * stands, as it was when the block was that long; read again from the text when not known.
   */
  take(at: number, startAt: LineStart | undefined): string {
    const taken: string[] = [];
    for (let need = this.length - at; need > 0; ) {
      const piece = this.pieces.pop()!;
      if (piece.length > need) {
        this.pieces.push(piece.slice(0, piece.length - need));
        taken.push(piece.slice(piece.length - need));
        break;
      }
      taken.push(piece);
      need -= piece.length;
    }
    this.length = Math.min(this.length, Math.max(at, 0));
    this.start = startAt ?? lineStartAfter('lead', this.text());
    return taken.reverse().join('');
  }

  /** The whole text, kept as one piece from then on. */
  private text(): string {
    const all = this.pieces.join('');
    this.pieces = all === '' ? [] : [all];
    return all;
  }
}
