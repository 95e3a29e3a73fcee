// Stable ids for meetings and actions, derived from group, date and (only when a group met twice that day) title.
import { shortSlug, slugify } from '../util/fold.js';

export interface MeetingKeyInput {
  readonly groupId: string;
  readonly date: string;
  readonly title?: string;
}

/**
 * The meeting id of each input, in order: "group/2016-02-08", or "group/2016-02-08-<title>" for each of
 * several meetings of one group on one day. `undefined` where two such meetings cannot be told apart.
 */
export function meetingIds(inputs: readonly MeetingKeyInput[]): (string | undefined)[] {
  const byDay = new Map<string, number[]>();
  inputs.forEach((m, i) => {
    const key = `${m.groupId}/${m.date}`;
    const list = byDay.get(key);
    if (list) list.push(i);
    else byDay.set(key, [i]);
  });
  const out: (string | undefined)[] = new Array(inputs.length);
  for (const [key, indexes] of byDay) {
    if (indexes.length === 1) {
      out[indexes[0]!] = key;
      continue;
    }
    const seen = new Set<string>();
    for (const i of indexes) {
      // A long title is cut, as its address is a folder's name (see MAX_SLUG).
      const slug = inputs[i]!.title ? shortSlug(slugify(inputs[i]!.title!)) : '';
      const id = `${key}-${slug}`;
      if (!slug || seen.has(id)) out[i] = undefined;
      else {
        seen.add(id);
        out[i] = id;
      }
    }
  }
  return out;
}

export const actionId = (meetingId: string, number: number): string => `${meetingId}#${number}`;

/** A meeting's id: "group/2016-02-08", "group/2016-02-08-extra". */
const MEETING_ID = /[a-z0-9-]+\/\d{4}-\d{2}-\d{2}(?:-[a-z0-9-]+)?/;

/** A meeting's id alone where an action's is meant: "group/2016-02-08 #2" as YAML reads it, the # after the space a comment's. */
export const NUMBERLESS = new RegExp(`^${MEETING_ID.source}$`);

const ACTION_ID = new RegExp(`^\\s*(${MEETING_ID.source})#(\\d+)\\s*$`);

/** "group/2016-02-08#2" -> its parts; undefined when it is not of that form. */
export function parseActionId(text: string): { meetingId: string; number: number } | undefined {
  const m = ACTION_ID.exec(text);
  return m ? { meetingId: m[1]!, number: Number(m[2]) } : undefined;
}

/**
 * The id an entry was first published under: the first of its former ids, else its id. Feed entry ids and calendar
 * UIDs are made of it, so that they stay as they were when a group is given a new id (README: Changing an id).
 */
export const firstId = (e: { readonly id: string; readonly formerIds: readonly string[] }): string => e.formerIds[0] ?? e.id;

/**
 * The group id and slug a meeting was first published under, which its feed entry id is made of: the first id its
 * minutes list under former_ids (its date or group was corrected), else its own, each with the group's first id,
 * so that neither a correction nor a group given a new id makes the entry new (README: Correcting a meeting's date or group).
 */
export function firstMeetingKey(
  m: { readonly groupId: string; readonly slug: string; readonly firstFormerId?: { readonly groupId: string; readonly slug: string } },
  groups: ReadonlyMap<string, { readonly id: string; readonly formerIds: readonly string[] }>,
): { groupId: string; slug: string } {
  const { groupId, slug } = m.firstFormerId ?? m;
  // A former id may name a group no longer in the registry: its id is then the one it had.
  const group = groups.get(groupId);
  return { groupId: group ? firstId(group) : groupId, slug };
}
