// Who was there: "Närvarande" and "Fasta ledamöter" blocks of "Name, Organisation" lines, "(ej närvarande)",
// and the secretary from "Vid pennan" or a "/David" signature.
import { trimEndOf } from '../util/trim-end.js';
import { foldCase } from '../util/fold.js';
import { letteredRunLines } from './agenda.js';
import { amongOs, countsAsNumber, labelText, NUMBER_START, shapeOf, unbold, undecorated, wordTableAt, type Line } from './lines.js';
import { textColumns } from './docx-table.js';
import { idOf, type Pools, type Resolver } from './names.js';
import { oncePerPerson } from './repeats.js';
import { ABSENT_MARK, ATTENDANCE_COLUMNS, ATTENDANCE_LABELS, isAttendeeRemark, NAME_PARTICLES, OTHER_COLUMNS, SECRETARY_LABELS, CHAIR_LABELS, type AttendanceKind } from './swedish.js';
import type { Attendance, PersonMention, Secretary } from './types.js';
import { append } from '../util/append.js';

interface Entry {
  readonly name: string;
  readonly organisation?: string;
  readonly absent: boolean;
  readonly line: string;
  /** The line is numbered past 99 in a run ("100. Åke Malmén" under "99. Leif Redestig"): its number is no part of the name. */
  readonly counted?: true;
  /**
   * Set once a remark on a line of its own is added: 'alone' where the organisation is remarks only ("kom 13.30"),
   * 'after' where they follow the organisation the line names.
   */
  readonly remarked?: 'alone' | 'after';
}

/** The letter of the initial a line starts with, as a code ("K. Lind" -> 75), if it does. */
function initialAt(lines: readonly Line[], k: number): number | undefined {
  const line = lines[k];
  const m = line === undefined ? null : /^([A-Z])\.\s/.exec(unbold(line.text).text);
  return m ? m[1]!.charCodeAt(0) : undefined;
}

/**
 * The initial that starts the run of initials in letter order, one a line, that line k's is in: K for "L. Berg" under
 * "K. Lind". Letters run at most 26 lines, so the look back stays short.
 */
function firstInitial(lines: readonly Line[], k: number): number | undefined {
  let initial = initialAt(lines, k);
  for (let j = k - 1; initial !== undefined && initialAt(lines, j) === initial - 1; j--) initial--;
  return initial;
}

/**
 * The line above line k with text is numbered ("2. Johanna Callegari"): line k is in a numbered list of names, where a
 * number of any size is the list's, also past a gap ("100. Åke Malmén" right under "2.", a typo), so that an attendee
 * stays one whatever its number. A year starting a sentence there ("2016. Budgeten blev klar.") is still no name.
 */
function numberedAbove(lines: readonly Line[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && lines[j]!.text === '') j--;
  return j >= 0 && NUMBER_START.test(unbold(lines[j]!.text).text);
}

