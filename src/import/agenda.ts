// Which lines are agenda items' headings: short plain lines ("Fritidsbanken"), and numbered lines ("1. Läxhjälp",
// "1) Läxhjälp", "§ 1 Läxhjälp", "Punkt 1: Läxhjälp") when their numbers run through the text.
import { foldCase } from '../util/fold.js';
import { endsUnfinished, isHeadingText } from '../validate/heading-text.js';
import { shapeOf, unbold, type Line } from './lines.js';
import { AGENDA_WORDS, SENTENCE_VERBS } from './swedish.js';

const ROMAN = '(?=[IVXLCDM])M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})';
/** A line that starts with a number in lower-case letters or roman numerals, as Word shows a list's items: "a) Hyllor", "iv. Kassa". */
export const LOWER_LETTERED = new RegExp(`^(?:([a-z])\\1*|${ROMAN.toLowerCase()})[.)]\\s`, 'u');
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
/** "XIV" -> 14. */
const romanValue = (r: string): number =>
  [...r.toUpperCase()].reduce((sum, c, k, all) => sum + ((ROMAN_VALUES[c]! < (ROMAN_VALUES[all[k + 1] ?? ''] ?? 0)) ? -ROMAN_VALUES[c]! : ROMAN_VALUES[c]!), 0);
/** "c" -> 3, "bb" -> 28: letters as Word counts past "z". */
const letterValue = (l: string): number => (l.length - 1) * 26 + l.toLowerCase().charCodeAt(0) - 96;

/**
 * The ways agenda items are numbered, with how each reads its number. Numbers run within one form, so a "1." list
 * inside "§ 1" does not count. Letters and roman numerals are Word's ("II. Ekonomi", "b) Budget"); a line like "I."
 * or "C." reads both ways, and the run it is in decides.
 */
const FORMS: readonly (readonly [form: string, pattern: RegExp, value?: (s: string) => number])[] = [
  // Up to 9 digits, as Markdown reads a list's number; past 99 only in a run (see `numbersOf`).
  ['1.', /^(\d{1,2}|[1-9]\d{2,8})\.\s+(\S.*)$/u],
  ['1)', /^(\d{1,2}|[1-9]\d{2,8})\)\s+(\S.*)$/u],
  // "§ 1 Läxhjälp", "§1. Läxhjälp", "§ 1: Läxhjälp", "§ 1 – Läxhjälp"
  ['§', /^§\s*(\d{1,3})(?:[.:)]|\s+[–-])?\s+(\S.*)$/u],
  // "Punkt 1: Läxhjälp", "Ärende 3 – Fritidsbanken"
  ...AGENDA_WORDS.map((w) => [w, new RegExp(`^${w}\\s+(\\d{1,3})(?:[.:)]|\\s+[–-])?\\s+(\\S.*)$`, 'iu')] as const),
  ['I.', new RegExp(`^(${ROMAN})[.)]\\s+(\\S.*)$`, 'u'), romanValue],
  ['i.', new RegExp(`^(${ROMAN.toLowerCase()})[.)]\\s+(\\S.*)$`, 'u'), romanValue],
  ['A.', /^(([A-Z])\2*)[.)]\s+(\S.*)$/u, letterValue],
  ['a.', /^(([a-z])\2*)[.)]\s+(\S.*)$/u, letterValue],
];
const LETTERED_FORMS: ReadonlySet<string> = new Set(['I.', 'i.', 'A.', 'a.']);

/**
 * Numbered items look like headings only when short: at most this many words after the number. Real
 * headings are a few words; a longer line is a point in a numbered list.
 */
const MAX_TITLE_WORDS = 8;

interface Numbered {
  /** Index in the lines. */
  readonly i: number;
  readonly form: string;
  readonly n: number;
  /** The line as written, without whole-line bold: the heading's text. */
  readonly text: string;
  /** What follows the number. */
  readonly title: string;
  /** The line before it in its run, if any (see `runs`). */
  readonly before?: Numbered;
}

/**
 * "§ 1 Läxhjälp" -> form "§", number 1, title "Läxhjälp"; each way a line reads ("I. Ekonomi" roman 1 and letter 9),
 * none for an unnumbered line.
 */
export function agendaNumbers(text: string): { form: string; n: number; title: string }[] {
  const out: { form: string; n: number; title: string }[] = [];
  for (const [form, pattern, value = Number] of FORMS) {
    const m = pattern.exec(text);
    if (m) out.push({ form, n: value(m[1]!), title: m[m.length - 1]!.trim() });
  }
  return out;
}

