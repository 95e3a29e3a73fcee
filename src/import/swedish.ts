// The Swedish words the importer recognises in legacy minutes, in one place: months, weekdays, and the labels
// of the blocks it lifts into the front matter.
import { foldCase } from '../util/fold.js';

export { MONTH_PATTERN, monthName, monthOf } from '../util/months.js';

/** Weekday names, index 0 = Monday (as `weekdayIndex` in util/dates). */
const WEEKDAYS = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'] as const;

/** A weekday with its definite or plural ending: "måndag", "Måndagen", "måndagar". */
export const WEEKDAY_PATTERN = `(?:${WEEKDAYS.join('|')})(?:en|ar(?:na)?)?`;

/** "måndag", "Måndagen", "måndagar" -> 0; anything else -> undefined. */
export function weekdayOf(word: string): number | undefined {
  const w = foldCase(word).replace(/(en|arna|ar)$/, '');
  const i = (WEEKDAYS as readonly string[]).indexOf(w);
  return i < 0 ? undefined : i;
}

/** "en måndag" for messages. */
export const weekdayName = (i: number): string => WEEKDAYS[i] ?? '?';

/** Words that may open a title line before the group's name: "Minnesanteckningar Gemensam utvecklingsgrupp 9 november". */
export const TITLE_PREFIX = /^(?:minnesanteckningar|minnesanteckning|mötesanteckningar|anteckningar|mötesprotokoll|protokoll)(?:\s+(?:från|för|vid))?(?:\s*[:–-])?\s+/iu;

export type AttendanceKind = 'present' | 'members' | 'absent' | 'guests';

/**
 * Labels of attendance blocks, folded. "Fasta ledamöter" lists the standing members: those not marked
 * "(ej närvarande)" were there.
 */
export const ATTENDANCE_LABELS: ReadonlyMap<string, AttendanceKind> = new Map([
  ['närvarande', 'present'],
  ['närvarande ledamöter', 'present'],
  ['deltagare', 'present'],
  ['fasta ledamöter', 'members'],
  ['ledamöter', 'members'],
  ['frånvarande', 'absent'],
  ['ej närvarande', 'absent'],
  ['frånvarande ledamöter', 'absent'],
  ['förhinder', 'absent'],
  ['anmält förhinder', 'absent'],
  ['anmälda förhinder', 'absent'],
  ['gäster', 'guests'],
  ['övriga närvarande', 'guests'],
]);

/** Column headings of an attendance table ("Namn | Organisation"), folded: a row of only these is no person. */
export const ATTENDANCE_COLUMNS: ReadonlySet<string> = new Set(['namn', 'name', 'person', 'organisation', 'förvaltning', 'företag', 'förening', 'roll', 'titel', 'funktion', 'representerar', 'enhet']);

/** "ej närvarande", "ej närv.", "frånvarande", "förhinder". */
const ABSENT_WORDS = String.raw`(?:(?:ej|inte|icke)\s+närv(?:arande|\.)?|frånv(?:arande|\.)|anmält\s+förhinder|förhinder)(?!\p{L})`;
/**
 * "(ej närvarande)" and its variants after a name mark a person as absent, also with a reason: "(ej närvarande, sjuk)",
 * "(frånvarande pga sjukdom)"; in square brackets or with the bracket left open; and at the end of the line after a
 * comma, a dash or a space ("Ia Jonsson – ej närvarande", "Ia Jonsson, ej närv."), which would otherwise be read as
 * what the person came as, and the person as present. (?<!\s): the spaces before the mark are matched from the
 * first of them, not from each of a long run.
 */
export const ABSENT_MARK = new RegExp(String.raw`(?<!\s)(?:\s*[([]\s*${ABSENT_WORDS}[^()[\]]*(?:[)\]]|$)|(?:\s*,\s*|\s+[-–—]\s*|\s+)${ABSENT_WORDS}[^()[\]]*$)`, 'iu');

/** Labels before the secretary's name, folded: "Vid pennan", "Vid pennan: David Bergström". */
export const SECRETARY_LABELS = ['vid pennan', 'sekreterare', 'antecknat av', 'antecknare', 'protokollförare'];

/** Labelled lines of the meeting's particulars: "Datum: 2016-03-07", "Tid: 13.30", "Plats: Bryggan". */
export const PARTICULARS: ReadonlyMap<string, 'date' | 'time' | 'location'> = new Map([
  ['datum', 'date'],
  ['tid', 'time'],
  ['klockan', 'time'],
  ['plats', 'location'],
  ['lokal', 'location'],
]);

/** Words that make a file an agenda or a notice of a meeting rather than minutes (folded): "Dagordning", "Kallelse till …". */
export const AGENDA_TITLE = /(?<!\p{L})(?:dagordning|föredragningslista|kallelse)(?!\p{L})/u;

/** Words with which a file calls itself minutes (folded), whatever else its first line says ("Protokoll … enligt kallelse"). */
export const MINUTES_TITLE = /(?<!\p{L})(?:protokoll|minnesanteckningar)/u;

/** Name particles written in lower case inside a person's name ("Ulla von Essen"). */
export const NAME_PARTICLES = new Set(['von', 'van', 'de', 'af', 'der', 'den', 'la', 'da', 'del', 'di', 'zu']);

/** Words that number agenda items, as in "Punkt 1: Läxhjälp" and "Ärende 3 – Fritidsbanken" (folded). */
export const AGENDA_WORDS = ['punkt', 'ärende'] as const;

/**
 * Finite verbs (folded) that make a numbered line a sentence rather than an agenda item's heading:
 * "3. Vi ska ses igen i maj" is a point in a list; "3. Fritidsbanken" is a heading.
 */
export const SENTENCE_VERBS: ReadonlySet<string> = new Set([
  'ska', 'skall', 'skulle', 'kommer', 'kan', 'kunde', 'måste', 'vill', 'ville', 'bör', 'borde', 'får', 'fick', 'behöver',
  'har', 'hade', 'är', 'var', 'blir', 'blev', 'gör', 'gjorde', 'finns', 'fanns',
]);

/** The verb of a proposed action: "Leif och Johanna ska kalla till …". */
export const ACTION_VERB = 'ska';
/** The word joining owners: "Leif och Johanna", "Leif, Johanna och Åke". */
export const AND = 'och';

/** "A", "A och B", "A, B och C" */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${AND} ${items[items.length - 1]}`;
}

/** Line numbers as runs ("3–7, 12 och 20"), at most ten of them, then how many lines more: a note, not a listing. */
export function lineRanges(numbers: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const n of numbers) {
    const last = runs[runs.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  const shown = runs.slice(0, 10).map(([a, b]) => (a === b ? String(a) : `${a}–${b}`));
  const rest = runs.slice(10).reduce((sum, [a, b]) => sum + b - a + 1, 0);
  return rest > 0 ? `${shown.join(', ')} ${AND} ${rest} ${rest === 1 ? 'rad' : 'rader'} till` : listJoin(shown);
}
