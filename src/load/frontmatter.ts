// Splits a minutes file into YAML front matter and Markdown body (gray-matter), and parses the YAML.
import matter from 'gray-matter';
import type { Finding, YamlPath } from '../diagnostics.js';
import { atStart, repeatedKey } from '../diagnostics.js';
import type { Document, Scalar } from 'yaml';
import { Y } from './yaml-lib.js';
import { firstSharedAlias, hasSharedCollections, parseFast, parsePositioned, parseSlow, type EntryCopy, type IdKey } from './yaml.js';
import { LineIndex, withEditorLineEnds, type SourceFile } from './source.js';
import { flowItemAt, OPEN_QUOTE, quoteItemHint } from './yaml-slips/index.js';
import { bodyStart } from './body-start.js';
import { dashLineFinding, isDashLine, misdrawnEnd } from './dash-lines.js';
import { pastedTwice } from './pasted-twice.js';
import { openingNotFirst } from './opening-line.js';
import { rawYamlControlCharacters } from '../validate/characters.js';
import { indentedDashes } from './indented-dashes.js';
import { clip } from '../util/clip.js';

export interface ParsedFile {
  readonly source: SourceFile;
  /** The YAML text, each lone CR in it an LF (withEditorLineEnds), and its offset in the file, when the file has front matter. */
  readonly yaml?: { readonly text: string; readonly offset: number; readonly mended?: string };
  /** The parsed front matter: a plain object when it parsed, otherwise undefined. */
  readonly data: Record<string, unknown> | undefined;
  /**
   * When it did not parse: the top-level fields its YAML errors left readable, still checked but never built (of a
   * section of organisations.yml an error lies in, the entries it left whole).
   */
  readonly partial?: Record<string, unknown>;
  /** The fields of `partial` read with an item of a list left out, for a slip in it: read, but not in full. */
  readonly incomplete?: readonly string[];
  /** In people.yml with `partial`: the lists of entries read with an item left out, and the fields left unread, [id, field] (see SlowParse.leftOut). */
  readonly leftOut?: readonly YamlPath[];
  /** In people.yml and organisations.yml with `data`: the entries whose id was written before, only to check (see EntryCopy). */
  readonly copies?: readonly EntryCopy[];
  /** Lines of lists and fields whose only text YAML took for an anchor, a tag or a comment (- &Bo, location: #3): said as that slip, so not also as empty. */
  readonly lost?: readonly YamlPath[];
  /** The text after the fields, each lone CR in it an LF (withEditorLineEnds): its offsets are the file's from `bodyOffset`. */
  readonly body: string;
  readonly bodyOffset: number;
  readonly findings: readonly Finding[];
}

// Only plain YAML front matter: gray-matter would otherwise evaluate `---js` blocks as JavaScript.
const refuse = () => {
  throw new Error('not allowed');
};
const OPTIONS = {
  language: 'yaml',
  // The YAML itself is parsed by parseFast below; gray-matter only finds the block.
  engines: { yaml: () => ({}), javascript: refuse, js: refuse, json: refuse, coffee: refuse, toml: refuse },
};

