// The importer's parser: the text of one legacy file -> a structured draft. Pure; the stages run in the
// order written here, each lifting what it recognises out of the lines the later ones see.
import { didYouMean } from '../util/suggest.js';
import { foldCase } from '../util/fold.js';
import { findAttendance, findChair, findSecretary, presentIds } from './attendance.js';
import { buildSections } from './body.js';
import { proposeActions, projectMatcher, textsOf } from './actions.js';
import { proposeLabelled } from './decisions.js';
import { datesMentioned, weekdayMentions } from './dates.js';
import { nextMeetingMentions, nextMeetingParticulars } from './next-meeting.js';
import { agendaLine } from './not-minutes.js';
import { splitLines } from './lines.js';
import type { Resolver } from './names.js';
import { findTitle, headParticulars } from './title.js';
import { knownWords } from './hyphens.js';
import { pageNumberLines, pageNumbersNote } from './page-numbers.js';
import { signatureLines, signatureLinesNote, signatureNeighbours } from './signature-lines.js';
import { mailParts } from './mail.js';
import { withMail } from './mail-title.js';
import { setAsideNote } from './set-aside.js';
import { listJoin } from './swedish.js';
import type { GroupChoice, ParsedDraft } from './types.js';
import { append } from '../util/append.js';

export interface ParseOptions {
  /** The source file's name, for comments. */
  readonly source: string;
  /** --group: used when the text names no registered group. */
  readonly groupOption?: string;
  /** Notes from reading the file (an encoding guessed, images left out). */
  readonly readNotes?: readonly string[];
  /** The source is Markdown (.md, or Word converted): lists nest by indentation only. */
  readonly markdown?: boolean;
  /** The source is a Word document converted: a note quotes its lines as Word shows them, without the converter's escapes. */
  readonly word?: boolean;
}

