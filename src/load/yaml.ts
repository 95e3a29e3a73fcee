// YAML in two speeds: js-yaml parses every file fast; the `yaml` package re-parses a file only when
// a diagnostic needs an exact position or when the fast parse fails, so its errors come with places.
import jsYaml from 'js-yaml';
import type { YAMLParseError, YAMLWarning, Document, ErrorCode, Node, Pair, YAMLMap } from 'yaml';
import { Y } from './yaml-lib.js';
import { keyOf, OTHER_PLACE, repeatedKey, type Finding, type YamlPath } from '../diagnostics.js';
import type { Code } from '../codes.js';
import { commonSlip, leftItemQuotes, runawayQuotes, slippedItems, unclosedLists, type Slip, type SlippedItem } from './yaml-slips/index.js';
import { soundFields } from './yaml-partial.js';
import { entryFieldQuotes } from './person-fields.js';
import { tabbedIndent, type TabbedIndent, type TabbedLine } from './yaml-tabs.js';
import { clip } from '../util/clip.js';
import { repeatedFields } from './missing-dash.js';
import { LineIndex } from './source.js';
import { countUpTo } from '../util/sorted.js';

export type FastParse = { ok: true; data: unknown } | { ok: false; reason: string };

/** Parses YAML 1.2 (core schema: dates stay strings, no custom tags) without positions. */
export function parseFast(text: string): FastParse {
  try {
    return { ok: true, data: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false }) };
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}

/** The positioned parse; also what `locate` walks. */
export function parsePositioned(text: string): Document.Parsed {
  // logLevel: the parser otherwise prints its own warnings (in English) to the terminal, past our diagnostics.
  // The front matter of a file saved on Windows ends in the CR before the closing ---, which the parser takes for a
  // character after the last value (an error made up after "attendees: [...]"): a line break, of the same length.
  const options = { lineCounter: new Y.LineCounter(), prettyErrors: false, uniqueKeys: false, strict: true, logLevel: 'error' } as const;
  // Each of the parser's errors is an Error, whose stack trace is captured when it is made and never read here: in a
  // line of 200,000 "}" that was half the time (1 s) and most of the garbage. Only the place in the text is used.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const doc = Y.parseDocument(text.replace(/\r$/, '\n'), options);
    reportKeyProblems(doc);
    return doc;
  } catch (err) {
    // The parser recurses once per level a line opens ("- - - …", "? ? …", "x: x: …" thousands deep), and such a
    // line ends its stack: no document, and the one error said where the levels are (yamlMessage has its Swedish).
    if (!(err instanceof RangeError)) throw err;
    const doc = Y.parseDocument('', options);
    const at = deepestLine(text);
    doc.errors.push(new Y.YAMLParseError([at, at + 1], 'IMPOSSIBLE', err.message));
    return doc;
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

/** Where the line that opens the most levels (dashes, ?, keys, brackets) begins its text. */
function deepestLine(text: string): number {
  let best = 0;
  let most = -1;
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const line = text.slice(at, nl === -1 ? text.length : nl);
    const levels = line.match(/(?:^|\s)[-?](?=\s|$)|[^\s:]:(?=\s|$)|[[{]/g)?.length ?? 0;
    if (levels > most) [most, best] = [levels, at + /^\s*/.exec(line)![0].length];
    if (nl === -1) break;
    at = nl + 1;
  }
  return best;
}

/**
 * Repeated keys, found in one pass over each map and reported as the `yaml` package reports them (DUPLICATE_KEY at
 * the later key's start; scalar keys of the same value are the same key). Its own check compares each key with
 * every key before it: a front matter of 50,000 fields took 7 s. Also keys that are a list or fields ("[Punkt 1]:
 * Lokal"), which js-yaml turns into text ("Punkt 1", "[object Object]") that no field or id is written as.
 */
function reportKeyProblems(doc: Document.Parsed): void {
  // Where the last key that is a collection ends: one in it ("{{{{Extra", braces thousands deep) is that key's slip, said once.
  let inKey = -1;
  Y.visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        if (Y.isCollection(key) && key.range && key.range[0] >= inKey) {
          doc.errors.push(new Y.YAMLParseError([key.range[0], key.range[0] + 1], 'NON_STRING_KEY', 'Map keys must be text'));
          inKey = key.range[2];
        }
        // NaN is no key equal to itself (`.nan` twice), as the package has it.
        if (!Y.isScalar(key) || !key.range || Number.isNaN(key.value)) continue;
        if (seen.has(key.value)) doc.errors.push(new Y.YAMLParseError([key.range[0], key.range[0] + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
        else seen.add(key.value);
      }
    },
  });
}

// Every code the parser has (the type makes a new one in an update fail to compile until it has its Swedish).
const MESSAGES: Record<ErrorCode, string> = {
  BAD_INDENT: 'Indraget stämmer inte med raderna runt omkring.',
  TAB_AS_INDENT: 'Tabbtecken får inte användas för indrag i YAML; använd mellanslag.',
  DUPLICATE_KEY: 'Samma fält står två gånger.',
  MISSING_CHAR: 'Ett tecken saknas, till exempel ett avslutande citattecken eller en hakparentes.',
  BAD_DQ_ESCAPE: 'Inom dubbla citattecken inleder \\ ett specialtecken, och det som följer här är inget sådant. Skriv \\\\ för ett vanligt \\, eller sätt värdet inom enkla citattecken.',
  MULTILINE_IMPLICIT_KEY: 'Texten här läses ihop med texten under den, fram till nästa kolon, som namnet på ett fält (som location i location: Bryggan), och ett namn kan inte gå över flera rader. Saknas ett kolon eller ett citattecken?',
  BLOCK_AS_IMPLICIT_KEY: 'Ett fältnamn kan inte vara ett block; saknas ett kolon?',
  UNEXPECTED_TOKEN: 'Oväntat tecken här.',
  BAD_SCALAR_START: 'Värdet börjar med ett tecken som måste stå inom citattecken.',
  MULTIPLE_DOCS: 'Bara ett YAML-dokument är tillåtet här.',
  TAG_RESOLVE_FAILED: 'YAML-taggar (till exempel !!js/function) är inte tillåtna.',
  BAD_ALIAS: 'Aliaset pekar inte på något ankare.',
  KEY_OVER_1024_CHARS: 'Fältnamnet är för långt.',
  NON_STRING_KEY: 'Fältnamn måste vara text.',
  BLOCK_IN_FLOW: 'En lista med streck (-) eller fält på egna rader kan inte stå inom [ ] eller { }.',
  ALIAS_PROPS: 'Ett alias (*namn) kan inte ha eget ankare (&) eller egen tagg (!).',
  BAD_DIRECTIVE: 'Rader som börjar med % (YAML-direktiv) stöds inte här.',
  BAD_PROP_ORDER: 'Ett ankare (&) eller en tagg (!) står på fel ställe.',
  MULTIPLE_ANCHORS: 'Ett värde kan bara ha ett ankare (&).',
  MULTIPLE_TAGS: 'Ett värde kan bara ha en tagg (!).',
  BAD_COLLECTION_TYPE: 'Taggen (!) passar inte den sortens värde.',
  RESOURCE_EXHAUSTION: 'Aliasen (*namn) upprepar för mycket text för att kunna läsas.',
  IMPOSSIBLE: 'YAML-koden går inte att läsa här.',
};

// What a parser that ran out of stack says (see parsePositioned).
const CALL_STACK = /call stack/i;

function yamlMessage(code: string, english: string): string {
  // The parsers recurse once per level; thousands of nested brackets end their stack.
  if (CALL_STACK.test(english)) return 'Listorna eller fälten ligger i för många nivåer i varandra för att kunna läsas.';
  if (/^Anchor cannot be an empty/.test(english)) return 'Ett & följt av ett mellanslag läses i YAML som ett namn på värdet (ett ankare) utan namn.';
  const closing = /end with an? ([\]}])/.exec(english);
  if (closing) return `Ett ${closing[1]} saknas i slutet av listan eller fälten inom ${closing[1] === ']' ? 'hakparenteser' : 'klammerparenteser'} ovanför.`;
  return (MESSAGES as Record<string, string | undefined>)[code] ?? 'YAML-koden går inte att läsa här.';
}

