// Where meetings were before: the ids their minutes list under former_ids (their date or group was corrected),
// and the ids they had under a former id of their group. Each former id leads to one meeting: follow-ups that
// name an action by it find the action, and its old page sends readers on. Pure; memoised per document list.
import type { Located, MinutesDoc } from './documents.js';
import type { Registry } from './registry.js';
import { keyedMinutes, type KeyedMinutes } from './meetings.js';
import { isValidDate } from '../util/dates.js';
import { isSlug, MAX_SLUG, slugify } from '../util/fold.js';
import { parseActionId } from '../model/ids.js';

/** "group/2016-02-08", or "group/2016-02-08-title" for one of two meetings of a group that day. */
const MEETING_ID = /^([a-z0-9]+(?:-[a-z0-9]+)*)\/(\d{4}-\d{2}-\d{2})((?:-[a-z0-9]+)*)$/;

/** A meeting id's group and the rest ("2016-02-08", "2016-02-08-title"); undefined when it is not one. */
export function parseMeetingId(text: string): { groupId: string; slug: string } | undefined {
  const m = MEETING_ID.exec(text.trim());
  // A group id or title part longer than any (MAX_SLUG) was never an address: it could be no folder's name.
  return m && isValidDate(m[2]!) && m[1]!.length <= MAX_SLUG && m[3]!.length <= MAX_SLUG + 1 ? { groupId: m[1]!, slug: m[2]! + m[3]! } : undefined;
}

/** What became of one id written under a meeting's former_ids. */
export type FormerClaim =
  | { readonly status: 'malformed'; readonly doc: MinutesDoc; readonly written: Located<string> }
  | { readonly status: 'ok' | 'own' | 'shared'; readonly meeting: KeyedMinutes; readonly written: Located<string>; readonly current: string; readonly others: readonly MinutesDoc[] }
  | { readonly status: 'existing'; readonly meeting: KeyedMinutes; readonly written: Located<string>; readonly current: string; readonly other: KeyedMinutes };

export interface FormerMeetings {
  /** The meeting each former meeting id leads to, by every spelling of it (the group's id or a former one). */
  readonly current: ReadonlyMap<string, string>;
  /** Each meeting's former ids, in every spelling (for its old pages); only meetings that have any. */
  readonly formerOf: ReadonlyMap<string, readonly string[]>;
  /**
   * The first id each meeting's minutes list under former_ids that leads to it (its group by the group's id now):
   * the id it was first published under. Only meetings whose minutes give one.
   */
  readonly firstOf: ReadonlyMap<string, { readonly groupId: string; readonly slug: string }>;
  /** Former ids that lead nowhere in particular (reported where they are written). */
  readonly disputed: ReadonlySet<string>;
  readonly claims: readonly FormerClaim[];
}

/** Each group's ids, current first, and the current id of every id a group has or had. */
function groupIds(registry: Registry): { spellings: Map<string, string[]>; currentOf: Map<string, string> } {
  const spellings = new Map<string, string[]>();
  const currentOf = new Map<string, string>();
  for (const g of registry.docs.groups) currentOf.set(g.id.value, g.id.value);
  for (const g of registry.docs.groups) {
    const list = [g.id.value];
    for (const f of g.formerIds) {
      const id = f.value.trim();
      // An id taken by another group, or claimed by two, is an error of its own (rules/former-ids.ts).
      if (currentOf.has(id) || list.includes(id)) continue;
      currentOf.set(id, g.id.value);
      list.push(id);
    }
    spellings.set(g.id.value, list);
  }
  return { spellings, currentOf };
}

const cache = new WeakMap<readonly MinutesDoc[], { registry: Registry; result: FormerMeetings }>();

