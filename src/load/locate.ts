// Turns findings into diagnostics with exact lines and columns, re-parsing YAML with positions only for files that need it.
import type { Document } from 'yaml';
import type { Diagnostic, Finding, Where } from '../diagnostics.js';
import { OTHER_PLACE, severityOf } from '../diagnostics.js';
import { LineIndex } from './source.js';
import { placeIn, valueRuns, type Run, type ValueStretch } from './value-spans.js';
import { parsePositioned, rangeAt } from './yaml.js';

export interface Locatable {
  readonly text: string;
  /** `mended`: the text the fields of front matter with YAML errors were read from, when not `text` (see parseSlow). */
  readonly yaml?: { readonly text: string; readonly offset: number; readonly mended?: string };
}

export class Locator {
  private readonly lines = new Map<string, LineIndex>();
  private readonly docs = new Map<string, Document.Parsed>();
  private readonly runs = new Map<string, { readonly value: string; readonly runs: readonly Run[] | undefined }>();

  constructor(private readonly files: ReadonlyMap<string, Locatable>) {}

  locate(f: Finding): Diagnostic {
    // The other place a finding names, as file:line (the file alone where the place is not found).
    let other: string | undefined;
    if (f.other) {
      const at = this.place(f.other.file, f.other.where);
      other = at ? `${f.other.file}:${at.line}` : f.other.file;
    }
    const named = (text: string) => (other === undefined ? text : text.split(OTHER_PLACE).join(other));
    const base = { file: f.file, severity: severityOf(f), code: f.code, message: named(f.message), ...(f.hint ? { hint: named(f.hint) } : {}) };
    const at = this.place(f.file, f.where);
    return at ? { ...base, ...at } : { ...base, line: 1, col: 1 };
  }

  /** Where a place is in its file: its line and column, and where its stretch ends (none for a place given as a position). */
  private place(path: string, where: Where): { line: number; col: number; endLine?: number; endCol?: number } | undefined {
    if (where.kind === 'position') return { line: where.line, col: where.col };
    const file = this.files.get(path);
    if (!file) return undefined;
    let start: number;
    let end: number;
    if (where.kind === 'offset') {
      start = where.offset;
      end = where.offset + where.length;
    } else {
      const yamlText = file.yaml ? (file.yaml.mended ?? file.yaml.text) : undefined;
      const range = yamlText !== undefined ? rangeAt(this.doc(path, yamlText), where.path, where.part) : undefined;
      if (!range || !file.yaml || yamlText === undefined) return undefined;
      start = file.yaml.offset + range[0];
      end = file.yaml.offset + Math.max(range[0] + 1, range[1]);
      const inside = where.within ? this.within(path, yamlText, range, where.within) : undefined;
      if (inside) [start, end] = [start + inside[0], start + inside[1]];
    }
    const index = this.lineIndex(path, file.text);
    const a = index.position(Math.min(start, file.text.length));
    const b = index.position(Math.min(end, file.text.length));
    return { line: a.line, col: a.col, endLine: b.line, endCol: b.col };
  }

  /**
   * Where a stretch of a value lies in the value's source, read once for each value: its many names (thousands, one
   * per line in a block of text) are placed without reading its source again for each.
   */
  private within(file: string, yamlText: string, range: readonly [number, number], w: ValueStretch): [number, number] | undefined {
    const key = `${file}\0${range[0]}`;
    let read = this.runs.get(key);
    if (read?.value !== w.value) {
      read = { value: w.value, runs: valueRuns(yamlText.slice(range[0], range[1]), w.value) };
      this.runs.set(key, read);
    }
    return read.runs && placeIn(read.runs, w.start, w.end);
  }

  private doc(file: string, text: string): Document.Parsed {
    let d = this.docs.get(file);
    if (!d) {
      d = parsePositioned(text);
      this.docs.set(file, d);
    }
    return d;
  }

  private lineIndex(file: string, text: string): LineIndex {
    let i = this.lines.get(file);
    if (!i) {
      i = new LineIndex(text);
      this.lines.set(file, i);
    }
    return i;
  }
}
