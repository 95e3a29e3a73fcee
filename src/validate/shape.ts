// Shape validation: runs a zod schema and turns every issue into a finding with a stable code and a Swedish message.
import { z } from 'zod';
import type { Code } from '../codes.js';
import type { Finding, YamlPath } from '../diagnostics.js';
import { atKey, atValue, atValueText } from '../diagnostics.js';
import { closest, didYouMean } from '../util/suggest.js';
import { clashDays, dateInFileName, DASHES, fridayOfWeek, guessDate, weekdayClash, weekdayClashWords, guessTime, isValidDate, looksLikeDate, normalizeTime, pastTheClock, timeOfDateTime, whyNoSuchDay } from '../util/dates.js';
import { DATE_KEYS, EMPTY_HELP, FIELD_HELP } from './schemas.js';
import { example } from './examples.js';
import { beforeStrayClose, DASHED, dashedItems, namesIn, partsByLine, sentenceStop } from './written-list.js';
import { linesOf, writtenAt, type WrittenLines } from './value-lines.js';
import { pastedBullet, shown } from './rules/bullets.js';
import { SWEDISH_KEYS, SWEDISH_VALUES } from './swedish-words.js';
import { append } from '../util/append.js';
import { clip } from '../util/clip.js';
import { listed } from '../util/plural.js';
import { nameHint, organisationListHint } from './registry-hints.js';
import { timeProblem } from './meeting-time.js';
import { CLOCK, NEXT_MEETING_FORM, nextMeetingLine, nextMeetingProblem, TIME_AFTER_DAY } from './next-meeting.js';

type Issue = z.core.$ZodIssue;

/** `yaml`: the front matter the data was read from, for where a text written over several lines breaks its lines. */
export function shapeFindings(file: string, data: unknown, schema: z.ZodType, yaml?: string): Finding[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  const out: Finding[] = [];
  const issues = result.error.issues.flatMap((issue) => expandUnion(data, issue));
  // A misspelt field ("attendess") is reported once, as unknown with "did you mean attendees?", not again as the
  // field it was meant to be, missing.
  const meant = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    for (const k of issue.keys) {
      const near = nearestKey(k, keysAt(schema, path));
      if (near) meant.add(JSON.stringify([...path, near]));
    }
  }
  // "- Beslut: vi flyttar mötet." in a list of texts: the colon and space make the line a field. Reported once, at
  // the line, rather than as the field that is unknown and the text that is missing.
  const colonItems = new Set<string>();
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const item = colonItem(data, schema, path) ?? proseAction(data, schema, path);
    if (item) {
      if (!colonItems.has(JSON.stringify(item.path))) out.push(item.action ? proseActionFinding(file, item.path, item.action) : colonFinding(file, item));
      colonItems.add(JSON.stringify(item.path));
      continue;
    }
    if (meant.has(JSON.stringify(path)) && valueAt(data, path) === undefined) continue;
    append(out, toFindings(file, data, schema, issue, yaml));
  }
  return out;
}

/** The list item on `path` that is text with a colon and a space, read as one field ("Beslut: vi flyttar mötet."). */
function colonItem(data: unknown, schema: z.ZodType, path: YamlPath): ColonItem | undefined {
  for (let i = 1; i <= path.length; i++) {
    if (typeof path[i - 1] !== 'number') continue;
    const at = path.slice(0, i);
    const v = valueAt(data, at);
    if (v === null || typeof v !== 'object' || Array.isArray(v)) continue;
    const entries = Object.entries(v);
    if (entries.length !== 1) continue;
    const [key, value] = entries[0]!;
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    // A field of the item misspelt ("txt: Vi flyttar mötet.") is an unknown field, with its "did you mean".
    const allowed = keysAt(schema, at);
    if (allowed.includes(key) || nearestKey(key, allowed) || !acceptsText(schema, at)) continue;
    return { path: at, text: `${key}: ${String(value)}` };
  }
  return undefined;
}

/**
 * "- Leif: boka lokal.": an action written as a line of text with a colon, which YAML reads as a field named after
 * the person, beside any `due` or `project` kept. Said once, as a line of text is, not as the field unknown and
 * who and what missing. A field misspelt ("vem: Leif Redestig", "wat: Boka lokal.") keeps its "did you mean".
 */
function proseAction(data: unknown, schema: z.ZodType, path: YamlPath): ColonItem | undefined {
  if (path[0] !== 'actions' || typeof path[1] !== 'number') return undefined;
  const at = path.slice(0, 2);
  const v = valueAt(data, at);
  if (v === null || typeof v !== 'object' || Array.isArray(v) || 'who' in v || 'what' in v) return undefined;
  const allowed = keysAt(schema, at);
  const unknown = Object.entries(v).filter(([k]) => !allowed.includes(k));
  if (unknown.length !== 1) return undefined;
  const [key, value] = unknown[0]!;
  if (typeof value !== 'string' || !/\S\s+\S/u.test(value.trim())) return undefined;
  const near = nearestKey(key, allowed);
  if (near === 'who' || near === 'what') return undefined;
  return { path: at, text: `${key}: ${value}`, action: { key, value } };
}

