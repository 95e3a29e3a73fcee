// What a beslutsprotokoll writes as labelled lines under an item: "Beslut: …" is the item's decision, and
// "Ansvarig: Leif Redestig" with "Klart till: 2016-04-30" under it an action with its owner and due date. Pure.
import { foldCase } from '../util/fold.js';
import { findDates, isoDate } from '../util/dates-in-text.js';
import type { PhraseMatcher } from '../util/phrases.js';
import { unescaped } from '../util/unescaped.js';
import { capitalised, ownersOf, textsOf } from './actions.js';
import type { Pools, Resolver } from './names.js';
import type { ProposedAction, ProposedDecision, Section } from './types.js';

type Label = 'decision' | 'owner' | 'due';

/** The labels, folded, without their colon. */
const LABELS: ReadonlyMap<string, Label> = new Map([
  ...['beslut', 'beslutades', 'beslöts', 'mötet beslutade', 'gruppen beslutade'].map((l) => [l, 'decision'] as const),
  ...['ansvarig', 'ansvariga', 'ansvar'].map((l) => [l, 'owner'] as const),
  ...['klart till', 'klart senast', 'klar till', 'klar senast', 'senast klart', 'senast', 'deadline'].map((l) => [l, 'due'] as const),
]);

/** Labels are short: a colon further in ends no label. */
const LABEL_WITHIN = 40;
const BOLD_START = /^\s*(?:\*\*|__)/;
const BOLD_END = /(?:\*\*|__)\s*$/;

/**
 * "Beslut: …", "**Beslut:** …" or "**Beslut**: …" -> the label and what follows it (maybe nothing). A line that is
 * only the decision's label, without its colon ("Beslut"), counts too: its value is the text under it. Read by the
 * first colon and not by one pattern, which tried a long run of spaces in a line from each of its positions.
 */
function labelOf(line: string): { readonly label: Label; readonly value: string } | undefined {
  const colon = line.indexOf(':');
  if (colon >= 0 && colon <= LABEL_WITHIN) {
    const label = LABELS.get(foldCase(line.slice(0, colon).replace(BOLD_START, '').replace(BOLD_END, '').trim()));
    if (label) return { label, value: line.slice(colon + 1).replace(BOLD_START, '').trim() };
  }
  if (line.length > LABEL_WITHIN) return undefined;
  const alone = LABELS.get(foldCase(line.replace(BOLD_START, '').replace(BOLD_END, '').trim()));
  return alone === 'decision' ? { label: alone, value: '' } : undefined;
}

export interface LabelledProposals {
  readonly decisions: readonly ProposedDecision[];
  readonly actions: readonly ProposedAction[];
  /** What the user must write by hand: an owner not in the registries, a due date without a year. */
  readonly notes: readonly string[];
}

/** One line of a section's text: a paragraph's or list item's line, Markdown's escapes taken out in a .md source. */
interface Unit {
  readonly text: string;
  /** The first line of its paragraph or item. */
  readonly opens: boolean;
}

/**
 * Where an owner's or a due date's label starts inside a line: a .md paragraph's lines are joined ("Budgeten godkänns.
 * Ansvarig: Leif Redestig Klart till: 2016-04-30", as the site shows it), and each label starts a line of its own.
 */
const INNER_LABEL = new RegExp(String.raw`\s(?=(?:\*\*|__)?(?:${[...LABELS].filter(([, l]) => l !== 'decision').map(([k]) => k).join('|')})(?:\*\*|__)?\s*:)`, 'iu');

function unitsOf(texts: readonly string[], markdown: boolean): Unit[] {
  return texts.flatMap((t) =>
    t
      .split('\n')
      .flatMap((line) => (markdown ? unescaped(line.replace(/\\$/, '')) : line).split(INNER_LABEL))
      .map((line, k) => ({ text: line.trim(), opens: k === 0 }))
      .filter((u) => u.text !== ''),
  );
}

/** A section's heading without its number: "§ 13 Fritidsbanken" -> "Fritidsbanken". */
const headingWords = (heading: string): string => heading.replace(/^(?:§\s*\d+[.:]?|punkt\s+\d+[.:]?|\d+[.)])\s*/iu, '').trim();

/**
 * Every section's "Beslut: …" as a proposed decision, and each "Ansvarig: …" (with the "Klart till: …" next to it)
 * as a proposed action: owners as an "X ska …" sentence's, registered; what to do the decision above it, or the
 * item's heading when it has none. Lines stay in the text as written; these are proposals to keep or delete.
 */
export function proposeLabelled(sections: readonly Section[], resolver: Resolver, pools: Pools, projects: PhraseMatcher<string>, markdown = false): LabelledProposals {
  const decisions: ProposedDecision[] = [];
  const actions: ProposedAction[] = [];
  const notes: string[] = [];
  for (const section of sections) {
    const units = unitsOf(textsOf(section.blocks), markdown);
    const where = section.heading !== undefined ? ` under "${section.heading}"` : '';
    const projectOf = (text: string): string | undefined => projects.findAll(text)[0]?.value ?? (section.heading ? projects.findAll(section.heading)[0]?.value : undefined);
    let decision: string | undefined;
    let owner: { readonly value: string; readonly line: string } | undefined;
    let due: { readonly value: string; readonly line: string } | undefined;
    const flush = () => {
      if (owner) {
        const what = decision ?? (section.heading !== undefined ? headingWords(section.heading) : '');
        const who = ownersOf(owner.value, resolver, pools);
        const date = due ? findDates(due.value)[0] : undefined;
        const sentence = [decision !== undefined ? `Beslut: ${decision}` : undefined, owner.line, due?.line].filter((s) => s !== undefined).join(' / ');
        if (!who) notes.push(`Åtgärd: "${owner.line}"${where} – hittar inte ${owner.value} i people.yml eller organisations.yml. Skriv åtgärden under actions själv.`);
        else if (what !== '') {
          const project = projectOf(what);
          actions.push({ who, what: /[.!?]$/u.test(what) ? capitalised(what) : `${capitalised(what)}.`, ...(date?.year !== undefined ? { due: isoDate(date.year, date.month, date.day) } : {}), ...(project ? { project } : {}), sentence, labelled: true });
          if (due && date?.year === undefined) notes.push(`Åtgärd: "${due.line}"${where} ger inget datum med år. Skriv det i åtgärdens due.`);
        }
      }
      owner = undefined;
      due = undefined;
    };
    for (let k = 0; k < units.length; k++) {
      const unit = units[k]!;
      const found = labelOf(unit.text);
      if (!found) continue;
      if (found.label === 'decision') {
        flush();
        // The decision's text: after the label, on the lines of its paragraph under it, or (for a label alone) in the next paragraph.
        const rest: string[] = found.value !== '' ? [found.value] : [];
        let j = k + 1;
        for (; j < units.length && (!units[j]!.opens || (rest.length === 0 && j === k + 1)) && !labelOf(units[j]!.text); j++) rest.push(units[j]!.text);
        k = j - 1;
        decision = rest.length > 0 ? rest.join(' ') : undefined;
        if (decision !== undefined) {
          const project = projectOf(decision);
          decisions.push({ text: capitalised(decision), ...(project ? { project } : {}), source: unit.text });
        }
      } else if (found.label === 'owner' && found.value !== '') {
        if (owner) flush();
        owner = { value: found.value, line: unit.text };
      } else if (found.label === 'due' && found.value !== '' && !due) due = { value: found.value, line: unit.text };
    }
    flush();
  }
  return { decisions, actions, notes };
}
