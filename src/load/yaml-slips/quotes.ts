// A quote a value opens and never closes: on the line of the parser's error, or on a line above it.
import { lastBefore, once, OPEN_QUOTE, scanOf } from './scan.js';

/**
 * The last quote a line above `start` opens and does not close on its line, if no quote closes it before `start`
 * either: a value in quotes over lines (note: "Vi ses" above "  igen") is closed, and no slip below it is the quote's.
 */
export function openQuoteAbove(text: string, start: number): { offset: number; quote: string } | undefined {
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
export function openQuoteUpTo(text: string, start: number, offset: number): { offset: number; quote: string } | undefined {
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
