// People published by initials or not at all must not be named in the minutes' running text or free-text fields;
// the site hides such names, and this warns so the note-taker can reword.
import { atValueText } from '../../diagnostics.js';
import type { MinutesRule } from '../context.js';
import type { Registry } from '../registry.js';
import type { Located, MinutesDoc } from '../documents.js';
import { PhraseMatcher } from '../../util/phrases.js';
import { splitAttendee } from '../attendees.js';
import { append } from '../../util/append.js';
import { bodyLinks, linkDestinations, type BodyLink } from '../../render/markdown.js';
import { decode } from '../../model/links.js';
import { spellings } from '../../model/privacy.js';
import { clip } from '../../util/clip.js';
import { nameSlips } from '../name-slips.js';

export const privateNames: MinutesRule = (ctx, m) => {
  const names = privateNameFinder(ctx.registry);
  if (!names) return;
  // A name percent-encoded in an address (/sok/?q=Ia%20Jonsson, https://…/Ia%20Jonsson.pdf): the site hides names in
  // the text as written, and cannot see this one to hide it from the address. The parts of it seen as written
  // ("Per" before "%20") are told by this alone.
  const encoded: [number, number][] = [];
  if (m.body.includes('%')) {
    for (const run of m.body.matchAll(ENCODED)) {
      // A relative path is a file's under minutes/, whose name local-links.ts checks (with the hint to rename it).
      if (!/^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(run[0])) continue;
      const address = decode(run[0].replace(/[+_]/g, ' '));
      const hit = names.find(address).find((h) => h.part === 'name');
      if (!hit) continue;
      encoded.push([run.index!, run.index! + run[0].length]);
      const where = { kind: 'offset', offset: m.bodyOffset + run.index!, length: run[0].length } as const;
      ctx.report({ file: m.file, where, code: 'private-name-in-path', message: `Adressen innehåller namnet "${clip(address.slice(hit.start, hit.end))}", skrivet med %-koder, som inte ska publiceras; i en adress kan namnet inte döljas.`, hint: 'Ta bort adressen, eller skriv en adress utan namnet.' });
    }
  }
  const hits = withNamesAcrossLinks(names, m.body);
  // A name in the path of a link to a file is in the file's name: a whole name is private-name-in-path (or the
  // link is broken-link), and a name alone is undone by renaming the file, not by rewording the text.
  const links = hits.length === 0 ? [] : bodyLinks(m.body).filter((l) => !l.url.startsWith('#'));
  const paths = links.map((l) => pathOf(m.body, l));
  // A path that holds a whole name once decoded ("Per%20Norbeck%20brev.pdf") is told as such (local-links.ts); its
  // "Per", seen as written before "%20", is part of that name, not a first name alone.
  const namedPaths = paths.filter(([from, to]) => names.find(decode(m.body.slice(from, to))).some((h) => h.part === 'name'));
  // A name in the query of a link to the site's own pages ("/sok/?q=Ia+Jonsson"): hidden, it would break the link.
  const queries = links.filter((l) => !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(l.url)).map((l) => queryOf(m.body, l)).filter((q) => q !== undefined);
  // A first name or surname in a misspelt name of someone not published in full ("Per Norbek"): misspelt-name tells
  // it, the whole name, with what to do (spell it as registered, which the site hides, or reword); one warning there.
  const slips = hits.some((h) => h.part !== 'name') ? nameSlips(ctx, m.body).filter((s) => s.meant.some((p) => p.publish !== 'full')) : [];
  for (const hit of hits) {
    const inPath = paths.some(([from, to]) => hit.start >= from && hit.end <= to);
    if (inPath && hit.part === 'name') continue;
    if (namedPaths.some(([from, to]) => hit.start >= from && hit.end <= to)) continue;
    if (encoded.some(([from, to]) => hit.start >= from && hit.end <= to)) continue;
    if (hit.part !== 'name' && !inPath && slips.some((s) => hit.start >= s.start && hit.end <= s.end)) continue;
    if (hit.part === 'name' && queries.some(([from, to]) => hit.start >= from && hit.end <= to)) {
      const where = { kind: 'offset', offset: m.bodyOffset + hit.start, length: hit.end - hit.start } as const;
      ctx.report({ file: m.file, where, code: 'private-name-in-path', message: `Länkens adress innehåller namnet "${clip(m.body.slice(hit.start, hit.end))}", som inte ska publiceras; dolt i adressen skulle länken sluta fungera.`, hint: 'Ta bort länken och låt bara texten stå kvar, eller länka utan namnet i adressen.' });
      continue;
    }
    const where = { kind: 'offset', offset: m.bodyOffset + hit.start, length: hit.end - hit.start } as const;
    ctx.report({ file: m.file, where, code: 'private-name', message: hit.message, hint: inPath ? RENAME_HINT : HINT });
  }
  for (const field of freeTexts(m)) {
    for (const hit of names.find(field.value)) {
      ctx.report({ file: m.file, where: atValueText(field.path, field.value, hit.start, hit.end), code: 'private-name', message: hit.message, hint: HINT });
    }
  }
  // What is written after an attendee's name is free text too ("Pernilla Kvist, kollega till …").
  for (const r of [...m.attendees, ...m.absent]) {
    const as = splitAttendee(r, ctx.registry).as;
    if (!as) continue;
    for (const hit of names.find(as.text)) {
      const where = atValueText(r.path, r.value, as.start + hit.start, as.start + hit.end);
      ctx.report({ file: m.file, where, code: 'private-name', message: hit.message, hint: HINT });
    }
  }
};

