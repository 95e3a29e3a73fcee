// Proposed actions from sentences of the form "X ska …" and "X och Y ska …", where every X is a registered
// person (full name, or a first name that points at one person) or organisation; and of the inverted form
// Swedish uses after an opening phrase, "Under hösten ska X …".
import { trimEndOf } from '../util/trim-end.js';
import { PhraseMatcher } from '../util/phrases.js';
import { label } from '../validate/registry.js';
import type { ProjectDoc } from '../validate/documents.js';
import type { Pools, Resolver } from './names.js';
import { ACTION_VERB, AND } from './swedish.js';
import { unescaped } from '../util/unescaped.js';
import type { Block, ListItem, Owner, ProposedAction, Section } from './types.js';

const SENTENCE_END = /(?<=[.!?])\s+(?=["“”«(]?[\p{Lu}\d])/u;
const ACTION = new RegExp(String.raw`^(.{1,80}?)\s+${ACTION_VERB}\s+(\S.*)$`, 'u');
// Captured, so that the split keeps each separator: a comma may stand before the organisation of the person before it.
const OWNERS = new RegExp(String.raw`((?:(?<!\s)\s+)?[,;]\s*|(?<!\s)\s+${AND}\s+)`, 'u');
/** "Leif Redestig (Socialförvaltningen)": a name and, in brackets at the end, what follows it. */
const BRACKETED = /^([^()]*[^()\s])\s*\(([^()]+)\)$/u;
/** At most this many words before "ska": longer subjects are clauses, not owners. */
const MAX_SUBJECT_WORDS = 8;
/** In "Under hösten ska Leif och Johanna …": at most this many words open the sentence, and name the owners. */
const MAX_OPENING_WORDS = 5;
const MAX_OWNER_WORDS = 6;

/** Matches project names and aliases in text, to give actions and the draft their projects. */
export function projectMatcher(projects: readonly ProjectDoc[]): PhraseMatcher<string> {
  return new PhraseMatcher(projects.flatMap((p) => [p.name?.value, ...p.aliases.map((a) => a.value)].filter((n): n is string => !!n).map((phrase) => ({ phrase, value: p.id.value }))));
}

/** Every paragraph and list item of a section, as plain strings. */
export function textsOf(blocks: readonly Block[]): string[] {
  const items = (list: readonly ListItem[]): string[] => list.flatMap((i) => [i.text, ...items(i.children)]);
  // A Word table's cells each as a text of its own, the lines in it as a paragraph's lines.
  const cells = (rows: readonly (readonly string[])[]): string[] => rows.flatMap((r) => r.filter((c) => c !== '').map((c) => c.split('<br>').join('\n')));
  return blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.kind === 'list' ? items(b.items) : b.kind === 'subheading' ? [b.text] : b.kind === 'wordTable' ? cells(b.rows) : []));
}

/**
 * `markdown`: the sections' text is Markdown (a .md file, or Word's text escaped where Markdown would read it as
 * markup, see docx.ts), whose backslash escapes an action's `what` leaves out: the site shows it as plain text.
 */
