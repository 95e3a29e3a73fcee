// The title line ("Gemensam utvecklingsgrupp 7 mars 2016", "## Gemensam utvecklingsgrupp 31 augusti", a footer
// "Minnesanteckningar Gemensam utvecklingsgrupp 9 november") and labelled particulars ("Tid: 13.30").
import { trimEndOf } from '../util/trim-end.js';
import { foldCase } from '../util/fold.js';
import { labelledTime } from './dates.js';
import { endsWithDate, findDates, isoDate, type DateExpr } from '../util/dates-in-text.js';
import { labelled, labelText, shapeOf, type Line } from './lines.js';
import type { Resolver } from './names.js';
import { AGENDA_TITLE, ATTENDANCE_LABELS, PARTICULARS, SECRETARY_LABELS, TITLE_PREFIX } from './swedish.js';
import type { DateFound } from './types.js';

export interface TitleFound {
  /** The title line as written. */
  readonly title?: string;
  /** The group's name as the title writes it. */
  readonly groupText?: string;
  readonly date?: Exclude<DateFound, { kind: 'missing' }>;
  readonly time?: string;
  readonly location?: string;
  /** Labelled lines lifted out of the text ("Tid: 13.30"). */
  readonly particulars: readonly string[];
  /** Line numbers lifted out of the text. */
  readonly consumed: readonly number[];
  /** Other days the title gives besides `date`, as written. */
  readonly otherDates: readonly string[];
  /**
   * The line under the title, shaped as a name, that may be the place but names no registered organisation
   * ("Stadshuset" under "Måndag 7 mars 2016"): left in the text as a paragraph, never a heading, with a note.
   */
  readonly placeLike?: { readonly text: string; readonly n: number };
  /** Other lines that read as the title of another meeting ("Styrgruppen 21 mars 2016" under "Styrgruppen 7 mars 2016"), left in the text. */
  readonly otherMeetings: readonly { readonly text: string; readonly n: number }[];
}

interface Candidate {
  readonly line: Line;
  /** The line right above that only says "Minnesanteckningar" (or "Protokoll" …), part of the title. */
  readonly prefix?: Line;
  readonly group: string;
  readonly date: DateExpr;
  /** The text `date` is found in: the title's words, or the value of the "Datum: …" line under it. */
  readonly dateText: string;
  /** The line right under the title that is only its date ("7 mars 2016" under "Styrgruppen"), part of the title. */
  readonly dateBelow?: Line;
  /** The "Datum: …" line right under a title without a date of its own. */
  readonly dateLine?: Line;
  readonly rank: number;
  /** Other days the title line gives after its date ("Styrgruppen 7 mars 14 mars"). */
  readonly otherDates: readonly string[];
}

/** How far from the top labelled particulars ("Datum: …") are looked for, whatever the lines above them; further down, only in the head of the text (see `headParticulars`). */
const PARTICULARS_WITHIN = 30;

/**
 * The title and the particulars near the top. `nextMeeting` holds the numbers of the particulars under a "Nästa möte"
 * line, which are the next meeting's and stay in the text.
 */
