// The lines of a list whose items are fields (actions, decisions, followups, memberships) as the slips around their
// dashes read them: a line by where it starts, the line above or below past blanks and comments, and what an item of
// each such list is called.

export interface Line {
  /** Where the line starts in the text. */
  readonly at: number;
  /** The line without its CR. */
  readonly text: string;
}

/** A field with its value on its line ("  due: 2016-04-01"). */
export const FIELD = /^( *)([A-Za-z_]+):[ \t]+[^\s#]/;
/** A list's item that starts with a field ("  - who: Leif Redestig"). */
export const DASH_FIELD = /^( *)(-[ \t]+)([A-Za-z_]+):(?:[ \t]|$)/;
/** A field whose value is below it ("actions:"). */
export const PARENT = /^( *)([A-Za-z_]+):[ \t]*(?:#.*)?$/;
/** How many fields, and how many lines of an item, are looked at: a slip is a line or two, and a line is asked about once per error. */
export const MOST = 50;

/** What an item of a list whose items are fields is called: the item, its genitive, one, and "it". */
export interface ItemNoun {
  readonly the: string;
  readonly its: string;
  readonly a: string;
  readonly it: string;
}

/** What an item of each list whose items are fields is called. */
export const ITEM: Readonly<Record<string, ItemNoun>> = {
  actions: { the: 'åtgärden', its: 'åtgärdens', a: 'en åtgärd', it: 'den' },
  decisions: { the: 'beslutet', its: 'beslutets', a: 'ett beslut', it: 'det' },
  followups: { the: 'uppföljningen', its: 'uppföljningens', a: 'en uppföljning', it: 'den' },
  memberships: { the: 'medlemskapet', its: 'medlemskapets', a: 'ett medlemskap', it: 'det' },
};

export function lineFrom(text: string, at: number): Line {
  const end = text.indexOf('\n', at);
  return { at, text: text.slice(at, end === -1 ? text.length : end).replace(/\r$/, '') };
}

/**
 * The line an offset stands on, by halving over where the lines start (found once) and each line made once: the
 * parser may report thousands of errors on one long line, and reading back to its start and copying it for each
 * took the square of its length (5 s for 40,000 repeated keys in braces).
 */
export function lineFinder(text: string): (offset: number) => Line {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  const made = new Map<number, Line>();
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const at = starts[lo]!;
    let line = made.get(at);
    if (!line) made.set(at, (line = lineFrom(text, at)));
    return line;
  };
}

export const skipped = (l: Line): boolean => l.text.trim() === '' || /^\s*#/.test(l.text);

/** The nearest line below `l` that is neither blank nor a comment. */
export function below(text: string, l: Line): Line | undefined {
  for (let at = text.indexOf('\n', l.at); at !== -1; at = text.indexOf('\n', at + 1)) {
    const next = lineFrom(text, at + 1);
    if (!skipped(next)) return next;
  }
  return undefined;
}

/** The nearest line above `l` that is neither blank nor a comment. */
export function above(text: string, l: Line): Line | undefined {
  for (let at = l.at; at > 0; ) {
    // The line above ends with the newline at at - 1 and starts after the newline before that, if any: with `at` 1,
    // lastIndexOf would look at offset 0 again and find that very newline, and the walk would never end.
    const prev = lineFrom(text, at >= 2 ? text.lastIndexOf('\n', at - 2) + 1 : 0);
    if (!skipped(prev)) return prev;
    at = prev.at;
  }
  return undefined;
}

export const indentOf = (l: Line): number => /^ */.exec(l.text)![0].length;