const LETTERED = FORMS.filter(([form]) => LETTERED_FORMS.has(form));

/**
 * The indexes of the lines numbered in letters or roman numerals whose run goes on later in the text: "I. Ekonomi"
 * with a "II." after it in the same form, "A. Ekonomi" with a "B.". Such a line is an item, of an agenda or of a
 * list, not a name with an initial ("A. Nilsson" with no "B." after it) nor a heading of its own. Each line is read
 * once, from the last back, so the work grows with the text.
 */
export function letteredRunLines(lines: readonly Line[]): ReadonlySet<number> {
  const out = new Set<number>();
  /** The forms and numbers of the lines after the one looked at: "I. 2" for a "II." below. */
  const below = new Set<string>();
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = unbold(lines[i]!.text).text;
    if (!/^[A-Za-z]+[.)]\s/.test(text)) continue;
    for (const [form, pattern, value] of LETTERED) {
      const m = pattern.exec(text);
      if (!m) continue;
      const n = value!(m[1]!);
      if (below.has(`${form} ${n + 1}`)) out.add(i);
      below.add(`${form} ${n}`);
    }
  }
  return out;
}

/**
 * The ways a line of the text reads: a "1." or "1)" past 99 only when its number runs with its neighbours' (the
 * line is `counted`), so that a year or a sum starting a sentence ("2016. Budgeten blev klar.") is no numbered line.
 */
const numbersOf = (line: Line): ReturnType<typeof agendaNumbers> =>
  agendaNumbers(unbold(line.text).text).filter((m) => m.n <= 99 || line.counted === true || (m.form !== '1.' && m.form !== '1)'));

/** The first way a line reads, or undefined for an unnumbered line. */
export const agendaNumber = (text: string): { form: string; n: number; title: string } | undefined => agendaNumbers(text)[0];

/**
 * A heading, not a sentence: short, no full stop, no "ska", "har", "är" … ("3. Vi ska ses i maj"). `markdown`: the
 * title is Markdown's (a .md file's, a .docx's as the import converts it), measured without its backslash escapes, as
 * a heading elsewhere is (see `isHeadingText`).
 */
export function isAgendaTitle(title: string, markdown = false): boolean {
  const words = title.split(/\s+/);
  return isHeadingText(title, markdown) && words.length <= MAX_TITLE_WORDS && !words.some((w) => SENTENCE_VERBS.has(foldCase(w.replace(/[^\p{L}]/gu, ''))));
}

type Open = (l: Line | undefined) => boolean;

/**
 * The numbered lines that are agenda items' headings: those `numberedHeadings` finds, or else a lone one (see
 * `loneHeading`), as a text with a single agenda item numbered, or a single item at all, has it.
 */
export function agendaHeadings(lines: readonly Line[], open: Open, markdown = false): ReadonlyMap<number, string> {
  const found = numberedHeadings(lines, open, markdown);
  return found.size > 0 ? found : loneHeading(lines, open, markdown);
}

/**
 * The only numbered line of the whole text, as a heading when it reads as one as a plain heading line must: after a
 * blank line, short and no sentence, not after a line that leads into it (see `afterLeadIn`), with a paragraph (not
 * the rest of its own sentence) under it; and numbered 1 when it is numbered "1." or "1)", as a list's lines are, so
 * that the "2. …" of a list whose other lines are gone is no heading ("§ 12 …" and "Punkt 3: …" only number agenda
 * items).
 */
function loneHeading(lines: readonly Line[], open: Open, markdown: boolean): ReadonlyMap<number, string> {
  const numbered = runs(lines, open);
  const x = numbered.length === 1 ? numbered[0]! : undefined;
  // Letters and roman numerals only in a sequence: a lone "A. Nilsson" or "b) Budget" is no heading by this rule.
  if (x === undefined || LETTERED_FORMS.has(x.form) || ((x.form === '1.' || x.form === '1)') && x.n !== 1) || open(lines[x.i - 1])) return new Map();
  const heading = afterLeadIn(lines, numbered, open).size === 0 && isAgendaTitle(x.title, markdown) && !wrapped(lines, x.i, open) && textUnder(lines, x.i, open);
  return heading ? new Map([[lines[x.i]!.n, x.text]]) : new Map();
}

/**
 * The numbered lines that are agenda items' headings, by line number, with the heading's text as written.
 * A line counts when its title reads as a heading and does not wrap onto the next line, when it is not in a
 * run that starts after a line leading into it (see `afterLeadIn`), and only in the sequence 1, 2, 3 … with the
 * most lines that have text under them, at least two: the lines of a list ("1. Kaffe\n2. Te\n3. Bullar") have only
 * the next under them.
 */