export function formerMeetings(minutes: readonly MinutesDoc[], registry: Registry): FormerMeetings {
  const hit = cache.get(minutes);
  if (hit && hit.registry === registry) return hit.result;
  const keyed = keyedMinutes(minutes, registry).filter((k) => k.id !== undefined);
  const byId = new Map(keyed.map((k) => [k.id!, k]));
  const { spellings, currentOf } = groupIds(registry);
  // A former id with its group written by the group's id now.
  const canonical = (id: { groupId: string; slug: string }) => ({ groupId: currentOf.get(id.groupId) ?? id.groupId, slug: id.slug });
  const spelled = (current: string) => {
    const [groupId, slug] = [current.slice(0, current.indexOf('/')), current.slice(current.indexOf('/') + 1)];
    return (spellings.get(groupId) ?? [groupId]).map((g) => `${g}/${slug}`);
  };

  // Who claims what, by the id each claim leads to when the group is written by its current id.
  const claimed = new Map<string, KeyedMinutes[]>();
  const parsed: { meeting: KeyedMinutes; written: Located<string>; current: string; parts: { groupId: string; slug: string } }[] = [];
  const claims: FormerClaim[] = [];
  const identified = new Map(keyed.map((k) => [k.doc, k]));
  for (const doc of minutes) {
    const meeting = identified.get(doc);
    const seen = new Set<string>();
    for (const written of doc.formerIds) {
      const id = parseMeetingId(written.value);
      if (!id) {
        claims.push({ status: 'malformed', doc, written });
        continue;
      }
      // Minutes whose own id is unknown have reported that; what they claim waits until it is known.
      if (!meeting) continue;
      const parts = canonical(id);
      const current = `${parts.groupId}/${parts.slug}`;
      if (seen.has(current)) continue;
      seen.add(current);
      parsed.push({ meeting, written, current, parts });
      const list = claimed.get(current);
      if (list) list.push(meeting);
      else claimed.set(current, [meeting]);
    }
  }

  const current = new Map<string, string>();
  const formerOf = new Map<string, string[]>();
  const firstOf = new Map<string, { groupId: string; slug: string }>();
  const disputed = new Set<string>();
  const add = (meetingId: string, former: string) => {
    if (former === meetingId || byId.has(former) || current.has(former)) return;
    current.set(former, meetingId);
    const list = formerOf.get(meetingId);
    if (list) list.push(former);
    else formerOf.set(meetingId, [former]);
  };
  // Under a former id of its group, a meeting had the same date (and title) as now.
  for (const k of keyed) for (const former of spelled(k.id!)) add(k.id!, former);
  for (const { meeting, written, current: id, parts } of parsed) {
    const others = claimed.get(id)!.filter((o) => o !== meeting).map((o) => o.doc);
    const other = byId.get(id);
    if (id === meeting.id) claims.push({ status: 'own', meeting, written, current: id, others });
    else if (other) {
      claims.push({ status: 'existing', meeting, written, current: id, other });
    } else if (others.length > 0) {
      claims.push({ status: 'shared', meeting, written, current: id, others });
      for (const s of spelled(id)) disputed.add(s);
    } else {
      claims.push({ status: 'ok', meeting, written, current: id, others });
      for (const s of spelled(id)) add(meeting.id!, s);
      if (!firstOf.has(meeting.id!)) firstOf.set(meeting.id!, parts);
    }
  }
  const result: FormerMeetings = { current, formerOf, firstOf, disputed, claims };
  cache.set(minutes, { registry, result });
  return result;
}

/** An action id as it is now: one written with a former meeting id ("old/2015-11-08#2") names the moved meeting's action. */
export function currentActionId(text: string, former: FormerMeetings): string {
  const trimmed = text.trim();
  // Most archives have no former meeting ids: nothing to read the id for.
  if (former.current.size === 0) return trimmed;
  const parsed = parseActionId(trimmed);
  const moved = parsed && former.current.get(parsed.meetingId);
  return moved ? `${moved}#${parsed.number}` : trimmed;
}

/**
 * What was most likely meant by a former id that is none: the id in a page address
 * ("/grupper/gug/2015-11-08/"), an action id ("gug/2015-11-08#2"), or a group written by its name.
 */
export function guessMeetingId(text: string, registry: Registry): string | undefined {
  const m = /^(?:.*\/grupper\/)?\/?([^/#]+)\/(\d{4}-\d{2}-\d{2}[^/#]*)\/?(?:#.*)?$/.exec(text.trim());
  if (!m) return undefined;
  // An id is kept as written (an old address had the group's id of its day); a name becomes the group's id.
  const groupId = isSlug(m[1]!) ? m[1]! : (registry.id('group', m[1]!) ?? slugify(m[1]!));
  const guess = `${groupId}/${m[2]!.trim()}`;
  return parseMeetingId(guess) && guess !== text.trim() ? guess : undefined;
}