/** The attendance blocks, and the line numbers they take up. */
export function findAttendance(lines: readonly Line[], taken: ReadonlySet<number>, resolver: Resolver): { attendance: Attendance; consumed: number[]; notes: string[] } {
  const consumed: number[] = [];
  const labels: { text: string; columns?: string; count: number; absent: number }[] = [];
  const present: PersonMention[] = [];
  const absent: PersonMention[] = [];
  const guests: string[] = [];
  const add = (kind: AttendanceKind, entries: readonly Entry[]) => {
    for (const e of entries) {
      if (kind === 'guests') guests.push(e.line);
      else (kind === 'absent' || e.absent ? absent : present).push(mention(e, resolver));
    }
  };

  // Items of a run in letters or roman numerals ("I. Ekonomi" above "II. Lokal", "A. Ekonomi" above "B. Budget") are no
  // names with an initial: such a line ends the list, as a numbered "1. Ekonomi" does, unless it is written as an
  // attendee is: a registered person's name ("A. Nilsson" above "B. Berg", both in people.yml), a name with an
  // organisation's name after a comma ("A. Berg, SOF"; not "A. Ekonomi, lokal och personal", an item's title going on
  // in lower case), or one of initials in letter order one a line ("K. Lind" above "L. Berg"), names where an agenda's
  // items have text between them. Not so such lines from "A." on ("A. Ekonomi" right above "B. Lokal"): that is an
  // agenda or a list starting, far likelier than names whose initials run from A. Found once, when a block needs it.
  let runLines: ReadonlySet<number> | undefined;
  const entryAt = (k: number, oBullet: boolean): Entry | undefined => {
    const entry = parseEntry(lines[k]!.text, resolver, oBullet, lines[k]!.counted ?? (numberedAbove(lines, k) ? true : undefined));
    if (entry === undefined || !(runLines ??= letteredRunLines(lines)).has(k)) return entry;
    if (resolver.findPerson(entry.name)?.kind === 'found' || (commaOrganisation(entry) && /^\p{Lu}/u.test(entry.organisation!))) return entry;
    const initial = initialAt(lines, k);
    const inOrder = initial !== undefined && (initialAt(lines, k - 1) === initial - 1 || initialAt(lines, k + 1) === initial + 1);
    return inOrder && firstInitial(lines, k) !== 'A'.charCodeAt(0) ? entry : undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (taken.has(line.n) || line.text === '') continue;
    const label = labelText(line);
    // "Närvarande: Leif Redestig, David Bergström och Åke Malmén" on one line.
    const inline = /^([^:]{3,30}):\s*(\S.*)$/.exec(label);
    const inlineKind = inline ? ATTENDANCE_LABELS.get(foldCase(undecorated(inline[1]!))) : undefined;
    if (inline && inlineKind) {
      const entries = splitInline(inline[2]!, resolver);
      if (entries.length === 0) continue;
      add(inlineKind, entries);
      labels.push({ text: line.text, count: entries.length, absent: entries.filter((e) => e.absent).length });
      consumed.push(line.n);
      continue;
    }
    const kind = ATTENDANCE_LABELS.get(foldCase(label));
    if (!kind) continue;
    const entries: Entry[] = [];
    const block = [line.n];
    let columns: string | undefined;
    // Word's "o" bullets pasted as text: "o" and a tab always is one; "o" and spaces only among other "o" lines of
    // the block (as in the text, lines.ts), since a lone "o" may also be an informal "och".
    const open = (l: Line | undefined): boolean => l !== undefined && l.n > line.n && !taken.has(l.n) && l.text !== '';
    const oBullet = (k: number): boolean => amongOs(lines, k, open);
    // A remark without brackets is one only where the list goes on under it with a name or a remark in brackets,
    // or ends. Remarks without brackets under it go with it: "kom 13.30" and "gick 15.00" followed by text are both
    // text. The look past them stops where they could no longer join one name's line, so that it stays short.
    const goesOnOrEnds = (k: number): boolean => {
      for (let said = 0; said < MAX_ATTENDEE_LINE; k++) {
        const next = lines[k];
        if (next === undefined || next.text === '' || taken.has(next.n) || isLabel(next) || isRemark(next.text) || entryAt(k, oBullet(k)) !== undefined) return true;
        if (!mayBeRemark(next)) return false;
        said += next.text.length;
      }
      return true;
    };
    /** The remark line k says, in brackets, or undefined when it is none. */
    const remarkAt = (k: number): string | undefined => {
      const l = lines[k]!;
      if (isRemark(l.text)) return l.text;
      return mayBeRemark(l) && goesOnOrEnds(k + 1) ? `(${l.text.replace(/\.$/, '')})` : undefined;
    };
    // How many columns the attendance has: a name and an organisation, or an attendance table's, once one is read.
    let width = 2;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      if (taken.has(l.n)) break;
      if (l.text === '') continue;
      // A .docx table under the list (or under the label) is no more of it when its header row names columns that
      // are no names ("Vem | Vad | När") or, under names, when it has more columns than the attendance.
      const table = wordTableAt(lines, j);
      if (table) {
        const across = textColumns(table.rows).length;
        if (otherColumns(table.rows[0]!.cells) || (entries.length > 0 && across > width)) break;
        width = Math.max(width, across);
      }
      // A table's header row ("Namn, Organisation", as a .docx table is read), kept for the label's comment.
      if (entries.length === 0 && columns === undefined && isColumnHeadings(l.text)) {
        columns = l.text;
        block.push(l.n);
        continue;
      }
      // A remark on a line of its own under a name belongs to that name, as if written after it: in brackets,
      // "(kom 13.30)", whatever it says; without them, "kom 13.30", only when it plainly says when the person came
      // or went or how they took part, and names go on under it or the list ends with it. A line so long with
      // remarks that it reads as no attendee line any more takes no more.
      const remark = entries.length > 0 && entries[entries.length - 1]!.line.length + l.text.length < MAX_ATTENDEE_LINE ? remarkAt(j) : undefined;
      if (remark !== undefined) {
        entries.push(withRemark(entries.pop()!, remark, l.text, resolver));
        block.push(l.n);
        continue;
      }
      if (isLabel(l) || shapeOf(l, false).kind === 'heading') break;
      const entry = entryAt(j, oBullet(j));
      if (!entry) break;
      // A name-like line with text right under it is a heading ("Konferens Bryggan" + its text), not a person;
      // but not right under the label or another name of the list, nor when it plainly is a person: there the
      // text only ends the list.
      const next = lines[j + 1];
      const inRun = lines[j - 1]!.text !== '';
      if (!inRun && !plainlyPerson(entry, entries.length > 0, resolver) && next && next.text !== '' && !taken.has(next.n) && !isRemark(next.text) && !mayBeRemark(next) && !entryAt(j + 1, oBullet(j + 1)) && !isLabel(next)) break;
      entries.push(entry);
      block.push(l.n);
    }
    // A label with no names under it is ordinary text ("Närvarande\nAlla var där.").
    if (entries.length === 0) continue;
    add(kind, entries);
    labels.push({ text: line.text, ...(columns !== undefined ? { columns } : {}), count: entries.length, absent: kind === 'absent' ? entries.length : entries.filter((e) => e.absent).length });
    append(consumed, block);
    i = j - 1;
  }
  const there = oncePerPerson(present, 'Närvarande');
  const away = oncePerPerson(absent, 'Frånvarande');
  return { attendance: { labels, present: there.list, absent: away.list, guests }, consumed, notes: [...there.notes, ...away.notes] };
}

