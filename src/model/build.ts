// Builds the read-only model from validated documents: resolves every reference to an id and computes
// all back-links (who attended what, which actions are open, previous and next meeting) exactly once.
import type { MinutesDoc, PersonDoc, EntityDoc, EndingDoc } from '../validate/documents.js';
import type { Registry } from '../validate/registry.js';
import { keyedMinutes, type KeyedMinutes } from '../validate/meetings.js';
import { currentActionId, formerMeetings } from '../validate/former-meetings.js';
import { isSlug, MAX_SLUG, normalizeText, visibleText } from '../util/fold.js';
import { attendedFor, shownAtMeetings, unnamedFor } from './affiliation.js';
import { displayName, NameHider, publicIds, type PrivatePerson } from './privacy.js';
import { draftOf, type DraftContext } from './draft.js';
import { collate } from '../util/collate.js';
import { opt, unique, type Mutable, type MutableAction, type MutableMeeting } from './records.js';
import type { Action, Entity, Group, Meeting, Membership, Model, Organisation, Person, Project, ShownAs, StatusReport } from './types.js';
import { append } from '../util/append.js';
import { allSteps, type Steps } from '../util/steps.js';

export interface BuiltModel extends Model {
  /** People whose names must not appear in the output, for the renderer to hide them in text. */
  readonly privatePeople: readonly PrivatePerson[];
}

/**
 * `previous`: the model of the last run (watch mode), which a save that changed only the Markdown text of some
 * minutes gives again with those meetings' texts (see withNewBodies).
 */
export function buildModel(minutes: readonly MinutesDoc[], registry: Registry, previous?: BuiltModel): BuiltModel {
  return allSteps(buildModelSteps(minutes, registry, previous));
}

/** What each model was built from, for the next run to see what changed (see withNewBodies). */
const builtFrom = new WeakMap<BuiltModel, { readonly minutes: readonly MinutesDoc[]; readonly registry: Registry; readonly keyed: readonly KeyedMinutes[] }>();

