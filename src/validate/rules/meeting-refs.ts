// Every reference in a minutes file must name a registry entry: group, people, projects, action owners. The
// organisation written after an attendee's name is shown as written; one close to a registered name is a typo.
import type { MinutesRule, RegistryContext } from '../context.js';
import { atRef, renamedHint, resolveRef } from '../context.js';
import { runTogether, runTogetherSaid } from '../run-together.js';
import { reportMoreThanName, ROLE_WORDS } from '../one-person.js';
import { splitAttendee, type Affiliation } from '../attendees.js';
import { reportAbsenceNote } from '../absence-notes.js';
import type { EntityDoc, MinutesDoc, Ref } from '../documents.js';
import { partsByLine, partsOf, sentenceStop } from '../written-list.js';
import { label } from '../registry.js';
import { didYouMean } from '../../util/suggest.js';
import { nearOrganisations, nearPerson } from '../near-person.js';
import { clip } from '../../util/clip.js';
import { listed } from '../../util/plural.js';
import { everyoneOwner } from '../group-owner.js';

export const meetingRefs: MinutesRule = (ctx, m) => {
  const f = m.file;
  if (m.group) resolveRef(ctx, f, m.group, ['group']);
  const absent = new Set(m.absent);
  const lists = new ListLines(ctx, m);
  const people = ctx.unavailable?.has('person') ? undefined : ctx.registry.index('person');
  for (const written of [...m.attendees, ...m.absent]) {
    // A registered name, as most are, is found as it stands: none of the slips below is one.
    if (people?.lookup(written.value).length === 1) continue;
    const key = absent.has(written) ? 'absent' : 'attendees';
    const r = withoutStop(ctx, written);
    if (reportAbsenceNote(ctx, m, r, key)) continue;
    const attendee = splitAttendee(r, ctx.registry);
    if (!attendee.as && (asInBrackets(ctx, lists, r, key) || joinedPeople(ctx, lists, r, key))) continue;
    resolveRef(ctx, f, attendee.person, ['person'], 'name', { ...organisationOf(ctx, attendee.as), attendee: key === 'attendees' });
    if (attendee.as) affiliation(ctx, lists, r, key, attendee.person, attendee.as);
  }
  // "chair: David Bergström, Leif Redestig": people in a field for one person; "chair: David Bergström - SOF": the
  // person with more after the name, in a field for the person alone.
  for (const [key, ref] of [['chair', m.chair], ['secretary', m.secretary]] as const) {
    if (!ref || peopleInField(ctx, f, ref, key) || reportMoreThanName(ctx, f, ref, key)) continue;
    // "chair: Anna Berg, SOF", someone unknown: the name alone is the person to add, and all the field is to say.
    const one = people?.lookup(ref.value).length === 0 ? splitAttendee(ref, ctx.registry) : undefined;
    if (one?.as) resolveRef(ctx, f, one.person, ['person'], 'name', { ...organisationOf(ctx, one.as), alone: key });
    else resolveRef(ctx, f, ref, ['person']);
  }
  // "projects: [fritidsbanken, Fritidsbank]": one project by id and name (or twice alike), which the page lists once.
  const projects = new Map<string, Ref>();
  for (const r of m.projects) {
    const project = resolveRef(ctx, f, r, ['project']);
    if (!project) continue;
    const earlier = projects.get(project.id);
    if (earlier) ctx.report({ file: f, where: atRef(r), code: 'duplicate-project', message: `"${clip(r.value)}" står redan bland projekten ("${clip(earlier.value)}").`, hint: 'Ta bort den ena; på mötets sida står projektet en gång.' });
    else projects.set(project.id, r);
  }
  for (const d of m.decisions) if (d.project) resolveRef(ctx, f, d.project, ['project']);
  for (const a of m.actions) {
    // People and organisations share one set of ids: an id found twice is one owner written twice.
    const owners = new Map<string, Ref>();
    for (const w of a.who) {
      const owner = severalOwners(ctx, f, w) || everyoneOwner(ctx, m, w) ? undefined : resolveRef(ctx, f, w, ['person', 'organisation']);
      if (!owner) continue;
      const earlier = owners.get(owner.id);
      if (earlier) ctx.report({ file: f, where: atRef(w), code: 'duplicate-owner', message: `"${clip(w.value)}" står redan som ansvarig för åtgärden ("${clip(earlier.value)}").`, hint: 'Ta bort den ena; på webbplatsen står den ansvarige en gång.' });
      else owners.set(owner.id, w);
    }
    if (a.project) resolveRef(ctx, f, a.project, ['project']);
  }
};

