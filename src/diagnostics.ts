// Diagnostics: the one shape every problem takes, plus sorting and the three output formats (text, JSON, GitHub).
import { CODES, type Code, type Severity } from './codes.js';
import { count, plural } from './util/plural.js';
import { collate } from './util/collate.js';

export type { Code, Severity } from './codes.js';

/** A problem at an exact place in a file. Lines and columns are 1-based; `file` is relative to the root, with `/`. */
export interface Diagnostic {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly endLine?: number;
  readonly endCol?: number;
  readonly severity: Severity;
  readonly code: Code;
  /** What happened, in Swedish, without the location (that is printed separately). */
  readonly message: string;
  /** What to do about it, where there is something to say ("Menade du Leif Redestig?"). */
  readonly hint?: string;
}

/** A path into a YAML document: keys and list indexes. */
export type YamlPath = readonly (string | number)[];

/**
 * A path's key for the `nth` (1: the second) of keys written alike in one map, as a registry id written twice: the
 * data keeps the first, but the later entries' fields are checked too, each at its own place. Never a key of its own:
 * YAML keys with a NUL in them are refused.
 */
export const repeatedKey = (key: string, nth: number): string => `${key}\u0000${nth}`;

/** The key and which of its repeats a path's key names (0: the first, a key as written). */
export function keyOf(segment: string): { key: string; nth: number } {
  const m = /\u0000([1-9]\d*)$/.exec(segment);
  return m ? { key: segment.slice(0, m.index), nth: Number(m[1]) } : { key: segment, nth: 0 };
}

/**
 * Where a finding is, before it has a line and column. Validation works on parsed data and
 * names places by YAML path; `locate` turns those into positions with the `yaml` parser.
 */
export type Where =
  | {
      readonly kind: 'yaml';
      readonly path: YamlPath;
      readonly part: 'key' | 'value';
      /** A stretch of the value's text (from `start` to `end` in `value`), placed exactly when the value is written as it reads. */
      readonly within?: { readonly value: string; readonly start: number; readonly end: number };
    }
  | { readonly kind: 'offset'; readonly offset: number; readonly length: number }
  | { readonly kind: 'position'; readonly line: number; readonly col: number };

/** A diagnostic whose position is still to be resolved. */
export interface Finding {
  readonly file: string;
  readonly where: Where;
  readonly code: Code;
  readonly message: string;
  readonly hint?: string;
  /** Defaults to the code's severity. */
  readonly severity?: Severity;
  /**
   * Another place the problem involves (the first of two entries with one id): where the message or hint says
   * OTHER_PLACE, it is written as `file:line` once that place has its line.
   */
  readonly other?: { readonly file: string; readonly where: Where };
}

/** Where a message or hint names a finding's `other` place. */
export const OTHER_PLACE = '{other}';

export function severityOf(finding: Pick<Finding, 'code' | 'severity'>): Severity {
  return finding.severity ?? CODES[finding.code].severity;
}

/**
 * The paths made from `rootPath`, each with the paths made from it, so that a path is made once and shared: the
 * values of 10,000 minutes are at a few hundred paths ("attendees", 3), and an array for each value's path was 800,000
 * objects kept, each copied by the garbage collector on its way to the old generation. Paths are read-only (frozen).
 */
const madeFrom = new WeakMap<YamlPath, Map<string | number, YamlPath>>();
/** The path of the whole document, from which the paths of the values kept are made (see childPath). */
export const rootPath: YamlPath = Object.freeze([]);
madeFrom.set(rootPath, new Map());

/**
 * `path` with `keys` after it: shared, when `path` was made from `rootPath`, otherwise a new array. Not
 * `[...path, key]`: V8 gives an array made by spreading room for 16 more elements.
 */
export function childPath(path: YamlPath, ...keys: (string | number)[]): YamlPath {
  let at = path;
  for (const key of keys) {
    const children = madeFrom.get(at);
    if (!children) return path.concat(keys);
    let child = children.get(key);
    if (!child) {
      child = Object.freeze(at.concat(key));
      children.set(key, child);
      madeFrom.set(child, new Map());
    }
    at = child;
  }
  return at;
}
export const atValue = (path: YamlPath): Where => ({ kind: 'yaml', path, part: 'value' });
/** Part of a text value: "Per Hallgren" inside "Lisa och Per Hallgren berättade". */
export const atValueText = (path: YamlPath, value: string, start: number, end: number): Where => ({ kind: 'yaml', path, part: 'value', within: { value, start, end } });
export const atKey = (path: YamlPath): Where => ({ kind: 'yaml', path, part: 'key' });
export const atStart: Where = { kind: 'position', line: 1, col: 1 };


function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  // Files in the order a reader expects: "möte-2.md" before "möte-10.md", "å" before "ä".
  if (a.file !== b.file) return collate(a.file, b.file) || (a.file < b.file ? -1 : 1);
  return a.line - b.line || a.col - b.col || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(compareDiagnostics);
}

export const hasErrors = (list: readonly Diagnostic[]): boolean => list.some((d) => d.severity === 'error');

