// A field a space or three out of line with the field above it, found in one pass over the text.
import { clip } from '../../util/clip.js';
import type { Positioned, Slip } from './scan.js';

/** The first field of `text` out of line (see misalignedKey), by where its line ends (+ 1). */
export function firstMisaligned(text: string): Positioned<Slip> | undefined {
  let above: KeyLine | undefined;
  // The key line above `above`'s, and the columns `above`'s line closed: a field written further out than its
  // entry's ("ended: 2016-12-31" first on its line under a group) is told by the line below it.
  let aboveThat: KeyLine | undefined;
  let closedByAbove: number[] = [];
  // The columns of the fields the current line may belong to, outermost first.
  const open: number[] = [];
  // The column of a field whose value is a block of text (summary: >-): its lines are text, not fields.
  let block: number | undefined;
  // The column of a field whose value in quotes or brackets goes on below it (note: "Vi ses" above "    igen: …"),
  // and what is still open: its lines further in are the value's, not fields.
  let over: { column: number; open: Open } | undefined;
  // A value after a key's colon or a list's dash, at `column`: a block of text, or one in quotes or brackets that
  // goes on below. A tag or an anchor may stand before it (summary: !!str |, attendees: &alla [Leif, …).
  const valueAt = (after: string, column: number): void => {
    const value = after.trimStart().replace(/^(?:[!&]\S*\s+)+/, '');
    if (/^[|>](?:[1-9][+-]?|[+-][1-9]?)?\s*(?:#.*)?$/.test(value)) block = column;
    const left = /^["'[{]/.test(value) ? stillOpen(value, { depth: 0 }) : undefined;
    if (left) over = { column, open: left };
  };
  let at = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    // Without the CR of a CRLF line ending: "." in the patterns below stops at it.
    const line = raw.replace(/\r$/, '');
    const indent = /^ */.exec(line)![0].length;
    if (over && line.trim() !== '' && indent > over.column) {
      const open = stillOpen(line, over.open);
      over = open ? { column: over.column, open } : undefined;
      at += raw.length + 1;
      continue;
    }
    over = undefined;
    if (line.trim() === '' || /^\s*#/.test(line) || (block !== undefined && indent > block)) {
      at += raw.length + 1;
      continue;
    }
    block = undefined;
    // Any plain key, not only a field's: an id in people.yml may be written as the name ("Kalle Åström:"), and
    // a key missed here would leave the fields above it open, and the next key taken for one of them.
    const m = /^( *)(- +)?([^\s#:\-"'[\]{}*&!|>%@`][^:#]*?):(?:\s|$)/u.exec(line);
    if (m && !m[2]) {
      const belongs = open.includes(indent) || (above?.opens === true && indent > above.column);
      // "ended: 2016-12-31" first on its line, then "  ny-grupp:" as far in as the group above: the field slipped out.
      const out = above && aboveThat && !belongs && !above.opens && indent > above.column && closedByAbove.includes(indent) && aboveThat.column >= indent ? above : undefined;
      if (out) return { at: at + raw.length + 1, found: misalignedSlip(lines, out, aboveThat!) };
      if (above && !belongs && Math.abs(indent - above.column) <= 3) return { at: at + raw.length + 1, found: misalignedSlip(lines, { key: m[3]!, column: indent, opens: false, at, index: i }, above) };
    }
    // Whatever stands at this line's indent or further in is closed by it; a dash leaves open the field as far in as
    // it, whose list it may begin ("actions:" above "- who: Leif").
    const closed: number[] = [];
    const dash = /^ *-(?:\s|$)/.test(line);
    while (open.length > 0 && (open[open.length - 1]! > indent || (open[open.length - 1] === indent && !dash))) closed.push(open.pop()!);
    if (!m) {
      // An item of the list of the field above ("      - leif-redestig" below "    members:") leaves it the one above;
      // its value may be text below it ("  - |" above "    Lokal: Bryggan").
      if (!(above && indent > above.column)) above = undefined;
      const item = /^ *-[ \t]+(.*)$/.exec(line);
      if (item) valueAt(item[1]!, indent);
    } else {
      const column = indent + (m[2]?.length ?? 0);
      open.push(column);
      valueAt(line.slice(m[0].length), column);
      aboveThat = above;
      closedByAbove = closed;
      above = { key: m[3]!, column, opens: /:\s*(?:#.*)?$/.test(line), at, index: i };
    }
    at += raw.length + 1;
  }
  return undefined;
}

/** What a value in quotes or brackets left open at the end of a line: the brackets, and the quote inside them. */
interface Open {
  readonly depth: number;
  readonly quote?: string;
}

/**
 * What is still open after `line` of a value in quotes or brackets, with `open` open before it; undefined once the
 * value has ended (its quote closed, outside brackets, or its last bracket). A # after a blank outside quotes ends the
 * line's value.
 */
function stillOpen(line: string, open: Open): Open | undefined {
  let { depth, quote } = open;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote === '"') {
      if (c === '\\') i++;
      else if (c === '"') quote = undefined;
    } else if (quote === "'") {
      if (c === "'" && line[i + 1] === "'") i++;
      else if (c === "'") quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) break;
    if (quote === undefined && depth <= 0) return undefined;
  }
  return { depth, ...(quote ? { quote } : {}) };
}

/** A line with a key, as firstMisaligned sees it: the key, its column, whether its value is below it, where it starts and which line it is. */
interface KeyLine {
  readonly key: string;
  readonly column: number;
  readonly opens: boolean;
  readonly at: number;
  readonly index: number;
}

/**
 * The slip of the field of `slipped` out of line with `under`, whose column it belongs at: said with the line to
 * write, and its lines (with those further in below it, its value's) to blank, so the fields below are read.
 */
function misalignedSlip(lines: readonly string[], slipped: KeyLine, under: KeyLine): Slip {
  const first = lines[slipped.index]!.replace(/\r$/, '');
  const deeper = Math.max(slipped.column, under.column);
  let last = slipped.index;
  for (let j = slipped.index + 1; j < lines.length; j++) {
    const l = lines[j]!;
    if (l.trim() === '' || /^\s*#/.test(l)) continue;
    if (/^ */.exec(l)![0].length <= deeper) break;
    last = j;
  }
  let end = slipped.at;
  for (let j = slipped.index; j <= last; j++) end += lines[j]!.length + (j < last ? 1 : 0);
  const written = `${' '.repeat(under.column)}${first.trimStart()}`;
  return {
    offset: slipped.at + slipped.column,
    message: `Fältet "${clip(slipped.key)}" står inte rakt under "${clip(under.key)}" på raden ovanför, så det går inte att läsa.`,
    hint: `Ställ ${clip(slipped.key)}: rakt under ${clip(under.key)}: (${under.column === 0 ? 'först på raden' : `${under.column} mellanslag in`}): "${clip(written)}"`,
    value: [slipped.at + slipped.column, end],
  };
}
