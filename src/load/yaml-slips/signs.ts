// A value or a list's item that starts with a sign YAML reads as its own (*, &, !, >, [ …), and the hint to quote it.
import { clip } from '../../util/clip.js';
import type { Slip } from './scan.js';

/**
 * "  - - @Anna": a second dash makes a list in the list, whose item starts with a sign YAML reads as its own. The
 * parser stops at the sign, so that is the slip to tell, with the line to write: one dash, the value quoted (a list
 * in a list is no value of any field).
 */
export function nestedDash(line: string, start: number): Slip | undefined {
  const m = /^(\s*-[ \t]+)((?:-[ \t]+)+)([*&@`%|>](?=\S)|!!?(?=\p{L}))(.*)$/u.exec(line);
  if (!m) return undefined;
  const sign = m[3]!;
  const value = clip(`${sign}${m[4]!}`.trim());
  // A tag written as one ("- - !!binary …") is left to yaml-tag.
  const tag = /^(!!?)(\S*)(?:[ \t]+(.*))?$/.exec(value);
  if (tag && !emphasisTag(tag[1]!, tag[2]!, tag[3])) return undefined;
  const why = sign.startsWith('!') ? TAG : '';
  return { offset: start + m[1]!.length + m[2]!.length, message: signMessage(sign, why), hint: `Skriv ett enda - före värdet, och sätt värdet inom citattecken${sign === '*' ? MARKDOWN : ''}: ${m[1]!.trimStart()}"${value.replace(/"/g, '\\"')}"`, sign: true };
}

/** The slip of a value that starts with `sign`, after `before` ("title: ", "  - "): the whole value to be quoted. */
function signStart(line: string, start: number, before: string, sign: string, why = '', note = ''): Slip {
  const value = clip(line.slice(before.length).trim());
  return { offset: start + before.length, message: signMessage(sign, why), hint: `Sätt hela värdet inom citattecken${note}: ${before.trim()} "${value.replace(/"/g, '\\"')}"`, sign: true };
}

export const signMessage = (sign: string, why: string): string => `Värdet börjar med ${sign}, som betyder något särskilt i YAML${why}, så det går inte att läsa som text.`;

// The types a tag written as one names after !! (!!binary PHN…), besides those with a / (!!js/function).
const YAML_TYPES = /^!!(?:binary|bool|float|int|map|merge|null|omap|pairs|seq|set|str|timestamp|value|yaml)$/;

/**
 * "title: !Viktigt", "  - !!Viktigt!! vi flyttar mötet.": an exclamation mark for emphasis, which YAML reads as a tag
 * (what kind of value follows) and leaves out of the value. A tag written as one, before a quoted value or a list
 * (!eval "…") or naming a type (!!binary, !!js/function), is left to yaml-tag.
 */
export function exclamationStart(line: string, start: number): Slip | undefined {
  // Or !! alone ("- !!", "title: !! Viktigt"): a tag with no name, which no parser reads.
  const m = /^(\s*(?:-[ \t]+)?(?:[A-Za-z_]+:[ \t]+)?)(!!?)(\p{L}[\p{L}\p{N}_-]*[!?.:,]*|(?<=!!)(?=[ \t]|$))(?:[ \t]+(.*))?$/u.exec(line);
  if (!m || !/[-:]/.test(m[1]!) || !emphasisTag(m[2]!, m[3]!, m[4])) return undefined;
  return signStart(line, start, m[1]!, m[2]!, TAG);
}

export const TAG = ' (en tagg, som anger vad slags värde som följer)';

/** Whether `bang` (! or !!), `word` and what follows them (`rest`) are an exclamation mark for emphasis, not a tag written as one. */
export const emphasisTag = (bang: string, word: string, rest: string | undefined): boolean => !YAML_TYPES.test(bang + word) && !/^["'[{]/.test(rest ?? '');

/**
 * "title: *Extramöte*", "location: >Bryggan", "title: [Extra] möte", "  - *Anna Ek*": a value or a list's item that
 * starts with a character YAML gives a meaning of its own (an alias, a block, a list with text after it). The parsers'
 * complaints name the meaning.
 */
export function indicatorStart(line: string, start: number): Slip | undefined {
  const m = /^(\s*(?:(?:-\s+)?[A-Za-z_]+:[ \t]+|-[ \t]+))([*&@`%](?=\S)|[|>](?=\S)(?![+\-\d]*[ \t]*(?:#.*)?\r?$)|-[ \t]|[[{](?=.*[\]}][ \t]*[^\s#,\]}]))/.exec(line);
  if (!m) return undefined;
  const sign = m[2]!.trim();
  return signStart(line, start, m[1]!, sign, '', sign === '*' ? MARKDOWN : '');
}

// Said before the colon the text to write follows (see quoteItemHint).
export const MARKDOWN = ' (Markdown som *kursiv* och **fetstil** fungerar bara i texten under fälten)';

/**
 * "location: {a: 1, {b}}": a key further on in a value in braces that is itself fields or a list, which YAML cannot
 * read as a name (at `offset`); told as a value that starts with the sign, the whole value to be quoted.
 */
export function keyInFlowValue(line: string, start: number, offset: number): Slip | undefined {
  const m = /^(\s*(?:-\s+)?[A-Za-z_]+:[ \t]+)([[{])/.exec(line);
  // After a comma: the first key in braces ("{{{{Extra", "{{a}: 1}") is another slip's.
  if (!m || start + m[1]!.length >= offset || !line.slice(0, offset - start).trimEnd().endsWith(',')) return undefined;
  return signStart(line, start, m[1]!, m[2]!);
}