function proseActionFinding(file: string, path: YamlPath, { key, value }: { key: string; value: string }): Finding {
  // Before the colon stands who is to do it when it reads as a name ("Leif", "Vorta Drom", "SOF"), not as a label
  // ("Att göra:"), which is left out.
  const who = key.trim().split(/\s+/u).every((w) => /^\p{Lu}/u.test(w));
  const what = value.trim().charAt(0).toLocaleUpperCase('sv') + value.trim().slice(1);
  const hint = who ? `Skriv den som fält på egna rader: "  - who: ${clip(key.trim())}" och under den "    what: ${clip(what)}"` : actionHint(value);
  return { file, where: atValue(path), code: 'invalid-type', message: ACTION_AS_TEXT, hint };
}

export const ACTION_AS_TEXT = 'Åtgärden är skriven som en rad text, men en åtgärd skrivs som fält: who (vem) och what (vad).';

/** A list item read as one field from a line of text with a colon; for an action, the field's name and value. */
interface ColonItem {
  readonly path: YamlPath;
  readonly text: string;
  readonly action?: { readonly key: string; readonly value: string };
}

function colonFinding(file: string, item: ColonItem): Finding {
  const key = lastKey(item.path);
  const person = key === 'attendees' || key === 'absent';
  const hint = person
    ? `Skriv det personen kom som efter ett kommatecken: "  - ${clip(item.text.replace(/:\s*/, ', '))}", eller sätt raden inom citattecken.`
    : `Sätt texten inom citattecken: - "${clip(item.text).replace(/"/g, '\\"')}"`;
  return { file, where: atValue(item.path), code: 'invalid-type', message: `Raden i ${key} innehåller ett kolon följt av mellanslag och läses därför som ett fält, inte som text.`, hint };
}

/**
 * The issues inside the one branch of a union whose type the value has (the fields of a decision written as
 * `{text, project}`), at their own paths: so a misspelt field there is one unknown field, not also a missing one.
 */
function expandUnion(data: unknown, issue: Issue): Issue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const value = valueAt(data, path);
  if (value === undefined || value === null) return [issue];
  const matching = issue.errors.filter((branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0));
  if (matching.length !== 1) return [issue];
  return matching[0]!.flatMap((i) => expandUnion(data, { ...i, path: [...issue.path, ...i.path] } as Issue));
}

/** The allowed field a written key most likely means: its English name for a Swedish word, or the closest. */
function nearestKey(written: string, allowed: readonly string[]): string | undefined {
  const swedish = [SWEDISH_KEYS[written.trim().toLocaleLowerCase('sv').replace(/[\s_]+/g, ' ')] ?? []].flat();
  const meant = swedish.find((k) => allowed.includes(k));
  if (meant) return meant;
  return closest(written, allowed.map((a) => ({ label: a, keys: [a], value: a })), 1)[0]?.label;
}