const MAX_NAME_LENGTH = 500;

/** The one registered organisation written after a name ("Anna Svensson, Bryggan"), for the lines to add her with. */
function organisationOf(ctx: RegistryContext, as: Affiliation | undefined): { organisation?: string } {
  if (!as || ctx.unavailable?.has('organisation')) return {};
  const ids = new Set(as.parts.flatMap((p) => ctx.registry.id('organisation', p.value) ?? []));
  return ids.size === 1 ? { organisation: [...ids][0]! } : {};
}

/**
 * The last name of a list written as a sentence ("attendees: Leif Redestig, David Bergström.") without its full stop,
 * when that is how the name is registered and not with it; the shape check's hint says to leave the stop out.
 */
function withoutStop(ctx: RegistryContext, ref: Ref): Ref {
  const span = ref.span;
  // Only the last name of the text is looked at again: the whole text is read for it once, not for each name.
  if (!span || ctx.unavailable?.has('person') || !ref.value.endsWith('.') || !onlyBlanksFrom(span.whole, span.end) || sentenceStop(span.whole) !== span.end - 1) return ref;
  const names = ctx.registry.index('person');
  const value = ref.value.slice(0, -1);
  return names.lookup(ref.value).length === 0 && names.lookup(value).length === 1 ? { ...ref, value, span: { ...span, end: span.end - 1 } } : ref;
}

/** A name with what the person came as, or why they were away, in brackets or after a dash. */
interface WrittenAs {
  readonly name: string;
  readonly as: string;
}

/**
 * "Leif Redestig (ordförande)", "Leif Redestig - SOF": a registered name with what the person came as written in
 * brackets or after a dash, where a comma belongs. Undefined for anything else.
 */
function writtenAs(ctx: RegistryContext, ref: Ref): WrittenAs | undefined {
  // A name with what the person came as is a line, not a page: the pattern below tries every split of a long run
  // of spaces (an attendee of 80,000 spaces took 6 s), and such a value is reported as unknown all the same.
  if (ctx.unavailable?.has('person') || ref.value.length > MAX_NAME_LENGTH) return undefined;
  // Brackets may be square, or left open at the end of the line ("Ia Jonsson [sjuk]", "Ia Jonsson (sjuk").
  const m = /^\s*(.+?)\s*(?:[([](.+?)\s*[)\]]?|\s[-–]\s*(.+))\s*$/u.exec(ref.value);
  if (!m) return undefined;
  const name = m[1]!;
  const as = (m[2] ?? m[3]!).trim();
  const people = ctx.registry.index('person');
  if (people.lookup(ref.value).length > 0 || people.lookup(name).length !== 1 || as === '' || people.lookup(as).length > 0) return undefined;
  // Three lines of a list run together ("David Bergström - Leif Redestig - Åke Malmén"): told as such, not as a note.
  if (runTogether(ctx.registry, ref.value, ['person'])) return undefined;
  return { name, as };
}

/**
 * "Ia Jonsson (sjuk)" among the absent is most often why they were away, which the site would show after the name
 * (and which may be nobody's business): a comment keeps it in the file only. Not when it names an organisation.
 */
const isReason = (ctx: RegistryContext, w: WrittenAs): boolean => !ctx.unavailable?.has('organisation') && ctx.registry.index('organisation').lookup(w.as).length === 0;

/** Reported once, with the comma (or, for why someone was away, the comment), rather than as a name near Leif's. */
function asInBrackets(ctx: RegistryContext, lists: ListLines, ref: Ref, key: ListKey): boolean {
  const w = writtenAs(ctx, ref);
  if (!w) return false;
  const role = key === 'attendees' ? roleHint(lists, w) : undefined;
  const hint = role ?? (key === 'absent' && isReason(ctx, w) ? reasonHint(lists, w) : `Skriv det personen kom som efter ett kommatecken: "${clip(`${w.name}, ${w.as}`)}"`);
  ctx.report({ file: lists.file, where: atRef(ref), code: 'unknown-person', message: `Hittar inte personen "${clip(ref.value)}".`, hint });
  return true;
}