export function numberedHeadings(lines: readonly Line[], open: Open, markdown = false): ReadonlyMap<number, string> {
  const numbered = runs(lines, open);
  const listed = afterLeadIn(lines, numbered, open);
  const inner = indented(lines, numbered);
  const eligible = numbered.filter((x) => !listed.has(x) && !inner.has(x) && isAgendaTitle(x.title, markdown) && !wrapped(lines, x.i, open));
  const strong = (x: Numbered) => textUnder(lines, x.i, open);
  const chain = bestChain(eligible, strong);
  // A list inside an item may have more lines with text under them than the agenda has items: when another
  // sequence's numbering resumes after it ("1. Fritidsbanken", its list 1–4, "2. SIP", "3. Nästa möte"), that is the agenda.
  const inChain = new Set(chain);
  const outer = chain && bestChain(eligible.filter((x) => !inChain.has(x)), strong);
  const agenda = outer && encloses(outer, chain!) ? outer : chain;
  return new Map((agenda ?? []).map((x) => [lines[x.i]!.n, x.text]));
}

/** Whether `inner` lies wholly between two members of `outer` that follow each other. */
const encloses = (outer: readonly Numbered[], inner: readonly Numbered[]): boolean =>
  outer.some((x, k) => k + 1 < outer.length && x.i < inner[0]!.i && inner[inner.length - 1]!.i < outer[k + 1]!.i);

/**
 * The numbered lines indented more than the least indented of their form, as a list inside an item is written. Not so a
 * stray space before an item that goes on from the numbered line above it, less indented and numbered one less
 * ("1. Ekonomi", " 2. Fritidsbanken"; a list inside "1. Ekonomi" starts from 1), nor before the first numbered line
 * when the next goes on from it (" 1. Ekonomi", "2. Fritidsbanken"). In one pass over them: a text may have thousands.
 */
function indented(lines: readonly Line[], numbered: readonly Numbered[]): Set<Numbered> {
  const indent = (y: Numbered) => lines[y.i]!.indent;
  const least = new Map<string, number>();
  const byKin = new Map<string, Numbered[]>();
  for (const y of numbered) {
    least.set(y.form, Math.min(least.get(y.form) ?? Infinity, indent(y)));
    const kind = byKin.get(kin(y.form));
    if (kind) kind.push(y);
    else byKin.set(kin(y.form), [y]);
  }
  const out = new Set<Numbered>();
  for (const kind of byKin.values()) {
    kind.forEach((x, k) => {
      const [above, below] = [kind[k - 1], kind[k + 1]];
      if (above !== undefined && indent(above) < indent(x) && above.n === x.n - 1) return;
      if (above === undefined && below !== undefined && indent(below) < indent(x) && below.n === x.n + 1) return;
      if (least.get(x.form)! < indent(x)) out.add(x);
    });
  }
  return out;
}

/**
 * The numbered lines, each tied to the line before it in its run: a list counting 1, 2, 3 … A line continues
 * the previous line of its form when numbered one more and spaced as the run so far (directly under it, after
 * blank lines, or after text), so "1. Hyllor\n2. Skåp" then a blank line and "3. Övrigt" is a list and the next
 * agenda item, not one list of three.
 */
function runs(lines: readonly Line[], open: Open): Numbered[] {
  const gap = (a: number, b: number) => (b === a + 1 ? 'under' : lines.slice(a + 1, b).some(open) ? 'text' : 'blank');
  const out: Numbered[] = [];
  const lastOfForm = new Map<string, Numbered>();
  lines.forEach((line, i) => {
    if (!open(line)) return;
    const text = unbold(line.text).text;
    for (const m of numbersOf(line)) {
      const last = lastOfForm.get(m.form);
      const continues = last !== undefined && last.n === m.n - 1 && (last.before === undefined || gap(last.before.i, last.i) === gap(last.i, i));
      const x: Numbered = { i, ...m, text, ...(continues ? { before: last } : {}) };
      out.push(x);
      lastOfForm.set(m.form, x);
    }
  });
  return out;
}

/** Whether a line is numbered in any of the forms. */
const isNumbered = (l: Line): boolean => numbersOf(l).length > 0;

/**
 * The runs that start after a line that leads into them are lists, all of them, even with text between their lines:
 * the list's "2." is not the next agenda item. Such a line ends in ':' ("Vi behöver två saker:") or breaks off on a
 * word no sentence ends on, its rest the list ("Budgeten för" above "1. Lokalen", "2. Personal").
 */
