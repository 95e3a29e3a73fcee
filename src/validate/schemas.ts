// The shapes of a minutes file's front matter and of the two registries, as zod schemas.
import { table } from '../util/table.js';
import { z } from 'zod';
import { isValidDate, normalizeTime, splitDateTime, timeOfDateTime } from '../util/dates.js';
import { example } from './examples.js';

const text = z.string().refine((s) => s.trim() !== '', { params: { code: 'empty-value' } });
const ref = text;
const date = z.string().refine(isValidDate, { params: { code: 'invalid-date' } });
const time = z.string().refine((s) => normalizeTime(s) !== undefined, { params: { code: 'invalid-time' } });
// A real date with a time that is not one ("2016-04-04 25:30") is a wrong time, not a wrong date.
const dateTime = z
  .string()
  .refine((s) => splitDateTime(s) !== undefined || timeOfDateTime(s) !== undefined, { params: { code: 'invalid-date' }, abort: true })
  .refine((s) => splitDateTime(s) !== undefined, { params: { code: 'invalid-time' } });
const SAFE_URL = /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i;
const url = z.string().refine((s) => SAFE_URL.test(s.trim()), { params: { code: 'unsafe-url' } });
const refs = z.array(ref);
const texts = z.array(text);

export const ACTION_STATUSES = ['open', 'done'] as const;
export const FOLLOWUP_STATUSES = ['open', 'done', 'dropped'] as const;
export const PUBLISH_VALUES = ['full', 'initials', 'hidden'] as const;

const decision = z.union([text, z.strictObject({ text, project: ref.optional() })]);

const action = z.strictObject({
  who: z.union([ref, refs.min(1)]),
  what: text,
  due: date.optional(),
  project: ref.optional(),
  status: z.enum(ACTION_STATUSES).optional(),
});

const followup = z.strictObject({
  action: text,
  status: z.enum(FOLLOWUP_STATUSES),
  note: text.optional(),
});

// A text field left empty (`location:` with nothing after it) would quietly be none, as `location: ""` is an
// `empty-value`: so is the empty one. A list left empty (`actions:`, `absent:`) is none of it, as note-takers mean.
export const minutesSchema = z.strictObject({
  group: ref,
  date,
  time: time.optional(),
  location: text.optional(),
  title: text.optional(),
  chair: ref.optional(),
  secretary: ref.optional(),
  attendees: refs.min(1),
  absent: refs.nullish(),
  guests: texts.nullish(),
  projects: refs.nullish(),
  summary: text.optional(),
  note: text.optional(),
  decisions: z.array(decision).nullish(),
  actions: z.array(action).nullish(),
  followups: z.array(followup).nullish(),
  next_meeting: dateTime.optional(),
  former_ids: texts.nullish(),
});

// A registry's optional fields may be left out but not left empty (`organisation:` with nothing after it): an
// empty one would quietly mean none (no organisation, a name published in full), so it is an `empty-value`.
const entity = {
  name: text,
  aliases: texts.optional(),
  former_ids: texts.optional(),
  description: text.optional(),
  url: url.optional(),
};

/** Groups, projects and organisations may end: the last day they existed or met. */
const ending = { ended: date.optional() };

const membership = z.strictObject({
  organisation: ref.optional(),
  group: ref.optional(),
  role: text.optional(),
  from: date.optional(),
  to: date.optional(),
});

const person = z.strictObject({
  name: text,
  organisation: ref.optional(),
  role: text.optional(),
  aliases: texts.optional(),
  former_ids: texts.optional(),
  memberships: z.array(membership).optional(),
  publish: z.enum(PUBLISH_VALUES).optional(),
  url: url.optional(),
});

export const peopleSchema = z.record(z.string(), person);

const organisation = z.strictObject({ ...entity, ...ending });
const group = z.strictObject({
  ...entity,
  ...ending,
  organisation: ref.optional(),
  members: refs.optional(),
  schedule: text.optional(),
});
const project = z.strictObject({ ...entity, ...ending, organisation: ref.optional() });

export const organisationsSchema = z.strictObject({
  organisations: z.record(z.string(), organisation).nullish(),
  groups: z.record(z.string(), group).nullish(),
  projects: z.record(z.string(), project).nullish(),
});

/** The fields of an item of each list whose items are fields, by the list's name. */
export const ITEM_FIELDS: Readonly<Record<string, ReadonlySet<string>>> = {
  actions: new Set(action.keyof().options),
  decisions: new Set(decision.options[1].keyof().options),
  followups: new Set(followup.keyof().options),
  memberships: new Set(membership.keyof().options),
};

/** The name of every field of minutes and of the registries, at any depth (an action's `due`, a membership's `from`). */
export const FIELD_NAMES: ReadonlySet<string> = new Set(
  [minutesSchema, action, followup, decision.options[1], person, membership, group, organisationsSchema].flatMap((schema) => schema.keyof().options),
);