// js-yaml's complaints, in Swedish: one may come without one from the `yaml` package (it accepts more, "[!, Anna]").
// Every message js-yaml 4 has, so that none reaches a note-taker in English (tests/unit/yaml.test.ts reads them all).
const JS_YAML_MESSAGES: readonly (readonly [RegExp, string])[] = [
  [/^bad indentation/, MESSAGES.BAD_INDENT],
  [/^(?:unidentified alias|name of an alias)/, MESSAGES.BAD_ALIAS],
  [/^tab characters/, MESSAGES.TAB_AS_INDENT],
  [/^duplicated mapping key/, MESSAGES.DUPLICATE_KEY],
  [/^tag suffix cannot contain flow/, 'Ett ! läses i YAML som en tagg (vad slags värde som följer), och en tagg kan inte stå direkt före , [ ] { eller }.'],
  [/^(?:tag |named tag|undeclared tag|unknown tag|cannot resolve|unacceptable node kind|there is a previously declared)/, MESSAGES.TAG_RESOLVE_FAILED],
  [/^incomplete explicit mapping pair/, 'Ett kolon eller ett ? står här utan fältnamn eller värde.'],
  [/^can not read a block mapping entry/, MESSAGES.MULTILINE_IMPLICIT_KEY],
  [/^(?:can not read an implicit mapping pair|a whitespace character is expected)/, 'Ett kolon följt av ett mellanslag saknas efter fältnamnet.'],
  [/^missed comma/, 'Ett kommatecken saknas mellan två värden inom [ ] eller { }.'],
  [/^expected the node content/, 'Ett kommatecken står där ett värde ska stå.'],
  [/^unexpected end of the (?:stream|document) within a (?:double|single) quoted/, 'Citattecknet avslutas aldrig.'],
  [/^unexpected end of the stream within a (?:flow collection|verbatim tag)/, MESSAGES.MISSING_CHAR],
  [/^(?:unknown escape sequence|expected hexadecimal|expected valid JSON)/, MESSAGES.BAD_DQ_ESCAPE],
  [/^duplication of a tag/, MESSAGES.MULTIPLE_TAGS],
  [/^(?:duplication of an anchor|name of an anchor)/, MESSAGES.MULTIPLE_ANCHORS],
  [/^alias node should not/, MESSAGES.ALIAS_PROPS],
  [/directive|YAML version|directives end mark/, MESSAGES.BAD_DIRECTIVE],
  [/^(?:end of the stream or a document separator|expected a single document)/, MESSAGES.MULTIPLE_DOCS],
  [/^(?:bad explicit indentation width|repeat of an? |missing indentation for block scalar)/, 'Tecknen efter | eller > (som inleder ett block av text) går inte att läsa.'],
  [/^(?:null byte|the stream contains non-printable|non-ASCII line breaks)/, 'Fälten innehåller ett tecken som inte får stå i YAML.'],
  [/^nesting exceeded|^nested arrays/, 'Listorna eller fälten ligger i för många nivåer i varandra för att kunna läsas.'],
  [/merge/, 'Fält slås ihop med << och ett alias (*namn) på ett sätt som inte går att läsa.'],
  [/^(?:deficient indentation|a line break is expected)/, MESSAGES.UNEXPECTED_TOKEN],
];

/** js-yaml's message in Swedish (its English words never reach the note-taker). */
export function jsYamlMessage(english: string): { message: string; hint: string } {
  const words = english.replace(/\s*\(\d+:\d+\)$/, '');
  const known = JS_YAML_MESSAGES.find(([pattern]) => pattern.test(words));
  return { message: known?.[1] ?? yamlMessage('', words), hint: 'Jämför raden med raderna runt omkring: indrag, kolon och citattecken.' };
}

