// The comment `minutes new` writes above each follow-up it pre-fills ("# Leif Redestig: Boka lokal. (2016-02-08)"),
// written and read here alone: what it says the action was lets check see a follow-up whose number now leads to
// another action, after the meeting's list of actions was reordered or had an action removed or put in. Pure.
import { normalizeText } from '../util/fold.js';

/** The comment above a pre-filled follow-up: the action's owners, its text on one line, and its meeting's date. */
export function followupComment(who: string, what: string, date: string): string {
  return `# ${who}: ${normalizeText(what)} (${date})`;
}


// The comment line and the "- action:" line right below it. The owners end at the first ": ", as names hold none.
const COMMENTED = /^[ \t]*# .*?: (.*) \(\d{4}-\d{2}-\d{2}\)[ \t]*\r?\n[ \t]*- action:[ \t]*(["']?)([^"'\s]+)\2[ \t]*(?:#.*)?$/gm;

/** What the comments of `minutes new` in a front matter's YAML say each action was, by the action id below them. */
export function describedActions(yaml: string): Map<string, string> {
  const described = new Map<string, string>();
  // includes() first: most front matter has no comment, and the pattern looks at every line.
  if (!yaml.includes('# ')) return described;
  for (const m of yaml.matchAll(COMMENTED)) described.set(m[3]!, normalizeText(m[1]!));
  return described;
}