/** `buildModel` a step at a time (a meeting, a pass over them), for watch mode to hear Ctrl-C between them (see util/steps.ts). */
export function* buildModelSteps(minutes: readonly MinutesDoc[], registry: Registry, previous?: BuiltModel): Steps<BuiltModel> {
  const orgName = new Map(registry.docs.organisations.map((o) => [o.id.value, o.name?.value ?? o.id.value]));
  const resolve = (kind: Parameters<Registry['id']>[0], text: string | undefined) => (text === undefined ? undefined : registry.id(kind, text));

  // People first: their display names are needed everywhere, and hidden names must be hidden in all free text.
  const privatePeople: PrivatePerson[] = [];
  const displayOf = new Map<string, string>();
  for (const p of registry.docs.people) {
    const organisationId = resolve('organisation', p.organisation?.value);
    const display = displayName({
      name: p.name?.value ?? p.id.value,
      publish: p.publish,
      ...(organisationId ? { organisationName: orgName.get(organisationId)! } : {}),
      ...(p.role ? { role: p.role.value } : {}),
    });
    displayOf.set(p.id.value, visibleText(display));
    if (p.publish !== 'full') privatePeople.push({ id: p.id.value, names: [p.name?.value ?? p.id.value, ...p.aliases.map((a) => a.value)], display });
  }
  // A role shown instead of a name may itself name someone who is not named: hide that too, then use the result.
  const first = new NameHider(privatePeople);
  for (const p of privatePeople) displayOf.set(p.id, first.hide(visibleText(p.display)));
  const hidden = privatePeople.map((p) => ({ ...p, display: displayOf.get(p.id)! }));
  privatePeople.length = 0;
  append(privatePeople, hidden);
  const hider = new NameHider(privatePeople);
  // Every free text is shown without invisible controls and without the names of people who are not named; a
  // meeting's texts with what stands for them at that meeting (`shownAs`, see shownAtMeetings).
  const text = (s: string, shownAs?: ShownAs) => hider.hide(normalizeText(visibleText(s)), shownAs);
  const multiline = (s: string, shownAs?: ShownAs) => hider.hide(visibleText(s).trim(), shownAs);
  const unnamed = registry.docs.people
    .filter((p) => p.publish === 'hidden')
    .map((p) => ({ id: p.id.value, name: p.name?.value ?? p.id.value, publish: p.publish, ...opt('organisationId', resolve('organisation', p.organisation?.value)), memberships: membershipsOf(p, resolve, text) }));
  const shownAt = shownAtMeetings(unnamed, (id) => text(orgName.get(id) ?? id));

  // Meetings, oldest first.
  // By date, then id: dates have a fixed width, so one string per meeting sorts both at once.
  const keyed = keyedMinutes(minutes, registry)
    .filter((k) => k.id !== undefined)
    .map((k) => ({ k, key: `${k.date}\u0000${k.id!}` }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ k }) => k);
  const groupName = new Map(registry.docs.groups.map((g) => [g.id.value, g.name?.value ?? g.id.value]));
  const actions = new Map<string, MutableAction>();
  const meetings: MutableMeeting[] = [];
  const context: DraftContext = { registry, groupName, resolve, text, multiline, shownAt };
  // Where meetings were before; follow-ups may name an action by its meeting's former id. This depends on other
  // minutes than the meeting's own, so it stays out of the draft.
  const former = formerMeetings(minutes, registry);
  const kept = previous && withNewBodies(previous, minutes, registry, keyed, context);
  if (kept) {
    builtFrom.set(kept, { minutes, registry, keyed });
    return kept;
  }
  for (const { doc, groupId, date, id } of keyed) {
    const draft = draftOf(doc, groupId, date, id!, context);
    // The draft is shared between runs; what later steps fill in (links, statuses) goes on copies.
    meetings.push({
      ...draft.meeting,
      followups: draft.meeting.followups.map((f) => ({ ...f, actionId: currentActionId(f.actionId, former) })),
      formerIds: [...(former.formerOf.get(id!) ?? [])],
      ...opt('firstFormerId', former.firstOf.get(id!)),
    });
    for (const a of draft.actions) actions.set(a.id, { ...a, reports: [] });
    yield;
  }
  const meetingById = new Map(meetings.map((m) => [m.id, m]));

  // Follow-ups, in meeting order, move each action's status along.
  for (const m of meetings) {
    for (const f of m.followups) {
      const a = actions.get(f.actionId);
      if (!a) continue;
      const report: StatusReport = { meetingId: m.id, date: m.date, status: f.status, ...opt('note', f.note) };
      a.reports.push(report);
      a.status = f.status;
    }
  }
  yield;

  // Groups: meetings in order, previous/next, upcoming meeting, decisions, open actions.
  const groups = new Map<string, MutableGroup>();
  for (const g of registry.docs.groups) {
    groups.set(g.id.value, {
      ...entity(g, text, multiline),
      ...opt('organisationId', resolve('organisation', g.organisation?.value)),
      members: unique(g.members.map((r) => resolve('person', r.value))),
      memberships: [],
      ...opt('schedule', g.schedule ? text(g.schedule.value) : undefined),
      meetings: [],
      decisions: [],
      openActions: [],
    });
  }
  for (const m of meetings) {
    const g = groups.get(m.groupId)!;
    const prev = g.meetings[g.meetings.length - 1];
    if (prev) {
      meetingById.get(prev)!.nextId = m.id;
      m.previousId = prev;
    }
    g.meetings.push(m.id);
    append(g.decisions, m.decisions);
  }
  for (const g of groups.values()) {
    const index = new Map(g.meetings.map((id, i) => [id, i]));
    for (const mid of g.meetings) {
      for (const aid of meetingById.get(mid)!.actions) {
        const a = actions.get(aid)!;
        a.meetingsSince = g.meetings.length - 1 - index.get(mid)!;
        if (a.status === 'open') g.openActions.push(aid);
      }
    }
    const latest = meetingById.get(g.meetings[g.meetings.length - 1] ?? '');
    // A meeting announced for after the group's end is not held (check warns: meeting-after-end).
    if (latest?.nextMeeting && latest.nextMeeting.date > latest.date && !(g.ended !== undefined && latest.nextMeeting.date > g.ended)) {
      g.upcoming = { ...latest.nextMeeting, announcedIn: latest.id };
    }
  }

  yield;

  // Projects and organisations.
  const projects = new Map<string, MutableProject>();
  for (const p of registry.docs.projects) {
    projects.set(p.id.value, { ...entity(p, text, multiline), ...opt('organisationId', resolve('organisation', p.organisation?.value)), listedIn: [], decisions: [], actions: [] });
  }
  const organisations = new Map<string, MutableOrganisation>();
  for (const o of registry.docs.organisations) {
    organisations.set(o.id.value, { ...entity(o, text, multiline), people: [], meetings: [], actions: [], actionsOfUnnamed: [], groups: [], projects: [] });
  }
  for (const g of groups.values()) if (g.organisationId) organisations.get(g.organisationId)?.groups.push(g.id);
  for (const p of projects.values()) if (p.organisationId) organisations.get(p.organisationId)?.projects.push(p.id);

  // People and their back-links.
  const people = new Map<string, MutablePerson>();
  // The date of the first meeting each person was at (or absent from), meetings being oldest first.
  const since = new Map<string, string>();
  for (const m of meetings) for (const pid of [...m.attendees, ...m.absent]) if (!since.has(pid)) since.set(pid, m.date);
  const publish = publicIds(registry.docs.people.map((p) => ({ id: p.id.value, name: p.name?.value ?? p.id.value, publish: p.publish, ...opt('since', since.get(p.id.value)) })));
  for (const p of registry.docs.people) people.set(p.id.value, person(p, resolve, displayOf.get(p.id.value)!, publish.get(p.id.value), text));
  yield;
  // An organisation's people: those it is the organisation of, and those with an assignment in it.
  for (const p of people.values()) {
    const ids = new Set([...(p.organisationId ? [p.organisationId] : []), ...p.memberships.filter((ms) => ms.kind === 'organisation').map((ms) => ms.id)]);
    for (const id of ids) organisations.get(id)?.people.push(p.id);
  }

  for (const m of meetings) {
    const orgsHere = new Set<string>();
    for (const pid of m.attendees) {
      const p = people.get(pid)!;
      p.attended.push(m.id);
      p.groupSet.add(m.groupId);
      // The organisations someone came for ("Bo Pettersson, Ria/G7"), else the one they belong to.
      for (const oid of attendedFor(m, p)) orgsHere.add(oid);
    }
    for (const pid of m.absent) {
      const p = people.get(pid)!;
      p.missed.push(m.id);
      p.groupSet.add(m.groupId);
    }
    for (const [pid, list] of [[m.chair, 'chaired'], [m.secretary, 'wrote']] as const) {
      const p = pid === undefined ? undefined : people.get(pid);
      if (!p) continue;
      p[list].push(m.id);
      p.groupSet.add(m.groupId);
    }
    for (const oid of orgsHere) organisations.get(oid)?.meetings.push(m.id);
    for (const pid of m.projects) projects.get(pid)?.listedIn.push(m.id);
    for (const d of m.decisions) if (d.projectId) projects.get(d.projectId)?.decisions.push(d);
    for (const aid of m.actions) {
      const a = actions.get(aid)!;
      for (const w of a.who) {
        if (w.kind === 'person') people.get(w.id)?.actions.push(aid);
        else organisations.get(w.id)?.actions.push(aid);
      }
      for (const oid of unnamedOwnersOrganisations(m, a, people)) organisations.get(oid)?.actionsOfUnnamed.push(aid);
      if (a.projectId) projects.get(a.projectId)?.actions.push(aid);
    }
    yield;
  }
  for (const g of groups.values()) for (const pid of g.members) people.get(pid)?.groupSet.add(g.id);
  for (const p of people.values()) {
    for (const ms of p.memberships) {
      if (ms.kind !== 'group') continue;
      p.groupSet.add(ms.id);
      const { kind: _kind, id, ...dated } = ms;
      groups.get(id)?.memberships.push({ personId: p.id, ...dated });
    }
    p.groups = [...p.groupSet].sort((a, b) => collate(groups.get(a)?.name ?? a, groups.get(b)?.name ?? b));
    p.actions = openFirst(p.actions, actions);
  }
  for (const o of organisations.values()) {
    o.actions = openFirst(o.actions, actions);
    o.actionsOfUnnamed = openFirst(o.actionsOfUnnamed, actions);
  }
  for (const p of projects.values()) p.actions = openFirst(p.actions, actions);

  const model: BuiltModel = {
    meetings,
    meetingById,
    people: people as ReadonlyMap<string, Person>,
    groups,
    projects,
    organisations,
    actions,
    privatePeople,
  };
  builtFrom.set(model, { minutes, registry, keyed });
  return model;
}