function toFindings(file: string, data: unknown, schema: z.ZodType, issue: Issue, yaml: string | undefined): Finding[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const key = lastKey(path);
  const value = valueAt(data, path);
  const f = (code: Code, where: Finding['where'], message: string, hint?: string): Finding => ({ file, where, code, message, ...(hint ? { hint } : {}) });
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = keysAt(schema, path);
      return issue.keys.map((k) => {
        const near = nearestKey(k, allowed);
        const hint = (near && didYouMean([near])) ?? (allowed.length > 0 ? `Tillåtna fält här: ${allowed.join(', ')}.` : undefined);
        return f('unknown-key', atKey([...path, k]), `Okänt fält "${clip(k)}".`, hint);
      });
    }
    case 'invalid_type': {
      if (value === undefined) {
        return [f('missing-field', atValue(path.slice(0, -1)), `Fältet "${key}" saknas.`, fieldHelp(key, path))];
      }
      if (value === null) return [nullFinding(file, path, key, optionalAt(schema, path))];
      // "date: {}" or "due: [a: 1]": fields or a list where a day belongs, said as such, not quoted as "[object Object]".
      if (DATE_KEYS.has(key) && isStructure(value)) return [f('invalid-date', atValue(path), `${label(key)} ska vara ett datum, inte ${describe(kindOf(value))}.`, FIELD_HELP[key] ?? FIELD_HELP.date)];
      if (DATE_KEYS.has(key)) return [f('invalid-date', atValue(path), `"${clip(String(value))}" är inget datum.`, dateHint(key, String(value), meetingDate(data, key, file), nextMeeting(data, key), namedDay(key, file)))];
      // "- Leif ska boka lokal.": an action written as a line of text, as in a word processor.
      if (key === 'actions' && typeof path[path.length - 1] === 'number' && typeof value === 'string') return [f('invalid-type', atValue(path), ACTION_AS_TEXT, actionHint(value))];
      if (issue.expected === 'array' && typeof value === 'string') {
        // "  -David Bergström" first in a list: YAML reads the dashes and names that follow as one text.
        if (DASHED.test(value)) return [f('invalid-type', atValue(path), `Det saknas ett mellanslag efter - i början av raden, så ${key} läses som en enda text i stället för en lista.`, `Skriv - och ett mellanslag före varje rad i listan: "  - ${clip(dashedItems(value)[0] ?? '')}"`)];
        // "  – David Bergström": Word made the typed "- " a dash or a bullet, which YAML does not read as a list's.
        const pasted = pastedItems(value, linesOf(yaml, path, value));
        if (pasted) return [f('invalid-type', atValue(path), pastedMessage(key, pasted), pastedHint(key, pasted))];
        // "kvalitetsmassan]": the list's [ is missing, and the ] belongs to no name; the [ goes where the value starts.
        const open = key === 'decisions' ? undefined : beforeStrayClose(value);
        if (open !== undefined) return [f('invalid-type', atValue(path), `${label(key)} slutar med ] men börjar inte med [, så det läses som text och inte som en lista.`, `Lägg till [ före listans första värde: ${key}: [${clip(namesIn(value.slice(0, open)).join(', '))}]`)];
        // Names or decisions a line in a block of text ("attendees: >") or in a text over several lines.
        const lines = linesOf(yaml, path, value);
        const message = lines?.block ? `${label(key)} är ett textblock (${lines.block}), som läses som en enda text och inte som en lista.` : `${label(key)} ska vara en lista, inte text.`;
        return [f('invalid-type', atValue(path), message, listHint(key, value, lines))];
      }
      // "decisions:" above "  text: Vi flyttar mötet.": one decision without its dash, read as fields.
      if (issue.expected === 'array' && key === 'decisions' && path.length === 1 && isDecisionFields(value)) {
        return [f('invalid-type', atValue(path), 'Fältet "decisions" är ett beslut utan - före, och läses som fält och inte som en lista.', decisionFieldsHint(value))];
      }
      // "organisation: [lp, ria]": one organisation belongs there; the hint says where the others go, if anywhere.
      const one = issue.expected === 'string' && Array.isArray(value) ? organisationListHint(path, value) : undefined;
      if (one) return [f('invalid-type', atValue(path), `${label(key)} ska vara en organisation, inte en lista.`, one)];
      // time: 14.30 unquoted is the number 14.3 to YAML: give the time it stands for, quoted, read from the value as
      // typed, never from the number (13.5, .5 or 1e3 tell no time).
      const written = key === 'time' && typeof value === 'number' ? (writtenAt(yaml, path) ?? String(value)) : undefined;
      const meant = written === undefined ? undefined : guessTime(written);
      // time: 13.75 is no time quoted either: said at once, with what to write, not first only to quote it.
      if (written !== undefined && !meant) return [numberNoTime(file, path, written)];
      // "location: 12", "aliases: [1177]", "name: true": YAML reads them as a number or yes/no unless quoted.
      const quote = issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean');
      // "decisions: 12": FIELD_HELP says how to write one decision, a line of the list; here the list is what is missing.
      const help = key === 'decisions' && path.length === 1 ? DECISIONS_HELP : FIELD_HELP[key];
      const hint = meant ? `Skriv tiden inom citattecken: time: "${meant}"` : quote ? 'Sätt värdet inom citattecken, så läses det som text.' : help;
      return [f('invalid-type', atValue(path), `${label(key)} ska vara ${describe(issue.expected)}, inte ${describe(kindOf(value))}.`, hint)];
    }
    case 'invalid_union': {
      if (value === undefined) return [f('missing-field', atValue(path.slice(0, -1)), `Fältet "${key}" saknas.`, fieldHelp(key, path))];
      if (value === null) return [nullFinding(file, path, key, optionalAt(schema, path))];
      // A value with the type of one branch has had that branch's issues reported instead (expandUnion).
      return [f('invalid-type', atValue(path), `${label(key)} har fel form.`, FIELD_HELP[key])];
    }
    case 'invalid_value': {
      if (value === undefined) return [f('missing-field', atValue(path.slice(0, -1)), `Fältet "${key}" saknas.`, fieldHelp(key, path))];
      if (value === null) return [nullFinding(file, path, key, optionalAt(schema, path))];
      const allowed = issue.values.map(String);
      // "status: {}": fields or a list where one of the allowed words belongs.
      if (isStructure(value)) return [f('invalid-value', atValue(path), `${label(key)} ska vara ett av de tillåtna värdena, inte ${describe(kindOf(value))}.`, `Tillåtna värden: ${allowed.join(', ')}.`)];
      // "status: “open”": a word processor's quotes are part of the value to YAML; the word in them is what is meant.
      const curly = CURLY.test(String(value));
      const bare = curly ? String(value).replace(CURLY_ALL, '').trim() : String(value);
      const swedish = SWEDISH_VALUES[bare.trim().toLocaleLowerCase('sv')];
      const near = swedish && allowed.includes(swedish) ? [swedish] : closest(bare, allowed.map((a) => ({ label: a, keys: [a], value: a })), 1).map((c) => c.label);
      const values = `Tillåtna värden: ${allowed.join(', ')}.`;
      // Only the quotes are wrong in "“open”": the allowed values are said only when the word is another too.
      const hint = curly && near[0] ? `${near[0] === bare ? '' : `${values} `}${straightQuotes(`${key}: "${near[0]}"`)}` : `${values}${near.length ? ' ' + didYouMean(near) : ''}`;
      return [f('invalid-value', atValue(path), `"${clip(String(value))}" är inte ett tillåtet värde för ${key}.`, hint)];
    }
    case 'too_small':
      return [f('empty-value', atKey(path), Array.isArray(value) ? `Listan "${key}" är tom.` : `${label(key)} är tomt.`, FIELD_HELP[key])];
    case 'custom': {
      const code = (issue.params?.code as Code | undefined) ?? 'invalid-value';
      return [customFinding(file, path, key, String(value), code, { after: meetingDate(data, key, file), next: nextMeeting(data, key), location: meetingLocation(data, key), named: namedDay(key, file) })];
    }
    default:
      return [f('invalid-value', atValue(path), `${label(key)} har ett ogiltigt värde.`, FIELD_HELP[key])];
  }
}

