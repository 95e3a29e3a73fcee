// Who sits in a group on a given day: its standing members (`members:` in organisations.yml) and the people whose
// dated membership of it (`memberships:` in people.yml) covers the day. The group page asks for the day of the
// build, `minutes new` for the date of the new minutes. And who is or was in an organisation, as its page lists
// them. Pure.
import type { Group, Organisation, Person } from './types.js';

export interface Member {
  readonly personId: string;
  /** The role the membership gives ("fast ledamot"), if a current membership gives one. */
  readonly role?: string;
}

/**
 * The day whose members a group's page and open data list: the day of the build, or, once the group has ended
 * (its last day is before `today`), its last day.
 */
export function membersDay(g: Pick<Group, 'ended'>, today: string): string {
  return g.ended !== undefined && g.ended < today ? g.ended : today;
}

/** Standing members first, in the order listed, then the others in the order of people.yml; each once. */
export function membersOn(g: Pick<Group, 'members' | 'memberships'>, day: string): Member[] {
  const out = new Map<string, Member>(g.members.map((personId) => [personId, { personId }]));
  for (const ms of g.memberships) {
    // Both ends count: a membership from 2016-09-01 holds on that day, one to 2016-10-31 still on that day.
    if ((ms.from !== undefined && ms.from > day) || (ms.to !== undefined && ms.to < day)) continue;
    // A standing member keeps their place in the list and takes the role; a second membership adds nothing.
    if (out.get(ms.personId)?.role !== undefined) continue;
    out.set(ms.personId, { personId: ms.personId, ...(ms.role !== undefined ? { role: ms.role } : {}) });
  }
  return [...out.values()];
}

/** Someone an organisation's page lists: with the role they have or had there, and their last day if they have left. */
export interface OrganisationMember {
  readonly personId: string;
  /** Their role there: `role` in people.yml for their organisation, else a membership's. */
  readonly role?: string;
  /** The last day of their last membership of it, when every one ended before the day asked for. */
  readonly until?: string;
}

/**
 * An organisation's people (`o.people`, in order) as of `day`: someone whose organisation it is has their own
 * role; someone with a membership of it, the membership's role (none without one, never their role elsewhere);
 * someone whose memberships of it all ended before the day has left, with the role of the one that ended last.
 */
export function organisationMembersOn(
  o: Pick<Organisation, 'id' | 'people'>,
  people: ReadonlyMap<string, Pick<Person, 'organisationId' | 'role' | 'memberships'>>,
  day: string,
): OrganisationMember[] {
  return o.people.map((personId) => {
    const p = people.get(personId)!;
    const role = (r: string | undefined) => (r !== undefined ? { role: r } : {});
    if (p.organisationId === o.id) return { personId, ...role(p.role) };
    const here = p.memberships.filter((ms) => ms.kind === 'organisation' && ms.id === o.id);
    const current = here.filter((ms) => ms.to === undefined || ms.to >= day);
    if (current.length > 0 || here.length === 0) return { personId, ...role(current.find((ms) => ms.role !== undefined)?.role) };
    const last = here.reduce((a, b) => (b.to! > a.to! ? b : a));
    return { personId, ...role(last.role), until: last.to! };
  });
}
