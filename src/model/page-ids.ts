// The ids a meeting's page uses itself, which headings in its minutes text do not take (and links may name).

/** Ids every meeting page uses itself; headings in the minutes text get other ids. */
const RESERVED_IDS: ReadonlySet<string> = new Set(['innehall', 'deltagare', 'dagordning', 'protokoll', 'beslut', 'atgarder', 'uppfoljningar', 'projekt', 'fler-moten', 'kalla', 'narvarande', 'franvarande']);

/**
 * The id of the follow-up of `actionId` on the page of the minutes that follow it up: the action's id with its `/`
 * and `#` as dashes ("gug/2016-02-08#1" -> "uppfoljning-gug-2016-02-08-1"). Made of the action, not of the item's
 * place, so that it stays when the follow-ups are reordered; the minutes follow up an action once (duplicate-followup).
 */
export function followupAnchor(actionId: string): string {
  return `uppfoljning-${actionId.replace(/[/#]/g, '-')}`;
}

/**
 * The ids a meeting's page uses: RESERVED_IDS, one per action and decision (`atgard-1`, `beslut-1`), which readers
 * cite, and one per follow-up (followupAnchor of each action id in `followedUp`), which other pages link to.
 */
export function reservedIdsOf(m: { readonly actions: readonly unknown[]; readonly decisions: readonly unknown[] }, followedUp: readonly string[]): ReadonlySet<string> {
  const ids = new Set(RESERVED_IDS);
  for (let n = 1; n <= m.actions.length; n++) ids.add(`atgard-${n}`);
  for (let n = 1; n <= m.decisions.length; n++) ids.add(`beslut-${n}`);
  for (const id of followedUp) ids.add(followupAnchor(id));
  return ids;
}