/**
 * An empty value: a field with nothing after its colon, or a line of a list with nothing after its dash ("  -",
 * "[null]", "[~]": YAML reads null, Null and ~ as nothing), which is no person or text of the list. A field that
 * must be there is missing; one that may be left out (a registry's `organisation:`, minutes' `location:`) is an empty value, since it
 * would quietly mean none: the hint says what to write, or to take the line away.
 */
function nullFinding(file: string, path: YamlPath, key: string, optional: boolean): Finding {
  if (optional) return { file, where: atKey(path), code: 'empty-value', message: `Fältet "${key}" är tomt.`, hint: EMPTY_HELP[key] ?? 'Skriv värdet, eller ta bort raden.' };
  const help = fieldHelp(key, path);
  if (typeof path[path.length - 1] !== 'number') return { file, where: atKey(path), code: 'missing-field', message: `Fältet "${key}" är tomt.`, ...(help ? { hint: help } : {}) };
  return { file, where: atKey(path), code: 'empty-value', message: `En rad i listan "${key}" är tom.`, hint: 'Skriv värdet på raden, eller ta bort raden. YAML läser null, Null och ~ som tomt: sätt ett sådant ord inom citattecken om det är menat.' };
}

/** Quotes from a word processor (”13:30”, “open”): part of the text to YAML, where only straight ones enclose it. */
const CURLY = /[\u201C\u201D\u201E\u2018\u2019]/u;
const CURLY_ALL = new RegExp(CURLY.source, 'gu');

/** What to write in place of a value in a word processor's quotes: `written`, in straight ones. */
const straightQuotes = (written: string): string => `Använd raka citattecken: ${written}, inte ” eller “ (som ordbehandlare gör).`;

/**
 * An unquoted number in `time` that is no time: "13.75", "2500" or "25" are hours and minutes past the clock's, which
 * is said with the line to write, quoted, as YAML reads such a number only in quotes as text.
 */
function numberNoTime(file: string, path: YamlPath, written: string): Finding {
  // "13.75", "2500", "25": hours and minutes past the clock's; "13.5", ".5" or "1e3" are not a time's form at all.
  const clock = pastTheClock(written) || /^\d{1,4}$/.test(written) ? `${CLOCK} ` : '';
  return { file, where: atValue(path), code: 'invalid-time', message: `"${clip(written)}" är inget klockslag.`, hint: `${clock}Skriv klockslaget då mötet började, inom citattecken, till exempel time: "13:30"` };
}

/** What else the file says that a value's hint may use: see `meetingDate`, `nextMeeting`, `meetingLocation`. */
interface Around {
  readonly after: string | undefined;
  readonly next: string | undefined;
  readonly location: string | undefined;
  readonly named: string | undefined;
}

/**
 * A time field holding words and no time ("efter lunch"): the time is what is missing, not quotes around it (the
 * value may be quoted already), and the field may go when nobody noted the time.
 */
const NO_TIME = 'Skriv klockslaget då mötet började, till exempel time: "13:30", eller ta bort raden om tiden inte antecknades.';