/**
 * The previous model with new texts, when nothing else of it can have changed: the same registry, the same minutes
 * but for some whose meeting (id, place in the archive, former ids) and draft (everything resolved from the file)
 * are as before apart from the Markdown text, which nothing else in the model is made from. That is the usual save
 * in watch mode, a meeting's text edited; the passes below over every meeting, person and action (a quarter to half
 * a second at 10,000 minutes) then give the model as it was, so its objects are shared instead and only the edited
 * meetings are new. Undefined when anything else may have changed: the model is then built whole.
 */
function withNewBodies(previous: BuiltModel, minutes: readonly MinutesDoc[], registry: Registry, keyed: readonly KeyedMinutes[], context: DraftContext): BuiltModel | undefined {
  const before = builtFrom.get(previous);
  if (!before || before.registry !== registry || before.minutes.length !== minutes.length || before.keyed.length !== keyed.length) return undefined;
  const replaced = new Map<MinutesDoc, MinutesDoc>();
  for (const [i, doc] of minutes.entries()) if (doc !== before.minutes[i]) replaced.set(before.minutes[i]!, doc);
  const meetingById = new Map(previous.meetingById);
  const texts = new Map<string, string>();
  for (const [i, was] of before.keyed.entries()) {
    const now = keyed[i]!;
    if (now.doc === was.doc) continue;
    // The same meeting at the same place, with the same former ids (which moves actions' ids, see formerMeetings).
    if (replaced.get(was.doc) !== now.doc || now.id === undefined || now.id !== was.id || now.groupId !== was.groupId || now.date !== was.date) return undefined;
    if (JSON.stringify(now.doc.formerIds.map((f) => f.value)) !== JSON.stringify(was.doc.formerIds.map((f) => f.value))) return undefined;
    const old = draftOf(was.doc, was.groupId, was.date, was.id, context);
    const draft = draftOf(now.doc, now.groupId, now.date, now.id, context);
    if (withoutBody(old) !== withoutBody(draft)) return undefined;
    texts.set(now.id, draft.meeting.body);
  }
  // Minutes of no meeting (without a group or date) are in no draft; changed, they may have become a meeting's.
  if (texts.size !== replaced.size) return undefined;
  for (const [id, body] of texts) meetingById.set(id, { ...previous.meetingById.get(id)!, body });
  return { ...previous, meetings: previous.meetings.map((m) => meetingById.get(m.id)!), meetingById };
}

