// What a note-taker most likely mistyped, for the YAML errors that common slips cause: the parser's own message
// names something else, often somewhere else (a missing colon at the end of the front matter for an unclosed quote).

export interface Slip {
  readonly offset: number;
  readonly message: string;
  readonly hint: string;
  /**
   * Where the slipped value (or line) lies, when the parser, misled by it, takes the fields below it for part of it
   * (a colon in a value opens a mapping that runs on, a > a block of text): blanked, the rest of the text reads as meant.
   */
  readonly value?: readonly [number, number];
  /** A sign the value starts with, the value's own slip: an item of a list with one may be left out of it alone. */
  readonly sign?: true;
}

/**
 * A line whose value opens a quote, double or single ('Bryggan), and does not close it: the value runs on over the
 * lines below, up to the next quote. Matches a single line, or with `m` any line of a text.
 */
export const OPEN_QUOTE = /^([ \t]*(?:-[ \t]+)?(?:[A-Za-z_]+:[ \t]+)?)(?:"(?:[^"\\\n]|\\.)*|'(?:[^'\n]|'')*)$/m;

/**
 * What a note-taker most likely mistyped, for the parser errors that common slips cause: a missing space after a
 * colon ("date:2016-04-04") or a list's dash ("-Leif Redestig"), a second colon in a value ("location: Bryggan: rum 3"),
 * a list item starting with *, a value or an item in brackets ([Anna, *Bo*]) that starts with a sign YAML reads as its own, a value that starts with a quoted word ("Fritidsbanken" har …), and a quote never closed (which the parser reports only where the front matter ends).
 */