export function parseMinutesFile(source: SourceFile): ParsedFile {
  // Split and read with the lines an editor shows, each lone CR an LF (the same length, so offsets are the file's):
  // both YAML parsers then read the same fields, and a file whose lines all end in CR (an old Mac's) is read as any.
  const text = withEditorLineEnds(source.text);
  const firstLineEnd = text.indexOf('\n');
  const firstLine = (firstLineEnd === -1 ? text : text.slice(0, firstLineEnd)).replace(/\r$/, '');
  if (!/\S/.test(text)) {
    return fail(source, text, 'front-matter-missing', 'Filen är tom.', 'Skriv protokollet i filen: en rad ---, fälten (group, date, attendees …), en rad --- till och sedan texten. Kommandot minutes new gör en fil att börja med.');
  }
  // "----", "--", "———": meant as the opening ---, and not front matter in another language.
  if (isDashLine(firstLine)) return failWith(source, text, dashLineFinding(source.path, firstLine, true, atStart));
  if (!firstLine.startsWith('---')) {
    const opening = openingNotFirst(source.path, text);
    // Fields above their closing ---: read and checked, as when only the closing --- is left out.
    if (opening?.fields) return read(source, text, 0, text.slice(0, opening.fields.end), opening.fields.bodyOffset, [opening.finding]);
    if (opening) return failWith(source, text, opening.finding);
    return fail(source, text, 'front-matter-missing', 'Filen börjar inte med fälten (group, date …) mellan två rader ---.', 'Börja filen med en rad ---, sedan fälten (group, date, attendees …) och sedan en rad --- till.');
  }
  const language = firstLine.slice(3).trim();
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    return fail(source, text, 'front-matter-language', `Fälten överst i filen kan inte skrivas på språket "${clip(language)}".`, 'Skriv bara --- på första raden; fälten skrivs alltid i YAML (fält: värde).');
  }
  // gray-matter is given the file up to just past the closing delimiter (it ends the block at the first "\n---",
  // as this does): it copies and hashes all it is given, which for a long body is most of the cost of a check.
  // A block never closed is all fields, as gray-matter reads it; it is not asked, as it takes the last character off
  // a language word that ends the file ("---yaml" read as "yam") and throws for it.
  const close = text.indexOf('\n---', 3);
  const head = close === -1 ? text : text.slice(0, close + '\n---\r\n'.length);
  const parsed = close === -1 ? undefined : matter(head, OPTIONS);
  // gray-matter skips a language word after the opening ---, but keeps trailing spaces.
  const yamlOffset = language === '' ? 3 : firstLine.length;
  const yamlText = parsed ? parsed.matter : text.slice(yamlOffset);
  const yamlEnd = yamlOffset + yamlText.length;
  // "———" or "----" where the closing --- belongs (the fields above it, no text between): said at that line, with the
  // fields above it read and the text below it.
  const secondLine = firstLineEnd + 1;
  const closeLineEnd = close === -1 ? -1 : text.indexOf('\n', close + 1);
  const dashed = secondLine === 0 ? undefined : misdrawnEnd(text, secondLine, closeLineEnd === -1 ? text.length : closeLineEnd);
  if (dashed && bodyStart(text, yamlOffset, dashed.start) === undefined) {
    // "------" above the fields again: the --- that ends them and the one that starts their copy, run together.
    const twice = JOINED.test(text.slice(dashed.start, dashed.end)) ? pastedTwice(source.path, text, dashed.start, text.slice(yamlOffset, dashed.start), dashed) : undefined;
    const finding = twice ?? dashLineFinding(source.path, text.slice(dashed.start, dashed.end), false, { kind: 'offset', offset: dashed.start, length: 1 });
    return read(source, text, yamlOffset, text.slice(yamlOffset, dashed.start), Math.min(dashed.end + 1, text.length), [finding]);
  }
  if (!text.startsWith('\n---', yamlEnd)) {
    const body = bodyStart(text, yamlOffset, text.length, true);
    if (body === undefined) return fail(source, text, 'front-matter-unclosed', 'Fälten överst i filen avslutas aldrig med en rad ---.', 'Lägg till en rad med bara --- efter sista fältet.');
    return unclosed(source, text, yamlOffset, body.start, 'Fälten överst i filen avslutas aldrig med en rad ---, så texten härifrån läses som fält.');
  }
  // A --- further down, meant as a dividing line in the text, ended the fields instead of the one left out above the
  // text: the text is read as fields (with YAML errors there, or a sentence with a colon as a field), so say where
  // the fields should have ended, and read those above it.
  const swallowed = bodyStart(text, yamlOffset, yamlEnd);
  if (swallowed !== undefined && (swallowed.keyed || parsePositioned(yamlText).errors.some((e) => e.pos[0] >= swallowed.start - yamlOffset))) {
    const dividing = new LineIndex(text).position(yamlEnd + 1).line;
    return unclosed(source, text, yamlOffset, swallowed.start, `Fälten överst i filen avslutas inte med en rad --- före texten, så texten härifrån till raden --- på rad ${dividing} läses som fält.`);
  }
  const bodyOffset = head.length - parsed!.content.length;
  const twice = pastedTwice(source.path, text, bodyOffset, yamlText);
  return read(source, text, yamlOffset, yamlText, bodyOffset, twice ? [twice] : []);
}

/** The closing --- and the opening --- of a copy of the fields on one line. */
const JOINED = /^-{6}[ \t]*\r?$/;

/** The front matter ends without its ---: reported where the text begins, and the fields above it read. */
function unclosed(source: SourceFile, text: string, yamlOffset: number, start: number, message: string): ParsedFile {
  const finding: Finding = { file: source.path, where: { kind: 'offset', offset: start, length: 1 }, code: 'front-matter-unclosed', message, hint: 'Lägg till en rad med bara --- ovanför den här raden, efter sista fältet.' };
  return read(source, text, yamlOffset, text.slice(yamlOffset, start), start, [finding]);
}