function afterLeadIn(lines: readonly Line[], numbered: readonly Numbered[], open: Open): Set<Numbered> {
  const out = new Set<Numbered>();
  for (const x of numbered) {
    if (x.before !== undefined) {
      if (out.has(x.before)) out.add(x);
      continue;
    }
    let j = x.i - 1;
    while (j >= 0 && !open(lines[j])) j--;
    const above = j >= 0 ? unbold(lines[j]!.text).text : '';
    if (above.endsWith(':') || endsUnfinished(above)) out.add(x);
  }
  return out;
}

/**
 * The next line is the rest of a hard-wrapped sentence: in lower case ("3. Vi ordnar en fest\nför barnen."), or under
 * a line that breaks off on a word no sentence ends on ("3. Vi diskuterade frågan om\nFritidsbanken och lokalen.").
 */
function wrapped(lines: readonly Line[], i: number, open: Open): boolean {
  const below = lines[i + 1];
  if (!open(below)) return false;
  const shape = shapeOf(below!, false);
  return shape.kind === 'text' && (/^\p{Ll}/u.test(shape.text) || (endsUnfinished(unbold(lines[i]!.text).text) && !LOWER_LETTERED.test(shape.text)));
}

/** An agenda item has text under it: the next line with text is a paragraph, not a list or another item. */
function textUnder(lines: readonly Line[], i: number, open: Open): boolean {
  let j = i + 1;
  while (j < lines.length && !open(lines[j])) j++;
  const next = lines[j];
  return next !== undefined && shapeOf(next, false).kind === 'text' && !isNumbered(next);
}

/** "1." and "1)" number one sequence when a writer mixes them ("1. Fritidsbanken", "2) SIP"); "§" and "Punkt" do not. */
const kin = (form: string): string => (form === '1)' ? '1.' : form);

interface Link {
  /** Members with text under them. */
  readonly strong: number;
  /** Indexes in the lines of the sequence's first and last members. */
  readonly first: number;
  readonly last: number;
  /** Index in `eligible` of the member before, if any. */
  readonly prev?: number;
}

/**
 * The sequence n, n+1, n+2 … of one form, in order in the text, with the most members that have text under
 * them, and of those the one spanning most of the text (members without text under them, like an empty
 * "4. Övrigt", widen it). A line in a run follows the line before it in the run; a run's first line may follow
 * any earlier line numbered one less, stepping over a list inside an item ("1. Läxhjälp … 1. Kaffe 2. Te …
 * 2. Fritidsbanken"). None when fewer than two members have text under them.
 */
function bestChain(eligible: readonly Numbered[], strong: (x: Numbered) => boolean): Numbered[] | undefined {
  const better = (a: Link, b: Link) => (a.strong !== b.strong ? a.strong > b.strong : a.last - a.first > b.last - b.first);
  const links: Link[] = [];
  // A line may follow any earlier one of its form numbered one less, and follows the best of them: the one whose
  // sequence has the most members with text under them, then starts first (the earliest of equals). Kept for each
  // form and number as the lines are gone through, so that a text of thousands of numbered lines takes one pass.
  const bestOf = new Map<string, number>();
  const key = (form: string, n: number) => `${kin(form)} ${n}`;
  // Which of two sequences a line after both is better to follow: `better` of the two with that line added.
  const leads = (a: Link, b: Link) => (a.strong !== b.strong ? a.strong > b.strong : a.first < b.first);
  const index = new Map<Numbered, number>();
  eligible.forEach((x, k) => {
    const s = strong(x) ? 1 : 0;
    const j = x.before !== undefined ? index.get(x.before) : bestOf.get(key(x.form, x.n - 1));
    const link: Link = j === undefined ? { strong: s, first: x.i, last: x.i } : { strong: links[j]!.strong + s, first: links[j]!.first, last: x.i, prev: j };
    links.push(link);
    index.set(x, k);
    const at = key(x.form, x.n);
    const best = bestOf.get(at);
    if (best === undefined || leads(link, links[best]!)) bestOf.set(at, k);
  });
  const end = links.reduce<number | undefined>((e, l, k) => (e === undefined || better(l, links[e]!) ? k : e), undefined);
  if (end === undefined || links[end]!.strong < 2) return undefined;
  const chain: Numbered[] = [];
  for (let k: number | undefined = end; k !== undefined; k = links[k]!.prev) chain.unshift(eligible[k]!);
  return chain;
}
