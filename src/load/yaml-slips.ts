// What a note-taker most likely mistyped, for the YAML errors that common slips cause: the parser's own message
// names something else, often somewhere else (a missing colon at the end of the front matter for an unclosed quote).
import { clip, clipJoined } from '../util/clip.js';
import { count } from '../util/plural.js';
import { countUpTo } from '../util/sorted.js';
import { LineIndex } from './source.js';
import { fieldBeforeDash } from './field-before-dash.js';
import { FIELD_NAMES } from '../validate/schemas.js';
import { editDistance } from '../util/suggest.js';

export interface Slip {
  readonly offset: number;
  readonly message: string;
  readonly hint: string;
  /**
   * Where the slipped value (or line) lies, when the parser, misled by it, takes the fields below it for part of it
   * (a colon in a value opens a mapping that runs on, a > a block of text): blanked, the rest of the text reads as meant.
   */
  readonly value?: readonly [number, number];
  /** A sign the value starts with, the value's own slip: an item of a list with one may be left out of it alone. */
  readonly sign?: true;
  /** Slips of the same kind the parser says nothing of, read into this one: each to say, and to leave out, as it. */
  readonly also?: readonly Slip[];
}

/**
 * A line whose value opens a quote, double or single ('Bryggan), and does not close it: the value runs on over the
 * lines below, up to the next quote. Matches a single line, or with `m` any line of a text.
 */
export const OPEN_QUOTE = /^([ \t]*(?:-[ \t]+)?(?:[A-Za-z_]+:[ \t]+)?)(?:"(?:[^"\\\n]|\\.)*|'(?:[^'\n]|'')*)$/m;

/**
 * What a note-taker most likely mistyped, for the parser errors that common slips cause: a missing space after a
 * colon ("date:2016-04-04") or a list's dash ("-Leif Redestig"), a second colon in a value ("location: Bryggan: rum 3"),
 * a list item starting with *, a value or an item in brackets ([Anna, *Bo*]) that starts with a sign YAML reads as its own, a value that starts with a quoted word ("Fritidsbanken" har …), and a quote never closed (which the parser reports only where the front matter ends).
 */
export function commonSlip(text: string, yamlCode: string, offset: number): Slip | undefined {
  // "[Leif,, Maria]", "[, Leif]": only inside brackets or braces is a comma ever unexpected, so no slip of a line's
  // shape is.
  const commas = yamlCode === 'UNEXPECTED_TOKEN' && text[offset] === ',' ? (leadingCommas(text, offset) ?? repeatedCommas(text, offset)) : undefined;
  if (commas) return commas;
  // What the line's shape says is asked once for the line, however many errors the parser reports on it (thousands
  // on a line of thousands of "}"): each asked on its own read the whole line again.
  const { start, end, line } = lineAt(text, offset);
  // "  -Leif Redestig": without the space the dash is part of the text, and the parser complains about indentation
  // and keys, up to three times for the one line.
  const bracket = bracketBeforeDashes(text, end);
  if (bracket) return bracket;
  const unclosed = yamlCode === 'BAD_INDENT' ? unclosedBracket(text, offset) : undefined;
  if (unclosed) return unclosed;
  const shaped = once(text, `shape ${start} ${yamlCode}`, () => lineShapeSlip(text, yamlCode, start, end, line));
  if (shaped) return shaped;
  // The parser may report an indented one also as something else, at its bracket.
  const key = yamlCode === 'NON_STRING_KEY' || text[offset] === '[' || text[offset] === '{' ? once(text, `key ${start}`, () => bracketedKey(line, start)) : undefined;
  if (key && (yamlCode === 'NON_STRING_KEY' || key.offset === offset)) return key;
  if (yamlCode === 'MISSING_CHAR') {
    // The last line before the error that opens a quote, double or single ('Bryggan), it does not close: the error's
    // own line up to the error, or a whole line above it.
    const found = (offset > start ? once(text, `open ${offset}`, () => openQuoteUpTo(text, start, offset)) : undefined) ?? openQuoteAbove(text, start);
    if (found !== undefined) return { offset: found.offset, message: 'Citattecknet här avslutas aldrig.', hint: `Lägg till ett ${found.quote} i slutet av värdet, på samma rad.` };
  }
  return once(text, `sign ${start}`, () => nestedDash(line, start) ?? exclamationStart(line, start)) ?? flowItemStart(text, offset) ?? once(text, `indicator ${start}`, () => indicatorStart(line, start));
}

