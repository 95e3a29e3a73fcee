// The ids a meeting's page uses itself, which headings in its minutes text do not take (and links may name).

/** Ids every meeting page uses itself; headings in the minutes text get other ids. */
const RESERVED_IDS: ReadonlySet<string> = new Set(['innehall', 'deltagare', 'dagordning', 'protokoll', 'beslut', 'atgarder', 'uppfoljningar', 'projekt', 'fler-moten', 'kalla', 'narvarande', 'franvarande']);

/** The ids a meeting's page uses: RESERVED_IDS and one per action and decision (`atgard-1`, `beslut-1`), which readers cite. */
export function reservedIdsOf(m: { readonly actions: readonly unknown[]; readonly decisions: readonly unknown[] }): ReadonlySet<string> {
  const ids = new Set(RESERVED_IDS);
  for (let n = 1; n <= m.actions.length; n++) ids.add(`atgard-${n}`);
  for (let n = 1; n <= m.decisions.length; n++) ids.add(`beslut-${n}`);
  return ids;
}
