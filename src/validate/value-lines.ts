// How a value of front matter is written, where what YAML read lost it: the lines of a text where a list belongs
// (names one a line in a folded block, "attendees: >", or in a plain value over several lines read as one text, with
// the line breaks gone), a number as typed (13.70), the column of a list item's dash. Pure.
import type { Document } from 'yaml';
import type { YamlPath } from '../diagnostics.js';
import { parsePositioned, rangeAt } from '../load/yaml.js';
import { valueRuns, type Run } from '../load/value-spans.js';

export interface WrittenLines {
  /** Each line's text as a stretch of the value, in order. */
  readonly runs: readonly Run[];
  /** The block's header, when the value is a block of text: | or >, and after it + or -, an indentation digit, both or neither. */
  readonly block?: string;
}

// The front matter last read with positions: the shape check and the extraction ask of the same file in turn.
let last: { readonly yaml: string; readonly doc: Document.Parsed } | undefined;

/** Where the value at `path` is written in the front matter `yaml`, read with positions once for each text. */
function valueRange(yaml: string | undefined, path: YamlPath): [number, number] | undefined {
  if (yaml === undefined) return undefined;
  if (last?.yaml !== yaml) last = { yaml, doc: parsePositioned(yaml) };
  return rangeAt(last.doc, path, 'value');
}

/**
 * The lines of the text `value` at `path` in the front matter `yaml`, when it is a block of text or written over two
 * lines or more (read with positions, for files that write a list as text only); undefined when it is on one line or
 * does not read back as the value (an escape).
 */
export function linesOf(yaml: string | undefined, path: YamlPath, value: string): WrittenLines | undefined {
  const range = valueRange(yaml, path);
  if (!range || yaml === undefined) return undefined;
  const source = yaml.slice(range[0], range[1]);
  const runs = valueRuns(source, value);
  const block = /^[|>](?:[1-9][+-]?|[+-][1-9]?)?/.exec(source)?.[0];
  if (!runs || (runs.length < 2 && !block)) return undefined;
  return { runs, ...(block ? { block } : {}) };
}

/**
 * The value at `path` as written in the front matter `yaml` (`13.70` where YAML reads the number 13.7), trimmed;
 * undefined when it is not there.
 */
export function writtenAt(yaml: string | undefined, path: YamlPath): string | undefined {
  const range = valueRange(yaml, path);
  return range && yaml !== undefined ? yaml.slice(range[0], range[1]).trim() : undefined;
}

/** What stands before the value at `path` on its line in the front matter `yaml` ("  - action: "); undefined when not found. */
export function leadOf(yaml: string | undefined, path: YamlPath): string | undefined {
  const range = valueRange(yaml, path);
  return range && yaml !== undefined ? yaml.slice(yaml.lastIndexOf('\n', range[0] - 1) + 1, range[0]) : undefined;
}

/**
 * The comment written after the value at `path` on its line in the front matter `yaml` ("#2" after "grupp/2016-02-08
 * #2", where YAML took the # after a space for a comment's), trimmed; undefined when there is none.
 */
export function commentAfter(yaml: string | undefined, path: YamlPath): string | undefined {
  const range = valueRange(yaml, path);
  if (!range || yaml === undefined) return undefined;
  const end = yaml.indexOf('\n', range[1]);
  return /^[ \t]+(#.*)$/.exec(yaml.slice(range[1], end === -1 ? yaml.length : end))?.[1]!.trim();
}

/**
 * The column of the dash that starts the item of a list at `path` in the front matter `yaml`, as written ("- " under
 * the key at 0, "    - " at 4); undefined for an item in brackets or not found. `value`, the item as read: where it
 * stands plain on a line of its own after a dash, that line gives the column without reading the text with positions
 * (asked of every item with " - " in it, "Bo Ek - Bryggan" under guests, in files without a problem too).
 */
export function dashColumn(yaml: string | undefined, path: YamlPath, value?: string): number | undefined {
  const plain = yaml !== undefined && value !== undefined ? plainItemColumn(yaml, value) : undefined;
  if (plain !== undefined) return plain;
  const range = valueRange(yaml, path);
  if (!range || yaml === undefined) return undefined;
  const before = yaml.slice(yaml.lastIndexOf('\n', range[0] - 1) + 1, range[0]);
  return /^ *-[ \t]+$/.exec(before) ? before.indexOf('-') : undefined;
}

/** The column of the one dash that `value` stands after, plain and alone on its line, in `yaml`; undefined if none or several. */
function plainItemColumn(yaml: string, value: string): number | undefined {
  if (value === '' || value !== value.trim()) return undefined;
  let column: number | undefined;
  for (let at = yaml.indexOf(value); at !== -1; at = yaml.indexOf(value, at + 1)) {
    const start = yaml.lastIndexOf('\n', at - 1) + 1;
    const end = yaml.indexOf('\n', at);
    const before = /^ *-[ \t]+$/.exec(yaml.slice(start, at));
    const after = yaml.slice(at + value.length, end === -1 ? yaml.length : end);
    if (!before || !/^(?:[ \t]+#.*|[ \t]*)\r?$/.test(after)) continue;
    const found = before[0].indexOf('-');
    if (column !== undefined && column !== found) return undefined;
    column = found;
  }
  return column;
}