function countBySeverity(list: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of list) if (d.severity === 'error') errors++;
  return { errors, warnings: list.length - errors };
}

// Messages quote what the files say. Control characters and direction overrides among that would rewrite the
// terminal or the line they are printed on (an escape sequence, a line break in a file name), and zero-width
// characters would be copied from a hint unseen, back into the file: they are printed as <U+001B> instead; a
// line break (LF or CRLF), which a reader knows by name, as <radbrytning>. (U+200C and U+200D stay: emoji need them.)
const UNPRINTABLE = /\r?\n|[\u0000-\u001F\u007F-\u009F\u200B\u200E\u200F\u2028\u2029\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/** Text as it can be printed on one line of a terminal or a log. */
export function printable(s: string): string {
  return s.replace(UNPRINTABLE, (c) => (c.endsWith('\n') ? '<radbrytning>' : `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`));
}

/** How the terminal names each severity: in Swedish, as the summary line below the problems does. */
const SEVERITY_WORD: Record<Severity, string> = { error: 'fel', warning: 'varning' };

/**
 * How many problems `minutes dev` shows, in the terminal and on the pages. An emptied registry once gave an error
 * for every name of it in the minutes, thousands: every page carried megabytes of them, and the terminal had them
 * all printed again at every change of the problems.
 */
export const SHOWN_PROBLEMS = 50;

/** What follows them when some are left out. */
export const moreProblems = (more: number): string => `… och ${count(more)} problem till. Kör npx minutes check för att se alla.`;

/** The problems dev shows, errors first (`most` of them), and how many more there are. */
export function firstProblems<T extends Pick<Diagnostic, 'severity'>>(list: readonly T[], most = SHOWN_PROBLEMS): { readonly shown: readonly T[]; readonly more: number } {
  const sorted = [...list].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return { shown: sorted.slice(0, most), more: Math.max(0, sorted.length - most) };
}

/** `path:line:col  fel|varning  code  message`, with an indented hint line where there is one. */
export function formatText(list: readonly Diagnostic[]): string {
  const lines: string[] = [];
  for (const d of list) {
    lines.push(`${printable(d.file)}:${d.line}:${d.col}  ${SEVERITY_WORD[d.severity]}  ${d.code}  ${printable(d.message)}`);
    if (d.hint) lines.push(`    tips: ${printable(d.hint)}`);
  }
  return lines.join('\n');
}

export function formatJson(list: readonly Diagnostic[]): string {
  return JSON.stringify({ diagnostics: list, ...countBySeverity(list) }, null, 2);
}

/** GitHub Actions workflow commands, so problems show up on the pull request's lines. */
export function formatGithub(list: readonly Diagnostic[]): string {
  const esc = (s: string) => printable(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return list
    .map((d) => {
      const text = d.hint ? `${d.message}\n${d.hint}` : d.message;
      return `::${d.severity} file=${prop(d.file)},line=${d.line},col=${d.col},title=${prop(d.code)}::${esc(text)}`;
    })
    .join('\n');
}

/**
 * Where the errors are, for a heading or a log line: "i protokollen", "i registren", "i mallarna", or nothing
 * when they are in files of more than one kind.
 */
export function errorPlace(list: readonly Pick<Diagnostic, 'file' | 'severity'>[]): string {
  const kinds = new Set(list.filter((d) => d.severity === 'error').map((d) => (d.file.startsWith('templates/') ? 'i mallarna' : d.file.startsWith('minutes/') ? 'i protokollen' : d.file.endsWith('.yml') ? 'i registren' : '')));
  return kinds.size === 1 ? [...kinds][0]! : '';
}

/** Swedish plural-aware summary: "2 fel och 1 varning." */
export function summarize(list: readonly Diagnostic[]): string {
  const { errors, warnings } = countBySeverity(list);
  if (errors === 0 && warnings === 0) return 'Inga fel.';
  return `${count(errors)} fel och ${plural(warnings, 'varning', 'varningar')}.`;
}

/**
 * A line of a file as a code frame shows it: its control characters and the like as printable() shows them (the
 * frame quotes the file as a message does, and an escape sequence in it would rewrite the terminal), tabs as they are.
 */
const frameLine = (s: string): string => s.replace(UNPRINTABLE, (c) => (c === '\t' ? c : printable(c)));

/** The offending lines with a caret under the column, for the terminal and the dev error page. */
export function codeFrame(source: string, line: number, col: number, context = 2): string {
  const lines = source.split(/\r\n?|\n/);
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const marker = n === line ? '>' : ' ';
    const text = lines[n - 1] ?? '';
    out.push(`${marker} ${String(n).padStart(width)} | ${frameLine(text)}`);
    // Under what comes before the column as shown: a character shown as <U+001B> takes its width, a tab a tab's.
    if (n === line) out.push(`  ${' '.repeat(width)} | ${frameLine(text.slice(0, Math.max(0, col - 1))).replace(/[^\t]/g, ' ')}^`);
  }
  return out.join('\n');
}