/** A draft as comparable text, but for its meeting's Markdown text. */
function withoutBody(draft: { readonly meeting: Meeting; readonly actions: readonly Action[] }): string {
  return JSON.stringify([{ ...draft.meeting, body: undefined }, draft.actions]);
}

type MutableGroup = Mutable<Group>;
type MutableProject = Mutable<Project>;
type MutableOrganisation = Mutable<Organisation>;
type MutablePerson = Mutable<Person> & { groupSet: Set<string> };


/** An entry's former ids that are ids and not its own (the check reports the others). */
function formerIdsOf(e: EntityDoc): string[] {
  return [...new Set(e.formerIds.map((f) => f.value.trim()))].filter((id) => isSlug(id) && id.length <= MAX_SLUG && id !== e.id.value);
}

function entity(e: EntityDoc & EndingDoc, text: (s: string) => string, multiline: (s: string) => string): Mutable<Entity> {
  return {
    id: e.id.value,
    name: text(e.name?.value ?? e.id.value),
    aliases: e.aliases.map((a) => normalizeText(visibleText(a.value))),
    formerIds: formerIdsOf(e),
    ...opt('description', e.description ? multiline(e.description.value) : undefined),
    ...opt('url', e.url?.value.trim()),
    ...opt('ended', e.ended?.value),
  };
}

