// Who sits in a group on a given day: its standing members (`members:` in organisations.yml) and the people whose
// dated membership of it (`memberships:` in people.yml) covers the day. The group page asks for the day of the
// build, `minutes new` for the date of the new minutes. Pure.
import type { Group } from './types.js';

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