function customFinding(file: string, path: YamlPath, key: string, value: string, code: Code, { after, next, location, named }: Around): Finding {
  const where = atValue(path);
  switch (code) {
    case 'invalid-date': {
      const datePart = value.trim().slice(0, 10);
      // "2016-03-21 kl 9": a day and a time, the time (and maybe the day) written another way than the field's.
      // "2016-03-21 kl 9 i Bryggan": a place after the day and time, which has no field of its own there; two
      // meetings, an hour past the clock's, an end time: what is wrong, not the day, which is right.
      const problem = key === 'next_meeting' ? nextMeetingProblem(value, after) : undefined;
      if (problem?.time) return { file, where: atValueText(path, value, problem.time.start, problem.time.end), code: 'invalid-time', message: problem.message, hint: problem.hint };
      if (problem) return { file, where, code, message: problem.message, hint: problem.hint };
      const timed = key === 'next_meeting' && nextMeetingLine(value, after) !== undefined;
      // "2016-02-30" does not exist; "2016-04-04T10:00" is a real date written in another form.
      const message = timed ? `"${clip(value)}" är inte skrivet som ÅÅÅÅ-MM-DD TT:MM.` : looksLikeDate(datePart) && !isValidDate(datePart) ? `Datumet ${clip(value)} finns inte.` : `"${clip(value)}" är inget datum i formen ÅÅÅÅ-MM-DD.`;
      return { file, where, code, message, hint: dateHint(key, value, after, next, named) };
    }
    case 'invalid-time': {
      // In "2016-04-04 25:30" only the time is wrong: point at it.
      const inDate = timeOfDateTime(value);
      if (inDate) {
        const line = nextMeetingLine(value, after);
        // "25:30", or "24" an hour alone: past the clock's.
        const hint = line ? `${NEXT_MEETING_FORM}: ${line}` : `${pastTheClock(inDate.time) || /^\d{1,2}$/.test(inDate.time) ? `${CLOCK} ` : ''}${TIME_AFTER_DAY}`;
        return { file, where: atValueText(path, value, inDate.start, inDate.start + inDate.time.length), code, message: `"${clip(inDate.time)}" är inget klockslag.`, hint };
      }
      const curly = CURLY.test(value);
      // "kl 25", "14:30-16:00", "kl 13 i Bryggan": past the clock, an end time, a place: said as that.
      const problem = curly ? undefined : timeProblem(value, location);
      if (problem) return { file, where, code, ...problem };
      // "kl 13:30", "13:30-15:00": the time is there among other words; only the starting time is kept.
      const meant = guessTime(value);
      // "13,30", "1330" or "13" alone: the colon, not other words, is what is missing.
      const noColon = /^\s*(?:\d{1,2},\d{2}|\d{1,4})\s*$/.test(value);
      // "25:00" in quotes already: quoting it again would not help.
      const pastClock = pastTheClock(value) ? `${CLOCK} Skriv klockslaget då mötet började, till exempel time: "13:30"` : undefined;
      const hint = curly ? straightQuotes('"13:30"') : meant ? `${noColon ? 'Skriv klockslaget med kolon' : 'Skriv bara klockslaget då mötet började'}, inom citattecken: time: "${meant}"` : pastClock ?? NO_TIME;
      return { file, where, code, message: `"${clip(value)}" är inget klockslag.`, hint };
    }
    case 'unsafe-url':
      return { file, where, code, message: `Adressen "${clip(value)}" är inte tillåten.`, hint: 'Adresser måste börja med https://, http:// eller mailto:.' };
    case 'empty-value':
      // "aliases: [\"\"]", "- \"\"": a line of the list with nothing in it, not the field as a whole.
      if (typeof path[path.length - 1] === 'number') return { file, where, code, message: `En rad i listan "${key}" är tom.`, hint: 'Skriv värdet, eller ta bort det ur listan.' };
      return { file, where, code, message: `${label(key)} är tomt.` };
    default:
      return { file, where, code, message: `${label(key)} har ett ogiltigt värde.` };
  }
}

/**
 * The meeting's own date, for a date that comes after it (next_meeting, an action's due) written without a year:
 * "4 april" is the first 4 April after the meeting. For the meeting's date itself, the day before the year its file
 * is named by: "den 4 april" in 2016-04-04.md is 4 April 2016.
 */
function meetingDate(data: unknown, key: string, file: string): string | undefined {
  const named = key === 'date' ? dateInFileName(file) : undefined;
  if (named) return `${String(Number(named.slice(0, 4)) - 1).padStart(4, '0')}-12-31`;
  const date = key === 'next_meeting' || key === 'due' ? valueAt(data, ['date']) : undefined;
  return typeof date === 'string' && isValidDate(date) ? date : undefined;
}

/** The day a minutes file's name gives, for its `date` when that is no day: the likeliest fix. */
function namedDay(key: string, file: string): string | undefined {
  const named = key === 'date' ? dateInFileName(file) : undefined;
  return named && isValidDate(named) ? named : undefined;
}

/** The meeting's place, for a place written after its time. */
function meetingLocation(data: unknown, key: string): string | undefined {
  const location = key === 'time' ? valueAt(data, ['location']) : undefined;
  return typeof location === 'string' && location.trim() !== '' ? location : undefined;
}

