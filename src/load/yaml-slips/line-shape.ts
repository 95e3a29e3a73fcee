// The slips a line's shape shows: a missing space or colon, an item without its dash, a colon in a value, a stray >,
// a key in brackets, a field out of line.
import { clip } from '../../util/clip.js';
import { editDistance } from '../../util/suggest.js';
import { FIELD_NAMES } from '../../validate/schemas.js';
import { fieldBeforeDash } from '../field-before-dash.js';
import { type Located, once, scanOf, type Slip } from './scan.js';
import { openQuoteAbove } from './quotes.js';
import { proseAction } from './prose-action.js';
import { outdentedItem } from './dash-lists.js';
import { pastedBullet, shown } from '../../validate/rules/bullets.js';

/** The slips of the shape of the line from `start` to `end` (`line`, without a CR), for an error of `yamlCode` on it. */
export function lineShapeSlip(text: string, yamlCode: string, start: number, end: number, line: string): Slip | undefined {
  // "%YAML 1.2" copied in: a directive, which may only stand before the opening ---; the parser reports it or, above
  // a field, the line below it, twice.
  const aboveLine = start > 0 ? text.slice(text.lastIndexOf('\n', start - 2) + 1, start) : '';
  const directive = line.startsWith('%') ? start : yamlCode === 'MISSING_CHAR' && aboveLine.startsWith('%') ? start - aboveLine.length : undefined;
  if (directive !== undefined) return { offset: directive, message: 'Raden börjar med %, som i YAML inleder ett direktiv, och ett direktiv kan inte stå bland fälten.', hint: 'Ta bort raden; fälten behöver inga direktiv.' };
  const dash = /^(\s*)-(?=[^\s-])(.*)$/.exec(line);
  if (dash) return { offset: start + dash[1]!.length, message: 'Det saknas ett mellanslag efter - i början av raden.', hint: `Skriv - och ett mellanslag före värdet: "${dash[1]}- ${clip(dash[2]!.trim())}"` };
  const undashed = undashedItem(text, start, line) ?? outdentedItem(text, yamlCode, start);
  if (undashed) return undashed;
  // The line below one that starts with a > is out of line for the block of text the > began.
  const aboveStart = text.lastIndexOf('\n', start - 2) + 1;
  const above = yamlCode === 'BAD_INDENT' && start > 0 ? strayBlockSign(text.slice(aboveStart, start - 1).replace(/\r$/, ''), aboveStart) : undefined;
  const stray = strayBlockSign(line, start) ?? above;
  if (stray) return stray;
  // "  due: 2016-04-01" above "  - who: Leif Redestig", right below "actions:": the field of an item before its dash.
  const before = fieldBeforeDash(text, start);
  if (before) return before;
  // The parser may stop on the line above the misaligned one: look one line further.
  const next = end === text.length ? -1 : text.indexOf('\n', end + 1);
  const misaligned = misalignedKey(text, next === -1 ? text.length : next);
  if (misaligned) return misaligned;
  if (yamlCode === 'MULTILINE_IMPLICIT_KEY') {
    const m = /^(\s*(?:-\s+)?[A-Za-z_]+):(?=[^\s/])/.exec(line);
    if (m) return { offset: start + m[1]!.length, message: 'Det saknas ett mellanslag efter kolonet.', hint: `Skriv ${clip(m[1]!.trim())}: och sedan värdet.` };
    const action = proseAction(text, start);
    if (action) return action;
  }
  if (yamlCode === 'BLOCK_AS_IMPLICIT_KEY') {
    // Said for each level the colons open ("title: a: a: a: …"): read once for the line.
    const slip = once(text, `colon ${start}`, () => colonInValue(line, start));
    if (slip) return slip;
  }
  if (yamlCode === 'UNEXPECTED_TOKEN') {
    // summary: "Fritidsbanken" har fått en lokal: the quotes end the value, and the words after them are left over.
    const m = /^(\s*(?:-\s+)?(?:[A-Za-z_]+:\s+)?)((["'])(?:(?!\3).)*\3\s+[^\s#].*?)\s*$/.exec(line);
    if (m) {
      const value = clip(m[2]!);
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
  if (yamlCode === 'MISSING_CHAR' || yamlCode === 'MULTILINE_IMPLICIT_KEY') return colonLeftOut(text, start, line);
  return undefined;
}

/**
 * A field's line, or a registry entry's id, without its colon ("location Bryggan", or "locat" saved while the field
 * was being typed, "ny-person" in people.yml): a name as fields and ids are written, lowercase, as far in as the
 * field above it at that depth. The parser asks for a character that closes something, or says a field's name
 * cannot go on over lines.
 */
function colonLeftOut(text: string, start: number, line: string): Slip | undefined {
  const m = /^( *)([a-z_][a-z0-9_-]*)(?:[ \t]+([^\s#:].*?))?[ \t]*$/.exec(line.replace(/\r$/, ''));
  if (!m || m[3]?.includes(': ')) return undefined;
  const indent = m[1]!.length;
  // The nearest line above as far in or further out, past blank lines, comments and the fields of deeper levels.
  let key: RegExpExecArray | undefined;
  for (let end = start - 1; end > 0; ) {
    const from = text.lastIndexOf('\n', end - 1) + 1;
    const above = text.slice(from, end).replace(/\r$/, '');
    end = from - 1;
    if (above.trim() === '' || /^\s*#/.test(above)) continue;
    const at = /^ */.exec(above)![0].length;
    if (at > indent) continue;
    key = (at === indent && /^ *([^\s:#-][^:#]*):(?:\s*(?:#.*)?$()|\s)/.exec(above)) || undefined;
    if (!key) return undefined;
    break;
  }
  if (indent > 0 && start === 0) return undefined;
  // An entry's id above, with its fields below it and not on its line ("vorta-drom:" in organisations.yml): any word
  // alone is the next entry's id.
  const idAbove = key !== undefined && key[2] !== undefined && !FIELD_NAMES.has(key[1]!);
  if (!mayBeName(m[2]!, m[3] !== undefined, idAbove)) return undefined;
  // A quote opened above and never closed reads this line into its value: the quote is what to put right.
  if (openQuoteAbove(text, start) !== undefined) return undefined;
  const name = m[2]!;
  const value = m[3] === undefined ? '' : ` ${clip(m[3])}`;
  return { offset: start + indent, message: 'Kolonet efter namnet saknas, så raden går inte att läsa som ett fält.', hint: `Skriv ett kolon direkt efter namnet: ${name}:${value}` };
}

/**
 * Whether `name`, first on a line without a colon, is a field's name or an id rather than words of a text run on to
 * a line of its own ("summary: Vi ses" above "igen nästa vecka"): with a value after it, a field's name or one a
 * letter from it, five letters or more ("locaton Bryggan"); alone, also the start of one, three letters or more
 * ("locat"), an id as registries write them, with a - or _ ("ny-person"), or any word below an entry's id (`idAbove`).
 */
function mayBeName(name: string, withValue: boolean, idAbove: boolean): boolean {
  if (FIELD_NAMES.has(name) || (name.length >= 5 && [...FIELD_NAMES].some((f) => editDistance(name, f, 1) <= 1))) return true;
  if (withValue) return false;
  return idAbove || /[-_]/.test(name) || (name.length >= 3 && [...FIELD_NAMES].some((f) => f.startsWith(name)));
}

/**
 * A line of plain text at the indent of the dashes of the list item above it ("  - David Bergström" then
 * "  Leif Redestig"): an item whose "- " was left out, which the parser reports as indentation, a missing sign and a
 * key, up to three times for the one line.
 */
function undashedItem(text: string, start: number, line: string): Located | undefined {
  const m = /^( *)([^\s#\-:"'[\]{}*&!|>%@`].*)$/u.exec(line);
  // Not a field (a colon after a word), nor, flush left, a field whose colon was left out ("location Bryggan").
  if (!m || /^[^#]*?:(?:\s|$)/.test(m[2]!) || (m[1] === '' && /^[a-z_]+[ \t]/.test(m[2]!))) return undefined;
  // The nearest line above that is neither blank nor a comment.
  let end = start - 1;
  while (end > 0) {
    const from = text.lastIndexOf('\n', end - 1) + 1;
    const above = text.slice(from, end).replace(/\r$/, '');
    end = from - 1;
    if (above.trim() === '' || /^\s*#/.test(above)) continue;
    const dash = /^( *)- /.exec(above);
    if (!dash || dash[1]!.length !== m[1]!.length) return undefined;
    const written = m[2]!.replace(/\s+#.*$/, '').trim();
    // "– Leif Redestig": Word made the typed "- " a dash or a bullet; the item is what follows it.
    const pasted = pastedBullet(written);
    const item = clip(pasted?.text ?? written);
    const starts = pasted ? `börjar med ${shown(pasted.glyph)} i stället för -` : 'börjar inte med -';
    const instead = pasted ? ` i stället för ${shown(pasted.glyph)}` : '';
    return { offset: start + m[1]!.length, message: `Raden står bland raderna i en lista men ${starts}, så den går inte att läsa.`, hint: `Börja raden med - och ett mellanslag${instead}, som raderna ovanför: "${m[1]}- ${item}"` };
  }
  return undefined;
}

/**
 * "location: Bryggan: rum 3": a colon and a space in a value, which opens a mapping in it; so does one at its end,
 * as in a value half typed ("time: 13:"), which was said to be a field's name that cannot be a block.
 */
function colonInValue(line: string, start: number): Slip | undefined {
  const m = /^(\s*(?:-\s+)?[A-Za-z_]+:\s+)([^"'\s#].*)$/.exec(line);
  if (!m) return undefined;
  // A " #" ends the value: what follows is a comment, which YAML drops, and which stays one after the quotes.
  const hash = m[2]!.search(/\s#/);
  const written = (hash === -1 ? m[2]! : m[2]!.slice(0, hash)).trimEnd();
  const colon = /:(?:\s|$)/.exec(written);
  if (!colon) return undefined;
  const comment = hash === -1 ? '' : ` ${clip(m[2]!.slice(hash).trim())}`;
  const quoted = `${m[1]!.trim()} "${clip(written).replace(/"/g, '\\"')}"${comment}`;
  const value: [number, number] = [start + m[1]!.length, start + line.length];
  // The first colon that opens a field is the value's last sign.
  if (colon.index === written.length - 1) return { offset: value[0], message: 'Värdet slutar med ett kolon, och då läses det som ett nytt fält.', hint: `Skriv klart värdet efter kolonet, eller sätt det inom citattecken: ${quoted}`, value };
  return { offset: value[0], message: 'Värdet innehåller ett kolon följt av mellanslag, och då läses det som ett nytt fält.', hint: `Sätt värdet inom citattecken: ${quoted}`, value };
}

/**
 * "> name: Leif Redestig", "  - >group: gug": a > before a key (a line quoted from an e-mail, a slip of the key
 * beside the shift key) starts a block of text in YAML, so the key is no key; the parser complains up to five times.
 */
function strayBlockSign(line: string, start: number): Slip | undefined {
  const m = /^([ \t]*(?:-[ \t]+)?)>[ \t]*([^\s:#"'[\]{}|>][^:#]*?):([ \t].*)?$/.exec(line);
  if (!m) return undefined;
  return { offset: start + m[1]!.length, value: [start, start + line.length], message: `Raden börjar med >, som i YAML inleder ett block av text, så raden läses som text och inte som "${clip(m[2]!)}:".`, hint: `Ta bort > före ${clip(m[2]!)}: "${m[1]}${clip(m[2]!)}:${clip((m[3] ?? '').trimEnd())}"` };
}

/**
 * "[Punkt 1]: Lokal", "{Punkt}: Lokal": a key in brackets is a list (in braces, fields), not a name. Written before
 * an address it is most likely a Markdown link definition, which belongs in the text.
 */
export function bracketedKey(line: string, start: number): Slip | undefined {
  const m = /^(\s*(?:-[ \t]+)?)([[{])([^\]}]*)[\]}][ \t]*:[ \t]*(.*)$/.exec(line);
  if (!m) return undefined;
  const before = m[1]!;
  const bracket = m[2]!;
  const name = clip(m[3]!.trim());
  const value = m[4]!;
  const brackets = bracket === '[' ? 'hakparenteser' : 'klammerparenteser';
  const address = bracket === '[' && /^<?(?:https?:\/\/|mailto:|\.{0,2}\/|[^\s:]+\.[a-z]{2,4}>?$)/i.test(value);
  return {
    offset: start + before.length,
    message: `Fältnamnet står inom ${brackets}, och då läses det i YAML som ${bracket === '[' ? 'en lista' : 'fält'}, inte som ett namn.`,
    hint: address ? `En länk i Markdown ([${name}]: adress) skrivs i texten: flytta raden ned under raden --- som avslutar fälten.` : `Skriv namnet utan ${brackets}: "${before}${name}:${value ? ` ${clip(value)}` : ''}"`,
  };
}

/**
 * "location: {{ plats }}", "- {% namn %}": a template's placeholder left as a value (from a copied template or
 * another tool's), which YAML reads as fields in braces. Said at its first brace, with the value to write instead: the
 * value's own slip, as a sign it starts with (an item of a list with one is left out of it alone).
 */
export function placeholderValue(line: string, start: number): Slip | undefined {
  const m = /^([ \t]*(?:-[ \t]+)?(?:[A-Za-z_][\w-]*:[ \t]+)?)(\{[{%].*?[}%]\})[ \t]*(?:#.*)?$/.exec(line);
  if (!m) return undefined;
  const field = /([A-Za-z_][\w-]*):[ \t]+$/.exec(m[1]!)?.[1];
  const placeholder = clip(m[2]!);
  return {
    offset: start + m[1]!.length,
    sign: true,
    message: `${placeholder} ser ut som en platshållare ur en mall, och klamrarna läses i YAML som fält, inte som text.`,
    hint: `Skriv ${field ? `det som ska stå i fältet ${field}` : 'värdet'} i stället för platshållaren, eller, om klamrarna ska stå kvar, sätt värdet inom citattecken: ${`${m[1]}"${placeholder.replace(/"/g, '\\"')}"`.trim()}`,
  };
}

/**
 * "? lisa-berg:" above the entry's fields: a ? starts a key written over lines, so the id and the fields below it are
 * one key made of fields, and no entry. Said at the ?, with the line to write.
 */
export function explicitKey(line: string, start: number): Slip | undefined {
  const m = /^([ \t]*(?:-[ \t]+)?)\?[ \t]+([^\s:#"'[\]{}][^:#]*?):([ \t].*)?$/.exec(line);
  if (!m) return undefined;
  const key = clip(m[2]!);
  return {
    offset: start + m[1]!.length,
    message: `Raden börjar med ?, som i YAML gör "${key}:" och raderna under den till ett enda fältnamn, inte till ett fält med värden.`,
    hint: `Ta bort ? före ${key}: "${m[1]}${key}:${clip((m[3] ?? '').trimEnd())}"`,
  };
}

/**
 * The first field, up to `until`, that stands a space or three off the field above it in the same block
 * ("  - who: Leif" then "     what: …"): the parser then reports something else, somewhere else. A field may
 * stand under any field it belongs to, or further in under one with no value on its line.
 */
export function misalignedKey(text: string, until: number): Slip | undefined {
  const { misaligned } = scanOf(text);
  return misaligned && misaligned.at <= until + 1 ? misaligned.found : undefined;
}
