// Word's bold and italics as Markdown that the site shows as bold and italics: CommonMark reads "**Plats:**Stadshuset"
// as text with stars (a closing run after punctuation must have a space or punctuation after it), so the punctuation
// at such an edge is moved out of the emphasis ("**Plats**:Stadshuset"), the text as it was; at a link's bracket, the
// emphasis goes inside the link ("[**länken**](…)text").

/** Marks around the runs the converter writes, in private-use characters minutes never hold (see NUMBER_MARK). */
const OPEN = ['\uE002', '\uE003'] as const;
const CLOSE = ['\uE004', '\uE005'] as const;
/** Marks around a link's own syntax ("[", "](…)"), which is never moved. */
const FIXED = ['\uE006', '\uE007'] as const;

/** `core` in emphasis with `stars` ("*" italics, "**" bold), its runs marked for `settleEmphasis`. */
export const emphasis = (core: string, stars: string): string => `${OPEN[0]}${stars}${OPEN[1]}${core}${CLOSE[0]}${stars}${CLOSE[1]}`;

/** A link around `core`, its syntax marked for `settleEmphasis`. */
export const link = (core: string, href: string): string => `${FIXED[0]}[${FIXED[1]}${core}${FIXED[0]}](${href})${FIXED[1]}`;

/** A run of stars the converter wrote; `text` is "" once its span is left without emphasis. */
interface Run {
  readonly kind: 'open' | 'close';
  text: string;
  /** The run at the span's other end. */
  pair?: Run;
}
/** A run, a link's syntax, or a character of the text (a backslash escape is one). */
type Token = Run | { readonly kind: 'fixed' | 'char'; readonly text: string };