function duplicateKeyMessage(key: string): string {
  const name = key.trim().replace(/^["']|["']$/g, '');
  return name && name.length <= 60 && !/[\n\r]/.test(name) ? `Fältet "${name}" står två gånger.` : MESSAGES.DUPLICATE_KEY;
}

/**
 * For `text`, the key that starts at an offset, up to the blanks before its colon, as
 * /^("[^"\n]*"|'[^'\n]*'|[^\n:]*?)\s*:/ reads it from there. The pattern searched on to the end of the line for a
 * key with no colon ("{a, a, a, …}"), for each of the line's repeated keys: where a key's line reaches its next colon
 * or line break, and the blanks around it, are found once for all the keys before it.
 */
function keysOf(text: string): (offset: number) => string | undefined {
  const blank = (i: number) => i < text.length && /\s/.test(text[i]!);
  // The last stretch without a colon or line break looked through: from `from`, up to `stop` (the colon or break).
  let from = 0;
  let stop = -1;
  let blanksFrom = -1;
  let after = -1;
  return (at) => {
    for (const quote of ['"', "'"]) {
      if (text[at] !== quote) continue;
      const close = text.indexOf(quote, at + 1);
      if (close === -1 || text.slice(at + 1, close).includes('\n')) continue;
      let w = close + 1;
      while (blank(w)) w++;
      if (text[w] === ':') return text.slice(at, close + 1);
    }
    if (!(from <= at && at <= stop)) {
      from = at;
      stop = at;
      while (stop < text.length && text[stop] !== ':' && text[stop] !== '\n') stop++;
      for (blanksFrom = stop; blanksFrom > 0 && blank(blanksFrom - 1) && text[blanksFrom - 1] !== '\n'; ) blanksFrom--;
      for (after = stop; blank(after); ) after++;
    }
    return text[after] === ':' ? text.slice(at, Math.max(at, blanksFrom)) : undefined;
  };
}

function codeFor(yamlCode: string): Code {
  if (yamlCode === 'DUPLICATE_KEY') return 'yaml-duplicate-key';
  if (yamlCode === 'TAG_RESOLVE_FAILED') return 'yaml-tag';
  return 'yaml-syntax';
}

/** Errors after which the parsed data is still what the author meant (the later value wins). */
const RECOVERABLE = new Set(['DUPLICATE_KEY']);

export interface SlowParse {
  readonly findings: Finding[];
  /** The data, when every problem was one that still leaves usable data. */
  readonly data?: unknown;
  /** Otherwise the top-level fields the errors left readable, if any (see yaml-partial.ts). */
  readonly partial?: Record<string, unknown>;
  /**
   * The text those fields were read from, when it is not `text`: with slipped values blanked (same length, so every
   * offset holds), where the parser, misled by a slip, read the fields below it into it. Where to find their places.
   */
  readonly mended?: string;
  /** The fields of `partial` read with an item of theirs left out (one with a slip), so not read in full. */
  readonly incomplete?: readonly string[];
  /**
   * In people.yml: the lists of entries read with an item left out, each [id, field] ("memberships"), and the fields
   * left unread for a quote left open in them ("name"). The entry is checked without the item (the list left empty,
   * if it was its only one) or the field (empty), which says nothing of what it lacks.
   */
  readonly leftOut?: readonly YamlPath[];
  /** With `data`: the registry entries whose id was written before in their map, left out of it (see repeatedEntries). */
  readonly copies?: readonly EntryCopy[];
}

/**
 * A registry entry whose id was written before in its map: the data keeps the first (so references find what
 * they found), and this one is only checked, at its own place. `path`: the entry's, its id a repeatedKey.
 */
export interface EntryCopy {
  readonly id: string;
  readonly path: YamlPath;
  readonly data: unknown;
}

/**
 * Whether an error is only one more of a [ or { never closed, said at it (one of `slips`): below it, in the lines the
 * parser went on reading into it ("what: Boka lokal.\n due: …" as one key), and gone once it is closed. An error
 * still there with every such list closed is a problem of its own, and said.
 */
function swallowedBy(text: string): (e: YAMLParseError | YAMLWarning, slips: ReadonlySet<number>) => boolean {
  const lists = unclosedLists(text);
  if (lists.length === 0) return () => false;
  // Each closed where its hint says: the ] added at the end of its last item's line (in place of a comma after it),
  // so the lines below stay the lines they were.
  const parts: string[] = [];
  let from = 0;
  for (const list of lists) {
    const at = list.items[list.items.length - 1]?.end ?? list.end;
    parts.push(text.slice(from, at), list.closing);
    from = list.commas ? list.commas[1] + 1 : at;
  }
  parts.push(text.slice(from));
  const mended = parts.join('');
  const closed = parsePositioned(mended);
  const closedLines = new LineIndex(mended);
  const still = new Set([...closed.errors, ...closed.warnings].map((e) => `${closedLines.position(e.pos[0]).line} ${e.code}`));
  const lines = new LineIndex(text);
  return (e, slips) => {
    // The list the error is below, past where the parser ends it: the last to end before it.
    const list = lists[countUpTo(lists, (l) => l.end, e.pos[0] - 1) - 1];
    return list !== undefined && slips.has(list.open) && !still.has(`${lines.position(e.pos[0]).line} ${e.code}`);
  };
}

/** A registry id written as a key: the id, and the offset of the first key with that id in its section. */
export interface IdKey {
  readonly id: string;
  readonly first: number;
}

/**
 * The positioned parse, for text the fast parser refused: every error and warning as a finding
 * (offsets shifted by `base`), and the data where the problems allow it. `idKeys` are the offsets of
 * keys that are registry ids: a duplicate there is a duplicate id. For a registry, `entries` says where its entries
 * are (1: top-level keys, people.yml; 2: keys of each section, organisations.yml): those an error leaves whole are
 * read (see soundFields).
 */
export function parseSlow(file: string, text: string, base: number, fallback: string, idKeys?: (doc: Document.Parsed) => Map<number, IdKey>, entries?: 1 | 2): SlowParse {
  const doc = parsePositioned(text);
  // A quote left open runs on over the lines below, up to the next quote, and hides their own slips: with its value
  // blanked, they are read as written and said in the same run.
  const quotes = runawayQuotes(text, doc.errors.reduce((last, e) => Math.max(last, e.pos[0]), -1), entries);
  // Items in brackets with a quote left open ("[Anna B, \"AB]"), each said, read with its quote as a letter (so that
  // what the parser makes of the lines it runs on over is not said as theirs) and left out of its list.
  const items = doc.errors.length > 0 ? leftItemQuotes(text) : [];
  if (quotes.length === 0 && items.length === 0) return readSlow(file, text, doc, base, fallback, idKeys, entries, []);
  const mended = asLetters(blanked(text, quotes.map((q) => q.value!)), items.map((q) => q.offset));
  return readSlow(file, mended, parsePositioned(mended), base, fallback, idKeys, entries, [...quotes, ...items]);
}

/** `text` with the characters at `offsets` (quotes items leave open) an x: the same length, every offset holds. */
function asLetters(text: string, offsets: readonly number[]): string {
  if (offsets.length === 0) return text;
  const chars = text.split('');
  for (const at of offsets) chars[at] = 'x';
  return chars.join('');
}

/** parseSlow's reading of `text`, parsed as `doc`, with `quotes` (see runawayQuotes) said and blanked in it already. */
function readSlow(file: string, text: string, doc: Document.Parsed, base: number, fallback: string, idKeys: ((doc: Document.Parsed) => Map<number, IdKey>) | undefined, entries: 1 | 2 | undefined, quotes: readonly Slip[]): SlowParse {
  const ids = idKeys ? idKeys(doc) : new Map<number, IdKey>();
  const out: Finding[] = [];
  const tabbed = new Set<number>();
  const slips = new Set<number>();
  const blanks: (readonly [number, number])[] = [];
  // Errors a slip whose value is blanked explains: the mended reading says what else is wrong.
  const explained = new Set<YAMLParseError | YAMLWarning>();
  // The errors each slip explains, should its item be left out of its list.
  const bySlip = new Map<number, (YAMLParseError | YAMLWarning)[]>();
  // The items whose dash is missing said so far, by their first field: each said once, not once for each field.
  const undashed = new Set<number>();
  // The fields said twice, by where they are in `out`: none is said within the lines of a slip.
  const twice = new Map<Finding, number>();
  // Where each problem said so far stands in `out`, by line, code and message.
  const repeated = new Map<string, { readonly index: number; offset: number }>();
  // Where the problems said as the parser put them stand, with their codes.
  const placed = new Set<string>();
  // The part of its own line each slip's value blanked takes in, and the errors said as the parser put them, by
  // where they are: one in that part is the slip's too ("summary: Leif sa: "nu har vi en lokal".", whose quote,
  // past the colon, the parser also finds unexpected), gone once the value is written as the slip's hint says.
  const valueParts: (readonly [number, number])[] = [];
  const plain = new Map<Finding, YAMLParseError | YAMLWarning>();
  let lineIndex: LineIndex | undefined;
  let keyAt: ((offset: number) => string | undefined) | undefined;
  let swallowed: ((e: YAMLParseError | YAMLWarning, slips: ReadonlySet<number>) => boolean) | undefined;
  let undashedItem: ((offset: number) => Slip | undefined) | undefined;
  let tabs: TabbedIndent | undefined;
  /** Says once a line that its indentation holds a tab: read with a space a tab, the fields below are still checked (those that read the same with two). */
  const sayTab = (indent: TabbedIndent, line: TabbedLine) => {
    if (tabbed.has(line.tabs[0])) return;
    tabbed.add(line.tabs[0]);
    blanks.push(line.tabs);
    out.push({ file, where: { kind: 'offset', offset: base + line.tabs[0], length: 1 }, code: 'yaml-syntax', message: MESSAGES.TAB_AS_INDENT, hint: indent.hint(line), severity: 'error' });
  };
  for (const q of quotes) {
    out.push({ file, where: { kind: 'offset', offset: base + q.offset, length: 1 }, code: 'yaml-syntax', message: q.message, hint: q.hint, severity: 'error' });
    slips.add(q.offset);
    if (q.value) blanks.push(q.value);
    // In an item of a list ("    what: \"Boka lokal" in an action), the item can be left out, as one with a sign:
    // the list's other items are read.
    if (q.sign) bySlip.set(q.offset, []);
  }
  for (const e of [...doc.errors, ...doc.warnings]) {
    const firstLine = e.message.split('\n')[0] ?? e.message;
    const isId = e.code === 'DUPLICATE_KEY' && ids.has(e.pos[0]);
    // A line indented with a tab confuses the parser into other complaints (about indentation, keys): say what it is, once.
    // Levels too many to read (see parsePositioned) are that, whatever their line looks like.
    const own = e.code === 'DUPLICATE_KEY' || (e.code === 'IMPOSSIBLE' && CALL_STACK.test(e.message));
    const tab = own ? undefined : indentingTab(text, (lineIndex ??= new LineIndex(text)), e.pos[0]);
    if (tab !== undefined) {
      tabs ??= tabbedIndent(text, lineIndex!, doc, parsePositioned);
      sayTab(tabs, tabs.line(tab));
      explained.add(e);
      continue;
    }
    const slip = own ? undefined : commonSlip(text, e.code, e.pos[0]);
    if (slip) {
      if (!slips.has(slip.offset)) out.push({ file, where: { kind: 'offset', offset: base + slip.offset, length: 1 }, code: 'yaml-syntax', message: slip.message, hint: slip.hint, severity: 'error' });
      slips.add(slip.offset);
      if (slip.value) {
        blanks.push(slip.value);
        explained.add(e);
        valueParts.push([Math.max(slip.value[0], slip.offset), Math.min(slip.value[1], (lineIndex ??= new LineIndex(text)).lineEnd(slip.offset))]);
      } else if (slip.sign) {
        // Added to, not copied: thousands of errors may have one slip ("title: &a &a &a …").
        const errors = bySlip.get(slip.offset);
        if (errors) errors.push(e);
        else bySlip.set(slip.offset, [e]);
      }
      // Items out of line below it, or fields above the dashes of its list's other items, which the parser read with it
      // and says nothing of: each said, and left out (or its value blanked), in this run.
      for (const other of slip.also ?? []) {
        if (slips.has(other.offset)) continue;
        out.push({ file, where: { kind: 'offset', offset: base + other.offset, length: 1 }, code: 'yaml-syntax', message: other.message, hint: other.hint, severity: 'error' });
        slips.add(other.offset);
        if (other.value) blanks.push(other.value);
        else if (other.sign) bySlip.set(other.offset, bySlip.get(other.offset) ?? []);
      }
      continue;
    }
    if (slips.size > 0 && (swallowed ??= swallowedBy(text))(e, slips)) continue;
    // A field the item has already ("who:" below an action's "what:"): the next item's, its dash left out.
    const item = e.code === 'DUPLICATE_KEY' && !isId ? (undashedItem ??= repeatedFields(text))(e.pos[0]) : undefined;
    if (item) {
      if (!undashed.has(item.offset)) out.push({ file, where: { kind: 'offset', offset: base + item.offset, length: 1 }, code: 'yaml-duplicate-key', message: item.message, hint: item.hint, severity: 'error' });
      undashed.add(item.offset);
      continue;
    }
    // The parser may say the same twice at one place ("!!": no suffix, then unresolved), once per bracket left open,
    // or once per level on a line too deep to read (some 40 times, a few columns apart, as a tag or as exhaustion):
    // one problem of one kind is said once for its line, at its first column.
    const deep = CALL_STACK.test(firstLine);
    const code = isId ? 'duplicate-id' : deep ? 'yaml-syntax' : codeFor(e.code);
    const id = isId ? ids.get(e.pos[0]) : undefined;
    const message = id ? `Id "${clip(id.id)}" står två gånger; första gången i ${OTHER_PLACE}.` : e.code === 'DUPLICATE_KEY' ? duplicateKeyMessage((keyAt ??= keysOf(text))(e.pos[0]) ?? '') : yamlMessage(e.code, firstLine);
    // A list item in place of a field ("  - id: trasig" among the ids) is reported at its indentation: point at its dash.
    const at = e.code === 'BLOCK_AS_IMPLICIT_KEY' ? textStart(text, e.pos[0]) : e.pos[0];
    const where = { kind: 'offset', offset: base + at, length: Math.max(1, e.pos[1] - at) } as const;
    if (e.code !== 'DUPLICATE_KEY') {
      const said = `${(lineIndex ??= new LineIndex(text)).position(e.pos[0]).line} ${code} ${message}`;
      const first = repeated.get(said);
      if (first !== undefined) {
        // The parser says a line is too deep from the innermost level out: the first column may come last.
        if (where.offset < first.offset) {
          out[first.index] = { ...out[first.index]!, where };
          first.offset = where.offset;
        }
        continue;
      }
      // Each further error at the place of one said follows from it (a list item as a field's name is also a name
      // over several lines, with no value, not text): one slip, said once, with the parser's first word on it.
      const place = `${at} ${code}`;
      if (placed.has(place)) continue;
      placed.add(place);
      repeated.set(said, { index: out.length, offset: where.offset });
    }
    const finding: Finding = {
      file,
      where,
      code,
      message,
      ...(e.code === 'DUPLICATE_KEY' ? { hint: isId ? 'Varje post måste ha ett eget id; byt id på den ena eller slå ihop dem.' : 'Ta bort eller byt namn på den ena.' } : {}),
      ...(id ? { other: { file, where: { kind: 'offset', offset: base + id.first, length: 1 } } } : {}),
      severity: 'error',
    };
    out.push(finding);
    if (e.code === 'DUPLICATE_KEY' && !isId) twice.set(finding, e.pos[0]);
    else if (!own) plain.set(finding, e);
  }
  if (valueParts.length > 0) {
    for (let i = out.length - 1; i >= 0; i--) {
      const e = plain.get(out[i]!);
      if (!e || !valueParts.some(([a, b]) => a < e.pos[0] && e.pos[0] <= b)) continue;
      out.splice(i, 1);
      explained.add(e);
    }
  }
  // Errors below a tab that are gone with the tabbed lines written as said follow from the tab: said once, as the tab.
  if (tabs) {
    const bad = tabs.badAsWritten();
    for (let i = out.length - 1; i >= 0; i--) {
      const e = plain.get(out[i]!);
      if (!e || bad.has(lineIndex!.position(e.pos[0]).line)) continue;
      out.splice(i, 1);
      explained.add(e);
    }
  }
  // The parser, misled by a tab, may say nothing of the tabs below (a block of text after "summary: |" taken for
  // a field's name): every line indented with one is said in the same run, not one more each time the file is saved.
  if (tabs) for (const line of tabs.lines) sayTab(tabs, line);
  // Items whose dash is missing, written one below another ("  who: A", "  what: X", "  who: B"), are read as one with
  // fields twice: said as those items, not also as their fields.
  if (twice.size > 0 && blanks.length > 0) {
    // By where they start, each with the furthest end of those up to it: thousands of slips may stand in one list.
    const sorted = [...blanks].sort((a, b) => a[0] - b[0]);
    const ends: number[] = [];
    for (const [i, [, to]] of sorted.entries()) ends.push(Math.max(to, ends[i - 1] ?? to));
    const inSlip = (at: number) => {
      const upTo = countUpTo(sorted, (b) => b[0], at);
      return upTo > 0 && ends[upTo - 1]! > at;
    };
    for (let i = out.length - 1; i >= 0; i--) if (twice.has(out[i]!) && inSlip(twice.get(out[i]!)!)) out.splice(i, 1);
  }
  // js-yaml refused something the `yaml` package accepts: still an error, at js-yaml's own mark. The fields off its
  // line and the error's are read as the `yaml` package reads them, as after its own errors (a value holding an
  // alias, as "location: *Bryggan*" does for it, stays unread).
  if (out.length === 0) {
    const mark = /\((\d+):(\d+)\)/.exec(fallback);
    const marked = offsetOfLine(text, mark ? Number(mark[1]) : 1) + (mark ? Number(mark[2]) - 1 : 0);
    // js-yaml marks a tag before a comma or a bracket ("[!, Anna]", "{!}") at the character after it.
    const flowTag = /^tag suffix cannot contain flow/.test(fallback);
    const slip = commonSlip(text, '', flowTag ? marked - 1 : marked);
    const tagged = /unknown tag/.test(fallback);
    // js-yaml marks the end of a tagged value (`!!binary PHN…`, the last line of `!!binary |`); the tag is what to point at.
    const at = slip?.offset ?? (tagged ? tagBefore(doc, text, marked) : undefined) ?? (flowTag ? text.lastIndexOf('!', marked) : marked);
    const finding: Finding = slip
      ? { file, where: { kind: 'offset', offset: base + at, length: 1 }, code: 'yaml-syntax', message: slip.message, hint: slip.hint, severity: 'error' }
      : { file, where: { kind: 'offset', offset: base + at, length: 1 }, ...(tagged ? { code: 'yaml-tag', message: MESSAGES.TAG_RESOLVE_FAILED } : { code: 'yaml-syntax', ...jsYamlMessage(fallback.split('\n')[0] ?? fallback) }) };
    // js-yaml stops at its first refusal; every other alias to no anchor (- *Anna*, then - *Bo*) is a slip of its own.
    const more = new Map<number, Finding>();
    const signs = new Set(slip?.sign ? [at] : []);
    for (const alias of strayAliases(doc)) {
      const other = commonSlip(text, 'BAD_ALIAS', alias);
      if (other && other.offset !== at) more.set(other.offset, { file, where: { kind: 'offset', offset: base + other.offset, length: 1 }, code: 'yaml-syntax', message: other.message, hint: other.hint, severity: 'error' });
      if (other?.sign) signs.add(other.offset);
    }
    // A tag's mark is only where its value ends: the line after a block of text (`!!binary |`), which may be a field's.
    // An item left out of its list takes its mark with it: the list's other items are read.
    const dropped = leftOut(text, signs, entries);
    const lines = [...(tagged ? [at] : [marked, at]), ...more.keys()].filter((o) => !dropped.has(o) && !(o === marked && dropped.has(at)));
    if (dropped.size === 0) {
      const partial = soundFields(doc, text, [], lines, entries);
      return { findings: [finding, ...more.values()], ...(partial ? { partial } : {}) };
    }
    return { findings: [finding, ...more.values()], ...readLeftOut(text, [...dropped.values()], [], lines, [...dropped.keys()], entries) };
  }
  // An alias to no anchor ("what: *Boka*") is no error to the `yaml` package, only to js-yaml, which stopped at an
  // earlier one: each is a slip of its own, as in a file without the other errors.
  for (const alias of strayAliases(doc)) {
    const slip = commonSlip(text, 'BAD_ALIAS', alias);
    if (!slip || slips.has(slip.offset)) continue;
    out.push({ file, where: { kind: 'offset', offset: base + slip.offset, length: 1 }, code: 'yaml-syntax', message: slip.message, hint: slip.hint, severity: 'error' });
    slips.add(slip.offset);
    if (slip.sign) bySlip.set(slip.offset, bySlip.get(slip.offset) ?? []);
  }
  // A slip may leave no error, only a warning (title: !Viktigt, an unknown tag): its field is unread, as with errors.
  if (slips.size === 0 && doc.errors.every((e) => RECOVERABLE.has(e.code))) {
    try {
      const copies = entries ? repeatedEntries(doc, entries) : [];
      dropRepeatedKeys(doc.contents);
      return { findings: out, data: doc.toJS({ maxAliasCount: 100 }), ...(copies.length > 0 ? { copies } : {}) };
    } catch {
      return { findings: out };
    }
  }
  const errors = [...doc.errors, ...doc.warnings].map((e) => e.pos);
  // "attendees: [Anna, @Bo, Cilla]": the slipped item alone is left out, and the list's other items are read.
  const dropped = leftOut(text, bySlip.keys(), entries);
  for (const [offset, range] of dropped) {
    blanks.push(range);
    for (const e of bySlip.get(offset)!) explained.add(e);
  }
  // An item's quote left open (a quote said with nothing to blank, read as a letter) in a list it cannot be left out
  // of, as its only item: blanked; its own field stays unread, as its slip's.
  for (const q of quotes) {
    if (q.value || !q.sign || dropped.has(q.offset)) continue;
    blanks.push([q.offset, q.offset + 1]);
    for (const e of bySlip.get(q.offset)!) explained.add(e);
  }
  // In a registry a quote left open in an entry's own field ("  name: \"Anna Berg"): the field alone is left unread,
  // as an item is, and the entry's other fields are checked.
  const fields = entries ? entryFieldQuotes(doc, text, quotes.flatMap((q) => (q.value && !q.sign ? [q.value] : [])), entries) : new Map<number, readonly [number, number]>();
  for (const range of fields.values()) blanks.push(range);
  const lines = [...slips].filter((o) => !dropped.has(o) && !fields.has(o));
  if (blanks.length > 0) {
    // "summary: Tid: 13:30" opens a mapping that takes in every field below it: read them with the value blanked,
    // outside the errors of both readings.
    const unexplained = [...doc.errors, ...doc.warnings].filter((e) => !explained.has(e)).map((e) => e.pos);
    const read = readLeftOut(text, blanks, unexplained, lines, [...dropped.keys()], entries, [...fields.keys()]);
    return { findings: out, ...(tabs && read.partial ? agreeing(read, tabs, entries) : read) };
  }
  const partial = soundFields(doc, text, errors, lines, entries);
  return { findings: out, ...(partial ? { partial } : {}) };
}

/** What a reading with items left out makes of a file. */
type LeftOutReading = Pick<SlowParse, 'partial' | 'mended' | 'incomplete' | 'leftOut'>;

/** Of the fields read with a space a tab, those that read the same with two (see yaml-tabs.ts). */
function agreeing(read: LeftOutReading, tabs: TabbedIndent, entries: 1 | 2 | undefined): LeftOutReading {
  const partial = tabs.agreeing(read.partial!, entries);
  if (!partial) return {};
  const incomplete = read.incomplete?.filter((k) => k in partial);
  const leftOut = read.leftOut?.filter(([id]) => String(id) in partial);
  return { partial, ...(read.mended === undefined ? {} : { mended: read.mended }), ...(incomplete?.length ? { incomplete } : {}), ...(leftOut?.length ? { leftOut } : {}) };
}

/** The fields of `text` read with `blanks` blanked, outside `errors` and the errors of that reading, and off `lines`. */
function readLeftOut(text: string, blanks: readonly (readonly [number, number])[], errors: readonly (readonly [number, number])[], lines: readonly number[], dropped: readonly number[], entries: 1 | 2 | undefined, fields: readonly number[] = []): LeftOutReading {
  const mended = blanked(text, blanks);
  const again = parsePositioned(mended);
  // In organisations.yml an entry an item was left out of is left out itself, and the rest of its section read; one
  // with a field left unread (`fields`, the quotes left open in an entry's own field) is read without it.
  const partial = soundFields(again, mended, [...errors, ...[...again.errors, ...again.warnings].map((e) => e.pos)], entries === 2 ? [...lines, ...dropped] : lines, entries);
  if (!partial) return {};
  const unread = [...dropped, ...fields];
  const incomplete = entries === 2 ? [] : [...fieldsHolding(again.contents, unread).keys()].filter((k) => k in partial);
  // In people.yml an entry an item was left out of is read without it (see SlowParse.leftOut); in organisations.yml,
  // [section, id, field] of each field left unread.
  const lists = entries === 1 ? entryListsHolding(again.contents, unread).filter(([id]) => String(id) in partial) : entries === 2 ? sectionFieldsHolding(again, fields, partial) : [];
  return { partial, mended, ...(incomplete.length > 0 ? { incomplete } : {}), ...(lists.length > 0 ? { leftOut: lists } : {}) };
}

/** Of organisations.yml read as `doc`, the fields the offsets lie in, [section, id, field], in the sections `partial` read. */
function sectionFieldsHolding(doc: Document.Parsed, offsets: readonly number[], partial: Record<string, unknown>): YamlPath[] {
  return [...fieldsHolding(doc.contents, offsets)].flatMap(([section, { value, offsets: within }]) => (section in partial ? entryListsHolding(value, within).map((path) => [section, ...path]) : []));
}

/**
 * `text` with each character of `ranges` a blank, but the line breaks: every field below keeps its line. In one pass
 * over the text, however many ranges (one per parser error: thousands on a line of thousands of slips).
 */
export function blanked(text: string, ranges: readonly (readonly [number, number])[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const [a, b] of [...ranges].sort((x, y) => x[0] - y[0])) {
    if (b <= at) continue;
    const from = Math.max(a, at);
    parts.push(text.slice(at, from), text.slice(from, b).replace(/[^\r\n]/g, ' '));
    at = b;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * Of the slips at `offsets`, those whose items can be left out of their lists with another item of the list left:
 * by offset, what to blank. A list all of whose items slipped stays unread, as the field of any other slip; in
 * people.yml (`entries` 1) the list is an entry's field, and it is left empty, so that the entry's other fields are read.
 */
function leftOut(text: string, offsets: Iterable<number>, entries: 1 | 2 | undefined): Map<number, readonly [number, number]> {
  const itemAt = slippedItems(text);
  const found = new Map<number, SlippedItem>();
  for (const offset of offsets) {
    const item = itemAt(offset);
    if (item) found.set(offset, item);
  }
  // The items of each list left out (an item may hold two slips): by where each starts.
  const slipped = new Map<number, Set<number>>();
  for (const { list, range } of found.values()) slipped.set(list, (slipped.get(list) ?? new Set()).add(range[0]));
  return new Map([...found].filter(([, item]) => entries === 1 || slipped.get(item.list)!.size < item.items).map(([offset, item]) => [offset, item.range]));
}

/** The fields of `map` the offsets lie in (from a field's key up to the next one's), by name: each's value, and its offsets. */
function fieldsHolding(map: unknown, offsets: readonly number[]): Map<string, { readonly value: unknown; readonly offsets: number[] }> {
  const out = new Map<string, { value: unknown; offsets: number[] }>();
  if (!Y.isMap(map)) return out;
  const keys = map.items.flatMap((p) => (Y.isScalar(p.key) && p.key.range ? [{ name: String(p.key.value), at: p.key.range[0], value: p.value }] : []));
  // Both in the order of the text: one pass.
  let k = -1;
  for (const offset of [...offsets].sort((x, y) => x - y)) {
    while (k + 1 < keys.length && keys[k + 1]!.at <= offset) k++;
    if (k < 0) continue;
    const { name, value } = keys[k]!;
    const field = out.get(name);
    if (field) field.offsets.push(offset);
    else out.set(name, { value, offsets: [offset] });
  }
  return out;
}

/** Of the entries of `map` (people.yml's, a section's of organisations.yml), the fields the offsets lie in: [id, field]. */
function entryListsHolding(map: unknown, offsets: readonly number[]): YamlPath[] {
  return [...fieldsHolding(map, offsets)].flatMap(([id, { value, offsets: within }]) => [...fieldsHolding(value, within).keys()].map((field) => [id, field]));
}

/** Where each alias to no anchor set above it begins: "location: *Bryggan*", "- *Anna*", "[Anna, *Bo*]". */
function strayAliases(doc: Document.Parsed): number[] {
  const anchors = new Set<string>();
  const stray: number[] = [];
  Y.visit(doc, (_, node) => {
    if (Y.isAlias(node)) {
      if (!anchors.has(node.source) && node.range) stray.push(node.range[0]);
    } else if (Y.isNode(node) && node.anchor) anchors.add(node.anchor);
  });
  return stray;
}

/** The offset of a tab in the indentation of the line holding `offset` (its line found in `lines`, of `text`), if it has one. */
function indentingTab(text: string, lines: LineIndex, offset: number): number | undefined {
  const start = lines.lineStart(offset);
  const indent = /^[ \t]*/.exec(text.slice(start, start + 200))![0];
  const tab = indent.indexOf('\t');
  return tab === -1 ? undefined : start + tab;
}

/** The registry entries (at depth `entries`, see parseSlow) whose id was written before in their map, as EntryCopy. */
function repeatedEntries(doc: Document.Parsed, entries: 1 | 2): EntryCopy[] {
  const maps: { path: YamlPath; map: unknown }[] = entries === 1 ? [{ path: [], map: doc.contents }] : Y.isMap(doc.contents) ? doc.contents.items.flatMap((p) => (Y.isScalar(p.key) ? [{ path: [String(p.key.value)], map: p.value }] : [])) : [];
  const out: EntryCopy[] = [];
  for (const { path, map } of maps) {
    if (!Y.isMap(map)) continue;
    const seen = new Map<string, number>();
    for (const p of map.items) {
      if (!Y.isScalar(p.key)) continue;
      const id = String(p.key.value);
      const nth = seen.get(id) ?? 0;
      seen.set(id, nth + 1);
      if (nth > 0) out.push({ id, path: [...path, repeatedKey(id, nth)], data: Y.isNode(p.value) ? p.value.toJS(doc, { maxAliasCount: 100 }) : null });
    }
  }
  return out;
}

/** Keeps the first of repeated keys in every mapping, so existing references to an id stay as they were. */
function dropRepeatedKeys(node: unknown): void {
  if (Y.isMap(node)) {
    const seen = new Set<string>();
    node.items = node.items.filter((p) => {
      const key = Y.isScalar(p.key) ? String(p.key.value) : String(p.key);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    for (const p of node.items) dropRepeatedKeys(p.value);
  } else if (Y.isSeq(node)) {
    for (const item of node.items) dropRepeatedKeys(item);
  }
}

/** Where the tag of the last tagged value starting before `offset` begins, if the parser read one. */
function tagBefore(doc: Document.Parsed, text: string, offset: number): number | undefined {
  let value: number | undefined;
  Y.visit(doc, (_, node) => {
    if (Y.isNode(node) && node.tag !== undefined && node.range && node.range[0] <= offset && (value === undefined || node.range[0] > value)) value = node.range[0];
  });
  // The tag stands before the value, on its line or the line above (`!!binary` alone on the field's line).
  const tag = value === undefined ? undefined : /(?<![^\s[{,:-])!\S*\s*$/.exec(text.slice(0, value));
  return tag?.index;
}

/** Where the text of `offset`'s line begins, at or after it: past the blanks of an indentation. */
function textStart(text: string, offset: number): number {
  let at = offset;
  while (text[at] === ' ' || text[at] === '\t') at++;
  return at < text.length && text[at] !== '\n' && text[at] !== '\r' ? at : offset;
}

function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let n = 1; n < line; n++) {
    const i = text.indexOf('\n', offset);
    if (i === -1) break;
    offset = i + 1;
  }
  return offset;
}

/** The pair at a path's key in `map`: the first with the key, or the repeat a key made with repeatedKey names. */
function pairAt(map: YAMLMap, segment: string): Pair | undefined {
  const { key, nth } = keyOf(segment);
  if (nth === 0) return pairsByKey(map).get(segment);
  let seen = 0;
  for (const p of map.items) if (Y.isPair(p) && Y.isScalar(p.key) && String(p.key.value) === key && seen++ === nth) return p;
  return undefined;
}

/**
 * A map's pairs by key (the first of a repeated one), built once per map: looking each path up by searching the
 * map's pairs made locating a finding for each of 50,000 fields quadratic (15 s).
 */
const keyIndexes = new WeakMap<YAMLMap, Map<string, Pair>>();
function pairsByKey(node: YAMLMap): Map<string, Pair> {
  let index = keyIndexes.get(node);
  if (!index) {
    index = new Map();
    for (const p of node.items) if (Y.isPair(p) && Y.isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
    keyIndexes.set(node, index);
  }
  return index;
}

/**
 * The source range of the node at `path` (its key or its value), from the positioned parse.
 * Where the path leaves the document (a missing field), the deepest node on the way is used.
 */
export function rangeAt(doc: Document.Parsed, path: YamlPath, part: 'key' | 'value'): [number, number] | undefined {
  let node: unknown = doc.contents;
  let keyNode: unknown;
  let best: [number, number] | undefined = rangeOf(node);
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (Y.isMap(node)) {
      const pair = pairAt(node, String(seg));
      if (!pair) return best;
      keyNode = pair.key;
      node = pair.value;
      const r = rangeOf(node) ?? rangeOf(keyNode);
      if (r) best = r;
      if (i === path.length - 1 && part === 'key') return rangeOf(keyNode) ?? best;
    } else if (Y.isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) return best;
      node = item;
      keyNode = undefined;
      const r = rangeOf(node);
      if (r) best = r;
    } else {
      return best;
    }
  }
  // An empty value (`attendees:` with nothing after it) has no range of its own: point at the key.
  if (node === null && keyNode !== undefined) return rangeOf(keyNode) ?? best;
  return best;
}

function rangeOf(node: unknown): [number, number] | undefined {
  const r = (node as Node | null | undefined)?.range;
  return r ? [r[0], r[1]] : undefined;
}

/** Objects reachable more than once: YAML aliases of collections, which could multiply work exponentially. */
export function hasSharedCollections(data: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (seen.has(v)) return true;
    seen.add(v);
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push(child);
  }
  return false;
}

/** Offset of the first alias (`*name`) that stands for a list or mapping, to point the refusal of shared collections at. */
export function firstSharedAlias(text: string): number | undefined {
  const doc = parsePositioned(text);
  let found: number | undefined;
  Y.visit(doc, {
    Alias(_, node) {
      if (Y.isAlias(node) && Y.isCollection(node.resolve(doc)) && node.range) {
        found = node.range[0];
        return Y.visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}
