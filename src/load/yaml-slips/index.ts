// The one entry to the slips of YAML: commonSlip tries each detector in turn, in the order it reads below.
import { bracketBeforeDashes } from './dash-lists.js';
import { bracketedKey, explicitKey, lineShapeSlip, placeholderValue } from './line-shape.js';
import { exclamationStart, indicatorStart, keyInFlowValue, nestedDash } from './signs.js';
import { flowItemStart, unclosedBracket } from './flow-items.js';
import { leadingCommas, repeatedCommas } from './commas.js';
import { lineAt, once, type Slip } from './scan.js';
import { openItemQuote, openQuoteAbove, openQuoteSlip, openQuoteUpTo } from './quotes.js';

export type { Slip } from './scan.js';
export { OPEN_QUOTE } from './scan.js';
export { doubleQuoted, flowItemAt, quoteItemHint } from './flow-items.js';
export { unclosedLists, type FlowItem, type FlowList, type UnclosedList } from './flow-lists.js';
export { slippedItems, type SlippedItem } from './dash-lists.js';
export { leftItemQuotes, runawayQuotes } from './quotes.js';

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
  // A quote an item in brackets opens above and never closes takes in the ] and the lines below, up to the error.
  const itemQuote = yamlCode === 'BAD_INDENT' ? openItemQuote(text, offset) : undefined;
  if (itemQuote) return itemQuote;
  const shaped = once(text, `shape ${start} ${yamlCode}`, () => lineShapeSlip(text, yamlCode, start, end, line));
  if (shaped) return shaped;
  // The parser may report an indented one also as something else, at its bracket.
  const key = yamlCode === 'NON_STRING_KEY' || text[offset] === '[' || text[offset] === '{' ? once(text, `key ${start}`, () => bracketedKey(line, start)) : undefined;
  if (key && (yamlCode === 'NON_STRING_KEY' || key.offset === offset)) return key;
  // "location: {{ plats }}": a template's placeholder, fields in braces whose key is fields.
  const placeholder = line.includes('{{') || line.includes('{%') ? once(text, `placeholder ${start}`, () => placeholderValue(line, start)) : undefined;
  if (placeholder) return placeholder;
  // "? lisa-berg:": a key made of the fields below it.
  const explicit = yamlCode === 'NON_STRING_KEY' ? explicitKey(line, start) : undefined;
  if (explicit) return explicit;
  // "location: {a: 1, {b}}": a key in braces further on in a value in braces.
  const flowKey = yamlCode === 'NON_STRING_KEY' ? keyInFlowValue(line, start, offset) : undefined;
  if (flowKey) return flowKey;
  if (yamlCode === 'MISSING_CHAR') {
    // The last line before the error that opens a quote, double or single ('Bryggan), it does not close: the error's
    // own line up to the error, or a whole line above it.
    const found = (offset > start ? once(text, `open ${offset}`, () => openQuoteUpTo(text, start, offset)) : undefined) ?? openQuoteAbove(text, start);
    // Or an item of a list in brackets that opens one ("attendees: [Anna, 'Bo]"), on the line or above it: also one
    // first on its line, in a list over lines ("  'Bo]" below "attendees: [Anna,"), which is the item's.
    const item = openItemQuote(text, offset);
    if (found !== undefined && found.offset !== item?.offset) return openQuoteSlip(text, found.offset);
    if (item) return item;
  }
  return once(text, `sign ${start}`, () => nestedDash(line, start) ?? exclamationStart(line, start)) ?? flowItemStart(text, offset) ?? once(text, `indicator ${start}`, () => indicatorStart(line, start));
}
