// What an attendee came to a meeting as: what the minutes write after the name ("Bo Pettersson, Ria/G7"), else
// the organisation people.yml gives them on the meeting's day; which organisations that puts the meeting under,
// and what of it may be shown. Pure.
import type { Meeting, Membership, Person } from './types.js';

/**
 * The organisation someone had left by now but belonged to on `day`: a membership of an organisation in
 * people.yml with an end date (`to`) that holds on the day, as kept when someone moves to another organisation.
 * It stands in for their `organisation` on that day.
 */
export function formerOrganisation(p: Pick<Person, 'memberships'>, day: string): Membership | undefined {
  return p.memberships.find((ms) => ms.kind === 'organisation' && ms.to !== undefined && ms.to >= day && (ms.from === undefined || ms.from <= day));
}

/**
 * The organisations an attendee came to a meeting for: those the minutes write after their name, else the one
 * people.yml gives on the meeting's day. A title after the name ("brukarmentor") names none, and leaves that one.
 */
export function attendedFor(m: Pick<Meeting, 'affiliations' | 'date'>, p: Pick<Person, 'id' | 'organisationId' | 'memberships'>): readonly string[] {
  const written = m.affiliations[p.id]?.organisationIds ?? [];
  if (written.length > 0) return written;
  const then = formerOrganisation(p, m.date)?.id ?? p.organisationId;
  return then ? [then] : [];
}

/**
 * What the minutes wrote after an attendee's name, where it may be shown: never for someone hidden, and for
 * someone published by initials only an organisation (their role is not shown either: it could name them).
 */
export function shownAffiliation(m: Pick<Meeting, 'affiliations'>, p: Pick<Person, 'id' | 'publish'>): Meeting['affiliations'][string] | undefined {
  const as = m.affiliations[p.id];
  if (!as || p.publish === 'hidden' || (p.publish === 'initials' && !as.organisationId)) return undefined;
  return as;
}
