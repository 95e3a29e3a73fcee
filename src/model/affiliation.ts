// What an attendee came to a meeting as: what the minutes write after the name ("Bo Pettersson, Ria/G7"), else
// the organisation people.yml gives them on the meeting's day; which organisations that puts the meeting under,
// and what of it may be shown. Pure.
import type { Meeting, Membership, Person, ShownAs } from './types.js';
import { displayName } from './privacy.js';

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
 * The organisations someone not named (publish: hidden) stands for at a meeting, as an attendee or as the owner of
 * one of its actions: whom they represented on its day (see attendedFor), not necessarily their organisation now.
 * None for someone named.
 */
export function unnamedFor(m: Pick<Meeting, 'affiliations' | 'date'>, p: Pick<Person, 'id' | 'publish' | 'organisationId' | 'memberships'>): readonly string[] {
  return p.publish === 'hidden' ? attendedFor(m, p) : [];
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

/**
 * What stands for someone not named (publish: hidden) at a meeting, where it is not their usual text: whom they
 * represented there (the organisations the minutes write after the name, else the one they were in on the day,
 * which may not be theirs now). Undefined where the usual text says it.
 */
export function hiddenAt(m: Pick<Meeting, 'affiliations' | 'date'>, p: Pick<Person, 'id' | 'name' | 'publish' | 'organisationId' | 'memberships'>, organisationName: (id: string) => string): string | undefined {
  if (p.publish !== 'hidden') return undefined;
  const then = attendedFor(m, p);
  if (then.length === 0 || (then.length === 1 && then[0] === p.organisationId)) return undefined;
  return displayName({ name: p.name, publish: 'hidden', organisationName: then.map(organisationName).join(' och ') });
}

type Unnamed = Pick<Person, 'id' | 'name' | 'publish' | 'organisationId' | 'memberships'>;

/**
 * What stands for people not named in the text of a meeting (its body, summary, decisions, actions and notes)
 * where it is not their usual text, by id (see hiddenAt), so that the text says what its attendance says; undefined
 * where it is the usual text for all. Only someone who has left an organisation (a membership with an end date) or
 * whom the minutes write with an organisation after the name can be shown otherwise, so only they are looked at.
 */
export function shownAtMeetings(people: readonly Unnamed[], organisationName: (id: string) => string): (m: Pick<Meeting, 'affiliations' | 'date'>) => ShownAs | undefined {
  const hidden = people.filter((p) => p.publish === 'hidden');
  const moved = hidden.filter((p) => p.memberships.some((ms) => ms.kind === 'organisation' && ms.to !== undefined));
  const byId = new Map(hidden.map((p) => [p.id, p]));
  return (m) => {
    let out: Record<string, string> | undefined;
    const add = (p: Unnamed) => {
      const shown = hiddenAt(m, p, organisationName);
      if (shown !== undefined) (out ??= {})[p.id] = shown;
    };
    for (const p of moved) add(p);
    for (const id of Object.keys(m.affiliations)) {
      const p = byId.get(id);
      if (p && !moved.includes(p)) add(p);
    }
    return out;
  };
}