/** The fields for the one who chaired the meeting and the one who wrote the minutes, by the words minutes use. */
const ROLES: readonly { readonly words: RegExp; readonly field: 'chair' | 'secretary'; readonly noun: string }[] = [
  { words: ROLE_WORDS.chair, field: 'chair', noun: 'ordföranden' },
  { words: ROLE_WORDS.secretary, field: 'secretary', noun: 'sekreteraren' },
];

/**
 * "Leif Redestig (ordf.)": the one who chaired the meeting, which has a field of its own. After a comma, "ordf." would
 * take the place of the person's organisation on the page, and the meeting would have no chair.
 */
function roleHint(lists: ListLines, w: WrittenAs): string | undefined {
  const role = ROLES.find((r) => r.words.test(w.as));
  if (!role) return undefined;
  const line = `"  - ${clip(w.name)}"`;
  if (lists.has(role.field)) return `Skriv bara namnet här: ${line} (${role.noun} står i ${role.field}).`;
  return `Skriv bara namnet här, ${line}, och ${role.noun} i ett eget fält: ${role.field}: ${clip(w.name)}`;
}

/**
 * Why someone was away as a comment: after the name on its line of a list with dashes; after the list in brackets,
 * where a comment cannot stand inside them (it would take the ] and the rest of the line with it).
 */
function reasonHint(lists: ListLines, w: WrittenAs): string {
  const line = lists.reasons();
  if (line === undefined) return `Skriv skälet som en kommentar efter #, som inte kommer med på webbplatsen: "  - ${clip(w.name)}  # ${clip(w.as)}"`;
  return `Inom [ ] kan en kommentar inte stå. Skriv skälen som en kommentar efter listan, som inte kommer med på webbplatsen: ${line}`;
}

type ListKey = 'attendees' | 'absent';