/**
 * The names in a text, also a name split by a link ("[Ia](…) Jonsson", "[Ia][a] [Jonsson][b]"), which the site hides
 * as a whole: found with the links' destinations and reference labels blanked out, in place of its first name or
 * surname alone.
 */
function withNamesAcrossLinks(names: PrivateNameFinder, body: string): PrivateNameHit[] {
  const hits = names.find(body);
  const unseen = [...linkDestinations(body).filter((d) => !d.definition), ...referenceLabels(body)];
  if (unseen.length === 0) return hits;
  let blanked = body;
  for (const d of unseen) blanked = blanked.slice(0, d.offset) + ' '.repeat(d.length) + blanked.slice(d.offset + d.length);
  const overlaps = (a: PrivateNameHit, b: PrivateNameHit) => a.start < b.end && b.start < a.end;
  const split = names.find(blanked).filter((h) => h.part === 'name' && unseen.some((d) => h.start < d.offset && d.offset < h.end));
  if (split.length === 0) return hits;
  return [...hits.filter((h) => !split.some((s) => overlaps(h, s))), ...split].sort((a, b) => a.start - b.start);
}

/** The labels of a text's full reference links ("[Ia][a]", with "[a]: …" defined), which the reader does not see. */
function referenceLabels(body: string): { offset: number; length: number }[] {
  if (!body.includes('][')) return [];
  // As markdown-it matches a label to its definition: case and runs of spaces aside.
  const label = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  const defined = new Set([...body.matchAll(/^ {0,3}\[([^\]\n]+)\]:/gm)].map((m) => label(m[1]!)));
  return [...body.matchAll(/\]\[([^\]\n]+)\]/g)].filter((m) => defined.has(label(m[1]!))).map((m) => ({ offset: m.index + 2, length: m[1]!.length }));
}