/** The day of the next meeting, for an action due "till nästa möte". */
function nextMeeting(data: unknown, key: string): string | undefined {
  const next = key === 'due' ? valueAt(data, ['next_meeting']) : undefined;
  const date = typeof next === 'string' ? next.trim().slice(0, 10) : undefined;
  return date && isValidDate(date) ? date : undefined;
}

/** "till nästa möte", "inför nästa möte", "nästa möte" as an action's due date. */
const NEXT_MEETING = /^(?:(?:till|tills|inför|innan|före|senast|by)\s+)?(?:nästa|kommande)\s+(?:möte|träff|sammanträde)t?$/iu;

/**
 * How to write a date, with the date a differently written one most likely means ("2016-4-4", "22 mars 2016", "4 april"
 * after `after`); for an action's due date written as a week ("v. 16") or as the next meeting, the day that is.
 */
function dateHint(key: string, value: string, after?: string, next?: string, named?: string): string {
  const help = FIELD_HELP[key] ?? FIELD_HELP.date!;
  if (key === 'due') {
    const week = after ? fridayOfWeek(value, after) : undefined;
    if (week) return `Skriv en dag som datum, till exempel fredagen i vecka ${week.week}: due: ${week.date}`;
    if (NEXT_MEETING.test(value.trim())) return next ? `Skriv dagen för nästa möte (next_meeting): due: ${next}` : 'Skriv dagen för nästa möte som ÅÅÅÅ-MM-DD när den är bestämd, eller ta bort raden med due.';
  }
  // "date: 2016-03-07 13:30": the time of the meeting has a field of its own. The lines to write come last, with no
  // full stop after them that would be copied into the file.
  const timed = key === 'date' ? meantDate(value, true, after)?.split(' ') : undefined;
  if (timed?.length === 2) return `${help} Klockslaget har ett eget fält: date: ${timed[0]!} och time: "${timed[1]!}"`;
  // "2016-03-21 kl 9": the form next_meeting takes, and the line to write with the time meant.
  const line = key === 'next_meeting' ? nextMeetingLine(value, after) : undefined;
  if (line) return `${NEXT_MEETING_FORM}: ${line}`;
  const clash = weekdayClashHint(key, value, after);
  if (clash) return clash;
  const guess = meantDate(value, key === 'next_meeting', after);
  // The dashes look like hyphens: said, or the date meant would look the same as the one written.
  const hyphened = value.trim().replace(DASHES, '-');
  const dashes = hyphened !== value.trim() && /^\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2})?$/.test(hyphened) ? ' (med vanliga bindestreck, inte tankstreck)' : '';
  if (guess) return `Menade du ${guess}${dashes}? ${help}`;
  // "2016-02-30", "2016-13-02": the form is right; say first what is wrong with the day.
  const why = whyNoSuchDay(value.trim().slice(0, 10));
  // "2016-03-37" in 2016-03-07.md: the day the file is named by, as the line to write, last.
  const fromName = named ? ` Menade du dagen i filnamnet, skriv date: ${named}` : '';
  return `${why ? `${why} ` : ''}${help}${fromName}`;
}

/** The date a differently written one most likely means, with its time where the field takes one ("2016-4-4 13:30", "22 mars 2016 kl 13.30" for next_meeting). */
function meantDate(value: string, withTime: boolean, after?: string): string | undefined {
  const meant = readWithTime(value, withTime, (day) => guessDate(day, after));
  return meant && (meant.time ? `${meant.found} ${meant.time}` : meant.found);
}

/** `read` of a value, or of its day with the time after it split off where the field takes a time ("22 mars 2016 kl 13.30"). */
function readWithTime<T>(value: string, withTime: boolean, read: (day: string) => T | undefined): { found: T; time?: string } | undefined {
  const timed = withTime ? /^(.+?)(?:\s+|T)(?:kl\.?\s*|klockan\s+)?(\d{1,2}[:.]\d{2})$/iu.exec(value.trim()) : null;
  const found = timed ? read(timed[1]!) : undefined;
  const time = timed ? normalizeTime(timed[2]!) : undefined;
  if (found !== undefined && time) return { found, time };
  const alone = read(value);
  return alone === undefined ? undefined : { found: alone };
}

/**
 * "tisdag 7 mars 2016", a Monday: both days it may mean, each with the line to write, and no guess between them. With
 * a time after the day, the line holds it as the field takes it ("date: … och time: "13:30"", "next_meeting: … 13:30").
 */
function weekdayClashHint(key: string, value: string, after?: string): string | undefined {
  const read = readWithTime(value, key === 'date' || key === 'next_meeting', (day) => weekdayClash(day, after));
  if (!read) return undefined;
  const line = (date: string) => (read.time === undefined ? `${key}: ${date}` : key === 'date' ? `date: ${date} och time: "${read.time}"` : `${key}: ${date} ${read.time}`);
  const [written, nearest] = clashDays(read.found);
  return `${weekdayClashWords(read.found, key === 'date' ? 'var' : 'är')}. Menade du ${written.said}, skriv ${line(written.date)}; menade du ${nearest.said}, skriv ${line(nearest.date)}`;
}