/** The slips of the shape of the line from `start` to `end` (`line`, without a CR), for an error of `yamlCode` on it. */
function lineShapeSlip(text: string, yamlCode: string, start: number, end: number, line: string): Slip | undefined {
  // "%YAML 1.2" copied in: a directive, which may only stand before the opening ---; the parser reports it or, above
  // a field, the line below it, twice.
  const aboveLine = start > 0 ? text.slice(text.lastIndexOf('\n', start - 2) + 1, start) : '';
  const directive = line.startsWith('%') ? start : yamlCode === 'MISSING_CHAR' && aboveLine.startsWith('%') ? start - aboveLine.length : undefined;
  if (directive !== undefined) return { offset: directive, message: 'Raden börjar med %, som i YAML inleder ett direktiv, och ett direktiv kan inte stå bland fälten.', hint: 'Ta bort raden; fälten behöver inga direktiv.' };
  const dash = /^(\s*)-(?=[^\s-])(.*)$/.exec(line);
  if (dash) return { offset: start + dash[1]!.length, message: 'Det saknas ett mellanslag efter - i början av raden.', hint: `Skriv - och ett mellanslag före värdet: "${dash[1]}- ${clip(dash[2]!.trim())}"` };
  const undashed = undashedItem(text, start, line) ?? outdentedItem(text, yamlCode, start);
  if (undashed) return undashed;
  // The line below one that starts with a > is out of line for the block of text the > began.
  const aboveStart = text.lastIndexOf('\n', start - 2) + 1;
  const above = yamlCode === 'BAD_INDENT' && start > 0 ? strayBlockSign(text.slice(aboveStart, start - 1).replace(/\r$/, ''), aboveStart) : undefined;
  const stray = strayBlockSign(line, start) ?? above;
  if (stray) return stray;
  // "  due: 2016-04-01" above "  - who: Leif Redestig", right below "actions:": the field of an item before its dash.
  const before = fieldBeforeDash(text, start);
  if (before) return before;
  // The parser may stop on the line above the misaligned one: look one line further.
  const next = end === text.length ? -1 : text.indexOf('\n', end + 1);
  const misaligned = misalignedKey(text, next === -1 ? text.length : next);
  if (misaligned) return misaligned;
  if (yamlCode === 'MULTILINE_IMPLICIT_KEY') {
    const m = /^(\s*(?:-\s+)?[A-Za-z_]+):(?=[^\s/])/.exec(line);
    if (m) return { offset: start + m[1]!.length, message: 'Det saknas ett mellanslag efter kolonet.', hint: `Skriv ${clip(m[1]!.trim())}: och sedan värdet.` };
  }
  if (yamlCode === 'BLOCK_AS_IMPLICIT_KEY') {
    // Said for each level the colons open ("title: a: a: a: …"): read once for the line.
    const slip = once(text, `colon ${start}`, () => colonInValue(line, start));
    if (slip) return slip;
  }
  if (yamlCode === 'UNEXPECTED_TOKEN') {
    // summary: "Fritidsbanken" har fått en lokal: the quotes end the value, and the words after them are left over.
    const m = /^(\s*(?:-\s+)?(?:[A-Za-z_]+:\s+)?)((["'])(?:(?!\3).)*\3\s+[^\s#].*?)\s*$/.exec(line);
    if (m) {
      const value = clip(m[2]!);
      const inSingle = m[3] === '"';
      const quoted = inSingle ? `'${value.replace(/'/g, "''")}'` : `"${value.replace(/"/g, '\\"')}"`;
      const before = m[1]!.trim();
      return { offset: start + m[1]!.length, message: 'Värdet börjar med ett ord inom citattecken, och texten efter citattecknen går inte att läsa.', hint: `Sätt hela värdet inom ${inSingle ? 'enkla' : 'dubbla'} citattecken: ${before ? `${before} ` : ''}${quoted}` };
    }
  }
  if (yamlCode === 'BAD_ALIAS' || yamlCode === 'UNEXPECTED_TOKEN') {
    const m = /^(\s*)\*\s/.exec(line);
    if (m) return { offset: start + m[1]!.length, message: 'En lista skrivs med -, inte *.', hint: 'Börja raden med - och ett mellanslag.' };
  }
  if (yamlCode === 'MISSING_CHAR' || yamlCode === 'MULTILINE_IMPLICIT_KEY') return colonLeftOut(text, start, line);
  return undefined;
}

/**
 * A field's line, or a registry entry's id, without its colon ("location Bryggan", or "locat" saved while the field
 * was being typed, "ny-person" in people.yml): a name as fields and ids are written, lowercase, as far in as the
 * field above it at that depth. The parser asks for a character that closes something, or says a field's name
 * cannot go on over lines.
 */
function colonLeftOut(text: string, start: number, line: string): Slip | undefined {
  const m = /^( *)([a-z_][a-z0-9_-]*)(?:[ \t]+([^\s#:].*?))?[ \t]*$/.exec(line.replace(/\r$/, ''));
  if (!m || m[3]?.includes(': ')) return undefined;
  const indent = m[1]!.length;
  // The nearest line above as far in or further out, past blank lines, comments and the fields of deeper levels.
  let key: RegExpExecArray | undefined;
  for (let end = start - 1; end > 0; ) {
    const from = text.lastIndexOf('\n', end - 1) + 1;
    const above = text.slice(from, end).replace(/\r$/, '');
    end = from - 1;
    if (above.trim() === '' || /^\s*#/.test(above)) continue;
    const at = /^ */.exec(above)![0].length;
    if (at > indent) continue;
    key = (at === indent && /^ *([^\s:#-][^:#]*):(?:\s*(?:#.*)?$()|\s)/.exec(above)) || undefined;
    if (!key) return undefined;
    break;
  }
  if (indent > 0 && start === 0) return undefined;
  // An entry's id above, with its fields below it and not on its line ("vorta-drom:" in organisations.yml): any word
  // alone is the next entry's id.
  const idAbove = key !== undefined && key[2] !== undefined && !FIELD_NAMES.has(key[1]!);
  if (!mayBeName(m[2]!, m[3] !== undefined, idAbove)) return undefined;
  // A quote opened above and never closed reads this line into its value: the quote is what to put right.
  if (openQuoteAbove(text, start) !== undefined) return undefined;
  const name = m[2]!;
  const value = m[3] === undefined ? '' : ` ${clip(m[3])}`;
  return { offset: start + indent, message: 'Kolonet efter namnet saknas, så raden går inte att läsa som ett fält.', hint: `Skriv ett kolon direkt efter namnet: ${name}:${value}` };
}

/**
 * Whether `name`, first on a line without a colon, is a field's name or an id rather than words of a text run on to
 * a line of its own ("summary: Vi ses" above "igen nästa vecka"): with a value after it, a field's name or one a
 * letter from it, five letters or more ("locaton Bryggan"); alone, also the start of one, three letters or more
 * ("locat"), an id as registries write them, with a - or _ ("ny-person"), or any word below an entry's id (`idAbove`).
 */
function mayBeName(name: string, withValue: boolean, idAbove: boolean): boolean {
  if (FIELD_NAMES.has(name) || (name.length >= 5 && [...FIELD_NAMES].some((f) => editDistance(name, f, 1) <= 1))) return true;
  if (withValue) return false;
  return idAbove || /[-_]/.test(name) || (name.length >= 3 && [...FIELD_NAMES].some((f) => f.startsWith(name)));
}

/**
 * A line of plain text at the indent of the dashes of the list item above it ("  - David Bergström" then
 * "  Leif Redestig"): an item whose "- " was left out, which the parser reports as indentation, a missing sign and a
 * key, up to three times for the one line.
 */
function undashedItem(text: string, start: number, line: string): Located | undefined {
  const m = /^( *)([^\s#\-:"'[\]{}*&!|>%@`].*)$/u.exec(line);
  // Not a field (a colon after a word), nor, flush left, a field whose colon was left out ("location Bryggan").
  if (!m || /^[^#]*?:(?:\s|$)/.test(m[2]!) || (m[1] === '' && /^[a-z_]+[ \t]/.test(m[2]!))) return undefined;
  // The nearest line above that is neither blank nor a comment.
  let end = start - 1;
  while (end > 0) {
    const from = text.lastIndexOf('\n', end - 1) + 1;
    const above = text.slice(from, end).replace(/\r$/, '');
    end = from - 1;
    if (above.trim() === '' || /^\s*#/.test(above)) continue;
    const dash = /^( *)- /.exec(above);
    if (!dash || dash[1]!.length !== m[1]!.length) return undefined;
    const item = clip(m[2]!.replace(/\s+#.*$/, '').trim());
    return { offset: start + m[1]!.length, message: 'Raden står bland raderna i en lista men börjar inte med -, så den går inte att läsa.', hint: `Börja raden med - och ett mellanslag, som raderna ovanför: "${m[1]}- ${item}"` };
  }
  return undefined;
}

/**
 * A list item whose dash stands a column or more further out than the dashes above it, though further in than the
 * field the list belongs to ("  - Leif Redestig" then " - Maria Nilsson"): the parser reports it as a key up to four
 * times, and reads nothing below it. Said once, at the dash, with the line aligned; the item can be left out of its
 * list (a sign of its own, see slippedItems), and the fields below are read. The parser reads the items out of line
 * after it (" - Anna Ek" below " - Maria Nilsson") with it and says nothing of them: they come `also`, each said at its
 * own dash, and left out with it.
 */
function outdentedItem(text: string, yamlCode: string, start: number): Slip | undefined {
  const item = scanOf(text).dashes().get(start);
  if (item?.outdented === undefined) return undefined;
  // The items of the list below it, which the parser also reports as out of line: that slip's, gone with it.
  if (item.outdented !== start && !(yamlCode === 'BAD_INDENT' && item.start === start)) return undefined;
  const slip = outdentedSlip(text, item.outdented, item.list.column);
  if (!slip) return undefined;
  const also = item.list.outdented.filter((at) => at !== item.outdented).flatMap((at) => outdentedSlip(text, at, item.list.column) ?? []);
  return also.length > 0 ? { ...slip, also } : slip;
}

/** The slip of the item out of line whose dash's line starts at `start`, in a list whose dashes stand at `column`. */
function outdentedSlip(text: string, start: number, column: number): Slip | undefined {
  const { line } = lineAt(text, start);
  const m = /^( *)-[ \t]+(\S.*)$/.exec(line);
  if (!m) return undefined;
  const value = clip(m[2]!.replace(/\s+#.*$/, '').trim());
  return { offset: start + m[1]!.length, message: 'Strecket står inte rakt under strecken på raderna ovanför, så raden går inte att läsa.', hint: `Ställ - rakt under strecken ovanför (${column} mellanslag in): "${' '.repeat(column)}- ${value}"`, sign: true };
}

/** A slip found at its place, without a value to blank. */
interface Located {
  readonly offset: number;
  readonly message: string;
  readonly hint: string;
}

/** Something found in a text, with the offset up to which the text must reach to show it (the end of its last line, + 1). */
interface Positioned<T> {
  readonly at: number;
  readonly found: T;
}

/** Of `list` (in the order of the text), the last thing a text up to `limit` shows. */
function lastBefore<T>(list: readonly Positioned<T>[], limit: number): T | undefined {
  return list[countUpTo(list, (p) => p.at, limit) - 1]?.found;
}

/**
 * What the slips need of the whole text, found once for all the parser's errors in it: each error asked about on its
 * own, they read the text up to it again, with patterns anchored at each line's end (a line of 200,000 characters
 * with an error every few of them took a second).
 */
interface TextScan {
  readonly text: string;
  readonly misaligned: Positioned<Slip> | undefined;
  readonly bracketsBeforeDashes: readonly Positioned<Located>[];
  readonly openQuotes: readonly Positioned<{ offset: number; quote: string }>[];
  readonly lines: LineIndex;
  /** The items of the lists with dashes, by line (see dashItems): found when first asked for. */
  readonly dashes: () => Map<number, DashItem>;
  /** What is found of a line, by what and where (see once), once asked about. */
  readonly found: Map<string, unknown>;
}

let scanned: TextScan | undefined;

function scanOf(text: string): TextScan {
  if (scanned?.text !== text) scanned = { text, misaligned: firstMisaligned(text), bracketsBeforeDashes: bracketsBeforeDashes(text), openQuotes: openQuotes(text), lines: new LineIndex(text), dashes: lazy(() => dashItems(text)), found: new Map() };
  return scanned;
}

function lazy<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** What `find` finds in `text`, asked about as `what` (what it looks for, and where): found at the first asking only. */
function once<T>(text: string, what: string, find: () => T): T {
  const { found } = scanOf(text);
  if (!found.has(what)) found.set(what, find());
  return found.get(what) as T;
}

/**
 * The line holding `offset` (where it starts and ends, and its text without the CR of a CRLF line ending), as
 * searching back from `offset - 1` finds it: at 0, a line break first in the text starts the line after it.
 */
function lineAt(text: string, offset: number): { start: number; end: number; line: string } {
  const { lines } = scanOf(text);
  const start = offset === 0 && text[0] === '\n' ? 1 : lines.lineStart(offset);
  const end = lines.lineEnd(start);
  // Without the CR: "." in the slips' patterns stops at it.
  return once(text, `line ${start}`, () => ({ start, end, line: text.slice(start, text[end - 1] === '\r' && end > start ? end - 1 : end) }));
}

/** Every whole line of `text` that opens a quote it does not close, by where it ends (+ 1). */
function openQuotes(text: string): Positioned<{ offset: number; quote: string }>[] {
  const out: Positioned<{ offset: number; quote: string }>[] = [];
  let at = 0;
  for (const l of text.split('\n')) {
    const open = OPEN_QUOTE.exec(l);
    if (open) out.push({ at: at + l.length + 1, found: { offset: at + open[1]!.length, quote: l[open[1]!.length]! } });
    at += l.length + 1;
  }
  return out;
}

/**
 * The last quote a line above `start` opens and does not close on its line, if no quote closes it before `start`
 * either: a value in quotes over lines (note: "Vi ses" above "  igen") is closed, and no slip below it is the quote's.
 */
function openQuoteAbove(text: string, start: number): { offset: number; quote: string } | undefined {
  const found = lastBefore(scanOf(text).openQuotes, start);
  return found && once(text, `closed ${found.offset}`, () => closingQuote(text, found.offset)) >= start ? found : undefined;
}

/** Where the quote at `at` is closed (past an escape, \" or ''), or the text's end. */
function closingQuote(text: string, at: number): number {
  const quote = text[at];
  for (let i = at + 1; i < text.length; i++) {
    if (quote === '"' ? text[i] === '\\' : text[i] === "'" && text[i + 1] === "'") i++;
    else if (text[i] === quote) return i;
  }
  return text.length;
}

/**
 * Where the quote stands that the line from `start` opens up to `offset` (as OPEN_QUOTE matches it there), and which.
 * The line's quote and how far its value reaches are found once for the line, as the parser may report thousands of
 * errors on it; only a line with a CR or a line separator in it is matched up to each error (OPEN_QUOTE's ^ and $
 * match beside them too).
 */
function openQuoteUpTo(text: string, start: number, offset: number): { offset: number; quote: string } | undefined {
  const quoted = once(text, `quoted ${start}`, () => quotedValue(text, start));
  if (quoted.terminator < offset) {
    const open = OPEN_QUOTE.exec(text.slice(start, offset));
    return open ? { offset: start + open[1]!.length, quote: text[start + open[1]!.length]! } : undefined;
  }
  return quoted.at < offset && offset <= quoted.reach && !quoted.halves.has(offset) ? { offset: quoted.at, quote: text[quoted.at]! } : undefined;
}

/**
 * Of the line from `start`: where its first CR or line separator stands (or its end); and the quote its value opens,
 * if one does ("title: \"Bryggan"), with how far it reaches unclosed (to a quote that closes it, or the line's end) and
 * the places within that halve an escape (\") or a doubled quote (''): the quote is open up to any other.
 */
function quotedValue(text: string, start: number): { terminator: number; at: number; reach: number; halves: Set<number> } {
  const end = scanOf(text).lines.lineEnd(start);
  let terminator = start;
  while (terminator < end && !/[\r\u2028\u2029]/.test(text[terminator]!)) terminator++;
  let at = start;
  while (at < end && /[ \t\-A-Za-z_:]/.test(text[at]!)) at++;
  const halves = new Set<number>();
  const quote = text[at];
  if ((quote !== '"' && quote !== "'") || !/^[ \t]*(?:-[ \t]+)?(?:[A-Za-z_]+:[ \t]+)?$/.test(text.slice(start, at))) return { terminator, at: end, reach: -1, halves };
  let i = at + 1;
  for (; i < end; i++) {
    if (quote === '"' ? text[i] === '\\' : text[i] === "'" && text[i + 1] === "'") {
      // A \ last on the line escapes nothing: the value reaches up to it.
      if (i + 1 === end) break;
      halves.add(++i);
    } else if (text[i] === quote) break;
  }
  return { terminator, at, reach: i, halves };
}

/** "location: Bryggan: rum 3": a colon and a space in a value, which opens a mapping in it. */
function colonInValue(line: string, start: number): Slip | undefined {
  const m = /^(\s*(?:-\s+)?[A-Za-z_]+:\s+)([^"'\s].*?:\s.*)$/.exec(line);
  if (!m) return undefined;
  return { offset: start + m[1]!.length, message: 'Värdet innehåller ett kolon följt av mellanslag, och då läses det som ett nytt fält.', hint: `Sätt värdet inom citattecken: ${m[1]!.trim()} "${clip(m[2]!.trim()).replace(/"/g, '\\"')}"`, value: [start + m[1]!.length, start + line.length] };
}

/**
 * "  - - @Anna": a second dash makes a list in the list, whose item starts with a sign YAML reads as its own. The
 * parser stops at the sign, so that is the slip to tell, with the line to write: one dash, the value quoted (a list
 * in a list is no value of any field).
 */
function nestedDash(line: string, start: number): Slip | undefined {
  const m = /^(\s*-[ \t]+)((?:-[ \t]+)+)([*&@`%|>](?=\S)|!!?(?=\p{L}))(.*)$/u.exec(line);
  if (!m) return undefined;
  const sign = m[3]!;
  const value = clip(`${sign}${m[4]!}`.trim());
  // A tag written as one ("- - !!binary …") is left to yaml-tag.
  const tag = /^(!!?)(\S*)(?:[ \t]+(.*))?$/.exec(value);
  if (tag && !emphasisTag(tag[1]!, tag[2]!, tag[3])) return undefined;
  const why = sign.startsWith('!') ? TAG : '';
  return { offset: start + m[1]!.length + m[2]!.length, message: signMessage(sign, why), hint: `Skriv ett enda - före värdet, och sätt värdet inom citattecken${sign === '*' ? MARKDOWN : ''}: ${m[1]!.trimStart()}"${value.replace(/"/g, '\\"')}"`, sign: true };
}

/**
 * "> name: Leif Redestig", "  - >group: gug": a > before a key (a line quoted from an e-mail, a slip of the key
 * beside the shift key) starts a block of text in YAML, so the key is no key; the parser complains up to five times.
 */
function strayBlockSign(line: string, start: number): Slip | undefined {
  const m = /^([ \t]*(?:-[ \t]+)?)>[ \t]*([^\s:#"'[\]{}|>][^:#]*?):([ \t].*)?$/.exec(line);
  if (!m) return undefined;
  return { offset: start + m[1]!.length, value: [start, start + line.length], message: `Raden börjar med >, som i YAML inleder ett block av text, så raden läses som text och inte som "${clip(m[2]!)}:".`, hint: `Ta bort > före ${clip(m[2]!)}: "${m[1]}${clip(m[2]!)}:${clip((m[3] ?? '').trimEnd())}"` };
}

/**
 * "[Punkt 1]: Lokal", "{Punkt}: Lokal": a key in brackets is a list (in braces, fields), not a name. Written before
 * an address it is most likely a Markdown link definition, which belongs in the text.
 */
function bracketedKey(line: string, start: number): Slip | undefined {
  const m = /^(\s*(?:-[ \t]+)?)([[{])([^\]}]*)[\]}][ \t]*:[ \t]*(.*)$/.exec(line);
  if (!m) return undefined;
  const before = m[1]!;
  const bracket = m[2]!;
  const name = clip(m[3]!.trim());
  const value = m[4]!;
  const brackets = bracket === '[' ? 'hakparenteser' : 'klammerparenteser';
  const address = bracket === '[' && /^<?(?:https?:\/\/|mailto:|\.{0,2}\/|[^\s:]+\.[a-z]{2,4}>?$)/i.test(value);
  return {
    offset: start + before.length,
    message: `Fältnamnet står inom ${brackets}, och då läses det i YAML som ${bracket === '[' ? 'en lista' : 'fält'}, inte som ett namn.`,
    hint: address ? `En länk i Markdown ([${name}]: adress) skrivs i texten: flytta raden ned under raden --- som avslutar fälten.` : `Skriv namnet utan ${brackets}: "${before}${name}:${value ? ` ${clip(value)}` : ''}"`,
  };
}

/** The slip of a value that starts with `sign`, after `before` ("title: ", "  - "): the whole value to be quoted. */
function signStart(line: string, start: number, before: string, sign: string, why = '', note = ''): Slip {
  const value = clip(line.slice(before.length).trim());
  return { offset: start + before.length, message: signMessage(sign, why), hint: `Sätt hela värdet inom citattecken${note}: ${before.trim()} "${value.replace(/"/g, '\\"')}"`, sign: true };
}

const signMessage = (sign: string, why: string): string => `Värdet börjar med ${sign}, som betyder något särskilt i YAML${why}, så det går inte att läsa som text.`;

// The types a tag written as one names after !! (!!binary PHN…), besides those with a / (!!js/function).
const YAML_TYPES = /^!!(?:binary|bool|float|int|map|merge|null|omap|pairs|seq|set|str|timestamp|value|yaml)$/;

/**
 * "title: !Viktigt", "  - !!Viktigt!! vi flyttar mötet.": an exclamation mark for emphasis, which YAML reads as a tag
 * (what kind of value follows) and leaves out of the value. A tag written as one, before a quoted value or a list
 * (!eval "…") or naming a type (!!binary, !!js/function), is left to yaml-tag.
 */
function exclamationStart(line: string, start: number): Slip | undefined {
  // Or !! alone ("- !!", "title: !! Viktigt"): a tag with no name, which no parser reads.
  const m = /^(\s*(?:-[ \t]+)?(?:[A-Za-z_]+:[ \t]+)?)(!!?)(\p{L}[\p{L}\p{N}_-]*[!?.:,]*|(?<=!!)(?=[ \t]|$))(?:[ \t]+(.*))?$/u.exec(line);
  if (!m || !/[-:]/.test(m[1]!) || !emphasisTag(m[2]!, m[3]!, m[4])) return undefined;
  return signStart(line, start, m[1]!, m[2]!, TAG);
}

const TAG = ' (en tagg, som anger vad slags värde som följer)';

/** Whether `bang` (! or !!), `word` and what follows them (`rest`) are an exclamation mark for emphasis, not a tag written as one. */
const emphasisTag = (bang: string, word: string, rest: string | undefined): boolean => !YAML_TYPES.test(bang + word) && !/^["'[{]/.test(rest ?? '');

/**
 * "title: *Extramöte*", "location: >Bryggan", "title: [Extra] möte", "  - *Anna Ek*": a value or a list's item that
 * starts with a character YAML gives a meaning of its own (an alias, a block, a list with text after it). The parsers'
 * complaints name the meaning.
 */
function indicatorStart(line: string, start: number): Slip | undefined {
  const m = /^(\s*(?:(?:-\s+)?[A-Za-z_]+:[ \t]+|-[ \t]+))([*&@`%](?=\S)|[|>](?=\S)(?![+\-\d]*[ \t]*(?:#.*)?\r?$)|-[ \t]|[[{](?=.*[\]}][ \t]*[^\s#,\]}]))/.exec(line);
  if (!m) return undefined;
  const sign = m[2]!.trim();
  return signStart(line, start, m[1]!, sign, '', sign === '*' ? MARKDOWN : '');
}

// Said before the colon the text to write follows (see quoteItemHint).
const MARKDOWN = ' (Markdown som *kursiv* och **fetstil** fungerar bara i texten under fälten)';

/** An item of a list in brackets: where it starts and ends (at its , or ]), and its text. */
export interface FlowItem {
  readonly at: number;
  readonly end: number;
  readonly text: string;
}

/** A list in brackets, on one line or over several: where its [ and its ] stand (-1: never closed), and its items. */
export interface FlowList {
  readonly open: number;
  readonly close: number;
  readonly items: readonly FlowItem[];
}

/** A line whose value is a list in brackets ("attendees: [", "  - [", "  - who: ["), up to its [. */
const FLOW_OPEN = /^\s*(?:-[ \t]+)?(?:[A-Za-z_][\w-]*:[ \t]+)?\[/;
/** The same, or a line whose value is fields in braces ("who: {"), up to its [ or {. */
const FLOW_OR_MAP_OPEN = /^\s*(?:-[ \t]+)?(?:[A-Za-z_][\w-]*:[ \t]+)?[[{]/;

// A quoted item, from its quote to the one that closes it, on its line or further down.
const DOUBLE = /"(?:[^"\\]|\\[^])*"/y;
const SINGLE = /'(?:[^']|'')*'/y;

/**
 * The items of a list in brackets from `from`, just after its [, up to its ] or the end of `text`, with quotes and
 * brackets inside an item read as part of it. `comments`: a # after a blank starts a comment, up to the end of its
 * line (in a list over several lines; on a line, the text up to the line's end is the list, as before). `inner`: the
 * brackets and braces inside the last item still open where the text ends (for a list never closed), innermost last.
 */
function scanFlow(text: string, from: number, comments: boolean, closer: Closer = ']'): { items: FlowItem[]; close: number; inner: readonly Closer[] } {
  const items: FlowItem[] = [];
  // What closes each bracket or brace opened inside the current item, innermost last.
  const inner: Closer[] = [];
  // The item's first and last characters that are not blank, -1 before its first.
  let first = -1;
  let last = -1;
  for (let i = from; ; i++) {
    const c = text[i];
    const start = i;
    if (c === '"' || c === "'") {
      const quote = c === '"' ? DOUBLE : SINGLE;
      quote.lastIndex = i;
      const close = quote.exec(text);
      if (close) i += close[0].length - 1;
    } else if (comments && c === '#' && (i === from || /\s/.test(text[i - 1]!))) {
      const lineEnd = text.indexOf('\n', i);
      i = (lineEnd === -1 ? text.length : lineEnd) - 1;
      continue;
    } else if (c === '[' || c === '{') inner.push(c === '[' ? ']' : '}');
    else if (inner.length > 0 && (c === ']' || c === '}')) inner.pop();
    else if (c === undefined || c === ',' || c === closer) {
      if (first !== -1) items.push({ at: first, end: last + 1, text: text.slice(first, last + 1) });
      if (c !== ',') return { items, close: c === closer ? i : -1, inner };
      first = -1;
      continue;
    } else if (/\s/.test(c)) continue;
    if (first === -1) first = start;
    last = i;
  }
}

/**
 * The list in brackets an offset of `text` lies in, and its item there: on the line of its [ ("guests: [Anna, @Bo]"),
 * or on a line below it, when the list runs on over lines ("attendees: [Anna Ek,\n  *Leif*]").
 */
export function flowItemAt(text: string, offset: number): { list: FlowList; item: FlowItem } | undefined {
  const { start, line } = lineAt(text, offset);
  // Read once for the line, and its items looked up by where they start: the items of a list of thousands on one
  // line, each with an error, were read from the line's start for each.
  let list = once(text, `flow ${start}`, () => flowListOn(text, start, line));
  let item = list && itemAt(list, offset);
  if (!item) {
    const unclosed = unclosedList(text);
    list = listAround(listsOverLines(text), offset) ?? (unclosed && unclosed.open < offset && offset <= unclosed.end ? unclosed : undefined);
    item = list && itemAt(list, offset);
  }
  return list && item ? { list, item } : undefined;
}

/** The list in brackets whose [ stands on the line from `start` (`line`, without a CR), if one does. */
function flowListOn(text: string, start: number, line: string): FlowList | undefined {
  const open = FLOW_OPEN.exec(line);
  if (!open) return undefined;
  // Read on its line first (a quote it never closes there is no quote, but it may close far below).
  const own = scanFlow(line, open[0].length, false);
  const bracket = start + open[0].length - 1;
  const onLine = { open: bracket, close: own.close === -1 ? -1 : start + own.close, items: own.items.map((i) => ({ ...i, at: start + i.at, end: start + i.end })) };
  // Not closed on its line: the list over the lines below, if it is closed there; else the line's items, as before.
  if (own.close !== -1) return onLine;
  const lists = listsOverLines(text);
  const over = lists[countUpTo(lists, (l) => l.open, bracket) - 1];
  return over?.open === bracket ? over : onLine;
}

/** The item of `list` an offset lies in, from its first character to its end (its items, in order, never touch). */
function itemAt(list: FlowList, offset: number): FlowItem | undefined {
  const item = list.items[countUpTo(list.items, (i) => i.at, offset) - 1];
  return item && offset <= item.end ? item : undefined;
}

/** Of `lists` (in order, none inside another), the one an offset lies in, after its [ and up to its ]. */
function listAround(lists: readonly FlowList[], offset: number): FlowList | undefined {
  const list = lists[countUpTo(lists, (l) => l.open, offset - 1) - 1];
  return list && offset <= list.close ? list : undefined;
}

/** The lines `item` of `list` stands on, with it written as `by`; "… " before them when the list opens above, " …" after when it closes below. */
function itemLines(text: string, list: FlowList, item: FlowItem, by: string): string {
  const { start: from, end: fromEnd } = lineAt(text, item.at);
  const { lines: index } = scanOf(text);
  const to = index.lineEnd(item.end);
  // The first and the last character of the lines that are no blank, found once for each line, and the ends the clip
  // keeps taken from the line: for each of thousands of items of one line, the line was joined and trimmed again.
  const first = once(text, `first ${from}`, () => noBlankFrom(text, from, fromEnd, 1));
  const last = once(text, `last ${to}`, () => noBlankFrom(text, to - 1, index.lineStart(to) - 1, -1));
  const lines = first < item.at && last >= item.end ? clipJoined([text.slice(first, item.at), by, text.slice(item.end, last + 1)]) : clip(`${text.slice(from, item.at)}${by}${text.slice(item.end, to)}`.trim());
  return `${list.open < from ? '… ' : ''}${lines}${list.close >= to ? ' …' : ''}`;
}

/** From `from` towards `limit` (not reached) by `step`, the first character of `text` that is no blank (as trim() sees them); `limit` if none is. */
function noBlankFrom(text: string, from: number, limit: number, step: 1 | -1): number {
  let i = from;
  while (i !== limit && /\s/.test(text[i]!)) i += step;
  return i;
}

/** `value` within double quotes, as YAML reads it back. */
export const doubleQuoted = (value: string): string => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** An item's text as YAML reads it: an item over several lines is one line, its breaks spaces. */
const folded = (item: FlowItem): string => item.text.replace(/[ \t]*\r?\n\s*/g, ' ');

/**
 * The hint for an item in brackets read without its sign: the item quoted, in its line (or lines) of the list. Like
 * every hint that ends with text to write in the file, it ends with that text, without a full stop: one after it would
 * read as part of it ("# sist." in a comment), and be copied into the file with it. A `note` goes before the colon.
 */
export const quoteItemHint = (text: string, found: { list: FlowList; item: FlowItem }, note = ''): string => `Sätt det inom citattecken${note}: ${itemLines(text, found.list, found.item, doubleQuoted(folded(found.item)))}`;

// The lists in brackets over several lines of the last text asked about, found once for all its slips (each is asked
// about on its own), in one pass; and the list that is never closed, if one is.
let overLines: { text: string; lists: FlowList[]; unclosed?: UnclosedList } | undefined;

/** What closes a list in brackets, or fields in braces. */
type Closer = ']' | '}';

/**
 * A list in brackets never closed, or fields in braces (`closer` }), up to where the parser ends it (`end`): it has
 * no ] (or }), so `close` is -1.
 */
export interface UnclosedList extends FlowList {
  readonly end: number;
  readonly closer: Closer;
  /** What closes it and every bracket or brace left open inside its last item, in the order they are to be written ("}]]"). */
  readonly closing: string;
  /**
   * A comma after its last item with nothing after it ("attendees: [Anna, Bo,"), or more ("[Anna, Bo, ,"): where the
   * first and the last stand. The closing is written in their place, as a ] after them would leave them behind the
   * list ("[Anna, Bo],"), which YAML refuses.
   */
  readonly commas?: readonly [number, number];
}

/** The lists in brackets of `text` that open on one line and close on another. */
function listsOverLines(text: string): FlowList[] {
  return scanLists(text).lists;
}

/**
 * "attendees: [Leif Redestg,\n  @Bo" and no ] below: the list in brackets of `text` that is never closed, up to the
 * first line below its [ that stands no further in than the line of the [, where the parser ends it.
 */
export function unclosedList(text: string): UnclosedList | undefined {
  return scanLists(text).unclosed;
}

function scanLists(text: string): { lists: FlowList[]; unclosed?: UnclosedList } {
  if (overLines?.text === text) return overLines;
  const lists: FlowList[] = [];
  let unclosed: UnclosedList | undefined;
  for (let at = 0; at < text.length; ) {
    const square = text.indexOf('[', at);
    const curly = text.indexOf('{', at);
    const bracket = square === -1 || (curly !== -1 && curly < square) ? curly : square;
    if (bracket === -1) break;
    // From the line of the next [ or {.
    at = text.lastIndexOf('\n', bracket) + 1;
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl;
    const open = FLOW_OR_MAP_OPEN.exec(text.slice(at, end));
    if (open) {
      const closer: Closer = open[0].endsWith('{') ? '}' : ']';
      const list = scanFlow(text, at + open[0].length, true, closer);
      // Never closed: the rest of the text is in it. Or closed only past a field below its line ("attendees: [Anna,
      // Bo" above "guests: Cecilia]"): the parser ends it at that field, so it is as never closed, to be said at its [.
      if (list.close === -1 || (list.close > end && fieldBefore(text, at, open[0], list.close))) {
        unclosed = unclosedFrom(text, at, open[0], closer);
        break;
      }
      if (list.close > end) {
        // Fields in braces over lines are passed over: only lists have items a slip is told in.
        if (closer === ']') lists.push({ open: at + open[0].length - 1, ...list });
        const after = text.indexOf('\n', list.close);
        if (after === -1) break;
        at = after + 1;
        continue;
      }
    }
    if (nl === -1) break;
    at = nl + 1;
  }
  overLines = { text, lists, ...(unclosed ? { unclosed } : {}) };
  return overLines;
}

/**
 * The list whose line starts at `line`, up to its [ (`opening`), never closed: up to the line that ends it, one no
 * further in than its key, or its dash without one. A [ alone on its line stands in a block the line does not show.
 */
function unclosedFrom(text: string, line: number, opening: string, closer: Closer): UnclosedList | undefined {
  const end = parserEnd(text, line, opening);
  if (end === undefined) return undefined;
  const from = line + opening.length;
  // Up to that line (without its line break), with its items.
  const upTo = text.slice(0, end).replace(/\r?\n$/, '');
  const { items, inner } = scanFlow(upTo, from, true, closer);
  const last = items[items.length - 1];
  const commas = last ? commasAfter(upTo, last.end) : undefined;
  return { open: from - 1, close: -1, end: upTo.length, closer, closing: [...inner].reverse().join('') + closer, items, ...(commas ? { commas } : {}) };
}

/** Where the first and the last of the commas from `from` (among blanks) stand, when nothing but blanks and comments follows them in `text`. */
function commasAfter(text: string, from: number): readonly [number, number] | undefined {
  let first = -1;
  let last = -1;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === ',') {
      if (first === -1) first = i;
      last = i;
    } else if (c === '#' && /\s/.test(text[i - 1]!)) {
      const nl = text.indexOf('\n', i);
      if (nl === -1) break;
      i = nl;
    } else if (!/\s/.test(c)) return undefined;
  }
  return first === -1 ? undefined : [first, last];
}

/**
 * For a list whose line starts at `line`, up to its [ (`opening`), where the parser ends it, whatever closes it: the
 * start of the first line below that stands no further in than its key, or its dash without one; the end of the text
 * if no line before `limit` does (past a ] that closes it, no line need be looked at). Undefined for a [ alone on its
 * line with no key above it further out.
 */
function parserEnd(text: string, line: number, opening: string, limit = text.length): number | undefined {
  const m = /^([ \t]*)(-[ \t]+)?([A-Za-z_][\w-]*:[ \t]+)?[[{]$/.exec(opening)!;
  const indent = m[2] || m[3] ? m[1]!.length + (m[3] ? (m[2]?.length ?? 0) : 0) : keyAbove(text, line, m[1]!.length);
  if (indent === undefined) return undefined;
  for (let at = text.indexOf('\n', line + opening.length) + 1; at > 0 && at < limit; at = text.indexOf('\n', at) + 1) {
    const blanks = /^[ \t]*/.exec(text.slice(at, at + 200))![0].length;
    const c = text[at + blanks];
    if (c !== undefined && c !== '\n' && c !== '\r' && c !== '#' && blanks <= indent) return at;
  }
  return text.length;
}

/**
 * Whether a list whose line starts at `line` (see parserEnd), closed at `close` on a line below, is ended before that
 * by a field: the line where the parser ends it is a key's ("guests: Cecilia]"). A line of items only too little
 * indented ("Bo]" under "attendees: [Anna,") is not: the ] there is the one meant.
 */
function fieldBefore(text: string, line: number, opening: string, close: number): boolean {
  const end = parserEnd(text, line, opening, close);
  if (end === undefined || end >= close) return false;
  const nl = text.indexOf('\n', end);
  return /^[ \t]*(?:-[ \t]+)?[A-Za-z_][\w-]*:(?:[ \t]|\r?$)/.test(text.slice(end, nl === -1 ? text.length : nl));
}

/**
 * For a [ alone at the start of its line (`line`, `column` blanks in), the column of the key on the line above it
 * ("guests:" with the list below it), when the [ stands further in: the list is that key's value.
 */
function keyAbove(text: string, line: number, column: number): number | undefined {
  let end = line - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const above = text.slice(start, end).replace(/\r$/, '');
    if (/^\s*(?:#.*)?$/.test(above)) {
      end = start - 1;
      continue;
    }
    const key = /^([ \t]*)(-[ \t]+)?[A-Za-z_][\w-]*:[ \t]*(?:#.*)?$/.exec(above);
    const at = key ? key[1]!.length + (key[2]?.length ?? 0) : undefined;
    return at !== undefined && at < column ? at : undefined;
  }
  return undefined;
}

/** "attendees: [Leif Redestg, Bo" and no ] (or "who: {name: Bo" and no }): at its [, with the line to add the ] to. */
function unclosedBracket(text: string, offset: number): Slip | undefined {
  const list = unclosedList(text);
  const last = list?.items[list.items.length - 1];
  // The parser says so where the list ends: past its last line, at the line that ends it.
  if (!list || !last || offset < list.open || (offset > list.end && text.slice(list.end, offset).trim() !== '')) return undefined;
  const { closer, closing, commas } = list;
  const [what, where] = closer === ']' ? ['Listan inom hakparenteser', 'listans sista värde'] : ['Fälten inom klammerparenteser', 'det sista fältet'];
  // A comma after the last item is what the closing takes the place of.
  const todo = commas ? `Byt ${commas[0] === commas[1] ? 'kommatecknet' : 'kommatecknen'} efter ${where} mot ${closingWords(closing)}` : `Lägg till ${closingWords(closing)} efter ${where}`;
  const line = itemLines(text, list, commas ? { ...last, end: commas[1] + 1 } : last, `${last.text}${closing}`);
  return { offset: list.open, message: `${what} som börjar här avslutas aldrig med ${closer}.`, hint: `${todo}: ${line}` };
}

/**
 * What a hint says to add to close a list ("]"), and the brackets and braces left open inside it ("attendees: [a,
 * [b, {c: d": "}]] (i den ordningen)"); thousands of them counted ("5 000 ]"), not written out.
 */
function closingWords(closing: string): string {
  if (closing.length <= 12) return closing.length > 1 ? `${closing} (i den ordningen)` : closing;
  const runs = closing.match(/(.)\1*/g)!;
  if (runs.length > 3) return `${count(closing.length)} ] och } i rätt ordning`;
  const said = runs.map((r) => `${count(r.length)} ${r[0]!}`);
  return said.length > 1 ? `${said.join(', sedan ')}` : said[0]!;
}

/**
 * "attendees: [*David Bergström*]", "guests: [Anna, @Bo]", "attendees: [Anna,\n  *Leif*]": an item of a list in
 * brackets that starts with a sign YAML reads as its own, as a value or a list's item does. The item the parser's
 * error at `offset` lies in (js-yaml marks the end of an alias). An alias to an anchor set above it ([*s] after &s) is meant.
 */
function flowItemStart(text: string, offset: number): Slip | undefined {
  const found = flowItemAt(text, offset);
  // Once for the item: the parser may report thousands of errors in one ("[Anna } } } …]").
  return found && once(text, `item ${found.list.open} ${found.list.close} ${found.item.at} ${found.item.end}`, () => itemSlip(text, found));
}

/** The slip of an item of a list in brackets (see flowItemStart), if it has one. */
function itemSlip(text: string, found: { list: FlowList; item: FlowItem }): Slip | undefined {
  const { list, item } = found;
  const value = folded(item);
  // ! or !! alone ("[!, Anna]"): a tag with no name before the comma, which js-yaml refuses.
  const m = /^(?:[*&@`%|>](?=\S)|(!!?)(\p{L}[\p{L}\p{N}_-]*[!?.:,]*|$)(?:[ \t]+(.*))?$|[[{].*[\]}][ \t]*[^\s#])/u.exec(value);
  if (!m) return undefined;
  if (m[1] !== undefined && !emphasisTag(m[1], m[2]!, m[3])) return undefined;
  const alias = /^\*([^\s,[\]{}]+)$/.exec(value);
  if (alias && anchoredBefore(text, alias[1]!, item.at)) return undefined;
  const sign = m[1] ?? value[0]!;
  const emphasis = /^(\*{1,2})([^*\s](?:.*[^*\s])?)\1$/.exec(value);
  const hint = emphasis ? `Ta bort asteriskerna${MARKDOWN}: ${itemLines(text, list, item, emphasis[2]!)}` : quoteItemHint(text, found, sign === '*' ? MARKDOWN : '');
  return { offset: item.at, message: signMessage(sign, m[1] === undefined ? '' : TAG), hint, sign: true };
}

/**
 * Whether `&name` stands in `text` before `limit` (ends by it). Where it first stands is found once for each name,
 * among the &s of the text: for each of thousands of aliases in a list, the text up to it was searched.
 */
function anchoredBefore(text: string, name: string, limit: number): boolean {
  const first = once(text, `anchor ${name}`, () => once(text, 'ampersands', () => ampersands(text)).find((at) => text.startsWith(name, at + 1)));
  return first !== undefined && first + 1 + name.length <= limit;
}

/** Where each & of `text` stands. */
function ampersands(text: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf('&'); at !== -1; at = text.indexOf('&', at + 1)) out.push(at);
  return out;
}

/** How much of the line on either side of commas in a row their hint quotes. */
const AROUND = 60;

/** `text` with its other commas in a row mended as these are, when it has no quotes (inside which commas are text). */
const oneComma = (text: string): string => (/["']/.test(text) ? text : text.replace(/,(?:\s*,)+(\s*[\]}])/g, '$1').replace(/,(?:\s*,)+/g, ','));

/** Where an excerpt from `at` (after `start`, its line's start) begins: after a blank before `limit`, or never in a character outside the BMP (an emoji). */
function edgeAfter(text: string, at: number, start: number, limit: number): number {
  const blank = text.slice(at, limit).indexOf(' ');
  return at === start ? at : blank !== -1 ? at + blank + 1 : /[\uDC00-\uDFFF]/.test(text[at] ?? '') ? at + 1 : at;
}

/** Where an excerpt up to `at` (before `end`, its line's end) ends: at a blank after `limit`, or never in a character outside the BMP. */
function edgeBefore(text: string, at: number, end: number, limit: number): number {
  const blank = text.slice(limit + 1, at).lastIndexOf(' ');
  return at === end ? at : blank !== -1 ? limit + 1 + blank : /[\uDC00-\uDFFF]/.test(text[at] ?? '') ? at + 1 : at;
}

// The last run of commas asked about, found once for each of the parser's errors in it (one per comma after the first).
let commaRun: { text: string; from: number; to: number; slip: Located } | undefined;

/**
 * "attendees: [, Leif Redestig]": commas before a list's first value or the first of fields in braces, on the line of
 * its [ or { or a line below it ("attendees: [" above "  , Leif Redestig]"), which the parser reports at each. Said
 * once, at the first, with the line of the commas written without them ("… " before it when the list opens above,
 * " …" after it when the list goes on below).
 */
function leadingCommas(text: string, offset: number): Located | undefined {
  if (commaRun?.text === text && commaRun.from <= offset && offset <= commaRun.to) return commaRun.slip;
  const open = openerBefore(text, offset);
  const opener = open === undefined ? undefined : text[open];
  if (open === undefined || (opener !== '[' && opener !== '{')) return undefined;
  const from = text.indexOf(',', open);
  let after = offset + 1;
  while (after < text.length && (BLANK_OR_COMMA.test(text[after]!) || text[after] === '\n')) after++;
  const to = text.lastIndexOf(',', after - 1);
  const many = text.slice(from, to + 1).split(',').length > 2;
  const lineStart = text.lastIndexOf('\n', from) + 1;
  const nl = text.indexOf('\n', to);
  const lineEnd = nl === -1 ? text.length : nl;
  // The rest of the last comma's line after the commas, and before them the line of the [ when they stand on it.
  const rest = text.slice(Math.min(after, lineEnd), lineEnd).replace(/\r$/, '');
  const line = `${open >= lineStart ? text.slice(lineStart, open + 1) : ''}${rest}`.trim();
  const goesOn = /^$|,$/.test(rest.replace(/(?:^|[ \t])#.*$/, '').trim());
  const where = opener === '[' ? 'listan, före dess första värde' : 'klammerparenteserna, före det första fältet';
  const slip = { offset: from, message: `${many ? 'Kommatecken står' : 'Ett kommatecken står'} först i ${where}.`, hint: `Ta bort ${many ? 'kommatecknen' : 'kommatecknet'}: ${open < lineStart ? '… ' : ''}${clip(line)}${goesOn ? ' …' : ''}`.trimEnd() };
  commaRun = { text, from, to, slip };
  return slip;
}

// A blank or a comma within a line (a CR of a CRLF line ending is a blank).
const BLANK_OR_COMMA = /[ \t\r,]/;

/**
 * Where the last character before the commas and blanks up to `offset` stands, over line breaks: on a line above the
 * comma's, the last one before a comment ("attendees: [  # lista"), past lines of comments only.
 */
function openerBefore(text: string, offset: number): number | undefined {
  // Whether the walk left the comma's line: only a line above may end in a comment. (Not found by searching back for
  // the line's start, which for each of thousands of commas on one line made them quadratic.)
  let above = false;
  for (let i = offset - 1; ; ) {
    for (; i >= 0 && (BLANK_OR_COMMA.test(text[i]!) || text[i] === '\n'); i--) if (text[i] === '\n') above = true;
    if (i < 0) return undefined;
    if (above) {
      const start = text.lastIndexOf('\n', i) + 1;
      const code = text.slice(start, i + 1).replace(/(?:^|[ \t])#.*$/, '');
      if (code.length <= i - start) {
        i = start + code.length - 1;
        continue;
      }
    }
    return i;
  }
}

/**
 * "[Leif Redestig,, Maria Nilsson]": commas in a row (blanks or line breaks between them) with no value between, which
 * the parser reports at each comma after the first. Said once, at the second, with the list written with one comma
 * there, or none before its ] ("[Leif,,]").
 */
function repeatedCommas(text: string, offset: number): Located | undefined {
  if (commaRun?.text === text && commaRun.from < offset && offset <= commaRun.to) return commaRun.slip;
  let from = offset;
  for (let i = offset - 1; i >= 0 && /[\s,]/.test(text[i]!); i--) if (text[i] === ',') from = i;
  if (from === offset) return undefined;
  let to = offset;
  let after = offset + 1;
  for (; after < text.length && /[\s,]/.test(text[after]!); after++) if (text[after] === ',') to = after;
  const second = text.indexOf(',', from + 1);
  const n = text.slice(from, to + 1).split(',').length - 1;
  const last = text[after] === ']' || text[after] === '}';
  // Before the ], the commas go with the blanks before them; between values, one stays where the first is.
  let cut = from + 1;
  if (last) for (cut = from; cut > 0 && /\s/.test(text[cut - 1]!); ) cut--;
  // The value after them on a line below: its line joined on, after a blank.
  const below = !last && text.slice(to + 1, after).includes('\n');
  const resume = last || below ? after : to + 1;
  // The line (or lines) of the run, at most AROUND characters either side of it: in a long line, the place itself.
  // Sought no further than that, so that a line of many such runs is read once, not once a run (-1: further off).
  const before = Math.max(0, cut - AROUND - 1);
  const back = text.slice(before, cut).lastIndexOf('\n');
  const lineStart = back !== -1 ? before + back + 1 : before === 0 ? 0 : -1;
  const ahead = text.slice(resume, resume + AROUND + 1).indexOf('\n');
  const lineEnd = ahead !== -1 ? resume + ahead - (text[resume + ahead - 1] === '\r' ? 1 : 0) : resume + AROUND + 1 >= text.length ? text.length : -1;
  const left = edgeAfter(text, Math.max(lineStart, cut - AROUND), lineStart, cut);
  const right = edgeBefore(text, lineEnd === -1 ? resume + AROUND : Math.min(lineEnd, resume + AROUND), lineEnd, resume);
  const written = `${oneComma(text.slice(left, cut))}${below ? ' ' : ''}${oneComma(text.slice(resume, right))}`.replace(/[ \t]*\r?\n\s*/g, ' ').trim();
  const opens = left === lineStart && FLOW_OR_MAP_OPEN.test(text.slice(lineStart, cut));
  const closes = right === lineEnd && /[\]}][ \t]*(?:#.*)?\r?$/.test(text.slice(resume, lineEnd));
  const words = n === 2 ? 'Två' : n === 3 ? 'Tre' : 'Flera';
  const slip = {
    offset: second,
    message: `${words} kommatecken står i rad, utan något värde mellan dem.`,
    hint: `${last ? 'Ta bort kommatecknen efter det sista värdet' : 'Skriv ett kommatecken mellan två värden'}: ${opens ? '' : '… '}${written}${closes ? '' : ' …'}`,
  };
  commaRun = { text, from, to, slip };
  return slip;
}

/**
 * "attendees: [" above a list written with dashes: the bracket opens a list that is never closed, and the parser
 * reports the dashes and the end of the front matter instead (in English, twice). The last such line up to `until`
 * (the end of a line) whose list's first dash lies before it too.
 */
function bracketBeforeDashes(text: string, until: number): Located | undefined {
  return lastBefore(scanOf(text).bracketsBeforeDashes, until + 1);
}

/** Every line of `text` that "attendees: [" above a list with dashes is, by where its first dash's line ends (+ 1). */
function bracketsBeforeDashes(text: string): Positioned<Located>[] {
  const lines = text.split('\n');
  const out: Positioned<Located>[] = [];
  // Where each line starts, and the next line that is neither blank nor a comment below each: one pass from the end.
  const starts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += lines[i]!.length + 1, i++) starts.push(at);
  const next: (number | undefined)[] = [];
  for (let i = lines.length - 1, below: number | undefined; i >= 0; i--) {
    next[i] = below;
    const l = lines[i]!;
    if (l.trim() !== '' && !/^\s*#/.test(l)) below = i;
  }
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*(?:-\s+)?([A-Za-z_][\w-]*):[ \t]*)([[{])[ \t]*(?:#.*)?\r?$/.exec(lines[i]!);
    const n = m ? next[i] : undefined;
    if (m && n !== undefined && /^\s*-(?:\s|$)/.test(lines[n]!)) {
      const opened = m[3] === '[' ? 'en lista inom hakparenteser' : 'ett fält inom klammerparenteser';
      const found = { offset: starts[i]! + m[1]!.length, message: `Raderna under "${clip(m[2]!)}" är en lista med streck (-), men ${m[3]} efter kolonet öppnar ${opened} som aldrig avslutas.`, hint: `Ta bort ${m[3]} efter ${clip(m[2]!)}: (en lista med streck behöver inga parenteser).` };
      out.push({ at: starts[n]! + lines[n]!.length + 1, found });
    }
  }
  return out;
}

/**
 * The first field, up to `until`, that stands a space or three off the field above it in the same block
 * ("  - who: Leif" then "     what: …"): the parser then reports something else, somewhere else. A field may
 * stand under any field it belongs to, or further in under one with no value on its line.
 */
function misalignedKey(text: string, until: number): Slip | undefined {
  const { misaligned } = scanOf(text);
  return misaligned && misaligned.at <= until + 1 ? misaligned.found : undefined;
}

/** The first field of `text` out of line (see misalignedKey), by where its line ends (+ 1). */
function firstMisaligned(text: string): Positioned<Slip> | undefined {
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

/** An item that can be left out of its list alone, and that list: where it starts (its id), and how many items it has. */
export interface SlippedItem {
  /** What to blank to leave the item out: the item with a comma beside it, or its lines. */
  readonly range: readonly [number, number];
  readonly list: number;
  readonly items: number;
}

/**
 * For `text`, the item of a list whose value starts at an offset ("[Anna, *Bo*]", "  - *Bo*"), or of a list with
 * dashes that holds it ("  - who: @Anna" with "    what: Boka" below), when it can be left out of the list alone: one
 * of a list in brackets closed on a line of its own, or a dash's item, with whatever lines it has below it, when it
 * holds every quote and bracket it opens. Blanked, the list's other items read as written, and are checked. The
 * lists with dashes are found once, in one pass.
 */
export function slippedItems(text: string): (offset: number) => SlippedItem | undefined {
  return (offset) => {
    const flow = flowItemAt(text, offset);
    if (flow) {
      const { list, item } = flow;
      const { items } = list;
      const lineEnd = text.indexOf('\n', list.close);
      if (item.at !== offset || list.close === -1 || !/^[ \t]*(?:#.*)?\r?$/.test(text.slice(list.close + 1, lineEnd === -1 ? text.length : lineEnd))) return undefined;
      // With the comma after it, or the one before it for the last item: the rest stays a list.
      // Found by where it starts: looked for among thousands of items for each, it was slow.
      const i = countUpTo(items, (x) => x.at, item.at) - 1;
      const next = items[i + 1];
      const before = items[i - 1];
      const range = next ? ([item.at, next.at] as const) : before ? ([before.end, item.end] as const) : ([item.at, item.end] as const);
      return { range, list: list.open, items: items.length };
    }
    const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    const item = scanOf(text).dashes().get(start);
    return item && closedWithin(text.slice(item.start, item.end)) ? { range: [item.start, item.end], list: item.list.at, items: item.list.items } : undefined;
  };
}

/**
 * Whether `lines` close every quote and bracket they open, so that nothing of the lines below belongs to them (a
 * value may run on in quotes over lines further out). One that may not is not left out: its field stays unread.
 */
function closedWithin(lines: string): boolean {
  let depth = 0;
  for (let i = 0; i < lines.length; i++) {
    const c = lines[i]!;
    if (c === '#' && (i === 0 || /\s/.test(lines[i - 1]!))) {
      const end = lines.indexOf('\n', i);
      if (end === -1) break;
      i = end;
    } else if ((c === '"' || c === "'") && opensValue(lines, i)) {
      const quote = c === '"' ? DOUBLE : SINGLE;
      quote.lastIndex = i;
      const close = quote.exec(lines);
      if (!close) return false;
      i += close[0].length - 1;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
  }
  return depth === 0;
}

/** Whether the quote at `at` starts a value (after a key's colon, a dash, a bracket or a comma), not a word's '. */
function opensValue(text: string, at: number): boolean {
  let i = at - 1;
  while (text[i] === ' ' || text[i] === '\t') i--;
  const before = text[i];
  return before === undefined || before === '\n' || before === '[' || before === '{' || before === ',' || ((before === ':' || before === '-') && i < at - 1);
}

interface DashItem {
  /**
   * Where the list's first dash's line starts, how many items it has, the column of its dashes, and where the line of
   * each of its items out of line starts.
   */
  readonly list: { readonly at: number; items: number; readonly column: number; readonly outdented: number[] };
  /** Where its dash's line starts, and where its last line ends: its text or fields further in go on below it. */
  readonly start: number;
  end: number;
  /** Where the line starts of the last item of its list up to it (itself or one above) that stands out of line. */
  readonly outdented?: number;
}

/**
 * Of each line of `text` in an item of a list with dashes (by where the line starts), the innermost such item. A dash
 * a column or more further out than the list's dashes, but further in than the line that opens the list ("  - Leif"
 * then " - Maria" under "attendees:"), is taken for an item of that list, out of line (see outdentedItem).
 */
function dashItems(text: string): Map<number, DashItem> {
  const out = new Map<number, DashItem>();
  // The lists and items open at the current line, innermost last; `outer`: the column of the line that opens the list.
  const lists: { column: number; outer: number; list: DashItem['list']; outdented?: number }[] = [];
  const items: { column: number; item: DashItem }[] = [];
  // The column of the last line that is neither blank nor a comment.
  let previous = -1;
  for (let at = 0; at <= text.length; ) {
    const end = text.indexOf('\n', at);
    const lineEnd = end === -1 ? text.length : end;
    const line = text.slice(at, lineEnd);
    if (!/^\s*(?:#.*)?$/.test(line)) {
      const column = /^ */.exec(line)![0].length;
      const isDash = /^ *-(?:[ \t]|\r?$)/.test(line);
      // A line as far in as an item's dash, or further out, ends it; so does a dash as far in as its list's dashes (an
      // item out of line holds its fields, further in than its own dash, up to the list's next item).
      while (items.length > 0 && (items[items.length - 1]!.column >= column || (isDash && items[items.length - 1]!.item.list.column >= column))) items.pop();
      while (lists.length > 0 && lists[lists.length - 1]!.column > column && !(isDash && column > lists[lists.length - 1]!.outer)) lists.pop();
      const top = lists[lists.length - 1];
      if (top?.column === column && !isDash && items[items.length - 1]?.item.list !== top.list) lists.pop();
      if (isDash) {
        const entry = top !== undefined && top.column >= column ? top : { column, outer: previous < column ? previous : column, list: { at, items: 0, column, outdented: [] } };
        if (entry !== top) lists.push(entry);
        if (column < entry.column) {
          entry.outdented = at;
          entry.list.outdented.push(at);
        }
        entry.list.items++;
        const outdented = entry.outdented === undefined ? {} : { outdented: entry.outdented };
        items.push({ column, item: { list: entry.list, start: at, end: lineEnd, ...outdented } });
      }
      for (const open of items) open.item.end = lineEnd;
      const inner = items[items.length - 1];
      if (inner) out.set(at, inner.item);
      previous = column;
    }
    if (end === -1) break;
    at = end + 1;
  }
  return out;
}