export function findTitle(lines: readonly Line[], resolver: Resolver, nextMeeting: ReadonlySet<number> = new Set()): TitleFound {
  const consumed: number[] = [];
  const nonBlank = lines.filter((l) => l.text !== '');
  const first = nonBlank[0];
  const candidates: Candidate[] = [];
  lines.forEach((line, i) => {
    if (line.text === '' || line.text.length > 120) return;
    const shape = shapeOf(line, false);
    if (shape.kind !== 'heading' && shape.kind !== 'text') return;
    // "Minnesanteckningar" alone right above the line opens the title as if written on the same line.
    const above = prefixAbove(lines, i);
    const prefix = above?.line;
    const top = prefix ?? line;
    // A title stands on its own line, or opens the file, or has the attendance block right under it.
    const own = prefix ? `${labelText(prefix)} ${labelText(line)}` : labelText(line);
    // A date alone on the line right under a title without one ("Styrgruppen" above "7 mars 2016") is the title's,
    // as if written on its line.
    const dateBelow = !parseTitle(own) && isDateOnly(lines[i + 1]) ? lines[i + 1] : undefined;
    const next = lines[dateBelow ? i + 2 : i + 1];
    // A title without a date may have it on a "Datum: …" line right under it, as a footer often does.
    const below = dateBelow ? undefined : labelledDate(next);
    const standalone = shape.kind === 'heading' || (isBlank(lines[above ? above.at - 1 : i - 1]) && (isBlank(next) || below !== undefined || ATTENDANCE_LABELS.has(foldCase(labelText(next!)))));
    if (!standalone && top !== first) return;
    const words = dateBelow ? `${own} ${labelText(dateBelow)}` : own;
    const dated = parseTitle(words);
    const parsed = dated ?? (below ? undatedTitle(words, below.date) : undefined);
    if (!parsed) return;
    const resolves = parsed.group !== '' && resolver.registry.id('group', parsed.group) !== undefined;
    // Without a date of its own, only a line that names a registered group or says "Protokoll" is a title.
    if (!dated && !resolves && !parsed.prefixed) return;
    // A first line with text right under it is a title only when it names a group or says "Protokoll".
    if (!standalone && !resolves && !parsed.prefixed) return;
    // Titles live at the top or, as footers, at the bottom; a registered group's name may stand anywhere.
    const at = nonBlank.indexOf(top);
    const edge = at < 5 || at >= nonBlank.length - 3;
    const rank = resolves ? 4 : top === first ? 3 : parsed.prefixed && edge ? 2 : parsed.group === '' && at < 5 ? 1 : 0;
    const dateOf = dated ? { dateText: words } : { dateText: below!.value, dateLine: next! };
    if (rank > 0) candidates.push({ line, ...(prefix ? { prefix } : {}), ...(dateBelow ? { dateBelow } : {}), group: parsed.group, date: parsed.date, ...dateOf, rank, otherDates: parsed.otherDates });
  });
  const best = candidates.reduce<Candidate | undefined>((a, c) => (!a || c.rank > a.rank ? c : a), undefined);

  let title: string | undefined;
  let groupText: string | undefined;
  let date: TitleFound['date'];
  let time: string | undefined;
  if (best) {
    title = written(best);
    groupText = best.group || undefined;
    date = toFound(best.date, best.dateText);
    time = best.date.time;
    // A footer that repeats the title goes with it; the title of another meeting (a file of several) stays.
    for (const c of candidates) if (c === best || sameTitle(c, best)) consumed.push(...(c.prefix ? [c.prefix.n] : []), c.line.n, ...(c.dateBelow ? [c.dateBelow.n] : []));
  }
  // Kept as written among the particulars, so that no word of the source is lost.
  const repeats = candidates.filter((c) => c !== best && consumed.includes(c.line.n)).map(written);
  const otherMeetings = candidates.filter((c) => best && c.rank >= 2 && !consumed.includes(c.line.n)).map((c) => ({ text: c.line.text, n: c.line.n }));
  // A first line that is only the group's name ("Gemensam ledningsgrupp utveckling") names the group; it
  // stays in the text as a heading when text follows it directly, as it does in the seeds. Under a line that
  // only says "Minnesanteckningar" it is the title, as it would be with a date after it, and there a name not
  // registered names the group too, when it stands on a line of its own and is shaped as a name.
  if (!groupText && first && !consumed.includes(first.n)) {
    const prefix = prefixLine(first);
    const at = prefix ? writtenAfter(lines, lines.indexOf(first)) : lines.indexOf(first);
    const line = lines[at];
    if (line !== undefined && line.text !== '') {
      const name = labelText(line).replace(TITLE_PREFIX, '');
      const next = lines[at + 1];
      const standalone = isBlank(next) || ATTENDANCE_LABELS.has(foldCase(labelText(next!)));
      // A name with the meeting's "Datum: …" line under it, also past blank lines, is the title as a one-line title
      // with its date would be: the group, registered or not ("Arbetsgrupp Läxhjälp" above "Datum: 2016-05-02").
      const dated = labelledDate(lines[writtenAfter(lines, at)]) !== undefined;
      if (resolver.registry.id('group', name) !== undefined || ((dated || (prefix && standalone)) && isGroupName(line, name))) {
        groupText = name;
        if (standalone || prefix || dated) {
          consumed.push(...(prefix ? [prefix.n] : []), line.n);
          // Above a title of only its date ("Måndag 7 mars 2016" under "Styrgruppen"), the lines open it, and are quoted with it.
          const named = prefix ? `${prefix.text} ${line.text}` : line.text;
          title = title === undefined ? named : `${named} ${title}`;
        }
      }
    }
  }

  const particulars: string[] = [...repeats];
  if (best?.dateLine) {
    particulars.push(best.dateLine.text);
    consumed.push(best.dateLine.n);
  }
  const read = readParticulars(lines.slice(0, PARTICULARS_WITHIN), { ...(date ? { date } : {}), ...(time ? { time } : {}), particulars, consumed }, nextMeeting);
  // The line under the title that names a registered organisation is where the meeting was, as "Plats: …" says; with
  // a "Plats: …" line, which says where, it is left as it was.
  const titleEnd = best ? lines.indexOf(best.dateLine ?? best.dateBelow ?? best.line) : -1;
  const under = titleEnd >= 0 && titleEnd < PARTICULARS_WITHIN ? lineUnderTitle(lines, titleEnd, resolver) : undefined;
  const place = under && read.location === undefined && !read.consumed.includes(under.n) && !nextMeeting.has(under.n) ? under : undefined;
  const orgPlace = place && resolver.registry.id('organisation', labelText(place)) !== undefined;
  const withPlace = orgPlace ? { ...read, location: labelText(place), particulars: [...read.particulars, place.text], consumed: [...read.consumed, place.n] } : read;

  return {
    ...(title !== undefined ? { title } : {}),
    ...(groupText !== undefined ? { groupText } : {}),
    ...withPlace,
    ...(place && !orgPlace ? { placeLike: { text: place.text, n: place.n } } : {}),
    otherMeetings,
    otherDates: best?.otherDates ?? [],
  };
}

