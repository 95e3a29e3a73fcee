// Which pages an edit of some minutes touches. Pure: compares each edited meeting as it was (old model) with
// how it is (new model), aspect by aspect, so that fixing a typo in the text rebuilds the meeting's own page
// and little else, while changing who attended rebuilds those people's pages too.
import { attendedFor, unnamedFor } from '../model/affiliation.js';
import type { Meeting, Model } from '../model/types.js';
import { openActionCount, type Only, type RenderedMeeting } from '../render/view.js';

export interface Affected extends Only {
  readonly actionsPage: boolean;
  readonly indexPages: boolean;
}

interface Version {
  readonly model: Model;
  readonly rendered: ReadonlyMap<string, RenderedMeeting>;
}

/** What other pages show of a meeting, aspect by aspect, as comparable strings. */
function aspects(v: Version, m: Meeting | undefined) {
  if (!m) return undefined;
  const actions = m.actions.map((id) => v.model.actions.get(id)!);
  const mentions = (v.rendered.get(m.id)?.mentions ?? []).map((e) => [e.projectId, e.anchor, e.heading, e.excerpt, e.via]);
  return {
    link: JSON.stringify([m.id, m.title, m.date, m.groupId, m.customTitle, m.attendees.length]),
    people: JSON.stringify([m.attendees, m.absent, m.affiliations, m.chair ?? null, m.secretary ?? null]),
    actions: JSON.stringify([actions.map((a) => [a.id, a.what, a.who, a.due ?? null, a.projectId ?? null, a.status, a.reports, a.meetingsSince]), m.followups]),
    decisions: JSON.stringify(m.decisions),
    summary: JSON.stringify([m.summary ?? null, v.rendered.get(m.id)?.html ?? '']),
    mentions: JSON.stringify([m.projects, mentions]),
    upcoming: JSON.stringify(m.nextMeeting ?? null),
    projects: JSON.stringify([...new Set(mentions.map(([projectId]) => projectId))].sort()),
  };
}

