// Control characters (U+0000–U+001F except tab and line breaks, U+007F–U+009F, U+FFFE, U+FFFF, lone surrogates)
// have no place in minutes: they make the Atom feeds ill-formed XML, can add lines to calendars and rewrite
// terminals. YAML lets them in through escapes ("\x01", "\r"), Markdown as they are; both are refused here.
import type { Finding, YamlPath } from '../diagnostics.js';
import { atKey, atValue, childPath } from '../diagnostics.js';
import { count, listed } from '../util/plural.js';

// Each pattern finds a run of them side by side, told once (five bytes 00 00 00 01 02 pasted at a line's end are one slip).
/** In YAML values a line break is always LF (YAML folds CRLF), so a CR can only come from an escape. */
const IN_VALUE = /(?:[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF])+/;
/** The Markdown text may have CRLF line endings. */
const IN_BODY = /(?:[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF])+/g;
/** A quick first look (any surrogate, paired or not), so most texts are scanned once with a simple class. */
const MAYBE_IN_BODY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Whether a file's text has none of the characters MAYBE_IN_BODY looks for (nor, so, any RAW_IN_YAML finds). Then
 * no part of it has any: its fields could hold a control character only from an escape, and its Markdown none. One
 * look at each file's text, rather than one at its Markdown and two at its fields (SourceFile.plain).
 */
export const isPlainText = (text: string): boolean => !MAYBE_IN_BODY.test(text);

const HINT = 'Ta bort tecknet (det kommer ofta med inklistrad text); det syns inte men gör flöden och kalendrar trasiga.';
const HINT_MANY = 'Ta bort tecknen (de kommer ofta med inklistrad text); de syns inte men gör flöden och kalendrar trasiga.';

/** Control characters written as they are (not as escapes) in YAML text, which YAML does not allow. */
const RAW_IN_YAML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]+/g;
const ANY_RAW_IN_YAML = new RegExp(RAW_IN_YAML.source);

/**
 * YAML text with raw control characters: a finding at each run of them side by side (up to 20), and the text with
 * each replaced by a space, so the rest can still be parsed and checked in the same run. `part` is what the YAML is of its file: the
 * fields at the top of minutes, or all of a registry (which has no fields at its top to speak of).
 */
export function rawYamlControlCharacters(file: string, text: string, offset: number, plain = false, part: 'front matter' | 'file' = 'front matter'): { findings: Finding[]; text: string } {
  if (plain || !ANY_RAW_IN_YAML.test(text)) return { findings: [], text };
  const hits = [...text.matchAll(RAW_IN_YAML)];
  const holder = part === 'file' ? 'Filen' : 'Fälten överst i filen';
  const findings: Finding[] = hits.slice(0, MAX_LISTED).map((hit) => ({ file, where: { kind: 'offset', offset: offset + hit.index, length: hit[0].length }, code: 'control-character', ...said(holder, hit[0]) }));
  return { findings, text: text.replace(RAW_IN_YAML, (run) => ' '.repeat(run.length)) };
}

/** "U+001B" */
const codePoint = (c: string): string => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Beyond this many side by side, the rest of a run are counted rather than named. */
const NAMED_IN_RUN = 8;

/** What is said of `run`, control characters side by side in what `holder` names ("Filen", "Värdet"). */
function said(holder: string, run: string): { message: string; hint: string } {
  if (run.length === 1) return { message: `${holder} innehåller styrtecknet ${codePoint(run)}.`, hint: HINT };
  const named = [...run.slice(0, run.length > NAMED_IN_RUN ? NAMED_IN_RUN - 1 : NAMED_IN_RUN)].map(codePoint);
  const rest = run.length - named.length;
  return { message: `${holder} innehåller ${count(run.length)} styrtecken i rad: ${listed(rest > 0 ? [...named, `${count(rest)} till`] : named)}.`, hint: HINT_MANY };
}

/** YAML can only produce a control character from one in its text or from an escape (a backslash). */
const MAY_HOLD = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\\]/;

/**
 * Every key and string value of parsed YAML holding a control character, one finding per value. With the YAML
 * text, values are only looked through when the text could have put a control character in them: with `plain`
 * (a part of a plain text, see isPlainText), only through an escape.
 */
export function controlCharacterFindings(file: string, data: unknown, yamlText?: string, plain = false): Finding[] {
  if (yamlText !== undefined && !(plain ? yamlText.includes('\\') : MAY_HOLD.test(yamlText))) return [];
  const out: Finding[] = [];
  // Iterative, so no nesting the parser accepted can overflow the stack here.
  const stack: { value: unknown; path: YamlPath }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const hit = IN_VALUE.exec(value);
      if (hit) out.push({ file, where: atValue(path), code: 'control-character', ...said('Värdet', hit[0]) });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, path: childPath(path, i) }));
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        const hit = IN_VALUE.exec(k);
        if (hit) out.push({ file, where: atKey(childPath(path, k)), code: 'control-character', ...said('Fältnamnet', hit[0]) });
        stack.push({ value: v, path: childPath(path, k) });
      }
    }
  }
  return out.reverse();
}

/** Beyond this many in one text, the rest are counted rather than listed (a pasted binary could have thousands). */
const MAX_LISTED = 20;

/** Control characters in a minutes text (`plain`: part of a plain text, see isPlainText), each run at its place. */
export function bodyControlCharacterFindings(file: string, body: string, bodyOffset: number, plain = false): Finding[] {
  if (plain || !MAYBE_IN_BODY.test(body)) return [];
  const out: Finding[] = [];
  const hits = [...body.matchAll(IN_BODY)];
  for (const hit of hits.slice(0, MAX_LISTED)) {
    out.push({ file, where: { kind: 'offset', offset: bodyOffset + hit.index, length: hit[0].length }, code: 'control-character', ...said('Texten', hit[0]) });
  }
  const more = hits[MAX_LISTED];
  if (more) {
    const left = hits.slice(MAX_LISTED).reduce((n, hit) => n + hit[0].length, 0);
    const message = `Texten innehåller ${count(left)} styrtecken till, från ${codePoint(more[0])} här.`;
    out.push({ file, where: { kind: 'offset', offset: bodyOffset + more.index, length: 1 }, code: 'control-character', message, hint: HINT });
  }
  return out;
}
