// The meetings as validation sees them: each minutes document with its resolved group, date and id.
import type { MinutesDoc } from './documents.js';
import type { Registry } from './registry.js';
import { meetingIds } from '../model/ids.js';

export interface KeyedMinutes {
  readonly doc: MinutesDoc;
  readonly groupId: string;
  readonly date: string;
  /** Undefined when the meeting cannot be told apart from another of its group that day. */
  readonly id: string | undefined;
}

/** Minutes whose group and date are known, with their meeting ids. Memoised per document list. */
const cache = new WeakMap<readonly MinutesDoc[], KeyedMinutes[]>();

export function keyedMinutes(minutes: readonly MinutesDoc[], registry: Registry): KeyedMinutes[] {
  const hit = cache.get(minutes);
  if (hit) return hit;
  const known: { doc: MinutesDoc; groupId: string; date: string }[] = [];
  for (const doc of minutes) {
    const groupId = doc.group ? registry.id('group', doc.group.value) : undefined;
    if (groupId && doc.date) known.push({ doc, groupId, date: doc.date.value });
  }
  const ids = meetingIds(known.map((k) => ({ groupId: k.groupId, date: k.date, ...(k.doc.title ? { title: k.doc.title.value } : {}) })));
  const out = known.map((k, i) => ({ ...k, id: ids[i] }));
  cache.set(minutes, out);
  return out;
}
