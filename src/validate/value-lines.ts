// The lines a text of front matter is written on, where a list belongs: names one a line in a folded block
// ("attendees: >") or in a plain value over several lines read as one text, with the line breaks gone. Pure.
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

/**
 * The lines of the text `value` at `path` in the front matter `yaml`, when it is a block of text or written over two
 * lines or more (read with positions, for files that write a list as text only); undefined when it is on one line or
 * does not read back as the value (an escape).
 */
export function linesOf(yaml: string | undefined, path: YamlPath, value: string): WrittenLines | undefined {
  if (yaml === undefined) return undefined;
  if (last?.yaml !== yaml) last = { yaml, doc: parsePositioned(yaml) };
  const range = rangeAt(last.doc, path, 'value');
  if (!range) return undefined;
  const source = yaml.slice(range[0], range[1]);
  const runs = valueRuns(source, value);
  const block = /^[|>](?:[1-9][+-]?|[+-][1-9]?)?/.exec(source)?.[0];
  if (!runs || (runs.length < 2 && !block)) return undefined;
  return { runs, ...(block ? { block } : {}) };
}