export function proposeActions(sections: readonly Section[], resolver: Resolver, pools: Pools, projects: PhraseMatcher<string>, markdown = false): ProposedAction[] {
  const out: ProposedAction[] = [];
  const seen = new Set<string>();
  for (const section of sections) {
    for (const written of textsOf(section.blocks)) {
      // A .md source's line breaks kept in the text (its hard breaks, a quote's lines) are spaces in a sentence.
      const text = markdown ? written.replace(/\\?\n/g, ' ') : written;
      for (const sentence of text.split(SENTENCE_END)) {
        const found = actionIn(sentence.trim(), resolver, pools);
        if (!found) continue;
        const action = markdown ? { ...found, what: unescaped(found.what) } : found;
        const key = `${action.who.map((w) => w.id).join('+')}|${action.what}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const project = projects.findAll(sentence)[0]?.value ?? (section.heading ? projects.findAll(section.heading)[0]?.value : undefined);
        out.push({ ...action, ...(project ? { project } : {}) });
      }
    }
  }
  return out;
}

/** "Leif och Johanna ska kalla till ett nytt möte." -> owners and "Kalla till ett nytt möte." */
function actionIn(sentence: string, resolver: Resolver, pools: Pools): Omit<ProposedAction, 'project'> | undefined {
  if (sentence.endsWith('?')) return undefined;
  const m = ACTION.exec(sentence);
  if (!m) return undefined;
  const subject = m[1]!.replace(/^["“«(]+/, '');
  const rest = trimEndOf(m[2]!.trim(), /[.!\s]/);
  const who = subject.split(/\s+/).length <= MAX_SUBJECT_WORDS ? ownersOf(subject, resolver, pools) : undefined;
  if (who) return rest === '' ? undefined : { who, what: asAction(rest), sentence };
  return invertedActionIn(subject, rest, sentence, resolver, pools);
}

/**
 * "Under hösten ska socialförvaltningen börja med …" -> the owners right after "ska", and the opening phrase kept
 * with what is to be done: "Under hösten börja med …". The longest run of words that names owners wins.
 */
function invertedActionIn(opening: string, rest: string, sentence: string, resolver: Resolver, pools: Pools): Omit<ProposedAction, 'project'> | undefined {
  if (!/^\p{Lu}/u.test(opening) || opening.split(/\s+/).length > MAX_OPENING_WORDS) return undefined;
  const words = rest.split(/\s+/);
  for (let n = Math.min(MAX_OWNER_WORDS, words.length - 1); n >= 1; n--) {
    // "Därför ska Leif, som vanligt, stå för fikat": a clause after the owners is not what is to be done.
    if (words[n - 1]!.endsWith(',')) continue;
    const who = ownersOf(words.slice(0, n).join(' '), resolver, pools);
    if (who) return { who, what: asAction(`${opening} ${words.slice(n).join(' ')}`), sentence };
  }
  return undefined;
}

/**
 * Every owner in "Leif", "Leif och Johanna", "SOF, Vorta Drom och Bryggan"; undefined unless all are known. The
 * organisation people.yml gives a person, after a comma or in brackets right after the person ("Leif Redestig,
 * Socialförvaltningen", "Leif Redestig (SOF)"), is where the person works, as a list of names has it: no owner of its own.
 */
export function ownersOf(text: string, resolver: Resolver, pools: Pools): Owner[] | undefined {
  const who: Owner[] = [];
  const parts = text.split(OWNERS);
  let before: Owner | undefined;
  for (let k = 0; k < parts.length; k += 2) {
    const part = parts[k]!.trim();
    const owner = ownerOf(part, resolver, pools) ?? personOfOwnOrganisation(part, resolver, pools);
    if (!owner) return undefined;
    const afterComma = k > 0 && parts[k - 1]!.trim() === ',';
    const own = afterComma && owner.kind === 'organisation' && before?.kind === 'person' && resolver.organisationOf(before.id) === owner.id;
    before = owner;
    if (!own && !who.some((w) => w.id === owner.id)) who.push(owner);
  }
  return who.length > 0 ? who : undefined;
}

/** "Leif Redestig (Socialförvaltningen)" -> Leif Redestig, when that is the organisation people.yml gives him. */
function personOfOwnOrganisation(text: string, resolver: Resolver, pools: Pools): Owner | undefined {
  const m = text.endsWith(')') ? BRACKETED.exec(text) : null;
  const person = m ? ownerOf(m[1]!, resolver, pools) : undefined;
  if (person?.kind !== 'person') return undefined;
  const org = resolver.registry.id('organisation', m![2]!.trim());
  return org !== undefined && resolver.organisationOf(person.id) === org ? person : undefined;
}

/** The text with its first letter made upper case, the Swedish way. */
export const capitalised = (text: string): string => `${text.charAt(0).toLocaleUpperCase('sv')}${text.slice(1)}`;
const asAction = (text: string) => `${capitalised(text)}.`;

function ownerOf(text: string, resolver: Resolver, pools: Pools): Owner | undefined {
  if (text === '') return undefined;
  // A lone lower-case word is never a first name ("alla", "vi"), though it may be an organisation.
  const person = /^\p{Lu}/u.test(text) ? resolver.findPerson(text, pools) : undefined;
  if (person?.kind === 'found') return { kind: 'person', id: person.id, label: person.label, written: text };
  const org = resolver.registry.id('organisation', text);
  if (org) return { kind: 'organisation', id: org, label: label(resolver.registry.organisations.get(org)!), written: text };
  return undefined;
}
