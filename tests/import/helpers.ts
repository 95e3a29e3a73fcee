// Helpers for the import tests: registries from YAML strings, the CLI run in-process, front matter and word counts.
import { parse } from 'yaml';
import { runCli } from '../../src/cli.js';
import type { Io } from '../../src/commands/types.js';
import { extractOrganisations, extractPeople } from '../../src/validate/documents.js';
import { Registry } from '../../src/validate/registry.js';
import { Resolver } from '../../src/import/names.js';
import { parseMinutes } from '../../src/import/parse.js';
import { settleDates } from '../../src/import/index.js';
import { renderDraft } from '../../src/import/render.js';
import type { Draft } from '../../src/import/types.js';
import { renderBody as renderMarkdown } from '../../src/render/markdown.js';

export const PEOPLE = `
leif-redestig:
  name: Leif Redestig
  organisation: socialforvaltningen
david-bergstrom:
  name: David Bergström
  organisation: socialforvaltningen
johanna-callegari:
  name: Johanna Callegari
ake-malmen:
  name: Åke Malmén
bengt-nilsson:
  name: Bengt Nilsson
ivan-kuzhicov:
  name: Ivan Kuzhicov
  aliases: [Ivan Kuzhikov]
david-andersson:
  name: David Andersson
karin-ek:
  name: Karin Ekholm
`;

export const ORGANISATIONS = `
organisations:
  socialforvaltningen:
    name: Socialförvaltningen
    aliases: [SOF]
  vorta-drom:
    name: Vorta Drom
  bryggan:
    name: Bryggan
groups:
  styrgruppen:
    name: Styrgruppen
    schedule: Varje måndag kl. 13:30
  referensgruppen:
    name: Referensgruppen
projects:
  fritidsbanken:
    name: Fritidsbanken
    aliases: [Fritidsbank]
`;

export function registryFrom(people = PEOPLE, organisations = ORGANISATIONS): Registry {
  return new Registry({ people: extractPeople('people.yml', parse(people)), ...extractOrganisations('organisations.yml', parse(organisations)) });
}

/** The day imports run on in these tests, so that the years they consider do not depend on the clock. */
const TODAY = '2026-11-22';

export interface DraftOptions {
  readonly groupOption?: string;
  readonly yearOption?: number;
  readonly knownYears?: readonly number[];
  readonly registry?: Registry;
  /** Parse as Markdown (a .md file). */
  readonly markdown?: boolean;
  /** A Word document converted (see ParseOptions). */
  readonly word?: boolean;
}

/** One text through the pure stages: parse, settle the date, render. */
export function draftOf(text: string, options: DraftOptions = {}): { draft: Draft; rendered: string } {
  const resolver = new Resolver(options.registry ?? registryFrom());
  const parsed = parseMinutes(text, { source: 'test.txt', markdown: options.markdown === true, word: options.word === true, ...(options.groupOption ? { groupOption: options.groupOption } : {}) }, resolver);
  const archiveYears = new Map<string, readonly number[]>(options.knownYears ? resolver.registry.groups.entries.map((g) => [g.id.value, options.knownYears!]) : []);
  const [draft] = settleDates([parsed], resolver, { today: TODAY, archiveYears, ...(options.yearOption !== undefined ? { yearOption: options.yearOption } : {}) });
  return { draft: draft!, rendered: renderDraft(draft!) };
}

/** The front matter of a minutes file as data, its comments as one line of text, and its body. */
export function split(text: string): { data: Record<string, unknown>; body: string; comments: string } {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`no front matter in:\n${text}`);
  const comments = m[1]!
    .split('\n')
    .map((l) => /^\s*(?:- [^#]*)?#\s?(.*)$/.exec(l)?.[1] ?? /\s#\s(.*)$/.exec(l)?.[1])
    .filter((c): c is string => c !== undefined)
    .join(' ');
  return { data: (parse(m[1]!) ?? {}) as Record<string, unknown>, body: m[2]!, comments };
}

/** Every word (letters and digits) with how often it occurs, case-folded. A soft hyphen is inside a word, not between two. */
function words(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of text.replace(/\u00AD/g, '').normalize('NFC').toLocaleLowerCase('sv').match(/[\p{L}\p{N}]+/gu) ?? []) out.set(w, (out.get(w) ?? 0) + 1);
  return out;
}

/** Words of `source` that `draft` has fewer of. A line-opening "o" is a bullet, not a word. */
export function missingWords(source: string, draft: string): string[] {
  const have = words(draft);
  return [...words(source.replace(/^[ \t]*o[ \t]+/gm, ''))].filter(([w, n]) => (have.get(w) ?? 0) < n).map(([w, n]) => `${w} (${have.get(w) ?? 0}/${n})`);
}

/** The CLI in-process, as on the day `today`. */
export async function run(args: readonly string[], cwd: string, today = TODAY): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => void (stdout += `${t}\n`), stderr: (t) => void (stderr += `${t}\n`), env: {}, cwd, today };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

/**
 * The numbered lines of a draft's body as the site shows them: a list's items with the numbers the browser gives them
 * (from the list's start on, "." for any delimiter), and paragraphs that start with a number as they are.
 */
export function shownNumbers(body: string): string[] {
  const out: string[] = [];
  // The next number of each list open, innermost last; undefined for a bulleted one.
  const counters: (number | undefined)[] = [];
  let pending: number | undefined;
  const entities: Record<string, string> = { '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&#39;': "'" };
  for (const m of renderMarkdown(body).html.matchAll(/<ol(?: start="(\d+)")?>|<ul>|<\/[ou]l>|<li>|<\/?[a-z][^>]*>|([^<]+)/g)) {
    if (m[0].startsWith('<ol')) counters.push(Number(m[1] ?? 1));
    else if (m[0] === '<ul>') counters.push(undefined);
    else if (m[0] === '</ol>' || m[0] === '</ul>') counters.pop();
    else if (m[0] === '<li>') {
      const k = counters.length - 1;
      pending = counters[k];
      if (pending !== undefined) counters[k] = pending + 1;
    } else if (m[2] !== undefined && m[2].trim() !== '') {
      const text = m[2].trim().replace(/&(?:quot|amp|lt|gt|#39);/g, (e) => entities[e]!);
      if (pending !== undefined) out.push(`${pending}. ${text}`);
      else if (/^\d+[.)] /.test(text)) out.push(text);
      pending = undefined;
    }
  }
  return out;
}

/** Structures a text cannot have typed, but for those its writer formatted: Markdown made them of its characters. */
export const STRUCTURE = /<(blockquote|h[1-6]|hr|pre|code|ol|ul|li|em|strong|s|img|table|br)\b/;
const SHOWN_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
/** The text a reader sees: tags gone, the renderer's entities decoded, whitespace collapsed. */
export const visible = (html: string): string =>
  html
    .replace(/<\/?(?:p|li|ul|ol|h[1-6]|blockquote|hr|pre|div|table|tr|t[dh])\b[^>]*>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => SHOWN_ENTITIES[e]!)
    .replace(/\s+/g, ' ')
    .trim();
export const collapsed = (text: string): string => text.replace(/\s+/g, ' ').trim();