export function affectedBy(meetingIds: { readonly old: readonly string[]; readonly new: readonly string[] }, before: Version, after: Version): Affected {
  const meetings = new Set<string>();
  const groups = new Set<string>();
  const people = new Set<string>();
  const projects = new Set<string>();
  const organisations = new Set<string>();
  let actionsPage = false;
  let indexPages = false;

  const addPerson = (model: Model, id: string | undefined) => {
    if (!id) return;
    people.add(id);
    const org = model.people.get(id)?.organisationId;
    if (org) organisations.add(org);
  };
  /** Everyone named at a meeting, and the organisations that list it: those its attendees came for then. */
  const addPeopleOf = (model: Model, m: Meeting) => {
    for (const p of [...m.attendees, ...m.absent]) addPerson(model, p);
    addPerson(model, m.chair);
    addPerson(model, m.secretary);
    for (const p of m.attendees) for (const o of attendedFor(m, model.people.get(p)!)) organisations.add(o);
  };
  /** Everything that shows an action: its meeting, owners, project, group, and meetings that followed it up. */
  const addAction = (model: Model, actionId: string) => {
    const a = model.actions.get(actionId);
    if (!a) return;
    meetings.add(a.meetingId);
    const m = model.meetingById.get(a.meetingId);
    if (m) groups.add(m.groupId);
    for (const w of a.who) {
      if (w.kind === 'person') addPerson(model, w.id);
      else {
        organisations.add(w.id);
        // Its people's pages say how many open actions it has of its own.
        for (const p of model.organisations.get(w.id)?.people ?? []) if (model.people.get(p)?.organisationId === w.id) people.add(p);
      }
      // Someone not named is listed on the page of the organisation they represented at the meeting.
      const p = w.kind === 'person' ? model.people.get(w.id) : undefined;
      if (p && m) for (const o of unnamedFor(m, p)) organisations.add(o);
    }
    if (a.projectId) projects.add(a.projectId);
    for (const r of a.reports) meetings.add(r.meetingId);
  };

  for (const id of new Set([...meetingIds.old, ...meetingIds.new])) {
    const oldMeeting = before.model.meetingById.get(id);
    const newMeeting = after.model.meetingById.get(id);
    const a = aspects(before, oldMeeting);
    const b = aspects(after, newMeeting);
    const changed = (k: keyof NonNullable<typeof a>) => !a || !b || a[k] !== b[k];
    const each = (fn: (v: Version, m: Meeting) => void) => {
      if (oldMeeting) fn(before, oldMeeting);
      if (newMeeting) fn(after, newMeeting);
    };
    meetings.add(id);
    each((_, m) => groups.add(m.groupId));
    if (changed('link')) {
      // Its title or place in the archive changed: every list that links to it.
      indexPages = true;
      // A meeting added, removed or moved in its group changes the age (in meetings) of the group's open actions.
      actionsPage = true;
      each((v, m) => {
        for (const act of v.model.groups.get(m.groupId)?.openActions ?? []) addAction(v.model, act);
      });
      each((v, m) => {
        if (m.previousId) meetings.add(m.previousId);
        if (m.nextId) meetings.add(m.nextId);
        addPeopleOf(v.model, m);
        for (const e of v.rendered.get(m.id)?.mentions ?? []) projects.add(e.projectId);
        for (const d of m.decisions) if (d.projectId) projects.add(d.projectId);
        for (const act of m.actions) addAction(v.model, act);
        for (const f of m.followups) addAction(v.model, f.actionId);
      });
    }
    if (changed('people')) {
      // The lists of people and organisations count the meetings each came to.
      indexPages = true;
      each((v, m) => {
        addPeopleOf(v.model, m);
        // An organisation written after a name lists the meeting on its page.
        for (const a of Object.values(m.affiliations)) for (const o of a.organisationIds) organisations.add(o);
      });
    }
    if (changed('actions')) {
      actionsPage = true;
      each((v, m) => {
        for (const act of m.actions) addAction(v.model, act);
        for (const f of m.followups) addAction(v.model, f.actionId);
      });
    }
    if (changed('decisions')) each((_, m) => m.decisions.forEach((d) => d.projectId && projects.add(d.projectId)));
    if (changed('mentions') || changed('summary')) each((v, m) => (v.rendered.get(m.id)?.mentions ?? []).forEach((e) => projects.add(e.projectId)));
    // The list of projects counts the meetings that took each up.
    if (changed('projects')) indexPages = true;
    if (changed('upcoming')) indexPages = true;
  }
  // The start page counts the open actions of the whole archive.
  if (openActionCount(before.model) !== openActionCount(after.model)) indexPages = true;
  // Only pages that still exist are built; pages of what disappeared are removed by the caller.
  const keep = <T>(set: Set<string>, map: ReadonlyMap<string, T>) => new Set([...set].filter((id) => map.has(id)));
  return {
    meetings: new Set([...meetings].filter((id) => after.model.meetingById.has(id))),
    groups: keep(groups, after.model.groups),
    people: keep(people, after.model.people),
    projects: keep(projects, after.model.projects),
    organisations: keep(organisations, after.model.organisations),
    actionsPage,
    indexPages,
  };
}

/** Pages minutes' own templates write without anything of the archive. */
const FIXED_PAGES = ['404.11ty.mjs', 'about.11ty.mjs'];

/**
 * Templates an incremental rebuild leaves out: pages that do not depend on the edit. The search page goes with
 * the index pages (it knows the aliases of names); with `ownTemplates` (an archive's own templates/), the 404 and
 * about pages do too, as a designer's may show the archive (how many minutes there are).
 */
export function skippedTemplates(affected: Affected, ownTemplates: boolean): string[] {
  const skip = ownTemplates ? [] : [...FIXED_PAGES];
  if (!affected.actionsPage) skip.push('actions.11ty.mjs');
  if (!affected.indexPages) skip.push('index.11ty.mjs', 'groups.11ty.mjs', 'people.11ty.mjs', 'projects.11ty.mjs', 'organisations.11ty.mjs', 'search.11ty.mjs', ...(ownTemplates ? FIXED_PAGES : []));
  return skip;
}
