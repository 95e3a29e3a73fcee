// What an attendee came to a meeting as, when the minutes write it after the name ("Bo Pettersson, Ria/G7"):
// which organisations that puts the meeting under, and what of it may be shown. Pure.
import type { Meeting, Person } from './types.js';

/**
 * The organisations an attendee came to a meeting for: those the minutes write after their name, else the one
 * people.yml gives. A title after the name ("brukarmentor") names none, and leaves the registered one.
 */
export function attendedFor(m: Pick<Meeting, 'affiliations'>, p: Pick<Person, 'id' | 'organisationId'>): readonly string[] {
  const written = m.affiliations[p.id]?.organisationIds ?? [];
  if (written.length > 0) return written;
  return p.organisationId ? [p.organisationId] : [];
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
