// The Swedish words the importer recognises in legacy minutes, in one place: months, weekdays, and the labels
// of the blocks it lifts into the front matter.
import { ABSENT_WORDS } from '../validate/swedish-words.js';

export { MONTH_PATTERN, monthName, monthOf } from '../util/months.js';
export { WEEKDAY_PATTERN, weekdayName, weekdayOf } from '../util/weekdays.js';

/**
 * Words that may open a title line before the group's name: "Minnesanteckningar Gemensam utvecklingsgrupp 9 november",
 * and in English, as a template or mail program set to English writes them: "Minutes", "Minutes of the meeting of",
 * "Protocol".
 */
export const TITLE_PREFIX =
  /^(?:(?:minnesanteckningar|minnesanteckning|mötesanteckningar|anteckningar|mötesprotokoll|beslutsprotokoll|sammanträdesprotokoll|protokoll)(?:\s+(?:från|för|vid))?|(?:minutes|protocol)(?:\s+of\s+the\s+meeting)?(?:\s+(?:of|from|for))?)(?:\s*[:–-])?\s+/iu;

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

/**
 * Column headings of a table that lists no people present ("Vem | Vad | När", "Post | Belopp"), folded: a table under
 * the attendance whose header row has one is no more of it. Not those an attendance table may have beside the names
 * ("Kommentar", "Tid").
 */
export const OTHER_COLUMNS: ReadonlySet<string> = new Set([
  'vem', 'vad', 'när', 'ansvarig', 'ansvariga', 'åtgärd', 'åtgärder', 'aktivitet', 'uppgift', 'beslut', 'deadline', 'klart', 'klar', 'senast', 'status',
  'belopp', 'summa', 'kostnad', 'kr', 'kronor', 'budget', 'utfall', 'konto', 'pris', 'antal', 'post', 'punkt', 'ärende', 'nr', '§',
]);

/**
 * "(ej närvarande)" and its variants after a name mark a person as absent, also with a reason: "(ej närvarande, sjuk)",
 * "(frånvarande pga sjukdom)"; in square brackets or with the bracket left open; and at the end of the line after a
 * comma, a dash or a space ("Ia Jonsson – ej närvarande", "Ia Jonsson, ej närv."), which would otherwise be read as
 * what the person came as, and the person as present. (?<!\s): the spaces before the mark are matched from the
 * first of them, not from each of a long run.
 */
export const ABSENT_MARK = new RegExp(String.raw`(?<!\s)(?:\s*[([]\s*${ABSENT_WORDS}[^()[\]]*(?:[)\]]|$)|(?:\s*,\s*|\s+[-–—]\s*|\s+)${ABSENT_WORDS}[^()[\]]*$)`, 'iu');

/** A time of day, or a span of them: "13.30", "kl 14", "kl. 13:30", "13–15". */
const CLOCK = String.raw`(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?`;
/** An agenda item or a span of them: "punkt 3", "p. 2–4", "§ 5", "§ 100": numbered as far as the agenda reads (agenda.ts). */
const ITEM = String.raw`(?:punkt(?:erna)?|p\.|§)\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?`;
/** When someone came or went: "13.30", "punkt 3", "efter punkt 3", "efter lunch", "sent". */
const WHEN = String.raw`(?:${CLOCK}|${ITEM}|(?:efter|före|under|till|från|vid)\s+(?:${CLOCK}|${ITEM}|lunch(?:en)?|paus(?:en)?)|sent|senare|tidigare)`;
/** A person's name after "ersättare för": one to four capitalised words. */
const SOMEONE = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
/** One thing said about an attendee's coming, going or taking part. */
const REMARK_PART = [
  String.raw`(?:kom|anslöt|ankom|gick|lämnade(?:\s+mötet)?|avvek|deltog)(?:\s+${WHEN})?`,
  String.raw`(?:närvarande|från|fr\.?\s?o\.?\s?m\.?|till|t\.?\s?o\.?\s?m\.?|efter|före|under)\s+(?:${CLOCK}|${ITEM})`,
  String.raw`via\s+\p{L}+|på\s+(?:distans|länk)|per\s+telefon|digitalt|adjungerad`,
  String.raw`(?:ersättare|ersätter|vikarie|i\s+stället)(?:\s+för)?(?:\s+${SOMEONE})?`,
  String.raw`${ABSENT_WORDS}(?:(?:\s*[,–—-]\s*|\s+)(?:(?:pga\.?|p\.\s?g\.\s?a\.?)\s+)?\p{Ll}+)?`,
].join('|');
const ATTENDEE_REMARK = new RegExp(String.raw`^(?:${REMARK_PART})(?:(?:\s*,\s*|\s+och\s+|\s+)(?:${REMARK_PART})){0,2}\.?$`, 'u');

/**
 * A short line, not in brackets, that says when an attendee came or went or how they took part: "kom 13.30",
 * "gick 15.00", "från kl 14", "t.o.m. punkt 3", "via Teams", "ersättare för Leif Redestig", "ej närvarande".
 * A capital first letter is allowed ("Kom 13.30"); other text, however short, is none.
 */
export const isAttendeeRemark = (text: string): boolean => text.length <= 60 && ATTENDEE_REMARK.test(text.charAt(0).toLowerCase() + text.slice(1));

/** Labels before the secretary's name, folded: "Vid pennan", "Vid pennan: David Bergström". */
export const SECRETARY_LABELS = ['vid pennan', 'sekreterare', 'antecknat av', 'antecknare', 'protokollförare'];

/** Labels before the chair's name, folded: "Ordförande: Bo Pettersson", "Mötesordförande", "Ordf.". */
export const CHAIR_LABELS = ['mötesordförande', 'ordförande', 'ordf.', 'ordf'];

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
export function listJoin(items: readonly string[], conjunction: string = AND): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
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
