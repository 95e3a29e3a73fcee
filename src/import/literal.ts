// A plain text's line as Markdown that shows it as written: every character of a .txt is the writer's, and only the
// characters Markdown would read as markup ("> ", "*viktigt*", "[1]: …", "&auml;", "<https://…>") are escaped. Also
// the text of a Word document's runs, between the Markdown its converter writes (docx.ts): see `literalPiece`.

/**
 * Characters Markdown may read inside a line: a backslash before punctuation (it escapes it), runs of stars and
 * underscores (emphasis), backticks (code), two or more tildes (strikethrough), a "<" that starts an autolink, a
 * `<br>` or a comment (HTML is off, those are not), an "&" that starts an entity, and "[" (a link or an image).
 */
const INLINE = /\\(?=[!-/:-@[-`{-~])|\*+|_+|`+|~{2,}|<(?=!--|br[ \t]*\/?>|[^\s<>]*>)|&(?=[a-z][a-z\d]{1,31};|#\d{1,7};|#x[\da-f]{1,6};)|\[/gi;
const SPACE = /\s/u;
const WORD = /[\p{L}\p{N}]/u;

/**
 * A run of stars or underscores that may open or close emphasis: not one with whitespace (or the line's end) on both
 * sides ("Pris * 2"), nor, for underscores, one inside a word ("snake_case"), which CommonMark never reads so.
 */
function delimits(run: string, before: string, after: string): boolean {
  const spaced = (c: string) => c === '' || SPACE.test(c);
  if (spaced(before) && spaced(after)) return false;
  return !(run[0] === '_' && WORD.test(before) && WORD.test(after));
}

/**
 * What stands beyond a piece's ends (see `literalPiece`): unknown, so neither a space nor a letter, and a run of
 * stars or underscores there may delimit.
 */
const BEYOND = '\uFFFF';

/** Every character of `run` escaped. */
const escaped = (run: string): string => run.replace(/[^]/g, '\\$&');

/**
 * The line with its inline markup escaped. Emphasis, code and strikethrough need two runs, one to open and one to
 * close: a lone "*", "`" or "~~" stays as written. A "[" is escaped before the last "](" only, where it may open a
 * link's text ("[a [b] c](url)"); a "[x]" refers to no definition, as none is left unescaped (see `literalBlock`).
 * A `piece` is part of a line, the rest not known: a lone run may pair with one beyond it, and so may a "[" that no
 * "]" closes in it, so those are escaped too, and a run at either end is taken to touch neither a space nor a letter.
 * Two passes over the line, so the work grows with its length.
 */
function inline(text: string, piece = false): string {
  const runs = { '*': 0, _: 0, '`': 0, '~': 0 } as Record<string, number>;
  const edge = piece ? BEYOND : '';
  const candidate = (m: string, at: number) => m[0] === '`' || m[0] === '~' || delimits(m, text[at - 1] ?? edge, text[at + m.length] ?? edge);
  for (const m of text.matchAll(INLINE)) if (m[0][0]! in runs && candidate(m[0], m.index)) runs[m[0][0]!]!++;
  const linkEnd = text.lastIndexOf('](');
  const pairs = piece ? 1 : 2;
  return text.replace(INLINE, (m, at: number) => {
    const c = m[0]!;
    if (c in runs) return runs[c]! >= pairs && candidate(m, at) ? escaped(m) : m;
    if (c === '[') return at < linkEnd || (piece && !text.includes(']', at)) ? '\\[' : m;
    return `\\${m}`;
  });
}

/** A number and its stop that Markdown reads as a list's item ("1.", "2016)"). */
const LIST_NUMBER = /^(\d{1,9})([.)])(?=\s|$)/;
/** A dash, plus, star or "#" that Markdown reads as a list's bullet or a heading's marks. */
const LIST_MARK = /^(?:[-+*]|#{1,6})(?=\s|$)/;

/** What makes Markdown read a line as a list's item or a heading escaped: "2016\\. …", "\\-", "\\#". */
export const listStart = (text: string): string => text.replace(LIST_NUMBER, '$1\\$2').replace(LIST_MARK, '\\$&');

/**
 * Other blocks a line may start: a quote, a rule ("---", "* * *"), a fence, and a link reference definition ("[1]:
 * https://…"), which the site shows as nothing.
 */
const OTHER_BLOCK = /^(?:>|([*_-])(?:[ \t]*\1){2,}[ \t]*$|`{3}|~{3}|\[[^[\]]*\]:)/;

/** What makes Markdown read a line as a block other than a list's item or a heading escaped: "\\> 50 deltagare", "\\---". */
export const otherBlockStart = (text: string): string => (OTHER_BLOCK.test(text) ? `\\${text}` : text);

/** Text whose inline markup is escaped already, with what would start a block there escaped too. */
function blockStart(text: string): string {
  const listed = listStart(text);
  return listed === text ? otherBlockStart(text) : listed;
}

/** A line's text at the start of a block (a paragraph, an item's text) as written, whatever it starts with. */
export const literalBlock = (text: string): string => blockStart(inline(text));

/**
 * A line Markdown reads as underlining the line above it, which makes a heading of that line ("===", "--") or a
 * table's header row of it ("--- | ---", "|:--|--|"), or one from a "|", which the import reads as a table's row.
 */
const UNDER_LINE = /^[-=|: \t]*[-=][-=|: \t]*$|^\|/;

/**
 * A line after a hard line break inside a block (Word's line break, Shift+Enter), its inline markup escaped already,
 * as written: what would start a block escaped as at a block's start ("\\- inte punkt", "2016\\.", "\\#", "\\>"), and
 * what would make a heading or a table of the line above it, or a table of it ("\\===", "\\--", "\\--- | ---", "\\| a |").
 */
export function lineAfterBreak(text: string): string {
  const started = blockStart(text);
  return started === text && UNDER_LINE.test(text) ? `\\${text}` : started;
}

/**
 * A piece of a line's text as written, between Markdown another writes: a Word run's text, which the converter may
 * wrap in "**" or put in a link, neither of which is escaped (see `inline`).
 */
export const literalPiece = (text: string): string => inline(text, true);

/**
 * A table's cell as written, trimmed: its inline markup escaped as a line's (see `inline`), and then every "|", also
 * one after a backslash: markdown-it's table takes the backslash right before a "|" as that "|"'s escape, and splits
 * the row at any other "|". So "a|b" is written a\|b, and a typed \| (escaped to \\| by `inline`) \\\|.
 */
export const literalCell = (text: string): string => markdownCell(inline(text.trim()));

/** Markdown as a table's cell, trimmed, every "|" escaped so that it stays in the cell (see `literalCell`). */
export const markdownCell = (markdown: string): string => markdown.trim().replace(/\|/g, '\\|');

/** A line's text after a block's marks ("3\\. Skåp"), as written. */
export const literalInline = (text: string): string => inline(text);

/** A "#" run at a heading's end, after a space, escaped: it would close the heading, and not show. */
export const unclosedHeading = (text: string): string => text.replace(/(^|\s)(#+)$/, '$1\\$2');

/** A heading's text after its "## ", as written (see `unclosedHeading`). */
export const literalHeading = (text: string): string => unclosedHeading(inline(text));
