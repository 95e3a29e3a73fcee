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

/** The line `offset` stands on. */
export const lineAround = (text: string, offset: number): Line => lineFrom(text, offset > 0 ? text.lastIndexOf('\n', offset - 1) + 1 : 0);

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