/** The fields to write for an action written as text: "Leif ska boka lokal." is who Leif, what "Boka lokal.". */
export function actionHint(text: string): string {
  const m = /^(.{1,60}?)\s+ska\s+(\S.*)$/su.exec(text.trim());
  if (!m) return `Skriv den som fält på egna rader: "  - what: ${clip(text.trim())}" och under den vem som ska göra det, till exempel "    who: ${example('person')}"`;
  const what = m[2]!.charAt(0).toLocaleUpperCase('sv') + m[2]!.slice(1);
  return `Skriv den som fält på egna rader: "  - who: ${clip(m[1]!)}" och under den "    what: ${clip(what)}"`;
}

/** How to write as a list what was written as one text, or over several lines (`lines`). */
function listHint(key: string, value: string, lines: WrittenLines | undefined): string {
  const remove = lines?.block ? `Ta bort ${lines.block} efter ${key}: och skriv` : 'Skriv';
  if (key === 'decisions') {
    // A block of text ("decisions: |") holds a decision a line: each its item, never one with its line breaks in it.
    // Folded (>) or plain, a line that does not end a sentence goes on with the decision on the line below.
    const items = lines ? decisionsOn(value, lines) : value.trim().split(/[ \t]*\r?\n\s*/);
    return `${remove} besluten som en lista, ett per rad som börjar med -: ${linesToWrite(items, 3)}`;
  }
  // "Leif Redestig, David Bergström.": the sentence's full stop goes, which would be read as part of the last name.
  const stop = PEOPLE_KEYS.has(key) ? sentenceStop(value) : undefined;
  const names = stop === undefined ? value : value.slice(0, stop);
  const items = lines ? partsByLine(names, lines.runs).map((p) => names.slice(p.start, p.end)) : namesIn(names);
  const without = stop === undefined ? '' : `, utan punkten efter "${clip(items[items.length - 1] ?? '')}"`;
  if (lines) return `${remove} varje ${ITEM_WORD[key] ?? 'värde'} på en egen rad som börjar med -${without}: ${linesToWrite(items, 6)}`;
  return `Skriv en lista${without}: [${clip(items.join(', '))}], eller en per rad som börjar med -.`;
}

/** The items of a list whose lines start with a glyph from Word ("–", "•") in place of "- ", each without it. */
interface PastedItems {
  readonly glyph: string;
  readonly items: readonly string[];
}

/**
 * The items of `value`, written on `lines` (or on one), when its first line starts with Word's dash or bullet: a
 * line with one starts an item, one without goes on with the item above (a decision over two lines).
 */
function pastedItems(value: string, lines: WrittenLines | undefined): PastedItems | undefined {
  if (lines?.block) return undefined;
  const texts = lines ? lines.runs.map((r) => value.slice(r.at, r.at + r.length)) : [value];
  const first = pastedBullet(texts[0] ?? '');
  if (!first) return undefined;
  const items: string[] = [];
  for (const text of texts) {
    const item = pastedBullet(text);
    if (item || items.length === 0) items.push(item?.text ?? text.trim());
    else items[items.length - 1] += ` ${text.trim()}`;
  }
  return { glyph: first.glyph, items };
}

function pastedMessage(key: string, { glyph, items }: PastedItems): string {
  const lines = items.length > 1 ? 'raderna börjar' : 'raden börjar';
  return `${label(key)} ska vara en lista, men ${lines} med ${shown(glyph)} i stället för -, så ${items.length > 1 ? 'de läses som en enda text' : 'den läses som text'}.`;
}

function pastedHint(key: string, { glyph, items }: PastedItems): string {
  const start = `Börja ${items.length > 1 ? 'varje rad' : 'raden'} med - och ett mellanslag i stället för ${shown(glyph)}`;
  return `${start}: ${linesToWrite(items, key === 'decisions' ? 3 : 6)}`;
}

/** How to write the field `decisions` as a whole, where something else than a list stands. */
const DECISIONS_HELP = 'Skriv besluten som en lista, ett per rad som börjar med -, till exempel "  - Vi flyttar mötet till 13:30."';

/** The lists of people, whose last name may be followed by a sentence's full stop. */
const PEOPLE_KEYS: ReadonlySet<string> = new Set(['attendees', 'absent', 'guests']);

/** What one line of a list of names is, by the list. */
const ITEM_WORD: Readonly<Record<string, string>> = { attendees: 'person', absent: 'person', guests: 'gäst', projects: 'projekt' };

/** Lines of a list to write, each quoted with its dash: all of up to `most`, else the first `most`. */
function linesToWrite(items: readonly string[], most: number): string {
  const quoted = items.slice(0, most).map((l) => `"  - ${clip(l)}"`);
  return items.length > most ? `${quoted.join(', ')} och så vidare` : listed(quoted);
}