/** What the labelled particulars give: the date, time and place, with the lines read as written and their numbers. */
type Particulars = Pick<TitleFound, 'date' | 'time' | 'location' | 'particulars' | 'consumed'>;

/**
 * `found` with the labelled particulars among `within` ("Datum: 7 mars 2016", "Tid: 13.30", "Plats: Bryggan") that
 * it does not have yet; a line already consumed or in `nextMeeting` is passed by, and a second date is left in the text.
 */
function readParticulars(within: readonly Line[], found: Particulars, nextMeeting: ReadonlySet<number>): Particulars {
  let { date, time, location } = found;
  const particulars = [...found.particulars];
  const consumed = [...found.consumed];
  for (const line of within) {
    if (consumed.includes(line.n) || nextMeeting.has(line.n)) continue;
    const m = labelled(line);
    const kind = m ? PARTICULARS.get(foldCase(m.label)) : undefined;
    if (!m || !kind) continue;
    const value = m.value;
    if (kind === 'date') {
      const d = findDates(value)[0];
      if (!d || date) continue;
      date = toFound(d, value);
      time ??= d.time;
    } else if (kind === 'time') {
      const t = labelledTime(value);
      if (!t) continue;
      time ??= t;
    } else location ??= value;
    particulars.push(line.text);
    consumed.push(line.n);
  }
  return { ...(date ? { date } : {}), ...(time ? { time } : {}), ...(location ? { location } : {}), particulars, consumed };
}

/**
 * `title` with the particulars in the head of the text below the first lines `findTitle` looks in: the head runs from
 * the top through the title, the attendance lists (`taken`, found by then), "Label: value" lines and blank lines, to
 * the first other line. A long list of attendees may push "Datum: …" far down, while a "Datum: …" in the text, under
 * "Nästa möte", is another day's. Returns the line numbers it lifts out in `consumed`, with the title's.
 */