/**
 * The fields in `yamlText` (at `yamlOffset` in the file) parsed and checked, the text from `bodyOffset` on; `text`:
 * the file's, its lone CRs LFs (withEditorLineEnds), as `yamlText` is a part of.
 */
function read(source: SourceFile, text: string, yamlOffset: number, yamlText: string, bodyOffset: number, before: readonly Finding[]): ParsedFile {
  const { path } = source;
  const yaml = { text: yamlText, offset: yamlOffset };
  const where = { kind: 'offset', offset: yamlOffset + 1, length: 1 } as const;
  const { mended, ...parsed } = parseYaml(source, yamlText, yamlOffset, where, yaml);
  // With YAML errors, the fields they left readable still say what a comment cut from them, or an anchor or a bare
  // tag took from them, as without the errors.
  let doc: Document.Parsed | undefined;
  const positioned = () => (doc ??= parsePositioned(mended ?? yamlText));
  const fields = parsed.partial ? new Set(Object.keys(parsed.partial)) : undefined;
  const cut = fields ? cutByComment(path, yaml, positioned, fields) : [];
  const none = { findings: [], lost: [] };
  const anchors = fields ? unusedAnchors(path, yaml, positioned, fields) : none;
  const tags = fields ? bareTags(path, yaml, positioned, fields) : none;
  const lost = [...(parsed.lost ?? []), ...anchors.lost, ...tags.lost];
  // Not said again at a sign a slip was said at.
  const said = new Set(parsed.findings.map((f) => (f.where.kind === 'offset' ? f.where.offset : -1)));
  const more = [...cut, ...[...anchors.findings, ...tags.findings].filter((f) => f.where.kind !== 'offset' || !said.has(f.where.offset))];
  return { source, yaml: mended === undefined ? yaml : { ...yaml, mended }, body: text.slice(bodyOffset), bodyOffset, ...parsed, ...(lost.length > 0 ? { lost } : {}), findings: [...before, ...parsed.findings, ...more] };
}

/** A line that may have a list or fields as its key: "[Punkt 1]: Lokal", "- {who}: Leif". */
const COLLECTION_KEY = /^[ \t]*(?:-[ \t]+)?[[{].*[\]}][ \t]*:(?:[ \t]|\r?$)/m;