function person(
  p: PersonDoc,
  resolve: (kind: 'organisation' | 'group', text: string | undefined) => string | undefined,
  display: string,
  publicId: string | undefined,
  text: (s: string) => string,
): MutablePerson {
  return {
    id: p.id.value,
    ...opt('publicId', publicId),
    name: normalizeText(visibleText(p.name?.value ?? p.id.value)),
    aliases: p.aliases.map((a) => normalizeText(visibleText(a.value))),
    formerIds: formerIdsOf(p),
    display,
    publish: p.publish,
    ...opt('organisationId', resolve('organisation', p.organisation?.value)),
    ...opt('role', p.role ? text(p.role.value) : undefined),
    memberships: membershipsOf(p, resolve, text),
    ...opt('url', p.url?.value),
    attended: [],
    missed: [],
    chaired: [],
    wrote: [],
    actions: [],
    groups: [],
    groupSet: new Set(),
  };
}

/** A person's memberships of organisations and groups in people.yml, resolved. */
function membershipsOf(p: PersonDoc, resolve: (kind: 'organisation' | 'group', text: string | undefined) => string | undefined, text: (s: string) => string): Membership[] {
  const memberships: Membership[] = [];
  for (const m of p.memberships) {
    const org = resolve('organisation', m.organisation?.value);
    const group = resolve('group', m.group?.value);
    const base = { ...opt('role', m.role ? text(m.role.value) : undefined), ...opt('from', m.from?.value), ...opt('to', m.to?.value) };
    if (org) memberships.push({ kind: 'organisation', id: org, ...base });
    if (group) memberships.push({ kind: 'group', id: group, ...base });
  }
  return memberships;
}

/**
 * The organisations of an action's owners who are not named (publish: hidden), shown as "en representant för"
 * the organisation they represented at its meeting `m` (see unnamedFor), each once, leaving out those that are
 * owners themselves (the action is theirs already).
 */
function unnamedOwnersOrganisations(m: Pick<Meeting, 'affiliations' | 'date'>, a: Action, people: ReadonlyMap<string, Person>): Set<string> {
  const out = new Set<string>();
  for (const w of a.who) {
    const p = w.kind === 'person' ? people.get(w.id) : undefined;
    if (p) for (const oid of unnamedFor(m, p)) out.add(oid);
  }
  for (const w of a.who) if (w.kind === 'organisation') out.delete(w.id);
  return out;
}

/**
 * Open actions first, oldest first among them; then the rest, newest first. `ids` must be in meeting order
 * (as the back-links above are collected), so this is a split, not a sort.
 */
function openFirst(ids: readonly string[], actions: ReadonlyMap<string, Action>): string[] {
  const open: string[] = [];
  const closed: string[] = [];
  for (const id of ids) (actions.get(id)!.status === 'open' ? open : closed).push(id);
  return [...open, ...closed.reverse()];
}