export function headParticulars(lines: readonly Line[], taken: ReadonlySet<number>, title: TitleFound, nextMeeting: ReadonlySet<number> = new Set()): TitleFound {
  let end = 0;
  while (end < lines.length && (lines[end]!.text === '' || taken.has(lines[end]!.n) || labelled(lines[end]!) !== undefined)) end++;
  if (end <= PARTICULARS_WITHIN) return title;
  return { ...title, ...readParticulars(lines.slice(PARTICULARS_WITHIN, end), title, nextMeeting) };
}

/**
 * "Minnesanteckningar Gemensam utvecklingsgrupp måndag 9 november kl. 13.30" -> group and date.
 * The date must end the line; the group is what comes before it, without a prefix such as "Protokoll".
 */
function parseTitle(text: string): { group: string; date: DateExpr; prefixed: boolean; otherDates: string[] } | undefined {
  const dates = findDates(text);
  const last = dates[dates.length - 1];
  if (!last || !endsWithDate(text, last)) return undefined;
  // Dates one after another at the end ("7 mars 2016 2016-03-07", "31 augusti, 7/9") are all the title's: the
  // group is what comes before the first of them, not "Styrgruppen 7 mars 2016", which would be no group.
  let k = dates.length - 1;
  while (k > 0 && /^[\s,.;/()–-]*$/.test(text.slice(dates[k - 1]!.index + dates[k - 1]!.length, dates[k]!.index))) k--;
  const run = dates.slice(k);
  const written = (d: DateExpr) => text.slice(d.index, d.index + d.length).trim();
  const sameDay = run.every((d) => d.day === last.day && d.month === last.month && (d.year === undefined || last.year === undefined || d.year === last.year));
  // The same day written twice gives the fuller date; different days, the first, which a note asks to check.
  const date = sameDay ? (run.find((d) => d.year !== undefined) ?? last) : run[0]!;
  let group = trimEndOf(text.slice(0, run[0]!.index), /[\s,:–-]/);
  const prefixed = TITLE_PREFIX.test(`${group} `);
  group = `${group} `.replace(TITLE_PREFIX, '').trim();
  return { group, date, prefixed, otherDates: sameDay ? [] : run.slice(1).map(written) };
}

/** A "Datum: 7 mars 2016" line: its date, and the value the date's position counts in. */
function labelledDate(line: Line | undefined): { date: DateExpr; value: string } | undefined {
  const m = line && labelled(line);
  const date = m && PARTICULARS.get(foldCase(m.label)) === 'date' ? findDates(m.value)[0] : undefined;
  return date ? { date, value: m!.value } : undefined;
}

/** A title line without a date ("Minnesanteckningar Styrgruppen"), dated by the line under it. */
function undatedTitle(text: string, date: DateExpr): { group: string; date: DateExpr; prefixed: boolean; otherDates: string[] } {
  const prefixed = TITLE_PREFIX.test(`${text} `);
  return { group: `${text} `.replace(TITLE_PREFIX, '').trim(), date, prefixed, otherDates: [] };
}

function toFound(d: DateExpr, written: string): Exclude<DateFound, { kind: 'missing' }> {
  const text = written.slice(d.index, d.index + d.length).trim() || written;
  if (d.year !== undefined) return { kind: 'full', date: isoDate(d.year, d.month, d.day), ...(d.weekday !== undefined ? { weekday: d.weekday } : {}), written: text };
  return { kind: 'partial', day: d.day, month: d.month, ...(d.weekday !== undefined ? { weekday: d.weekday } : {}), written: text };
}

function sameTitle(a: Candidate, b: Candidate): boolean {
  return foldCase(a.group) === foldCase(b.group) && a.date.day === b.date.day && a.date.month === b.date.month && (a.date.year ?? b.date.year) === (b.date.year ?? a.date.year);
}

const isBlank = (l: Line | undefined): boolean => l === undefined || l.text === '';