/** How long an attendee's line may grow with the remarks under it. */
const MAX_ATTENDEE_LINE = 160;

/**
 * An entry no heading is written as: a registered person ("Åke Malmén"), or, among other names, a first name and a
 * surname with an organisation after a comma ("Maria Nilsson, Socialförvaltningen"; "Konferens, Bryggan" is no such).
 */
const plainlyPerson = (e: Entry, amongNames: boolean, resolver: Resolver): boolean =>
  resolver.registry.id('person', e.name) !== undefined || (amongNames && commaOrganisation(e) && /\s/.test(e.name));

/** The entry is written "Name, Organisation", the organisation after a comma (not in brackets or after a dash). */
const commaOrganisation = (e: Entry): boolean => e.organisation !== undefined && /^[^,(]+,/.test(e.line);

/** The label of an attendance block: "Närvarande", "Frånvarande:". */
const isLabel = (l: Line): boolean => ATTENDANCE_LABELS.has(foldCase(labelText(l)));

/**
 * A remark without brackets ("kom 13.30", "via Teams"), though not a label that may start a block of its own:
 * "Ej närvarande" with a capital starts the absent, while "ej närvarande" under a name says that person was.
 */
const mayBeRemark = (l: Line): boolean => isAttendeeRemark(l.text) && !(isLabel(l) && /^\P{Ll}/u.test(l.text));

/** A short line wholly in brackets: "(kom 13.30)", "[ej närvarande]". */
const isRemark = (text: string): boolean => text.length <= 80 && /^(?:\([^()]*\)|\[[^[\]]*\])$/.test(text);

/**
 * The entry with the remark written after it: "Maria Nilsson, Socialförvaltningen" and "(kom 13.30)" read as
 * "Maria Nilsson, Socialförvaltningen (kom 13.30)", so that "(ej närvarande)" marks the person absent as on one line.
 * `written`: the remark's line as the source has it ("kom 13.30"), for the attendee's comment.
 */
function withRemark(entry: Entry, remark: string, written: string, resolver: Resolver): Entry {
  const line = `${entry.line} ${written}`;
  const remarked = entry.remarked ?? (entry.organisation === undefined ? 'alone' : 'after');
  // Only the first remark is read with the line: with a second, "Leif Redestig (kom 13.30) (gick 15.00)" reads as
  // no name and organisation, so later ones are added to what the first made of it.
  const parsed = entry.remarked === undefined ? parseEntry(`${entry.line} ${remark}`, resolver, false, entry.counted) : undefined;
  if (parsed) return { ...parsed, line, remarked };
  const absent = ABSENT_MARK.test(remark);
  const rest = absent ? remark.replace(ABSENT_MARK, '').trim() : remark;
  // Remarks alone after the name are listed as on one line ("kom 13.30, gick 15.00"), after an organisation in brackets.
  const organisation =
    rest === '' ? entry.organisation : entry.organisation === undefined ? rest.slice(1, -1) : entry.remarked === 'alone' ? `${entry.organisation}, ${rest.slice(1, -1)}` : `${entry.organisation} ${rest}`;
  return { ...entry, ...(organisation !== undefined ? { organisation } : {}), absent: entry.absent || absent, line, remarked };
}

/** A table's header row ("Vem | Vad | När") names a column that lists no people (OTHER_COLUMNS). */
const otherColumns = (cells: readonly string[]): boolean => cells.some((c) => OTHER_COLUMNS.has(foldCase(c.replace(/\*\*|__/g, '').replace(/:$/, ''))));

/** "Namn, Organisation" (or with a tab, as a Word table pasted as text has it): every part a column heading. */
const isColumnHeadings = (text: string): boolean => text.split(/(?:(?<!\s)\s+)?[,|;\t]\s*|(?<!\s)\s+och\s+/).every((part) => ATTENDANCE_COLUMNS.has(foldCase(part.replace(/\*\*|__/g, '').trim())));

/** A list bullet before an attendee: a glyph, a dash, Word's "o" and a tab, or "o" and spaces when `oBullet` says it is the list's. */
const unbulleted = (text: string, oBullet: boolean): string => text.replace(oBullet ? /^(?:[•●■►➢◦▪·]\s*|[-–—*+]\s+|o\s+)/ : /^(?:[•●■►➢◦▪·]\s*|[-–—*+]\s+|o\t\s*)/, '');

/**
 * "Per Norbeck, Bryggan (ej närvarande)" -> name, organisation, absent; undefined when it is no name.
 * `oBullet`: the line starts with "o" and spaces as its neighbours do, Word's bullet rather than a word. `counted`: a
 * number past 99 before the name is a list's (see `longNumberRuns`), taken off as one of two digits is.
 */
function parseEntry(text: string, resolver: Resolver, oBullet = false, counted?: true): Entry | undefined {
  // Emoji and symbols around the name ("🙂 Maria Nilsson", "✔ Leif Redestig") are not part of it; the line
  // as written, with them, stays in the draft's comment on the attendee.
  // A name wholly in bold, as Word may write the chair's, is read without the marks.
  const plain = unbold(text).text;
  const bare = unbulleted(plain, oBullet);
  // A tab between words is a column's edge, as in a Word table pasted as text ("Leif Redestig⇥Socialförvaltningen"):
  // read as the comma between name and organisation, so that no name keeps a tab.
  const unnumbered = plain.replace(/^(\d{1,9})[.)]\s+/, (number, digits: string) => (countsAsNumber({ counted }, digits) ? '' : number));
  let t = undecorated(bare !== plain ? bare : unnumbered).replace(/(?<=\S)[ \t]*\t\s*(?=\S)/g, ', ');
  const absent = ABSENT_MARK.test(t);
  t = undecorated(trimEndOf(t.replace(ABSENT_MARK, ''), /[\s;.]/));
  // The name is trimmed below, so the spaces before its comma or parenthesis need no pattern of their own (which
  // would try them from each of a long run of spaces); a dash is looked for after a word, not inside such a run.
  const m = /^([^,(]+),\s*(.+)$/.exec(t) ?? /^([^,(]+)\((.+)\)$/.exec(t) ?? /^(.*?\S)\s+[–—-]\s+(.+)$/.exec(t);
  const name = undecorated(m ? m[1]! : t);
  const organisation = m?.[2] !== undefined ? undecorated(m[2]) : undefined;
  if (organisation !== undefined && (organisation.length > 60 || /[.!?]\s/.test(organisation))) return undefined;
  if (!isName(name, organisation !== undefined, resolver)) return undefined;
  return { name, ...(organisation ? { organisation } : {}), absent, line: unbulleted(text, oBullet).trim(), ...(counted ? { counted } : {}) };
}

/**
 * Looks like a person's name: two to five capitalised words (particles such as "von" allowed). One word
 * only when an organisation follows it or it is a registered name or first name.
 */
function isName(name: string, withOrganisation: boolean, resolver: Resolver): boolean {
  if (name.length === 0 || name.length > 50 || /\d/.test(name)) return false;
  const words = name.split(/\s+/);
  const shaped = words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || NAME_PARTICLES.has(w));
  if (!shaped || words.length > 5) return false;
  // A line in capitals ("IOP-AVTAL MED VORTA DROM") has every word capitalised: a heading, unless it is a registered name.
  if (!/\p{Ll}/u.test(name) && /\p{Lu}{2}/u.test(name)) return resolver.findPerson(name)?.kind === 'found';
  if (words.length >= 2 || withOrganisation) return true;
  return resolver.findPerson(name)?.kind === 'found';
}

/** "Leif Redestig, David Bergström och Åke Malmén": names separated by commas, semicolons or "och". */
function splitInline(text: string, resolver: Resolver): Entry[] {
  // (?<!\s): spaces before a separator are matched from their first, not from each of a long run of them.
  const parts = trimEndOf(text, /[.\s]/)
    .split(/(?:(?<!\s)\s+)?[,;]\s*|(?<!\s)\s+och\s+/)
    .filter((p) => p !== '');
  const out: Entry[] = [];
  for (const part of parts) {
    const e = parseEntry(part, resolver);
    if (e) out.push(e);
    else {
      // Not a name: an organisation written after the previous name ("Leif Redestig, SOF").
      const prev = out.pop();
      if (!prev || prev.organisation) return [];
      out.push({ ...prev, organisation: part, line: `${prev.line}, ${part}` });
    }
  }
  return out;
}

function mention(e: Entry, resolver: Resolver): PersonMention {
  return { written: e.name, line: e.line, ...(e.organisation ? { organisation: e.organisation } : {}), result: resolver.personOrFirstName(e.name) };
}

/**
 * The secretary: "Vid pennan" with the name on the same line (or in the next cell of a Word table's row) or the next,
 * else a lone "/David" signature.
 * A first name resolves among the attendees first, then the people the text names, then the registry.
 */
export function findSecretary(lines: readonly Line[], taken: ReadonlySet<number>, resolver: Resolver, pools: Pools): { secretary?: Secretary; consumed: number[] } {
  const found = findRole(lines, taken, resolver, pools, SECRETARY_LABELS, true);
  return { ...(found.person ? { secretary: found.person } : {}), consumed: found.consumed };
}

/** The chair: "Ordförande: Bo Pettersson", with the name on the same line or the next, as the secretary's is found. */
export function findChair(lines: readonly Line[], taken: ReadonlySet<number>, resolver: Resolver, pools: Pools): { chair?: Secretary; consumed: number[] } {
  const found = findRole(lines, taken, resolver, pools, CHAIR_LABELS, false);
  return { ...(found.person ? { chair: found.person } : {}), consumed: found.consumed };
}

/** The person a label of `labels` names, and, with `signature`, else a lone "/David" signature. */
function findRole(lines: readonly Line[], taken: ReadonlySet<number>, resolver: Resolver, pools: Pools, labels: readonly string[], signature: boolean): { person?: Secretary; consumed: number[] } {
  const make = (name: string, source: string, consumed: number[]) => {
    const written = trimEndOf(name.replace(/^\/\s*/, ''), /[\s,.]/);
    const person: PersonMention = { written, line: source, result: resolver.personOrFirstName(written, pools) };
    return { person: { person, source }, consumed };
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (taken.has(line.n) || line.text === '') continue;
    const label = labelText(line);
    const key = labels.find((k) => foldCase(label).startsWith(k) && !/\p{L}/u.test(label[k.length] ?? ''));
    if (!key) continue;
    // A Word table's row has its cells joined by commas: "Vid pennan, Åke Malmén" (also "Vid pennan:, …") is the
    // label's cell and the name's, as "Vid pennan: Åke Malmén" on a line; and a line typed so, as a letter is
    // signed, is the same: the rest must be a name alone (NAME_LINE), so "Ordförande, som …" stays text.
    const rest = label.slice(key.length).replace(line.row ? /^\s*[:–-]?\s*(?:,\s*)?/ : /^\s*(?:[:–-]|,)?\s*/, '');
    if (rest !== '') {
      if (NAME_LINE.test(rest)) return make(rest, line.text, [line.n]);
      continue;
    }
    for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
      const l = lines[j]!;
      if (taken.has(l.n)) break;
      if (l.text === '') continue;
      const name = labelText(l);
      if (NAME_LINE.test(name)) return make(name, `${line.text} ${l.text}`, [line.n, l.n]);
      break;
    }
  }
  if (signature)
    for (const line of lines) {
      if (taken.has(line.n)) continue;
      if (line.text.startsWith('/') && NAME_LINE.test(line.text)) return make(line.text, line.text, [line.n]);
    }
  return { consumed: [] };
}

/** A name alone on a line, perhaps as a "/David" signature: capitalised words and particles such as "von". */
const NAME_LINE = new RegExp(String.raw`^\/?\s*\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|${[...NAME_PARTICLES].join('|')})){0,4}$`, 'u');

/** Ids of the attendees that resolved. */
export const presentIds = (a: Attendance): string[] => a.present.map((p) => idOf(p.result)).filter((id): id is string => id !== undefined);