export function parseMinutes(text: string, options: ParseOptions, resolver: Resolver): ParsedDraft {
  // A mail's header, greeting and signature are set aside; minutes quoted whole are read unquoted.
  const mail = mailParts(splitLines(text, options.markdown !== true));
  const lines = mail.lines;
  const notes: string[] = [...(options.readNotes ?? [])];
  for (const [what, found] of [['E-posthuvud', mail.header], ['E-postens egen text', mail.letter], ['E-postsignatur', mail.signature]] as const) {
    const note = setAsideNote(what, found);
    if (note) notes.push(note);
  }
  const taken = new Set<number>();
  const take = (ns: readonly number[]) => ns.forEach((n) => taken.add(n));

  // 1. The title line and labelled particulars: group, date, time, place; those under "Nästa möte" are the next meeting's.
  const next = nextMeetingParticulars(lines);
  const top = withMail(findTitle(lines, resolver, next.lines), mail, resolver, notes);
  take(top.consumed);
  // Page numbers of a text saved from a PDF, between its paragraphs.
  if (options.markdown !== true) {
    const pages = pageNumberLines(lines.filter((l) => !taken.has(l.n)));
    take(pages.map((l) => l.n));
    const note = pageNumbersNote(pages);
    if (note) notes.push(note);
  }
  // A signature's row of dots or underscores, under "Justeras:".
  const signatures = signatureLines(lines.filter((l) => !taken.has(l.n)), options.markdown === true);
  take(signatures.map((l) => l.n));
  const signaturesNote = signatureLinesNote(signatures, options.word === true);
  if (signaturesNote) notes.push(signaturesNote);

  // 2. Attendance blocks, then the secretary (whose first name may point at an attendee).
  const { attendance, consumed, notes: attendanceNotes } = findAttendance(lines, taken, resolver);
  take(consumed);
  append(notes, attendanceNotes);
  const remaining = () => lines.filter((l) => !taken.has(l.n)).map((l) => l.text).join('\n');
  const pools = [presentIds(attendance), resolver.peopleNamedIn(remaining())];
  const secretary = findSecretary(lines, taken, resolver, [...pools, undefined]);
  take(secretary.consumed);
  const chair = findChair(lines, taken, resolver, [...pools, undefined]);
  take(chair.consumed);
  // Particulars further down the head of the text, under a long attendance list, once that list is known.
  const title = headParticulars(lines, taken, top, next.lines);
  take(title.consumed);

  // 3. The text: sections, lists, paragraphs; then what it says about actions, projects and dates.
  // A line under the title that may be its place, unregistered ("Stadshuset"), is left a paragraph, with a note.
  const placeLike = title.placeLike && !taken.has(title.placeLike.n) ? title.placeLike : undefined;
  if (placeLike) notes.push(`Plats: "${placeLike.text}" under rubriken kan vara mötets plats. Skriv den i location om den är det.`);
  const textLines = new Set([...next.lines, ...signatureNeighbours(lines, signatures), ...(placeLike ? [placeLike.n] : [])]);
  const sections = buildSections(lines, taken, options.markdown === true, textLines, knownWords(lines.map((l) => l.text), resolver.registry.docs));
  const projects = projectMatcher(resolver.registry.docs.projects);
  const labelled = proposeLabelled(sections, resolver, pools, projects, options.markdown === true);
  const actions = [...proposeActions(sections, resolver, pools, projects, options.markdown === true), ...labelled.actions];
  append(notes, labelled.notes);
  const allText = sections.flatMap((s) => [s.heading ?? '', ...textsOf(s.blocks)]).join('\n');
  const projectIds = [...new Set(projects.findAll(allText).map((m) => m.value))];

  const group = chooseGroup(title.groupText, options.groupOption, resolver, notes);
  if (title.date && title.otherDates.length > 0) {
    const days = listJoin([title.date.written, ...title.otherDates].map((d) => `"${d}"`));
    notes.push(`Datum: rubriken nämner flera dagar, ${days}. date har fått den första; kontrollera att det är mötets.`);
  }
  if (attendance.present.length === 0) notes.push('Närvarande: hittar inga närvarande i texten. Skriv dem under attendees.');
  if (lines.every((l) => l.text === '')) notes.push('Källan innehåller ingen text.');
  for (const o of title.otherMeetings) {
    notes.push(`Flera möten? "${o.text}" (rad ${o.n}) ser ut som rubriken till ett annat möte. Dela upp källan i en fil per möte och importera dem var för sig; allt står nu i det här utkastet.`);
  }

  const agenda = agendaLine(lines, title.title, attendance, secretary.secretary);
  return {
    source: options.source,
    ...(options.markdown !== true ? { plain: true as const } : {}),
    ...(title.title !== undefined ? { title: title.title } : {}),
    ...(group ? { group } : {}),
    date: title.date ?? { kind: 'missing', mentioned: datesMentioned(remaining()) },
    weekdayMentions: weekdayMentions(remaining()),
    ...(title.time ? { time: title.time } : {}),
    ...(title.location ? { location: title.location } : {}),
    particulars: title.particulars,
    attendance,
    ...(secretary.secretary ? { secretary: secretary.secretary } : {}),
    ...(chair.chair ? { chair: chair.chair } : {}),
    sections,
    actions,
    ...(labelled.decisions.length > 0 ? { decisions: labelled.decisions } : {}),
    projects: projectIds,
    otherMeetings: title.otherMeetings.map((o) => o.text),
    nextMeetings: [...nextMeetingMentions(allText).filter((m) => !next.mentions.some((b) => b.written.startsWith(m.written))), ...next.mentions],
    notes,
    ...(agenda !== undefined ? { agendaLine: agenda } : {}),
  };
}

/** The group named in the title when it is registered, else --group, else what the title says. */
function chooseGroup(fromTitle: string | undefined, option: string | undefined, resolver: Resolver, notes: string[]): GroupChoice | undefined {
  const titled = fromTitle !== undefined ? resolver.group(fromTitle) : undefined;
  if (fromTitle !== undefined && titled?.kind === 'found') {
    if (option !== undefined && resolver.registry.id('group', option) !== titled.id) notes.push(`Grupp: rubriken nämner ${titled.label}, så --group ${option} användes inte.`);
    return { written: fromTitle, result: titled };
  }
  if (option !== undefined) {
    if (fromTitle !== undefined && foldCase(fromTitle) !== foldCase(option)) notes.push(`Grupp: rubriken nämner "${fromTitle}", som inte finns i organisations.yml; gruppen kommer från --group.`);
    return { written: option, result: resolver.group(option) };
  }
  if (fromTitle !== undefined && titled) return { written: fromTitle, result: titled };
  notes.push('Grupp: hittar ingen grupp i texten. Ange den med --group eller skriv den i group.');
  return undefined;
}

/** `Okänd grupp: "Styrgrupen" – menade du Styrgruppen?` and the like, for a name that did not resolve. */
export function unknownNote(what: string, quoted: string, result: { kind: 'ambiguous'; labels: readonly string[] } | { kind: 'unknown'; suggestions: readonly string[] }, where: string): string {
  if (result.kind === 'ambiguous') return `${what}: ${quoted} kan vara flera: ${result.labels.join(', ')}. Skriv id i stället.`;
  const dym = didYouMean(result.suggestions);
  return `${what}: ${quoted} – ${dym ? dym[0]!.toLowerCase() + dym.slice(1) : `finns inte i ${where}.`}`;
}