/** A value of a list in brackets as it can be written there: in quotes when it holds a sign YAML reads there. */
const flowItem = (value: string): string => (/^[\p{L}\p{N}][^,:#[\]{}"]*$/u.test(value) && value === value.trim() ? value : JSON.stringify(value));

/**
 * The lines to write for the attendees and the absent of one minutes file when a list is written in brackets, each
 * made once for its list, however many of its values are told (each gives the same line, with all of them put
 * right). None for a list with dashes, or one not read whole (a value left out for a slip), whose line is unknown.
 */
class ListLines {
  private readonly made = new Map<string, string | undefined>();
  constructor(
    private readonly ctx: RegistryContext,
    private readonly m: MinutesDoc,
  ) {}

  get file(): string {
    return this.m.file;
  }

  /** Whether the minutes name a chair or a secretary. */
  has(field: 'chair' | 'secretary'): boolean {
    return this.m[field] !== undefined;
  }

  /** The absent in brackets, each reason in brackets taken out to a comment after the ]. */
  reasons(): string | undefined {
    return this.once('reasons', 'absent', (refs) => {
      const reasons = refs.map((r) => {
        const w = writtenAs(this.ctx, r);
        return w && isReason(this.ctx, w) ? w : undefined;
      });
      const comment = reasons.flatMap((w) => (w ? [`${w.name}: ${w.as}`] : [])).join('; ');
      return `absent: [${refs.map((r, i) => flowItem(reasons[i]?.name ?? r.value)).join(', ')}]  # ${comment}`;
    });
  }

  /** The list `key` in brackets, each value that is people on one line written as a value for each. */
  people(key: ListKey): string | undefined {
    return this.once(`people ${key}`, key, (refs) => `${key}: [${refs.flatMap((r) => peopleIn(this.ctx, r.value)?.names ?? [r.value]).map(flowItem).join(', ')}]`);
  }

  private once(name: string, key: ListKey, make: (refs: readonly Ref[]) => string): string | undefined {
    if (!this.made.has(name)) {
      const refs = key === 'absent' ? this.m.absent : this.m.attendees;
      const whole = this.m.bracketed?.includes(key) && refs.every((r, i) => r.path.length === 2 && r.path[1] === i && !r.span);
      this.made.set(name, whole ? clip(make(refs)) : undefined);
    }
    return this.made.get(name);
  }
}

/** How people are joined on one line, and what else may stand among them. */
interface Joins {
  /** What joins them; global. */
  readonly joined: RegExp;
  /** Whether a value holds any of those: most names do not, and are not looked up again (every attendee comes by). */
  readonly mayBe: RegExp;
  /** Whether a registered organisation may stand after a person, as what the person came as ("David Bergström, Bryggan"). */
  readonly organisations: boolean;
}

/**
 * People on one line of a list: a comma, a semicolon, "och", "samt", "&", "+" between them. A dash between blanks is
 * the lines of a list run together, or what the person came as, told apart elsewhere.
 */
const IN_LIST: Joins = { joined: /\s*[,;&+]\s*|\s+(?:och|samt)\s+/gu, mayBe: /[,;&+]|\s(?:och|samt)\s/u, organisations: false };

/**
 * People in a field for one person: joined as on a line of a list, or by a dash between blanks ("chair: David
 * Bergström - Leif Redestig"), and perhaps with the organisation one came as among them ("David Bergström, Bryggan,
 * Leif Redestig"), which would otherwise read the rest as what the first came as.
 */
const IN_FIELD: Joins = { joined: /\s*[,;&+]\s*|\s+(?:och|samt|[-–—])\s+/gu, mayBe: /[,;&+]|\s(?:och|samt|[-–—])\s/u, organisations: true };

/** People written on one line, as they are to be written one a line. */
interface JoinedPeople {
  /** The names to write, one a person. */
  readonly names: readonly string[];
  /** The registered names of the parts that were misspelt. */
  readonly meant: readonly string[];
}

/** A part of a value that names a person: as written, the person, and whether it names them as registered. */
interface PersonPart {
  readonly written: string;
  readonly person: EntityDoc;
  readonly found: boolean;
}

/**
 * The parts of a value that name people, when it is two or more of them on one line ("Leif och David"): each part
 * registered, or a full name a slip or two from one registered person only ("Åke Malmén och Ia Jonson"). In a field
 * for one person, what the person before came as may stand between them: a registered organisation, or, when a
 * person follows, an organisation a slip or two from one ("Bryggen") or the role ("ordf."). Undefined for anything else.
 */
function personParts(ctx: RegistryContext, value: string, joins: Joins): PersonPart[] | undefined {
  if (ctx.unavailable?.has('person') || value.length > MAX_NAME_LENGTH || !joins.mayBe.test(value)) return undefined;
  const people = ctx.registry.index('person');
  if (people.lookup(value).length > 0) return undefined;
  const parts = partsOf(value, joins.joined).map((p) => value.slice(p.start, p.end));
  if (parts.length < 2) return undefined;
  const organisations = joins.organisations && !ctx.unavailable?.has('organisation') ? ctx.registry.index('organisation') : undefined;
  const named: PersonPart[] = [];
  // A misspelt organisation or a role stands between two people only: after the last, it is the last one's.
  let between = false;
  for (const part of parts) {
    // What the person before came as: not one of the people, and not a name to write.
    if (named.length > 0 && organisations && organisations.lookup(part).length > 0) continue;
    const found = people.lookup(part);
    const person = found.length === 1 ? found[0]! : nearPerson(ctx, part);
    if (person !== undefined) {
      named.push({ written: part, person, found: found.length === 1 });
      between = false;
    } else if (named.length > 0 && organisations && (isRoleWord(part) || nearOrganisations(ctx, part).length > 0)) between = true;
    else return undefined;
  }
  return named.length > 1 && !between ? named : undefined;
}

/** "ordf.", "sekr.", "vid pennan": the word for the one who chaired the meeting or wrote the minutes. */
const isRoleWord = (text: string): boolean => ROLE_WORDS.chair.test(text) || ROLE_WORDS.secretary.test(text);

/**
 * The people a value names, when it is two or more of them on one line, each another person, written as registered.
 * One named twice ("Bo Pettersson och Bo Peterson", "Ivan Kuzhicov och Ivan Kuzhikov") is no line of people, and its
 * lines to write would name that person twice.
 */
function peopleIn(ctx: RegistryContext, value: string, joins: Joins = IN_LIST): JoinedPeople | undefined {
  const parts = personParts(ctx, value, joins);
  return parts && joinedOf(parts);
}

/** The people `parts` name, each another person; undefined when one is named twice. */
function joinedOf(parts: readonly PersonPart[]): JoinedPeople | undefined {
  if (new Set(parts.map((p) => p.person.id.value)).size < parts.length) return undefined;
  return { names: parts.map((p) => (p.found ? p.written : label(p.person))), meant: parts.flatMap((p) => (p.found ? [] : [label(p.person)])) };
}

/** "Herbert Tinz och Johnny Nyander", "Leif & David": registered people on one line, read as one name. */
function joinedPeople(ctx: RegistryContext, lists: ListLines, ref: Ref, key: ListKey): boolean {
  // After a comma, a name is read as what the person before it came as: see `affiliation`.
  const people = ref.value.includes(',') ? undefined : peopleIn(ctx, ref.value);
  if (!people) return false;
  const n = people.names.length;
  ctx.report({ file: lists.file, where: atRef(ref), code: 'people-on-one-line', message: `"${clip(ref.value)}" är ${n === 2 ? 'två' : n} personer skrivna som en, och läses som ett namn som inte finns.`, hint: onePerLine(lists, key, people) });
  return true;
}

/** The lines to write for `people`, written on one line: a line each, or, in brackets, a value each; a misspelt name as registered. */
function onePerLine(lists: ListLines, key: ListKey, people: JoinedPeople): string {
  const line = lists.people(key);
  // Each misspelt name meant one person: all of them, not a choice between them.
  const meant = meantOf(people.meant);
  return line === undefined ? `${meant}Skriv varje person på en egen rad som börjar med -: ${listed(people.names.map((n) => `"  - ${clip(n)}"`))}` : `${meant}Skriv varje person som ett eget värde i listan: ${line}`;
}

/** "Menade du Ia Jonsson? " for the registered names of misspelt ones, each meant (not a choice between them); "" for none. */
const meantOf = (names: readonly string[]): string => (names.length > 0 ? `Menade du ${listed(names.map((n) => clip(n)))}? ` : '');

/**
 * "chair: David Bergström, Leif Redestig" (or "och", "&", " - " …): people on one line in a field for one person,
 * which would read the second as what the first came as; with the organisation the first came as between them too
 * ("David Bergström, Bryggan, Leif Redestig"). Told with the line for each, a misspelt one as registered.
 */
function peopleInField(ctx: RegistryContext, file: string, ref: Ref, key: 'chair' | 'secretary'): boolean {
  const parts = personParts(ctx, ref.value, IN_FIELD);
  if (!parts) return false;
  if (samePersonTwice(ctx, file, ref, key, parts)) return true;
  // "David Bergström, David Bergström, Leif Redestig": two people, the first written twice; told as the two, each
  // once, as registered and meant ("Menade du …?") when one of its copies is misspelt.
  const copies = (p: PersonPart) => parts.filter((q) => q.person.id.value === p.person.id.value);
  const once = parts.filter((p) => copies(p)[0] === p).map((p) => ({ ...p, found: copies(p).every((q) => q.found) }));
  const people = joinedOf(once);
  if (!people) return false;
  const times = once.map((p) => [label(p.person), copies(p).length] as const);
  const twice = times.filter(([, n]) => n > 1).map(([name, n]) => `${clip(name)} ${n === 2 ? 'två' : n} gånger`);
  const said = runTogetherSaid(ref, people.names, twice.length > 0 ? ` (med ${listed(twice)})` : '');
  ctx.report({ file, where: atRef(ref), code: 'unknown-person', message: said.message, hint: `${meantOf(people.meant)}${said.hint}` });
  return true;
}

/**
 * "chair: David Bergström - David Bergström", "chair: Ivan Kuzhicov, Ivan Kuzhikov" (by name and alias): one person
 * written twice in a field for one, not two people, nor the person with more after the name. Told with the line to
 * write, the person once as registered.
 */
function samePersonTwice(ctx: RegistryContext, file: string, ref: Ref, key: 'chair' | 'secretary', parts: readonly PersonPart[]): boolean {
  const person = parts[0]?.person;
  if (!person || parts.some((p) => p.person !== person)) return false;
  const times = parts.length === 2 ? 'två' : String(parts.length);
  const name = clip(label(person));
  const meant = parts.every((p) => p.found) ? '' : `Menade du ${name}? `;
  ctx.report({ file, where: atRef(ref), code: 'duplicate-person', message: `"${clip(ref.value)}" är samma person ${times} gånger.`, hint: `${meant}Skriv personen en gång: ${key}: ${name}` });
  return true;
}

/** "Leif Redestig och David Bergström" as one owner: registered owners written as one text instead of a list. */
function severalOwners(ctx: RegistryContext, file: string, ref: Ref): boolean {
  if (ctx.unavailable?.has('person') || ctx.unavailable?.has('organisation')) return false;
  const known = (text: string) => ctx.registry.index('person').lookup(text).length + ctx.registry.index('organisation').lookup(text).length === 1;
  if (known(ref.value)) return false;
  const parts = partsByLine(ref.value, ref.lines).map((p) => ref.value.slice(p.start, p.end));
  if (parts.length < 2 || !parts.every(known)) return false;
  // Written one per line ("who: |", "who: >"), the names are quoted each: the text as it stands would show its line
  // breaks, or run them together.
  const written = ref.lines || /\n/.test(ref.value.trim()) ? listed(parts.map((p) => `"${clip(p)}"`)) : `"${clip(ref.value)}"`;
  ctx.report({ file, where: atRef(ref), code: 'unknown-owner', message: `${written} är flera ansvariga skrivna som en text.`, hint: `Skriv dem som en lista: who: [${clip(parts.join(', '))}]` });
  return true;
}

function affiliation(ctx: RegistryContext, lists: ListLines, ref: Ref, key: ListKey, name: Ref, as: Affiliation): void {
  const file = lists.file;
  const organisations = ctx.unavailable?.has('organisation') ? undefined : ctx.registry.index('organisation');
  const people = ctx.unavailable?.has('person') ? undefined : ctx.registry.index('person');
  const isOrganisation = (value: string) => organisations !== undefined && organisations.lookup(value).length > 0;
  // "David Bergström, Allan Hedman": people on one line, the later of whom would silently not count. Told once for
  // the line, at the first of them, as people joined by "och" are: its hint is for the whole line. A full name
  // misspelt a slip from one other registered person ("Leif Redestig, Ia Jonson") is one of them too; what someone
  // came as ("brukarmentor", "ordförande i Ria", "från 13.30") is a slip from nobody.
  // Not the person before the comma, spelt another way ("Ia Jonsson, Ia Jonson"): no second person on the line.
  const misspelt = (value: string) => {
    const near = nearPerson(ctx, value);
    return near !== undefined && !people?.lookup(name.value).includes(near) && nearPerson(ctx, name.value) !== near;
  };
  const others = people ? as.parts.filter((p) => !isOrganisation(p.value) && (people.lookup(p.value).length > 0 || misspelt(p.value))) : [];
  const person = new Set(others);
  for (const part of as.parts) {
    if (isOrganisation(part.value)) continue;
    if (person.has(part)) {
      if (part === others[0]) reportOthers(ctx, lists, ref, key, others);
      continue;
    }
    if (!organisations) continue;
    // Not every note after a name is an organisation ("socialdirektör", "ordförande i Ria"): only a misspelt
    // name is reported, one a letter or two from a registered one.
    const near = nearOrganisations(ctx, part.value);
    // An organisation renamed without keeping its old name is no longer found by it, and drops out of the meeting.
    const hint = renamedHint(ctx, 'organisation', part.value) ?? didYouMean(near.slice(0, 3).map(label));
    if (hint) ctx.report({ file, where: atRef(part), code: 'unknown-affiliation', message: `"${clip(part.value)}" efter namnet är ingen organisation i organisations.yml.`, hint });
  }
}

/** Whether `text` has nothing but blanks from `at` on: read up to its first character that is not, most often the next. */
function onlyBlanksFrom(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) if (!/\s/u.test(text[i]!)) return false;
  return true;
}

/**
 * Registered people written after the comma of `ref`'s line (`others`, parts of `as`), read as what the person before
 * it came as. A full name misspelt among them ("Ia Jonson" for Ia Jonsson) is one of them too, named with the others.
 */
function reportOthers(ctx: RegistryContext, lists: ListLines, ref: Ref, key: ListKey, others: readonly Ref[]): void {
  // Only people on the line: the lines to write, one for each.
  const people = peopleIn(ctx, ref.value);
  // With more than people on the line ("Leif Redestig, Bryggan, Ia Jonson"), where each part belongs is not known:
  // no lines to write, but a misspelt name as registered all the same.
  const meant = others.flatMap((p) => {
    const near = ctx.registry.index('person').lookup(p.value).length > 0 ? undefined : nearPerson(ctx, p.value);
    return near ? [label(near)] : [];
  });
  const hint = people ? onePerLine(lists, key, people) : `${meantOf(meant)}Skriv varje person på en egen rad som börjar med -.`;
  const written = listed(others.map((p) => `"${clip(p.value)}"`));
  const message = others.length === 1 ? `${written} står efter ett kommatecken och läses som vad personen före kom som, inte som en egen person.` : `${written} står efter ett kommatecken och läses som vad personen före kom som, inte som egna personer.`;
  ctx.report({ file: lists.file, where: atRef(others[0]!), code: 'people-on-one-line', message, hint });
}