/** Fields in braces that open with a list or fields, which can only be a key: "{{ x }}", "{[a]: b}". */
const FLOW_KEY = /\{[ \t]*[[{]/;

/** A line that opens an explicit key ("? anne-eskilsson:"), whose key may be fields or a list written below it. */
const EXPLICIT_KEY = /^[ \t]*(?:-[ \t]+)?\?(?:[ \t]|\r?$)/m;

/**
 * Whether `text` may have a key in brackets: a ] or } with a colon after it (past blanks) first, found with indexOf,
 * which costs a tenth of the line pattern over the 10 MB of front matter of a 10,000-minute archive; or a key after
 * "?" or first in braces, which js-yaml reads as text too ("[object Object]").
 */
function mayHaveCollectionKey(text: string): boolean {
  if (text.includes('?') && EXPLICIT_KEY.test(text)) return true;
  // "{{ x }}": fields in braces whose first key is itself in braces (a template's expression pasted as a value); or
  // a later key ("{a: 1, {b}}").
  if (text.includes('{') && (FLOW_KEY.test(text) || laterFlowKey(text))) return true;
  for (const close of [']', '}']) {
    for (let at = text.indexOf(close); at !== -1; at = text.indexOf(close, at + 1)) {
      let next = at + 1;
      while (text[next] === ' ' || text[next] === '\t') next++;
      // First on its line ("[Punkt 1]: Lokal"), or an item of a list in brackets ("location: [a, [b]: 1]").
      if (text[next] === ':') return COLLECTION_KEY.test(text) || listItemKey(text);
    }
  }
  return false;
}

/**
 * Whether fields in braces have a key after a comma that is itself a list or fields ("{a: 1, {b}}", "{a: 1,\n  [b]: c}").
 * Walked from each { not inside brackets or braces already, only through the braces and brackets it opens; a value
 * in quotes is passed over whole, so its commas and braces are text. Over-eager is only slower: the positioned parse
 * decides.
 */
function laterFlowKey(text: string): boolean {
  for (let open = text.indexOf('{'); open !== -1; open = text.indexOf('{', open)) {
    const levels: string[] = [];
    let key = false;
    let at = open;
    for (; at < text.length; at++) {
      const c = text[at]!;
      if (c === '[' || c === '{') {
        if (key) return true;
        levels.push(c);
        key = c === '{';
      } else if (c === ']' || c === '}') {
        levels.pop();
        key = false;
        if (levels.length === 0) break;
      } else if (c === ',') key = levels[levels.length - 1] === '{';
      else if ((c === '"' || c === "'") && /[\s,[{:]/.test(text[at - 1] ?? ' ')) {
        at = closingQuote(text, at);
        key = false;
      } else if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') key = false;
    }
    open = at + 1;
  }
  return false;
}

/**
 * Whether an item of a list in brackets is itself a list or fields with a colon after it ("[a, [b]: 1]", "[{b}: 1]"):
 * a key, which js-yaml reads as text ("[object Object]"). Asked only of a text with a ] or } and a colon after it; one
 * pass from its first [, a value in quotes passed over whole. Over-eager is only slower: the positioned parse decides.
 */
function listItemKey(text: string): boolean {
  // For each bracket or brace open: whether it opened an item of a list, and whether it is a list.
  const levels: { item: boolean; list: boolean }[] = [];
  // Whether an item of a list may start here: past its [ or a comma, blanks aside.
  let item = false;
  for (let at = text.indexOf('['); at !== -1 && at < text.length; at++) {
    const c = text[at]!;
    if (c === '[' || c === '{') {
      levels.push({ item, list: c === '[' });
      item = c === '[';
    } else if (c === ']' || c === '}') {
      if (levels.pop()?.item) {
        let next = at + 1;
        while (text[next] === ' ' || text[next] === '\t') next++;
        if (text[next] === ':') return true;
      }
      item = false;
    } else if (c === ',') item = levels[levels.length - 1]?.list === true;
    else if ((c === '"' || c === "'") && /[\s,[{:]/.test(text[at - 1] ?? ' ')) {
      at = closingQuote(text, at);
      item = false;
    } else if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') item = false;
  }
  return false;
}

/** Where the quoted value that opens at `at` ends (its closing quote, or the text's end when it is left open). */
function closingQuote(text: string, at: number): number {
  const quote = text[at]!;
  for (let i = at + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) return i;
  }
  return text.length;
}

/** The YAML of a file (`text`, part of `source`): fast when it can be, positioned when it must; raw control characters reported, then read past. */
function parseYaml(source: SourceFile, text: string, offset: number, where: Finding['where'], yaml: { text: string; offset: number }, idKeys?: (doc: Document.Parsed) => Map<number, IdKey>, entries?: 1 | 2): { data: Record<string, unknown> | undefined; partial?: Record<string, unknown>; incomplete?: readonly string[]; leftOut?: readonly YamlPath[]; mended?: string; lost?: readonly YamlPath[]; copies?: readonly EntryCopy[]; findings: Finding[] } {
  const { path } = source;
  // Registries are read with their ids' places (idKeys); minutes' fields without.
  const blanked = rawYamlControlCharacters(path, text, offset, source.plain, idKeys ? 'file' : 'front matter');
  // A dash further in than its list's, which YAML reads as the item above run on: read as the item it was meant to be.
  const dashes = indentedDashes(path, blanked.text, offset);
  const raw = { text: dashes.text, findings: [...blanked.findings, ...dashes.findings] };
  const movedDashes = dashes.findings.length > 0 ? { mended: dashes.text } : {};
  const fast = parseFast(raw.text);
  // js-yaml reads a quote left open on over the fields below it, up to the next quote, without a word
  // ('title: "Extramöte' then 'location: Stadshuset"'); YAML 1.2 wants those lines indented, and the positioned
  // parser says so, at the quote. It also reads a key in brackets ("[Punkt 1]: Lokal") as text; the positioned parse
  // reports it.
  if (fast.ok && !((mayOpenQuote(raw.text) || mayHaveCollectionKey(raw.text)) && parsePositioned(raw.text).errors.length > 0)) {
    const checked = checkMapping(path, fast.data, where, yaml, entries);
    return { data: checked.data, ...lostOf(checked), ...movedDashes, findings: [...raw.findings, ...checked.findings] };
  }
  const slow = { ...movedDashes, ...parseSlow(path, raw.text, offset, fast.ok ? '' : fast.reason, idKeys, entries) };
  if (slow.data === undefined) {
    // Raw control characters were blanked for this parse, not for the one that places findings: no partial data then.
    const partial = blanked.findings.length === 0 ? slow.partial : undefined;
    return { data: undefined, ...(partial ? { partial, ...(slow.mended === undefined ? {} : { mended: slow.mended }), ...(slow.incomplete ? { incomplete: slow.incomplete } : {}), ...(slow.leftOut ? { leftOut: slow.leftOut } : {}) } : {}), findings: [...raw.findings, ...slow.findings] };
  }
  const checked = checkMapping(path, slow.data, where, yaml, entries);
  const copies = checked.data && slow.copies ? { copies: slow.copies } : {};
  // Read from the text with the dashes moved out (or that text mended further): placed in it.
  const mended = dashes.findings.length > 0 && slow.mended !== undefined ? { mended: slow.mended } : {};
  return { data: checked.data, ...lostOf(checked), ...copies, ...mended, findings: [...raw.findings, ...slow.findings, ...checked.findings] };
}

/** Whether a line of `text` may end in a quote left open (OPEN_QUOTE); most front matter has no quote at all. */
const mayOpenQuote = (text: string): boolean => (text.includes('"') || text.includes("'")) && OPEN_QUOTE.test(text);

/**
 * Whether `text` has a # after a space or a tab, where YAML may read a comment in a value: most front matter has
 * none (the # of an action id follows a digit). Each # found with indexOf, a few in a text, is several times faster
 * than the patterns below, and than includes(' #'), which stops at every space.
 */
function mayHaveComment(text: string): boolean {
  for (let at = text.indexOf('#'); at !== -1; at = text.indexOf('#', at + 1)) {
    if (text[at - 1] === ' ' || text[at - 1] === '\t') return true;
  }
  return false;
}

const lostOf = ({ lost }: { lost: readonly YamlPath[] }): { lost?: readonly YamlPath[] } => (lost.length > 0 ? { lost } : {});

/**
 * Registry files are YAML all through. `idDepth` says where the ids are: 1 for people.yml (top-level keys),
 * 2 for organisations.yml (keys of each section), so a repeated id is reported as a duplicate id.
 */
export function parseYamlFile(source: SourceFile, idDepth: 1 | 2): ParsedFile {
  // Read with the lines an editor shows, as minutes' fields are (see parseMinutesFile).
  const text = withEditorLineEnds(source.text);
  const yaml = { text, offset: 0 };
  const base = { source, yaml, body: '', bodyOffset: text.length };
  const { data, partial, incomplete, leftOut, mended, lost, copies, findings } = parseYaml(source, text, 0, atStart, yaml, (doc) => idKeyOffsets(doc, idDepth), idDepth);
  // A registry with YAML errors is never built from, but the entries the errors left whole (in organisations.yml,
  // within their sections) are still checked; one read with a list's item left out is not whole, but a person's is
  // checked without it (leftOut says which lists).
  const whole = partial ? Object.fromEntries(Object.entries(partial).filter(([k]) => idDepth === 1 || !incomplete?.includes(k))) : {};
  // Those read with a slipped line blanked are found in the text so read (the same length, line for line).
  const read = Object.keys(whole).length > 0 ? { partial: whole, ...(mended === undefined ? {} : { yaml: { ...yaml, mended } }), ...(leftOut ? { leftOut } : {}) } : {};
  // Read whole with a dash moved out (see indentedDashes): found in the text so read, as those read in part are.
  const movedDashes = data && mended !== undefined ? { yaml: { ...yaml, mended } } : {};
  return { ...base, data, ...read, ...movedDashes, ...(lost ? { lost } : {}), ...(copies ? { copies } : {}), findings };
}

/** The offset of each id key, with the id and the offset of the first key with that id in its section. */
function idKeyOffsets(doc: Document.Parsed, depth: 1 | 2): Map<number, IdKey> {
  const out = new Map<number, IdKey>();
  let maps: unknown[] = [doc.contents];
  if (depth === 2) maps = Y.isMap(doc.contents) ? doc.contents.items.map((p) => p.value) : [];
  for (const m of maps) {
    if (!Y.isMap(m)) continue;
    const first = new Map<string, number>();
    for (const p of m.items) {
      const key = p.key as { range?: number[]; value?: unknown } | null;
      if (!Y.isPair(p) || !key?.range) continue;
      const id = String(key.value);
      if (!first.has(id)) first.set(id, key.range[0]!);
      out.set(key.range[0]!, { id, first: first.get(id)! });
    }
  }
  return out;
}

/**
 * What a file that is no mapping must be, by what it is: minutes' front matter, or a registry by where its ids are
 * (people.yml's at the top, organisations.yml's in its sections), which has no fields at the top of a text.
 */
const NOT_A_MAPPING = {
  minutes: 'Fälten överst i filen måste skrivas som fält med värden (fält: värde).',
  1: 'Filen måste bestå av fält med värden: varje persons id med kolon efter (lisa-berg:) och fälten under det, inte av en lista eller en rad text.',
  2: 'Filen måste bestå av fält med värden: avsnitten organisations:, groups: och projects: med posterna under dem, inte av en lista eller en rad text.',
} as const;

function checkMapping(file: string, data: unknown, where: Finding['where'], yaml: { text: string; offset: number }, entries?: 1 | 2): { data: Record<string, unknown> | undefined; findings: Finding[]; lost: readonly YamlPath[] } {
  if (data === null || data === undefined) return { data: {}, findings: [], lost: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { data: undefined, findings: [{ file, where, code: 'not-a-mapping', message: NOT_A_MAPPING[entries ?? 'minutes'] }], lost: [] };
  }
  if (hasSharedCollections(data)) {
    const alias = firstSharedAlias(yaml.text);
    const at: Finding['where'] = alias === undefined ? where : { kind: 'offset', offset: yaml.offset + alias, length: 1 };
    return { data: undefined, findings: [{ file, where: at, code: 'yaml-syntax', message: 'YAML-ankare och alias (&namn, *namn) för listor och fält stöds inte.', hint: 'Skriv ut värdena i stället.' }], lost: [] };
  }
  // Both look at the positioned parse, made only when one of them may find something, and then once.
  let doc: Document.Parsed | undefined;
  const positioned = () => (doc ??= parsePositioned(yaml.text));
  const commented = commentedValues(file, data as Record<string, unknown>, yaml, positioned);
  const anchors = unusedAnchors(file, yaml, positioned);
  const tags = bareTags(file, yaml, positioned);
  return { data: data as Record<string, unknown>, findings: [...commented.findings, ...cutByComment(file, yaml, positioned), ...anchors.findings, ...tags.findings], lost: [...commented.lost, ...anchors.lost, ...tags.lost] };
}

/**
 * "location: &Bryggan", "location: &Bryggan rum 3": YAML reads a word after & at the start of a value as an anchor, a
 * name for the value that an alias (*Bryggan) may repeat, and leaves it out of the value, which is then empty or
 * "rum 3", without a word. An anchor no alias uses has no purpose but that, so it is taken for text lost. `lost`: the
 * lines of lists and the fields left empty by it ("[&Bo, Anna]", "location: &Bryggan"), which that says. `onlyFields`: the top-level fields to look in.
 */
function unusedAnchors(file: string, yaml: { text: string; offset: number }, positioned: () => Document.Parsed, onlyFields?: ReadonlySet<string>): { findings: Finding[]; lost: YamlPath[] } {
  // includes() first, as in bareTags.
  if (!yaml.text.includes('&') || !/(?:^|[\s[{,])&[^\s,[\]{}]/.test(yaml.text)) return { findings: [], lost: [] };
  const anchors: { name: string; at: number; path?: YamlPath }[] = [];
  const used = new Set<string>();
  Y.visit(positioned(), (_, node, path) => {
    if (Y.isAlias(node)) used.add(node.source);
    else if (Y.isNode(node) && node.anchor && node.range) {
      if (!inFields(path, onlyFields)) return;
      const at = yaml.text.lastIndexOf(`&${node.anchor}`, node.range[0]);
      anchors.push({ name: node.anchor, at, ...emptyItem(path, node) });
    }
  });
  const lost = anchors.filter((a) => !used.has(a.name) && a.at >= 0);
  return {
    findings: lost.map(({ name, at }) => signLost(file, yaml, at, name.length + 1, `Ett värde som börjar med & läses i YAML som ett namn på värdet (ett ankare), så "&${name}" kommer inte med i texten.`)),
    lost: lost.flatMap((a) => (a.path ? [a.path] : [])),
  };
}

/** Whether a node whose ancestors `visit` gives as `path` lies in one of `onlyFields` (any field, without them). */
function inFields(path: readonly unknown[], onlyFields: ReadonlySet<string> | undefined): boolean {
  // path: the document, its mapping, then the top-level field the node belongs to.
  const field = path[2];
  return !onlyFields || (Y.isPair(field) && Y.isScalar(field.key) && onlyFields.has(String(field.key.value)));
}

/**
 * The path to `node`, from the ancestors `visit` gives it, when it is an item of a list or the value of a field left
 * empty (- &Bo, - !, location: &Bryggan), which is then no empty line or field of its own to say.
 */
function emptyItem(ancestors: readonly unknown[], node: unknown): { path?: YamlPath } {
  // Plain and empty, with a tag (- !), YAML reads it as empty text.
  const parent = ancestors[ancestors.length - 1];
  if (!Y.isScalar(node) || !(node.value === null || (node.value === '' && node.type === 'PLAIN')) || !(Y.isSeq(parent) || (Y.isPair(parent) && parent.value === node))) return {};
  const out: (string | number)[] = [];
  ancestors.forEach((a, i) => {
    if (Y.isPair(a) && Y.isScalar(a.key)) out.push(pathKey(ancestors[i - 1], a.key));
    else if (Y.isSeq(a)) out.push(a.items.indexOf(ancestors[i + 1] ?? node));
  });
  return { path: out };
}

/** A key as a path names it: a repeatedKey for a key written before in its map (an id written twice in a registry). */
function pathKey(map: unknown, key: Scalar): string {
  const name = String(key.value);
  if (!Y.isMap(map)) return name;
  let nth = 0;
  for (const p of map.items) {
    if (p.key === key) break;
    if (Y.isScalar(p.key) && String(p.key.value) === name) nth++;
  }
  return nth === 0 ? name : repeatedKey(name, nth);
}

/**
 * "title: ! Viktigt", "  - ! Anna Ek": YAML reads a ! alone at the start of a value as a tag (that the value is
 * text) and leaves it out, so the value silently loses the ! the note-taker meant to show. `lost`: the lines of lists
 * and the fields it leaves empty ("- !", "title: !"), which that says. `onlyFields`: the top-level fields to look in.
 */
function bareTags(file: string, yaml: { text: string; offset: number }, positioned: () => Document.Parsed, onlyFields?: ReadonlySet<string>): { findings: Finding[]; lost: YamlPath[] } {
  // includes() first: most front matter has no !, and it is ten times faster than the pattern.
  if (!yaml.text.includes('!') || !/(?:^|[\s[{,])!(?:\s|$)/.test(yaml.text)) return { findings: [], lost: [] };
  const findings: Finding[] = [];
  const lost: YamlPath[] = [];
  Y.visit(positioned(), {
    Scalar(_, node, path) {
      const at = node.tag === '!' && node.range ? yaml.text.lastIndexOf('!', node.range[0]) : -1;
      if (at < 0 || !inFields(path, onlyFields)) return;
      findings.push(signLost(file, yaml, at, 1, 'Ett värde som börjar med ! och ett mellanslag läses i YAML som en tagg (vad slags värde som följer), så "!" kommer inte med i texten.'));
      // "- !" alone: the line of the list (or the field) it leaves empty is said as this slip.
      const { path: empty } = emptyItem(path, node);
      if (empty) lost.push(empty);
    },
  });
  return { findings, lost };
}

/** A sign at `at` that YAML took for its own and left out of the value: the whole value, from the sign, to quote. */
function signLost(file: string, yaml: { text: string; offset: number }, at: number, length: number, message: string): Finding {
  const lineStart = yaml.text.lastIndexOf('\n', at) + 1;
  const lineEnd = yaml.text.indexOf('\n', at);
  const line = yaml.text.slice(lineStart, lineEnd === -1 ? yaml.text.length : lineEnd).trimEnd();
  const where = { kind: 'offset', offset: yaml.offset + at, length } as const;
  // An item of a list in brackets ("guests: [Anna, &Bo]") ends at its comma or bracket: that item, in the list, to quote.
  const item = flowItemAt(yaml.text, at);
  if (item?.item.at === at) return { file, where, code: 'yaml-syntax', message, hint: quoteItemHint(yaml.text, item) };
  const key = /^\s*(?:-\s+)?([A-Za-z_]+):[ \t]+$/.exec(line.slice(0, at - lineStart))?.[1];
  const value = clip(line.slice(at - lineStart)).replace(/"/g, '\\"');
  return { file, where, code: 'yaml-syntax', message, hint: `Sätt hela värdet inom citattecken: ${key ? `${key}: ` : ''}"${value}"` };
}

/**
 * "location: Bryggan #3", "what: Boka rum #3": YAML reads " #3" as a comment, and the value silently loses it. A
 * comment with a space after its # ("# från källan") is taken as meant; so is one after an action id, which the
 * follow-up rule explains. `onlyFields`: the top-level fields to look in, when YAML errors left only those readable.
 */
function cutByComment(file: string, yaml: { text: string; offset: number }, positioned: () => Document.Parsed, onlyFields?: ReadonlySet<string>): Finding[] {
  if (!mayHaveComment(yaml.text) || !/[ \t]#[^\s#]/.test(yaml.text)) return [];
  const findings: Finding[] = [];
  Y.visit(positioned(), {
    Scalar(_, node, path) {
      if (node.type !== 'PLAIN' || node.value === null || !node.comment || /^\s/.test(node.comment) || !node.range) return;
      if (!inFields(path, onlyFields)) return;
      const pair = path[path.length - 1];
      if (Y.isPair(pair) && Y.isScalar(pair.key) && (pair.key === node || pair.key.value === 'action')) return;
      const hash = yaml.text.indexOf('#', node.range[1]);
      if (hash === -1 || /\n/.test(yaml.text.slice(node.range[1], hash))) return;
      const lineEnd = yaml.text.indexOf('\n', hash);
      const cut = yaml.text.slice(hash, lineEnd === -1 ? yaml.text.length : lineEnd).trimEnd();
      const whole = clip(`${yaml.text.slice(node.range[0], node.range[1])} ${cut}`).replace(/"/g, '\\"');
      findings.push({ file, where: { kind: 'offset', offset: yaml.offset + hash, length: cut.length }, code: 'comment-in-value', message: `"${clip(cut)}" läses som en kommentar och kommer inte med i värdet.`, hint: `Är det en kommentar, skriv ett mellanslag efter #; annars sätt hela värdet inom citattecken: "${whole}"` });
    },
  });
  return findings;
}

/**
 * "location: #3 Bryggan": YAML reads a value that starts with # as a comment, and the field is silently empty. The
 * parser places the empty value where the comment begins, so a field whose empty value starts at a # is one: at the
 * top, or within a list or fields (an entry's "organisation: #socialforvaltningen" in a registry). `lost`: those
 * fields, which that says (not also as fields left empty).
 */
function commentedValues(file: string, data: Record<string, unknown>, yaml: { text: string; offset: number }, positioned: () => Document.Parsed): { findings: Finding[]; lost: YamlPath[] } {
  if (!mayHaveComment(yaml.text) || !/:[ \t]+#/.test(yaml.text)) return { findings: [], lost: [] };
  const findings: Finding[] = [];
  const lost: YamlPath[] = [];
  // The parse and the data side by side; the data says what a repeated key was read as.
  const walk = (node: unknown, value: unknown, path: YamlPath): void => {
    if (Y.isSeq(node) && Array.isArray(value)) node.items.forEach((item, i) => walk(item, value[i], [...path, i]));
    if (!Y.isMap(node) || value === null || typeof value !== 'object' || Array.isArray(value)) return;
    const fields = value as Record<string, unknown>;
    for (const pair of node.items) {
      if (!Y.isScalar(pair.key)) continue;
      const name = String(pair.key.value);
      const at = Y.isScalar(pair.value) && pair.value.value === null ? pair.value.range?.[0] : undefined;
      // "secretary:   # källan": a comment written as one (a space after #), left when the value was deleted; the
      // field is empty, and said so as any empty field is, not to be quoted as its value.
      if (at === undefined || fields[name] !== null || yaml.text[at] !== '#' || /[ \t\r\n]/.test(yaml.text[at + 1] ?? '\n')) {
        walk(pair.value, fields[name], [...path, name]);
        continue;
      }
      const lineEnd = yaml.text.indexOf('\n', at);
      const comment = yaml.text.slice(at, lineEnd === -1 ? yaml.text.length : lineEnd).trimEnd();
      findings.push({ file, where: { kind: 'offset', offset: yaml.offset + at, length: 1 }, code: 'empty-value', message: `Värdet börjar med # och läses därför som en kommentar, så fältet "${clip(name)}" blir tomt.`, hint: `Sätt värdet inom citattecken: ${clip(name)}: "${clip(comment).replace(/"/g, '\\"')}"` });
      lost.push([...path, name]);
    }
  };
  walk(positioned().contents, data, []);
  return { findings, lost };
}

function fail(source: SourceFile, text: string, code: Finding['code'], message: string, hint: string): ParsedFile {
  return failWith(source, text, { file: source.path, where: atStart, code, message, hint });
}

/** A file not read past `finding`, all its `text` (its lone CRs LFs, withEditorLineEnds) the body. */
function failWith(source: SourceFile, text: string, finding: Finding): ParsedFile {
  return { source, data: undefined, body: text, bodyOffset: 0, findings: [finding] };
}
