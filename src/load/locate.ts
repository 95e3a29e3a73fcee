// Turns findings into diagnostics with exact lines and columns, re-parsing YAML with positions only for files that need it.
import type { Document } from 'yaml';
import type { Diagnostic, Finding } from '../diagnostics.js';
import { severityOf } from '../diagnostics.js';
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
    const base = { file: f.file, severity: severityOf(f), code: f.code, message: f.message, ...(f.hint ? { hint: f.hint } : {}) };
    const where = f.where;
    if (where.kind === 'position') return { ...base, line: where.line, col: where.col };
    const file = this.files.get(f.file);
    if (!file) return { ...base, line: 1, col: 1 };
    let start: number;
    let end: number;
    if (where.kind === 'offset') {
      start = where.offset;
      end = where.offset + where.length;
    } else {
      const yamlText = file.yaml ? (file.yaml.mended ?? file.yaml.text) : undefined;
      const range = yamlText !== undefined ? rangeAt(this.doc(f.file, yamlText), where.path, where.part) : undefined;
      if (!range || !file.yaml || yamlText === undefined) return { ...base, line: 1, col: 1 };
      start = file.yaml.offset + range[0];
      end = file.yaml.offset + Math.max(range[0] + 1, range[1]);
      const inside = where.within ? this.within(f.file, yamlText, range, where.within) : undefined;
      if (inside) [start, end] = [start + inside[0], start + inside[1]];
    }
    const index = this.lineIndex(f.file, file.text);
    const a = index.position(Math.min(start, file.text.length));
    const b = index.position(Math.min(end, file.text.length));
    return { ...base, line: a.line, col: a.col, endLine: b.line, endCol: b.col };
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