/** Fields whose values are dates: a wrong type there is reported as a wrong date. */
export const DATE_KEYS = new Set(['date', 'due', 'from', 'to', 'next_meeting', 'ended']);

/** How each kind of value is described in messages. */
export const FIELD_HELP: Record<string, string> = table({
  group: `Skriv gruppens id eller namn, till exempel ${example('group')}.`,
  attendees: `Skriv en lista med en person per rad: "  - ${example('person')}".`,
  absent: 'Skriv en lista med en person per rad.',
  who: 'Skriv en person eller organisation, eller en lista av dem.',
  decisions: 'Skriv beslutet som text, eller som text: och project:.',
  date: 'Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2016-02-08.',
  due: 'Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2016-02-08.',
  from: 'Skriv datum som ÅÅÅÅ-MM-DD.',
  to: 'Skriv datum som ÅÅÅÅ-MM-DD.',
  ended: 'Skriv den sista dagen som ÅÅÅÅ-MM-DD, till exempel 2018-12-31.',
  next_meeting: 'Skriv datum som ÅÅÅÅ-MM-DD, gärna med tid: "2016-02-22 13:30".',
  time: 'Skriv tiden inom citattecken, till exempel "13:30".',
  what: 'Skriv vad som ska göras, till exempel "what: Boka lokal till nästa möte."',
  text: 'Skriv vad som beslutades, till exempel "text: Vi flyttar mötet till 13:30."',
  action: `Skriv åtgärdens id: gruppen, mötets datum och numret, till exempel ${example('meeting')}#1.`,
  status: 'Skriv done (klar), open (öppen) eller dropped (struken).',
  actions: `Skriv varje åtgärd som fält på egna rader: "  - who: ${example('person')}" och under den "    what: Boka lokal."`,
  former_ids: 'Skriv en lista med de id posten eller mötet haft förut, ett per rad: "  - gammalt-id".',
  followups: `Skriv varje uppföljning som fält på egna rader: "  - action: ${example('meeting')}#1" och under den "    status: done".`,
});

/**
 * What to write in an optional field of a registry or of minutes left empty, or to take the line away: an empty one
 * would quietly mean none, and for `publish` a name published in full.
 */
export const EMPTY_HELP: Record<string, string> = table({
  organisation: `Skriv organisationens id, till exempel ${example('organisation')}, eller ta bort raden.`,
  group: `Skriv gruppens id, till exempel ${example('group')}, eller ta bort raden.`,
  role: 'Skriv rollen, till exempel samordnare, eller ta bort raden.',
  aliases: 'Skriv de andra stavningarna som en lista, till exempel [SOF], eller ta bort raden.',
  former_ids: 'Skriv de id posten haft förut som en lista, till exempel [gammalt-id], eller ta bort raden.',
  description: 'Skriv en beskrivning, eller ta bort raden.',
  url: 'Skriv adressen, som börjar med https://, eller ta bort raden.',
  publish: 'Skriv full (namnet visas), initials (bara initialerna) eller hidden (inte alls). Utan raden visas namnet.',
  memberships: `Skriv medlemskapen, ett per rad som börjar med - (till exempel "  - group: ${example('group')}"), eller ta bort raden.`,
  from: 'Skriv den första dagen som ÅÅÅÅ-MM-DD, eller ta bort raden.',
  to: 'Skriv den sista dagen som ÅÅÅÅ-MM-DD, eller ta bort raden.',
  ended: 'Skriv den sista dagen som ÅÅÅÅ-MM-DD, eller ta bort raden.',
  members: `Skriv de fasta ledamöternas id som en lista, till exempel [${example('personId')}], eller ta bort raden.`,
  schedule: 'Skriv när gruppen brukar träffas, till exempel Varannan måndag 13:30, eller ta bort raden.',
  location: `Skriv var mötet hölls, till exempel ${example('location')}, eller ta bort raden.`,
  title: 'Skriv mötets rubrik, eller ta bort raden.',
  time: 'Skriv tiden inom citattecken, till exempel "13:30", eller ta bort raden.',
  chair: `Skriv ordförandens namn, till exempel ${example('person')}, eller ta bort raden.`,
  secretary: `Skriv namnet på den som förde anteckningarna, till exempel ${example('person')}, eller ta bort raden.`,
  summary: 'Skriv två eller tre meningar om vad mötet kom fram till, eller ta bort raden.',
  note: 'Skriv anmärkningen, eller ta bort raden.',
  next_meeting: 'Skriv nästa mötes dag som ÅÅÅÅ-MM-DD, gärna med tid: "2016-04-04 13:30", eller ta bort raden.',
  due: 'Skriv den sista dagen som ÅÅÅÅ-MM-DD, eller ta bort raden.',
  project: `Skriv projektets id, till exempel ${example('project')}, eller ta bort raden.`,
  status: 'Skriv open (öppen) eller done (klar), eller ta bort raden.',
});
