// The shapes of a minutes file's front matter and of the two registries, as zod schemas.
import { z } from 'zod';
import { isValidDate, normalizeTime, splitDateTime, timeOfDateTime } from '../util/dates.js';

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

const decision = z.union([text, z.strictObject({ text, project: ref.nullish() })]);

const action = z.strictObject({
  who: z.union([ref, refs.min(1)]),
  what: text,
  due: date.nullish(),
  project: ref.nullish(),
  status: z.enum(ACTION_STATUSES).nullish(),
});

const followup = z.strictObject({
  action: text,
  status: z.enum(FOLLOWUP_STATUSES),
  note: text.nullish(),
});

export const minutesSchema = z.strictObject({
  group: ref,
  date,
  time: time.nullish(),
  location: text.nullish(),
  title: text.nullish(),
  chair: ref.nullish(),
  secretary: ref.nullish(),
  attendees: refs.min(1),
  absent: refs.nullish(),
  guests: texts.nullish(),
  projects: refs.nullish(),
  summary: text.nullish(),
  note: text.nullish(),
  decisions: z.array(decision).nullish(),
  actions: z.array(action).nullish(),
  followups: z.array(followup).nullish(),
  next_meeting: dateTime.nullish(),
  former_ids: texts.nullish(),
});

const entity = {
  name: text,
  aliases: texts.nullish(),
  former_ids: texts.nullish(),
  description: text.nullish(),
  url: url.nullish(),
};

/** Groups, projects and organisations may end: the last day they existed or met. */
const ending = { ended: date.nullish() };

const membership = z.strictObject({
  organisation: ref.nullish(),
  group: ref.nullish(),
  role: text.nullish(),
  from: date.nullish(),
  to: date.nullish(),
});

const person = z.strictObject({
  name: text,
  organisation: ref.nullish(),
  role: text.nullish(),
  aliases: texts.nullish(),
  former_ids: texts.nullish(),
  memberships: z.array(membership).nullish(),
  publish: z.enum(PUBLISH_VALUES).nullish(),
  url: url.nullish(),
});

export const peopleSchema = z.record(z.string(), person);

const organisation = z.strictObject({ ...entity, ...ending });
const group = z.strictObject({
  ...entity,
  ...ending,
  organisation: ref.nullish(),
  members: refs.nullish(),
  schedule: text.nullish(),
});
const project = z.strictObject({ ...entity, ...ending, organisation: ref.nullish() });

export const organisationsSchema = z.strictObject({
  organisations: z.record(z.string(), organisation).nullish(),
  groups: z.record(z.string(), group).nullish(),
  projects: z.record(z.string(), project).nullish(),
});

/** Fields whose values are dates: a wrong type there is reported as a wrong date. */
export const DATE_KEYS = new Set(['date', 'due', 'from', 'to', 'next_meeting', 'ended']);

/** How each kind of value is described in messages. */
export const FIELD_HELP: Record<string, string> = {
  group: 'Skriv gruppens id eller namn, till exempel gemensam-utvecklingsgrupp.',
  attendees: 'Skriv en lista med en person per rad: "  - Leif Redestig".',
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
  action: 'Skriv åtgärdens id: gruppen, mötets datum och numret, till exempel gemensam-utvecklingsgrupp/2016-02-08#1.',
  status: 'Skriv done (klar), open (öppen) eller dropped (struken).',
  actions: 'Skriv varje åtgärd som fält på egna rader: "  - who: Leif Redestig" och under den "    what: Boka lokal."',
  former_ids: 'Skriv en lista med de id posten eller mötet haft förut, ett per rad: "  - gammalt-id".',
  followups: 'Skriv varje uppföljning som fält på egna rader: "  - action: gemensam-utvecklingsgrupp/2016-02-08#1" och under den "    status: done".',
};