/** A run of text with a percent-encoded character in it, as an address holds one ("Ia%20Jonsson"). */
const ENCODED = /[^\s<>()[\]"']*%[0-9A-Fa-f]{2}[^\s<>()[\]"']*/g;

export const HINT = 'Skriv om texten utan namnet, till exempel med organisationen eller rollen.';
export const RENAME_HINT = 'Byt namn på filen (eller mappen), till exempel efter vad den innehåller, och länka till det nya namnet.';

/** Where the path of a link's destination is written in `body`: [from, to), without its anchor or query. */
function pathOf(body: string, link: BodyLink): [number, number] {
  const written = body.slice(link.offset, link.offset + link.length);
  const end = written.search(/[?#]/);
  return [link.offset, link.offset + (end === -1 ? written.length : end)];
}

/** Where the query of a link's destination is written in `body` ("?q=…"), without its anchor; undefined without one. */
function queryOf(body: string, link: BodyLink): [number, number] | undefined {
  const written = body.slice(link.offset, link.offset + link.length);
  const start = written.search(/[?#]/);
  if (start === -1 || written[start] === '#') return undefined;
  const end = written.indexOf('#', start);
  return [link.offset + start, link.offset + (end === -1 ? written.length : end)];
}

interface PrivateNameHit {
  readonly start: number;
  readonly end: number;
  /** A whole name or alias (which the site hides in the text), or a first name or surname alone (which it cannot). */
  readonly part: Named['part'];
  /** The person's id (for a caller that must not name them where this does not). */
  readonly id: string;
  readonly message: string;
}

export interface PrivateNameFinder {
  /** The names (and aliases) of people not published in full in `text`, and their first names and surnames on their own. */
  find(text: string): PrivateNameHit[];
}

/** A private person's name or alias, or their first name or surname alone. */
interface Named {
  readonly id: string;
  readonly part: 'name' | 'first' | 'last';
}

const finders = new WeakMap<Registry, PrivateNameFinder | null>();

/**
 * Set phrases that open a sentence with a word that is also a first name: "Per capsulam." (decided by circulation, in
 * board minutes), "Per telefon", "Per person". The name alone is then no name; "Per berättade" still is.
 */
const PHRASE_AFTER: Readonly<Record<string, RegExp>> = {
  per: /^\s+(?:capsulam|capita|se|automatik|telefon|mejl|mail|e-?post|post|brev|sms|år|kvartal|månad|vecka|dag|timme|person|deltagare|styck|st)(?![\p{L}-])/iu,
};

function fixedPhrase(text: string, hit: { start: number; end: number }): boolean {
  return PHRASE_AFTER[text.slice(hit.start, hit.end).toLowerCase()]?.test(text.slice(hit.end, hit.end + 20)) ?? false;
}

/**
 * Finds the names of people not published in full; made once per registry. Undefined when there are none.
 * A first name or a surname on its own ("Märta berättade …", "Malmén föreslog …") is found too, written with a
 * capital and when no one published in full is called so (first name or surname) and nothing else registered is;
 * the site cannot tell whose it is, so it is only warned about, not hidden.
 */
export function privateNameFinder(registry: Registry): PrivateNameFinder | undefined {
  let finder = finders.get(registry);
  if (finder === undefined) {
    const people = registry.docs.people.filter((p) => p.publish !== 'full' && p.name);
    const publish = new Map(people.map((p) => [p.id.value, p.publish]));
    const fullName = new Map(people.map((p) => [p.id.value, p.name!.value]));
    const parts = (name: string) => ({
      first: (/^\p{Lu}[\p{L}-]{2,}(?=\s+\S)/u.exec(name.trim()) ?? [])[0],
      last: (/(?<=\S\s+)\p{Lu}[\p{L}-]{2,}$/u.exec(name.trim()) ?? [])[0],
    });
    const shared = new Set(
      registry.docs.people.filter((p) => p.publish === 'full' && p.name).flatMap((p) => Object.values(parts(p.name!.value)).map((w) => w?.toLowerCase())),
    );
    // Not a word that is also the name of an organisation, group or project ("Ria").
    const registered = (word: string) => (['organisation', 'group', 'project'] as const).some((k) => registry.index(k).lookup(word).length > 0);
    const phrases: { phrase: string; value: Named }[] = [];
    for (const p of people) {
      for (const phrase of [p.name!.value, ...p.aliases.map((a) => a.value)].flatMap(spellings)) phrases.push({ phrase, value: { id: p.id.value, part: 'name' } });
      const { first, last } = parts(p.name!.value);
      for (const [part, word] of [['first', first], ['last', last]] as const) {
        if (word && !registered(word) && !shared.has(word.toLowerCase())) phrases.push({ phrase: word, value: { id: p.id.value, part } });
      }
    }
    const matcher = new PhraseMatcher(phrases);
    const shown = (id: string) => (publish.get(id) === 'hidden' ? 'ska inte publiceras' : 'ska bara visas med initialer');
    const alone = { first: 'förnamn', last: 'efternamn' } as const;
    finder =
      people.length === 0
        ? null
        : {
            find: (text) =>
              matcher
                .findAll(text)
                .filter((hit) => hit.value.part === 'name' || (/^\p{Lu}/u.test(text.slice(hit.start, hit.end)) && !fixedPhrase(text, hit)))
                .map((hit) => {
                  // As the reader sees it: without markup or a link's address between the words ("Ia **Jonsson", "Ia](…) Jonsson").
                  const written = clip(text.slice(hit.start, hit.end).replace(/[\s*_~`[\]()<>]+/g, ' '));
                  const { id, part } = hit.value;
                  const message =
                    part === 'name'
                      ? `"${written}" ${shown(id)}; namnet döljs på webbplatsen.`
                      : `"${written}" kan vara ${alone[part]}et på ${clip(fullName.get(id)!)}, som ${publish.get(id) === 'hidden' ? 'inte ska publiceras' : 'bara ska visas med initialer'}; ett ${alone[part]} för sig döljs inte på webbplatsen.`;
                  return { start: hit.start, end: hit.end, part, id, message };
                }),
          };
    finders.set(registry, finder);
  }
  return finder ?? undefined;
}

/** The front-matter fields that hold free text rather than references. */
export function freeTexts(m: MinutesDoc): Located<string>[] {
  const out: Located<string>[] = [];
  for (const f of [m.title, m.location, m.summary, m.note]) if (f) out.push(f);
  append(out, m.guests);
  for (const d of m.decisions) out.push(d.text);
  for (const a of m.actions) if (a.what) out.push(a.what);
  for (const f of m.followups) if (f.note) out.push(f.note);
  return out;
}