/** The decisions of a text over several lines: a line that ends a sentence (. ! ?) ends one, in a block of text (|) every line. */
function decisionsOn(value: string, lines: WrittenLines): string[] {
  const out: string[] = [];
  let from: number | undefined;
  for (const [i, run] of lines.runs.entries()) {
    from ??= run.at;
    const end = run.at + run.length;
    if (lines.block?.startsWith('|') || i === lines.runs.length - 1 || /[.!?]$/u.test(value.slice(run.at, end))) {
      out.push(value.slice(from, end).replace(/\s*\n\s*/g, ' '));
      from = undefined;
    }
  }
  return out;
}

/** Whether a value is the fields of one decision ({text, project}), written without the dash of its line. */
const isDecisionFields = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v) && 'text' in v && Object.keys(v).every((k) => k === 'text' || k === 'project');

/** The lines of a decision written as fields without its dash, with it: the dash before the first field. */
function decisionFieldsHint(fields: Record<string, unknown>): string {
  const [first, ...rest] = Object.entries(fields).map(([k, v]) => `${k}: ${clip(typeof v === 'string' ? v : JSON.stringify(v) ?? '')}`);
  const lines = [`"  - ${first!}"`, ...rest.map((l) => `"    ${l}"`)];
  return `Skriv - och ett mellanslag före beslutets första fält, och de andra fälten under det, lika långt in: ${listed(lines)}`;
}

/** How to write a field that must be there: an entry's name as its id reads, else what FIELD_HELP says. */
const fieldHelp = (key: string, path: YamlPath): string | undefined => (key === 'name' ? nameHint(path) : undefined) ?? FIELD_HELP[key];

const lastKey = (path: YamlPath): string => {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return '';
};

const label = (key: string): string => (key ? `Fältet "${key}"` : 'Värdet');

/** A list or fields: a value whose String() ("[object Object]", "a,b") is no text the writer wrote. */
const isStructure = (v: unknown): boolean => typeof v === 'object' && v !== null;

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function describe(kind: string): string {
  switch (kind) {
    case 'string':
      return 'text';
    case 'array':
      return 'en lista';
    case 'object':
      return 'fält med värden';
    case 'number':
      return 'ett tal';
    case 'boolean':
      return 'ja/nej';
    case 'null':
      return 'tomt';
    default:
      return kind;
  }
}

function valueAt(data: unknown, path: YamlPath): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/** The schema of the value at a path, if the schema has one there. */
function schemaAt(schema: z.ZodType, path: YamlPath): z.ZodType | undefined {
  let s: z.ZodType | undefined = schema;
  for (const seg of path) {
    s = unwrapToContainer(s, typeof seg === 'number' ? 'array' : 'object');
    if (!s) return undefined;
    if (s instanceof z.ZodArray) s = s.element as z.ZodType;
    else if (s instanceof z.ZodObject) s = (s.shape as Record<string, z.ZodType>)[String(seg)];
    else if (s instanceof z.ZodRecord) s = s._zod.def.valueType as z.ZodType;
    else return undefined;
  }
  return s;
}

/** The field names a schema allows at a path, for "did you mean" on unknown keys. */
function keysAt(schema: z.ZodType, path: YamlPath): string[] {
  const obj = unwrapToContainer(schemaAt(schema, path), 'object');
  return obj instanceof z.ZodObject ? Object.keys(obj.shape) : [];
}

/** Whether the field at a path may be left out (and so, left empty, is an empty value rather than a missing one). */
function optionalAt(schema: z.ZodType, path: YamlPath): boolean {
  const s = schemaAt(schema, path);
  return s !== undefined && typeof path[path.length - 1] === 'string' && s.safeParse(undefined).success;
}

/** Whether the schema at a path takes a text (a list of texts, or a decision that may be text or fields). */
function acceptsText(schema: z.ZodType, path: YamlPath): boolean {
  const s = schemaAt(schema, path);
  const takes = (t: z.ZodType | undefined, depth: number): boolean => {
    if (!t || depth > 10) return false;
    if (t instanceof z.ZodString) return true;
    if (t instanceof z.ZodOptional || t instanceof z.ZodNullable) return takes(t.unwrap() as z.ZodType, depth + 1);
    if (t instanceof z.ZodUnion) return (t.options as z.ZodType[]).some((o) => takes(o, depth + 1));
    return false;
  };
  return takes(s, 0);
}

function unwrapToContainer(s: z.ZodType | undefined, want: 'array' | 'object'): z.ZodType | undefined {
  for (let i = 0; i < 10 && s; i++) {
    if (want === 'array' && s instanceof z.ZodArray) return s;
    if (want === 'object' && (s instanceof z.ZodObject || s instanceof z.ZodRecord)) return s;
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodUnion) s = (s.options as z.ZodType[]).find((o) => unwrapToContainer(o, want) !== undefined);
    else return undefined;
  }
  return undefined;
}