export function commonSlip(text: string, yamlCode: string, offset: number): Slip | undefined {
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const end = text.indexOf('\n', start);
  // Without the CR of a line ending in CRLF (a file saved on Windows): "." in the patterns below stops at it.
  const line = text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '');
  // "  -Leif Redestig": without the space the dash is part of the text, and the parser complains about indentation
  // and keys, up to three times for the one line.
  const bracket = bracketBeforeDashes(text, end === -1 ? text.length : end);
  if (bracket) return bracket;
  const dash = /^(\s*)-(?=[^\s-])(.*)$/.exec(line);
  if (dash) return { offset: start + dash[1]!.length, message: 'Det saknas ett mellanslag efter - i början av raden.', hint: `Skriv - och ett mellanslag före värdet: "${dash[1]}- ${dash[2]!.trim()}".` };
  // The line below one that starts with a > is out of line for the block of text the > began.
  const aboveStart = text.lastIndexOf('\n', start - 2) + 1;
  const above = yamlCode === 'BAD_INDENT' && start > 0 ? strayBlockSign(text.slice(aboveStart, start - 1).replace(/\r$/, ''), aboveStart) : undefined;
  const stray = strayBlockSign(line, start) ?? above;
  if (stray) return stray;
  // The parser may stop on the line above the misaligned one: look one line further.
  const next = end === -1 ? -1 : text.indexOf('\n', end + 1);
  const misaligned = misalignedKey(text, next === -1 ? text.length : next);
  if (misaligned) return misaligned;
  if (yamlCode === 'MULTILINE_IMPLICIT_KEY') {
    const m = /^(\s*(?:-\s+)?[A-Za-z_]+):(?=[^\s/])/.exec(line);
    if (m) return { offset: start + m[1]!.length, message: 'Det saknas ett mellanslag efter kolonet.', hint: `Skriv ${m[1]!.trim()}: och sedan värdet.` };
  }
  if (yamlCode === 'BLOCK_AS_IMPLICIT_KEY') {
    const m = /^(\s*(?:-\s+)?[A-Za-z_]+:\s+)([^"'\s].*?:\s.*)$/.exec(line);
    if (m) return { offset: start + m[1]!.length, message: 'Värdet innehåller ett kolon följt av mellanslag, och då läses det som ett nytt fält.', hint: `Sätt värdet inom citattecken: ${m[1]!.trim()} "${m[2]!.trim().replace(/"/g, '\\"')}".`, value: [start + m[1]!.length, start + line.length] };
  }
  if (yamlCode === 'UNEXPECTED_TOKEN') {
    // summary: "Fritidsbanken" har fått en lokal: the quotes end the value, and the words after them are left over.
    const m = /^(\s*(?:-\s+)?(?:[A-Za-z_]+:\s+)?)((["'])(?:(?!\3).)*\3\s+[^\s#].*?)\s*$/.exec(line);
    if (m) {
      const value = m[2]!;
      const inSingle = m[3] === '"';
      const quoted = inSingle ? `'${value.replace(/'/g, "''")}'` : `"${value.replace(/"/g, '\\"')}"`;
      const before = m[1]!.trim();
      return { offset: start + m[1]!.length, message: 'Värdet börjar med ett ord inom citattecken, och texten efter citattecknen går inte att läsa.', hint: `Sätt hela värdet inom ${inSingle ? 'enkla' : 'dubbla'} citattecken: ${before ? `${before} ` : ''}${quoted}` };
    }
  }
  if (yamlCode === 'BAD_ALIAS' || yamlCode === 'UNEXPECTED_TOKEN') {
    const m = /^(\s*)\*\s/.exec(line);
    if (m) return { offset: start + m[1]!.length, message: 'En lista skrivs med -, inte *.', hint: 'Börja raden med - och ett mellanslag.' };
  }
  // The parser may report an indented one also as something else, at its bracket.
  const key = yamlCode === 'NON_STRING_KEY' || text[offset] === '[' || text[offset] === '{' ? bracketedKey(line, start) : undefined;
  if (key && (yamlCode === 'NON_STRING_KEY' || key.offset === offset)) return key;
  if (yamlCode === 'MISSING_CHAR') {
    // The last line before the error that opens a quote, double or single ('Bryggan), it does not close.
    const lines = text.slice(0, offset).split('\n');
    let at = 0;
    let found: { offset: number; quote: string } | undefined;
    for (const l of lines) {
      const open = OPEN_QUOTE.exec(l);
      if (open) found = { offset: at + open[1]!.length, quote: l[open[1]!.length]! };
      at += l.length + 1;
    }
    if (found !== undefined) return { offset: found.offset, message: 'Citattecknet här avslutas aldrig.', hint: `Lägg till ett ${found.quote} i slutet av värdet, på samma rad.` };
  }
  return exclamationStart(line, start) ?? flowItemStart(text, line, start, offset) ?? indicatorStart(line, start);
}

/**
 * "> name: Leif Redestig", "  - >group: gug": a > before a key (a line quoted from an e-mail, a slip of the key
 * beside the shift key) starts a block of text in YAML, so the key is no key; the parser complains up to five times.
 */
function strayBlockSign(line: string, start: number): Slip | undefined {
  const m = /^([ \t]*(?:-[ \t]+)?)>[ \t]*([^\s:#"'[\]{}|>][^:#]*?):([ \t].*)?$/.exec(line);
  if (!m) return undefined;
  return { offset: start + m[1]!.length, value: [start, start + line.length], message: `Raden börjar med >, som i YAML inleder ett block av text, så raden läses som text och inte som "${m[2]}:".`, hint: `Ta bort > före ${m[2]}: "${m[1]}${m[2]}:${(m[3] ?? '').trimEnd()}".` };
}

/**
 * "[Punkt 1]: Lokal", "{Punkt}: Lokal": a key in brackets is a list (in braces, fields), not a name. Written before
 * an address it is most likely a Markdown link definition, which belongs in the text.
 */
function bracketedKey(line: string, start: number): Slip | undefined {
  const m = /^(\s*(?:-[ \t]+)?)([[{])([^\]}]*)[\]}][ \t]*:[ \t]*(.*)$/.exec(line);
  if (!m) return undefined;
  const before = m[1]!;
  const bracket = m[2]!;
  const name = m[3]!.trim();
  const value = m[4]!;
  const brackets = bracket === '[' ? 'hakparenteser' : 'klammerparenteser';
  const address = bracket === '[' && /^<?(?:https?:\/\/|mailto:|\.{0,2}\/|[^\s:]+\.[a-z]{2,4}>?$)/i.test(value);
  return {
    offset: start + before.length,
    message: `Fältnamnet står inom ${brackets}, och då läses det i YAML som ${bracket === '[' ? 'en lista' : 'fält'}, inte som ett namn.`,
    hint: address ? `En länk i Markdown ([${name}]: adress) skrivs i texten: flytta raden ned under raden --- som avslutar fälten.` : `Skriv namnet utan ${brackets}: "${before}${name}:${value ? ` ${value}` : ''}".`,
  };
}

/** The slip of a value that starts with `sign`, after `before` ("title: ", "  - "): the whole value to be quoted. */
function signStart(line: string, start: number, before: string, sign: string, why = '', note = ''): Slip {
  const value = line.slice(before.length).trim();
  return { offset: start + before.length, message: signMessage(sign, why), hint: `Sätt hela värdet inom citattecken: ${before.trim()} "${value.replace(/"/g, '\\"')}".${note}`, sign: true };
}

const signMessage = (sign: string, why: string): string => `Värdet börjar med ${sign}, som betyder något särskilt i YAML${why}, så det går inte att läsa som text.`;

// The types a tag written as one names after !! (!!binary PHN…), besides those with a / (!!js/function).
const YAML_TYPES = /^!!(?:binary|bool|float|int|map|merge|null|omap|pairs|seq|set|str|timestamp|value|yaml)$/;

/**
 * "title: !Viktigt", "  - !!Viktigt!! vi flyttar mötet.": an exclamation mark for emphasis, which YAML reads as a tag
 * (what kind of value follows) and leaves out of the value. A tag written as one, before a quoted value or a list
 * (!eval "…") or naming a type (!!binary, !!js/function), is left to yaml-tag.
 */
function exclamationStart(line: string, start: number): Slip | undefined {
  const m = /^(\s*(?:-[ \t]+)?(?:[A-Za-z_]+:[ \t]+)?)(!!?)(\p{L}[\p{L}\p{N}_-]*[!?.:,]*)(?:[ \t]+(.*))?$/u.exec(line);
  if (!m || !/[-:]/.test(m[1]!) || !emphasisTag(m[2]!, m[3]!, m[4])) return undefined;
  return signStart(line, start, m[1]!, m[2]!, TAG);
}

const TAG = ' (en tagg, som anger vad slags värde som följer)';

/** Whether `bang` (! or !!), `word` and what follows them (`rest`) are an exclamation mark for emphasis, not a tag written as one. */
const emphasisTag = (bang: string, word: string, rest: string | undefined): boolean => !YAML_TYPES.test(bang + word) && !/^["'[{]/.test(rest ?? '');

/**
 * "title: *Extramöte*", "location: >Bryggan", "title: [Extra] möte", "  - *Anna Ek*": a value or a list's item that
 * starts with a character YAML gives a meaning of its own (an alias, a block, a list with text after it). The parsers'
 * complaints name the meaning.
 */
function indicatorStart(line: string, start: number): Slip | undefined {
  const m = /^(\s*(?:(?:-\s+)?[A-Za-z_]+:[ \t]+|-[ \t]+))([*&@`%](?=\S)|[|>](?=\S)(?![+\-\d]*[ \t]*(?:#.*)?\r?$)|-[ \t]|[[{](?=.*[\]}][ \t]*[^\s#,\]}]))/.exec(line);
  if (!m) return undefined;
  const sign = m[2]!.trim();
  return signStart(line, start, m[1]!, sign, '', sign === '*' ? MARKDOWN : '');
}

const MARKDOWN = ' (Markdown som *kursiv* och **fetstil** fungerar bara i texten under fälten.)';

/** An item of a list in brackets on a line: where it starts and ends (at its , or ]) in the line, and its text. */
export interface FlowItem {
  readonly at: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The items of the list in brackets that a line's value is ("attendees: [Anna, *Bo*]", "  - [Anna, Bo]"), with
 * quotes and brackets inside an item read as part of it. Empty when the value is no such list.
 */
export function flowItems(line: string): FlowItem[] {
  const open = /^\s*(?:-[ \t]+)?(?:[A-Za-z_][\w-]*:[ \t]+)?\[/.exec(line);
  if (!open) return [];
  const items: FlowItem[] = [];
  let depth = 0;
  let at = open[0].length;
  for (let i = at; i <= line.length; i++) {
    const c = line[i];
    if (c === '"' || c === "'") {
      const close = c === '"' ? /^"(?:[^"\\]|\\.)*"/.exec(line.slice(i)) : /^'(?:[^']|'')*'/.exec(line.slice(i));
      if (close) i += close[0].length - 1;
    } else if (c === '[' || c === '{') depth++;
    else if (depth > 0 && (c === ']' || c === '}')) depth--;
    else if (c === undefined || c === ',' || c === ']') {
      const text = line.slice(at, i);
      const lead = text.length - text.trimStart().length;
      if (text.trim() !== '') items.push({ at: at + lead, end: at + lead + text.trim().length, text: text.trim() });
      if (c !== ',') break;
      at = i + 1;
    }
  }
  return items;
}

/** The line (without its indent) with `item` replaced by `by`. */
export const replaceItem = (line: string, item: FlowItem, by: string): string => `${line.slice(0, item.at)}${by}${line.slice(item.end)}`.trim();

/** `value` within double quotes, as YAML reads it back. */
export const doubleQuoted = (value: string): string => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * "attendees: [*David Bergström*]", "guests: [Anna, @Bo]": an item of a list in brackets that starts with a sign YAML
 * reads as its own, as a value or a list's item does. The item the parser's error at `offset` lies in (js-yaml marks
 * the end of an alias). An alias to an anchor set above it ([*s] after &s) is meant.
 */
function flowItemStart(text: string, line: string, start: number, offset: number): Slip | undefined {
  const item = flowItems(line).find((i) => start + i.at <= offset && offset <= start + i.end);
  const m = item && /^(?:[*&@`%|>](?=\S)|(!!?)(\p{L}[\p{L}\p{N}_-]*[!?.:,]*)(?:[ \t]+(.*))?$|[[{].*[\]}][ \t]*[^\s#])/u.exec(item.text);
  if (!item || !m) return undefined;
  if (m[1] !== undefined && !emphasisTag(m[1], m[2]!, m[3])) return undefined;
  const alias = /^\*([^\s,[\]{}]+)$/.exec(item.text);
  if (alias && text.slice(0, start + item.at).includes(`&${alias[1]}`)) return undefined;
  const sign = m[1] ?? item.text[0]!;
  const emphasis = /^(\*{1,2})([^*\s](?:.*[^*\s])?)\1$/.exec(item.text);
  const hint = emphasis
    ? `Ta bort asteriskerna: ${replaceItem(line, item, emphasis[2]!)}.${MARKDOWN}`
    : `Sätt det inom citattecken: ${replaceItem(line, item, doubleQuoted(item.text))}.${sign === '*' ? MARKDOWN : ''}`;
  return { offset: start + item.at, message: signMessage(sign, m[1] === undefined ? '' : TAG), hint, sign: true };
}

/**
 * "attendees: [" above a list written with dashes: the bracket opens a list that is never closed, and the parser
 * reports the dashes and the end of the front matter instead (in English, twice). The last such line up to `until`.
 */
function bracketBeforeDashes(text: string, until: number): { offset: number; message: string; hint: string } | undefined {
  const lines = text.slice(0, until).split('\n');
  let found: { offset: number; message: string; hint: string } | undefined;
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*(?:-\s+)?([A-Za-z_][\w-]*):[ \t]*)([[{])[ \t]*(?:#.*)?\r?$/.exec(lines[i]!);
    const next = m ? lines.slice(i + 1).find((l) => l.trim() !== '' && !/^\s*#/.test(l)) : undefined;
    if (m && next !== undefined && /^\s*-(?:\s|$)/.test(next)) {
      const opened = m[3] === '[' ? 'en lista inom hakparenteser' : 'ett fält inom klammerparenteser';
      found = { offset: at + m[1]!.length, message: `Raderna under "${m[2]}" är en lista med streck (-), men ${m[3]} efter kolonet öppnar ${opened} som aldrig avslutas.`, hint: `Ta bort ${m[3]} efter ${m[2]}: (en lista med streck behöver inga parenteser).` };
    }
    at += lines[i]!.length + 1;
  }
  return found;
}

/**
 * The first field, up to `until`, that stands a space or three off the field above it in the same block
 * ("  - who: Leif" then "     what: …"): the parser then reports something else, somewhere else. A field may
 * stand under any field it belongs to, or further in under one with no value on its line.
 */
function misalignedKey(text: string, until: number): { offset: number; message: string; hint: string } | undefined {
  let above: { key: string; column: number; opens: boolean } | undefined;
  // The columns of the fields the current line may belong to, outermost first.
  const open: number[] = [];
  // The column of a field whose value is a block of text (summary: >-): its lines are text, not fields.
  let block: number | undefined;
  let at = 0;
  for (const line of text.slice(0, until).split('\n')) {
    const indent = /^ */.exec(line)![0].length;
    if (line.trim() === '' || /^\s*#/.test(line) || (block !== undefined && indent > block)) {
      at += line.length + 1;
      continue;
    }
    block = undefined;
    // Any plain key, not only a field's: an id in people.yml may be written as the name ("Kalle Åström:"), and
    // a key missed here would leave the fields above it open, and the next key taken for one of them.
    const m = /^( *)(- +)?([^\s#:\-"'[\]{}*&!|>%@`][^:#]*?):(?:\s|$)/u.exec(line);
    if (m && !m[2]) {
      const belongs = open.includes(indent) || (above?.opens === true && indent > above.column);
      if (above && !belongs && Math.abs(indent - above.column) <= 3) {
        return { offset: at + indent, message: `Fältet "${m[3]}" står inte rakt under "${above.key}" på raden ovanför, så det går inte att läsa.`, hint: `Ställ ${m[3]}: rakt under ${above.key}: (${above.column === 0 ? 'först på raden' : `${above.column} mellanslag in`}).` };
      }
    }
    // Whatever stands at this line's indent or further in is closed by it.
    while (open.length > 0 && open[open.length - 1]! >= indent) open.pop();
    if (m) {
      const column = indent + (m[2]?.length ?? 0);
      open.push(column);
      if (/:\s*[|>][+-]?\d*\s*(?:#.*)?$/.test(line)) block = column;
      above = { key: m[3]!, column, opens: /:\s*(?:#.*)?$/.test(line) };
    } else above = undefined;
    at += line.length + 1;
  }
  return undefined;
}

/** An item that can be left out of its list alone, and that list: where it starts (its id), and how many items it has. */
export interface SlippedItem {
  /** What to blank to leave the item out: the item with a comma beside it, or its line. */
  readonly range: readonly [number, number];
  readonly list: number;
  readonly items: number;
}

/**
 * For `text`, the item of a list whose value starts at an offset ("[Anna, *Bo*]", "  - *Bo*"), when it can be left
 * out of the list alone: one of a list in brackets closed on its line, or a dash's item on one line. Blanked, the
 * list's other items read as written, and are checked. The lists with dashes are found once, in one pass.
 */
export function slippedItems(text: string): (offset: number) => SlippedItem | undefined {
  let dashes: Map<number, DashItem> | undefined;
  return (offset) => {
    const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    const lineEnd = text.indexOf('\n', start);
    const line = text.slice(start, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '');
    const items = flowItems(line);
    const i = items.findIndex((item) => start + item.at === offset);
    if (i !== -1) {
      if (!/^[ \t]*\][ \t]*(?:#.*)?$/.test(line.slice(items[items.length - 1]!.end))) return undefined;
      // With the comma after it, or the one before it for the last item: the rest stays a list.
      const item = items[i]!;
      const next = items[i + 1];
      const before = items[i - 1];
      const [a, b] = next ? [item.at, next.at] : before ? [before.end, item.end] : [item.at, item.end];
      return { range: [start + a, start + b], list: start, items: items.length };
    }
    const dash = /^ *-[ \t]+/.exec(line);
    const item = dash && start + dash[0].length === offset ? (dashes ??= dashItems(text)).get(start) : undefined;
    return item && !item.runsOn ? { range: [start, start + line.length], list: item.list.at, items: item.list.items } : undefined;
  };
}

interface DashItem {
  readonly list: { readonly at: number; items: number };
  /** Whether the item goes on below its line (its text, or fields, further in). */
  runsOn: boolean;
}

/** The items of the lists with dashes in `text`, by the start of their lines. */
function dashItems(text: string): Map<number, DashItem> {
  const out = new Map<number, DashItem>();
  // The lists open at the current line, innermost last.
  const open: { column: number; list: DashItem['list'] }[] = [];
  let above: { column: number; item?: DashItem } | undefined;
  for (let at = 0; at <= text.length; ) {
    const end = text.indexOf('\n', at);
    const lineEnd = end === -1 ? text.length : end;
    const line = text.slice(at, lineEnd);
    if (!/^\s*(?:#.*)?$/.test(line)) {
      const column = /^ */.exec(line)![0].length;
      if (above?.item && column > above.column) above.item.runsOn = true;
      while (open.length > 0 && open[open.length - 1]!.column > column) open.pop();
      const isDash = /^ *-(?:[ \t]|\r?$)/.test(line);
      const top = open[open.length - 1];
      if (top?.column === column && !isDash) open.pop();
      let item: DashItem | undefined;
      if (isDash) {
        const list = top?.column === column ? top.list : { at, items: 0 };
        if (list !== top?.list) open.push({ column, list });
        list.items++;
        item = { list, runsOn: false };
        out.set(at, item);
      }
      above = { column, ...(item ? { item } : {}) };
    }
    if (end === -1) break;
    at = end + 1;
  }
  return out;
}
