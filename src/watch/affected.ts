// Which pages an edit of some minutes touches: the meeting itself, its neighbours, its group, everyone and
// everything it names, and the meetings whose actions it follows up (or that follow up its actions).
// Pure: compares the meeting as it was (in the old model) with how it is (in the new one).
import type { Meeting, Model } from '../model/types.js';
import type { Only, RenderedMeeting } from '../render/view.js';

export interface Affected extends Only {
  /** Whether the list of all open actions may have changed. */
  readonly actionsPage: boolean;
}

interface Version {
  readonly model: Model;
  readonly rendered: ReadonlyMap<string, RenderedMeeting>;
}

export function affectedBy(meetingIds: { readonly old: readonly string[]; readonly new: readonly string[] }, before: Version, after: Version): Affected {
  const meetings = new Set<string>();
  const groups = new Set<string>();
  const people = new Set<string>();
  const projects = new Set<string>();
  const organisations = new Set<string>();
  let actionsPage = false;

  const addPerson = (model: Model, id: string | undefined) => {
    if (!id) return;
    people.add(id);
    const org = model.people.get(id)?.organisationId;
    if (org) organisations.add(org);
  };
  const addAction = (model: Model, actionId: string) => {
    const a = model.actions.get(actionId);
    if (!a) return;
    actionsPage = true;
    meetings.add(a.meetingId);
    const m = model.meetingById.get(a.meetingId);
    if (m) groups.add(m.groupId);
    for (const w of a.who) {
      if (w.kind === 'person') addPerson(model, w.id);
      else organisations.add(w.id);
    }
    if (a.projectId) projects.add(a.projectId);
    for (const r of a.reports) meetings.add(r.meetingId);
  };
  const addMeeting = ({ model, rendered }: Version, m: Meeting) => {
    meetings.add(m.id);
    if (m.previousId) meetings.add(m.previousId);
    if (m.nextId) meetings.add(m.nextId);
    groups.add(m.groupId);
    for (const id of [...m.attendees, ...m.absent]) addPerson(model, id);
    addPerson(model, m.chair);
    addPerson(model, m.secretary);
    for (const p of m.projects) projects.add(p);
    for (const d of m.decisions) if (d.projectId) projects.add(d.projectId);
    for (const e of rendered.get(m.id)?.mentions ?? []) projects.add(e.projectId);
    for (const a of m.actions) addAction(model, a);
    for (const f of m.followups) addAction(model, f.actionId);
  };

  for (const id of meetingIds.old) {
    const m = before.model.meetingById.get(id);
    if (m) addMeeting(before, m);
  }
  for (const id of meetingIds.new) {
    const m = after.model.meetingById.get(id);
    if (m) addMeeting(after, m);
  }
  // Only pages that still exist are built; pages of what disappeared are removed by the caller.
  const keep = <T>(set: Set<string>, map: ReadonlyMap<string, T>) => new Set([...set].filter((id) => map.has(id)));
  return {
    meetings: new Set([...meetings].filter((id) => after.model.meetingById.has(id))),
    groups: keep(groups, after.model.groups),
    people: keep(people, after.model.people),
    projects: keep(projects, after.model.projects),
    organisations: keep(organisations, after.model.organisations),
    actionsPage,
  };
}