const TOKEN = /\uE002(\*+)\uE003|\uE004(\*+)\uE005|\uE006([^\uE007]*)\uE007|\\[!-/:-@[-`{-~]|[^]/gu;
// markdown-it's whitespace and punctuation (Unicode P and S), by which it tells whether a run may open or close.
const SPACE = /^[\t\n\v\f\r \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]$/;
const PUNCT = /^[\p{P}\p{S}]$/u;

type Side = 'space' | 'punct' | 'word';
const side = (c: string | undefined): Side => (c === undefined || SPACE.test(c) ? 'space' : PUNCT.test(c) ? 'punct' : 'word');
/** What stands at a token's end next to a run: its last character (`last`) or its first; the line's end is a space. */
const edge = (t: Token | undefined, last: boolean): Side => (t === undefined ? 'space' : side(last ? [...t.text].pop() : [...t.text][0]));
const isRun = (t: Token | undefined): t is Run => (t?.kind === 'open' || t?.kind === 'close') && t.text !== '';
/** The index of the first token from `i` on, in `step`'s direction, that is not a run left out. */
const skip = (ts: readonly Token[], i: number, step: 1 | -1): number => {
  while (ts[i]?.text === '') i += step;
  return i;
};

/**
 * How many spans a link's syntax may be split at on each side (see `intoLinkBefore`): Word's bold and italics. Each
 * side of a link's "[" and "](…)" holds that many places for the runs a split writes, made when the text is read, so
 * that a split moves a few tokens, never the rest of the block (inserting took time growing with its square).
 */
const SLOTS = 2;
/** Places for runs a split may write: runs left out (text "") that no span has ever had. */
const slots = (): Run[] => Array.from({ length: SLOTS }, () => ({ kind: 'open', text: '' }));
const isSlot = (t: Token | undefined): boolean => (t?.kind === 'open' || t?.kind === 'close') && t.text === '' && (t as Run).pair === undefined;

function tokens(text: string): Token[] {
  const out: Token[] = [];
  const open: Run[] = [];
  for (const m of text.matchAll(TOKEN)) {
    if (m[1] !== undefined) {
      const run: Run = { kind: 'open', text: m[1] };
      open.push(run);
      out.push(run);
    } else if (m[2] !== undefined) {
      const opening = open.pop()!;
      const run: Run = { kind: 'close', text: m[2], pair: opening };
      opening.pair = run;
      out.push(run);
    } else if (m[3] !== undefined) out.push(...slots(), { kind: 'fixed', text: m[3] }, ...slots());
    else out.push({ kind: 'char', text: m[0] });
  }
  return out;
}

/** Where the marks Markdown reads as one run with `ts[at]` start (runs left out between them), or `at`. */
function runStart(ts: readonly Token[], at: number): number {
  let i = Math.max(0, at);
  for (let p = skip(ts, i - 1, -1); isRun(ts[p]); p = skip(ts, p - 1, -1)) i = p;
  return i;
}

/** A span left without emphasis, its text kept: its runs become "". */
const drop = (run: Run): void => {
  run.text = '';
  run.pair!.text = '';
};

const isSpace = (t: Token | undefined): boolean => t?.kind === 'char' && side(t.text) === 'space';

/** The index of the first (`step` 1) or last (-1) free place of the `SLOTS` from `at` on, or -1. */
function slot(ts: readonly Token[], at: number, step: 1 | -1): number {
  for (let k = 0; k < SLOTS; k++) {
    const x = step === 1 ? at + k : at + SLOTS - 1 - k;
    if (isSlot(ts[x])) return x;
  }
  return -1;
}

/**
 * `run` put in the place at `x`, moved past the spaces on its `step` side (a run is never next to a space inside its
 * span): where it is.
 */
function place(ts: Token[], x: number, run: Run, step: 1 | -1): number {
  while (isSpace(ts[x + step])) {
    ts[x] = ts[x + step]!;
    x += step;
  }
  ts[x] = run;
  return x;
}

/**
 * A span whose closing run at `i` cannot close after the link that ends at `end` ("**Läs [länken](…)**text"): split
 * in two, the link's text in a span of its own inside its brackets, where a run always can ("[**länken**](…)"), and
 * what comes before the link in the rest, closed before the spaces in front of it ("**Läs** [**länken**](…)text"),
 * left for the next fixes (a span with nothing left is left out). An inner span is split first, so its runs go
 * nearer the link's text. The index of the new closing run (the first token changed), or -1 where the span opens
 * inside the link (never in mammoth's HTML) or the link's places are taken, where it is not split.
 */
function intoLinkBefore(ts: Token[], i: number, end: number): number {
  const close = ts[i] as Run;
  const open = close.pair!;
  let start = end - 1;
  for (; start >= 0 && ts[start]!.kind !== 'fixed'; start--) if (ts[start] === open) return -1;
  if (ts[start]?.text !== '[') return -1;
  const [before, after] = [slot(ts, start - SLOTS, 1), slot(ts, start + 1, -1)];
  if (before < 0 || after < 0) return -1;
  const inner: Run = { kind: 'open', text: close.text, pair: close };
  const outer: Run = { kind: 'close', text: close.text, pair: open };
  close.pair = inner;
  open.pair = outer;
  ts[after] = inner;
  // The closing run goes right before the link's "](…)"; what stood between them (places, runs left out) after it.
  ts.copyWithin(end + 1, end, i);
  ts[end] = close;
  return place(ts, before, outer, -1);
}

/**
 * The mirror of `intoLinkBefore`: a span whose opening run at `j` cannot open before the link that starts at `start`
 * ("Se**[länken](…) nu**") split in two, "Se[**länken**](…) **nu**"; false where it is not.
 */
function intoLinkAfter(ts: Token[], j: number, start: number): boolean {
  const open = ts[j] as Run;
  const close = open.pair!;
  let end = start + 1;
  for (; end < ts.length && ts[end]!.kind !== 'fixed'; end++) if (ts[end] === close) return false;
  if (!ts[end]?.text.startsWith('](')) return false;
  const [before, after] = [slot(ts, end - SLOTS, 1), slot(ts, end + 1, -1)];
  if (before < 0 || after < 0) return false;
  const inner: Run = { kind: 'close', text: open.text, pair: open };
  const outer: Run = { kind: 'open', text: open.text, pair: close };
  open.pair = inner;
  close.pair = outer;
  ts[before] = inner;
  place(ts, after, outer, 1);
  // The opening run goes right after the link's "["; what stood between them before it.
  ts.copyWithin(j, j + 1, start + 1);
  ts[start] = open;
  return true;
}

/**
 * One fix, from `from` on, to a run of marks that cannot do their work where they stand: where to look again from, or
 * -1 when every run can. A run of closing marks must follow no space, and, after punctuation, come before a space,
 * punctuation or the line's end; a run of opening marks likewise, mirrored. The fix: the punctuation next to the run
 * inside its span moved out; at a link's bracket, the innermost span split at the link (see `intoLinkBefore`); or,
 * where neither can be, the innermost span's emphasis left out, its text kept, as is a span whose punctuation has all
 * been moved out (":" in bold between two letters).
 */
function fixFrom(ts: Token[], from: number): number {
  for (let i = from; i < ts.length; ) {
    if (!isRun(ts[i])) {
      i++;
      continue;
    }
    // The marks from i to j, runs left out among them; closing ones first, then, from `k` on, opening ones (a span
    // closed right before the next opens, "**Plats:***Stadshuset*"), which Markdown reads as one run.
    const marks: Run[] = [ts[i] as Run];
    let j = i;
    for (let n = skip(ts, j + 1, 1); isRun(ts[n]); n = skip(ts, j + 1, 1)) marks.push(ts[(j = n)] as Run);
    // A span its punctuation has all been moved out of: nothing is left to emphasise.
    const empty = marks.find((m, x) => marks[x + 1] === m.pair);
    if (empty) {
      drop(empty);
      return runStart(ts, i);
    }
    let k = i;
    while (k <= j && ts[k]!.kind !== 'open') k++;
    const [p, q] = [skip(ts, i - 1, -1), skip(ts, j + 1, 1)];
    const [before, after] = [edge(ts[p], true), edge(ts[q], false)];
    const closes = k === i || (before !== 'space' && (before !== 'punct' || after !== 'word'));
    const opens = k > j || (after !== 'space' && (after !== 'punct' || before !== 'word'));
    if (!closes) {
      if (ts[p]?.kind === 'fixed' && ts[p].text.startsWith('](')) {
        const at = intoLinkBefore(ts, i, p);
        if (at >= 0) return runStart(ts, at);
      }
      if (ts[p]?.kind !== 'char' || before !== 'punct') {
        drop(marks[0]!);
        return runStart(ts, i);
      }
      // The punctuation goes right after the closing marks, where it may join a run that ended before it.
      const moved = ts[p]!;
      ts.copyWithin(p, p + 1, k);
      ts[k - 1] = moved;
      return runStart(ts, p);
    }
    if (!opens) {
      if (ts[q]?.kind === 'fixed' && ts[q].text === '[' && intoLinkAfter(ts, j, q)) return runStart(ts, i);
      if (ts[q]?.kind !== 'char' || after !== 'punct') {
        drop(marks[marks.length - 1]!);
        return runStart(ts, i);
      }
      const moved = ts[q]!;
      ts.copyWithin(k + 1, k, q);
      ts[k] = moved;
      return runStart(ts, i);
    }
    i = j + 1;
  }
  return -1;
}

/**
 * The block's text with the marks of `emphasis` and `link` settled: every run of stars where CommonMark reads it as
 * emphasis, punctuation moved out of it where needed ("**Plats**:Stadshuset", "ord(**bold**)"), a span split at a
 * link where needed ("**Läs** [**länken**](…)text"). Each fix moves a character outwards past marks, leaves a span
 * out, or splits one into a span inside a link and a shorter one, so this ends, and looks again only from the fix on.
 */
export function settleEmphasis(text: string): string {
  if (!/[\uE002-\uE007]/.test(text)) return text;
  const ts = tokens(text);
  for (let from = 0; from >= 0; ) from = fixFrom(ts, from);
  return ts.map((t) => t.text).join('');
}
