// How a group, project or organisation that has ended (or will end) is described on its page and in the indexes.
import { formatDate } from '../util/dates.js';
import type { EndedView } from './view-types.js';

export type EndingKind = 'group' | 'project' | 'organisation';

/** The sentence on the entry's page, past or to come, and the short mark of the index pages. */
const WORDS: Record<EndingKind, { past: string; coming: string; mark: string }> = {
  group: { past: 'Gruppen avslutades', coming: 'Gruppen avslutas', mark: 'Avslutad' },
  project: { past: 'Projektet avslutades', coming: 'Projektet avslutas', mark: 'Avslutat' },
  organisation: { past: 'Organisationen upphörde', coming: 'Organisationen upphör', mark: 'Upphörde' },
};

/** The end as shown on the day `today`: it has passed once its last day is before today. */
function endedView(kind: EndingKind, ended: string | undefined, today: string): EndedView | undefined {
  if (ended === undefined) return undefined;
  const words = WORDS[kind];
  const past = ended < today;
  const dateText = formatDate(ended);
  return { date: ended, dateText, past, text: `${past ? words.past : words.coming} ${dateText}.`, mark: `${words.mark} ${dateText}` };
}

/** `{ ended }` for a view, or nothing when the entry has no end. */
export function endedField(kind: EndingKind, ended: string | undefined, today: string): { ended: EndedView } | Record<string, never> {
  const view = endedView(kind, ended, today);
  return view ? { ended: view } : {};
}

/** Entries still active first, those that have ended after them; the order within each is kept. */
export function activeFirst<T extends { readonly ended?: EndedView }>(entries: readonly T[]): T[] {
  return [...entries.filter((e) => !e.ended?.past), ...entries.filter((e) => e.ended?.past)];
}