/** The title as written, with the line above it that opens it and the line under it that dates it. */
const written = (c: Candidate): string => [c.prefix?.text, c.line.text, c.dateBelow?.text].filter((t) => t !== undefined).join(' ');

/** A line of text that is a date and nothing else ("7 mars 2016", "måndag 7 mars 2016 kl. 13.30", "2016-03-07"). */
function isDateOnly(l: Line | undefined): boolean {
  if (l === undefined || l.text === '' || shapeOf(l, false).kind !== 'text') return false;
  const parsed = parseTitle(labelText(l));
  return parsed !== undefined && parsed.group === '' && !parsed.prefixed;
}

/**
 * The line with text under the title's last line `lines[at]` ("Bryggan" under "Styrgruppen" / "Måndag 7 mars 2016
 * kl. 13.30"), as a word processor's title and subtitles have it, when it is shaped as a name (as `isGroupName` has
 * it) and stands in the head of the text: right under the title with a blank line or nothing under it, or with the
 * attendance or a "Datum:", "Tid:" or "Plats:" line next under it ("Närvarande:", "Tid: 13.30"); not a "Beslut: …". A registered group or person, or a
 * title's opening word, is none; nor is a line with text right under it, an agenda item's heading.
 */
function lineUnderTitle(lines: readonly Line[], at: number, resolver: Resolver): Line | undefined {
  const k = writtenAfter(lines, at);
  const line = lines[k];
  if (line === undefined || shapeOf(line, false).kind !== 'text' || prefixLine(line)) return undefined;
  const name = labelText(line);
  if (!isGroupName(line, name) || resolver.registry.id('group', name) !== undefined || resolver.findPerson(name) !== undefined) return undefined;
  const next = lines[writtenAfter(lines, k)];
  // "Närvarande" alone or with names after its colon; "Tid: 13.30".
  const label = next && labelled(next)?.label;
  const headBelow = next !== undefined && (ATTENDANCE_LABELS.has(foldCase(labelText(next))) || (label !== undefined && (ATTENDANCE_LABELS.has(foldCase(label)) || PARTICULARS.has(foldCase(label)))));
  return headBelow || (k === at + 1 && isBlank(lines[k + 1])) ? line : undefined;
}

/**
 * A line that may be a group's name though it is not registered ("Gemensam utvecklingsgrupp"): short plain text
 * or a heading, starting with a capital, no sentence, label, date or agenda.
 */
function isGroupName(line: Line, name: string): boolean {
  const shape = shapeOf(line, false);
  const folded = foldCase(name);
  return (
    (shape.kind === 'text' || shape.kind === 'heading') &&
    name.length <= 60 &&
    /^\p{Lu}[^.!?:;]*$/u.test(name) &&
    !ATTENDANCE_LABELS.has(folded) &&
    !AGENDA_TITLE.test(folded) &&
    !SECRETARY_LABELS.some((k) => folded.startsWith(k)) &&
    findDates(name).length === 0
  );
}

/**
 * The line above line `i` that is only a title's opening word, with its index: right above it, or with blank lines
 * between, as a word processor's paragraphs or a text typed with a blank line after each line have it.
 */
function prefixAbove(lines: readonly Line[], i: number): { readonly line: Line; readonly at: number } | undefined {
  let at = i - 1;
  while (at >= 0 && lines[at]!.text === '') at--;
  const line = prefixLine(lines[at]);
  return line ? { line, at } : undefined;
}

/** The index of the first line with text after line `i` (the number of lines when there is none). */
function writtenAfter(lines: readonly Line[], i: number): number {
  let at = i + 1;
  while (at < lines.length && lines[at]!.text === '') at++;
  return at;
}

/** A line that is only a title's opening word ("Minnesanteckningar", "Protokoll från:"), or undefined. */
function prefixLine(l: Line | undefined): Line | undefined {
  return l !== undefined && l.text !== '' && `${labelText(l)} `.replace(TITLE_PREFIX, '') === '' ? l : undefined;
}
