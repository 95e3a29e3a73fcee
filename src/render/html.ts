// The helpers templates get as `this`: an `html` tag that escapes every interpolated value unless it is
// already safe HTML, `raw` for the few values that are (the rendered minutes), and `partial` for shared
// pieces of templates. Escaping is the default, so content can never inject markup by accident. `count` and
// `plural` write numbers as Swedish does ("10 000 möten").
import type { count, plural } from '../util/plural.js';

/** HTML that is safe to insert as it is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const NEEDS_ESCAPE = /[&<>"']/;

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c]!) : text;
}

function insert(value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) {
    let out = '';
    for (const v of value) out += insert(v);
    return out;
  }
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<h1>${title}</h1>\`` escapes `title`; arrays are joined; null, undefined and false vanish. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += insert(values[i]) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Marks trusted markup (produced by our Markdown renderer or the chart) as safe. */
export function raw(markup: string | SafeHtml | undefined | null): SafeHtml {
  return markup instanceof SafeHtml ? markup : new SafeHtml(markup ?? '');
}

/** The helpers bound to `this` in every template. */
export interface TemplateHelpers {
  readonly html: typeof html;
  readonly raw: typeof raw;
  /** Renders `_includes/<name>.mjs` with the given data. */
  readonly partial: (name: string, data: object) => SafeHtml;
  /** "1 500": thousands set off by a non-breaking space. */
  readonly count: typeof count;
  /** "1 möte", "10 000 möten". */
  readonly plural: typeof plural;
}

/** A partial: a function of its data and the helpers, returning HTML. */
export type Partial = (data: never, helpers: TemplateHelpers) => SafeHtml | string;
