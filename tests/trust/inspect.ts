// Reading built output the way a browser, a feed reader or a calendar would: the real tags and attributes of
// HTML (content shown as text never looks like a tag), XML well-formedness, and the lines of an iCalendar file.

export interface Tag {
  readonly name: string;
  readonly attrs: readonly { readonly name: string; readonly value: string }[];
  /** Offset in the document, for messages. */
  readonly at: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', nbsp: '\u00A0' };

/** Decodes the character references an attribute value may hold. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const n = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '\uFFFD';
    }
    return ENTITIES[ref.toLowerCase()] ?? m;
  });
}

/**
 * Every start tag in an HTML document, as the HTML tokenizer sees it: text outside tags, comments and the
 * doctype are skipped; quoted attribute values may hold `>`. Raw-text elements (script, style) are skipped over.
 */
export function scanTags(html: string): Tag[] {
  const out: Tag[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?' || html[lt + 1] === '/') {
      const end = html.indexOf('>', lt);
      i = end === -1 ? html.length : end + 1;
      continue;
    }
    if (!/[a-zA-Z]/.test(html[lt + 1] ?? '')) {
      i = lt + 1;
      continue;
    }
    let j = lt + 1;
    while (j < html.length && !/[\s/>]/.test(html[j]!)) j++;
    const name = html.slice(lt + 1, j).toLowerCase();
    const attrs: { name: string; value: string }[] = [];
    for (;;) {
      while (j < html.length && /[\s/]/.test(html[j]!)) j++;
      if (j >= html.length || html[j] === '>') break;
      let k = j;
      while (k < html.length && !/[\s/>=]/.test(html[k]!)) k++;
      if (k === j) k++; // a lone "=" starts an attribute name, as in the HTML tokenizer
      const attrName = html.slice(j, k).toLowerCase();
      j = k;
      while (j < html.length && /\s/.test(html[j]!)) j++;
      let value = '';
      if (html[j] === '=') {
        j++;
        while (j < html.length && /\s/.test(html[j]!)) j++;
        const quote = html[j];
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, j + 1);
          value = html.slice(j + 1, end === -1 ? html.length : end);
          j = end === -1 ? html.length : end + 1;
        } else {
          k = j;
          while (k < html.length && !/[\s>]/.test(html[k]!)) k++;
          value = html.slice(j, k);
          j = k;
        }
      }
      attrs.push({ name: attrName, value: decodeEntities(value) });
    }
    out.push({ name, attrs, at: lt });
    i = j + 1;
    if (name === 'script' || name === 'style') {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      i = close === -1 ? html.length : close;
    }
  }
  return out;
}

/** Elements our templates and the Markdown renderer produce; anything else came from content. */
const KNOWN_ELEMENTS = new Set(
  'html head meta title link body a header div nav ul ol li main h1 h2 h3 h4 h5 h6 p time section article dl dt dd table caption thead tbody tr th td small code pre span strong em br hr blockquote figure figcaption svg text rect footer img script details summary'.split(' '),
);

/** Attributes whose value is a URL the browser may load or navigate to. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcset', 'background', 'ping']);

/** The scheme a browser would give a URL attribute on a page at `pageUrl`. */
export function schemeOf(value: string, pageUrl: string): string {
  try {
    return new URL(value.trim(), pageUrl).protocol;
  } catch {
    return 'invalid:';
  }
}

/** Problems with an HTML document's markup: elements, event handlers, scripts and URL schemes. */
export function markupProblems(html: string, pageUrl: string, ownScripts: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const tag of scanTags(html)) {
    const where = `<${tag.name}> at ${tag.at}`;
    if (!KNOWN_ELEMENTS.has(tag.name)) problems.push(`unexpected element ${where}`);
    for (const a of tag.attrs) {
      if (/^on[a-z]+$/i.test(a.name)) problems.push(`event handler ${a.name} on ${where}`);
      if (a.name === 'style' || a.name === 'srcdoc' || a.name === 'formaction') problems.push(`attribute ${a.name} on ${where}`);
      if (URL_ATTRIBUTES.has(a.name)) {
        const scheme = schemeOf(a.value, pageUrl);
        const favicon = tag.name === 'link' && a.value === 'data:,';
        if (!['http:', 'https:', 'mailto:'].includes(scheme) && !favicon) problems.push(`${a.name}="${a.value}" (${scheme}) on ${where}`);
      }
    }
    if (tag.name === 'script') {
      const src = tag.attrs.find((a) => a.name === 'src')?.value;
      if (src === undefined || !ownScripts.has(src) || tag.attrs.length !== 1) problems.push(`script ${src ?? '(inline)'} at ${tag.at}`);
    }
    if (tag.name === 'meta' && tag.attrs.some((a) => a.name === 'http-equiv' && a.value.toLowerCase() !== 'content-security-policy')) problems.push(`meta http-equiv at ${tag.at}`);
  }
  return problems;
}

/** Content-Security-Policy meta tags of a page, parsed into directives. */
export function cspOf(html: string): Map<string, string[]>[] {
  return scanTags(html)
    .filter((t) => t.name === 'meta' && t.attrs.some((a) => a.name === 'http-equiv' && a.value.toLowerCase() === 'content-security-policy'))
    .map((t) => {
      const policy = t.attrs.find((a) => a.name === 'content')?.value ?? '';
      const directives = new Map<string, string[]>();
      for (const part of policy.split(';')) {
        const [name, ...values] = part.trim().split(/\s+/);
        if (name) directives.set(name.toLowerCase(), values);
      }
      return directives;
    });
}

// XML 1.0 characters: tab, LF, CR and everything from U+0020 except surrogates, U+FFFE and U+FFFF.
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether a document is well-formed XML, as far as our feeds and sitemap use it: legal characters, one root
 * element, balanced and properly nested tags, quoted attributes, only the five predefined entities and
 * character references, no DOCTYPE. Returns the problems found.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const bad = XML_ILLEGAL.exec(xml);
  if (bad) problems.push(`illegal character U+${bad[0].charCodeAt(0).toString(16)} at ${bad.index}`);
  let i = 0;
  if (xml.startsWith('<?xml')) i = xml.indexOf('?>') + 2;
  const stack: string[] = [];
  let roots = 0;
  const text = (s: string, at: number) => {
    if (s.includes('<')) problems.push(`raw < at ${at}`);
    if (s.includes(']]>')) problems.push(`]]> in text at ${at}`);
    for (const m of s.matchAll(/&/g)) {
      const ref = /^&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/.exec(s.slice(m.index));
      if (!ref) problems.push(`bare & at ${at + m.index}`);
      else if (ref[1]![0] === '#') {
        const n = ref[1]![1] === 'x' ? parseInt(ref[1]!.slice(2), 16) : parseInt(ref[1]!.slice(1), 10);
        if (!(n === 9 || n === 10 || n === 13 || (n >= 0x20 && n <= 0xd7ff) || (n >= 0xe000 && n <= 0xfffd) || (n >= 0x10000 && n <= 0x10ffff))) problems.push(`illegal character reference ${ref[0]} at ${at + m.index}`);
      }
    }
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const chunk = xml.slice(i, lt === -1 ? xml.length : lt);
    if (stack.length === 0) {
      if (chunk.trim() !== '') problems.push(`text outside the root element at ${i}`);
    } else text(chunk, i);
    if (lt === -1) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt);
      if (end === -1 || xml.slice(lt + 4, end).includes('--')) problems.push(`bad comment at ${lt}`);
      i = end === -1 ? xml.length : end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      if (end === -1 || stack.length === 0) problems.push(`bad CDATA at ${lt}`);
      i = end === -1 ? xml.length : end + 3;
      continue;
    }
    if (xml.startsWith('<!', lt) || xml.startsWith('<?', lt)) {
      problems.push(`declaration or processing instruction at ${lt}`);
      i = xml.indexOf('>', lt) + 1 || xml.length;
      continue;
    }
    const m = /^<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(xml.slice(lt));
    if (!m) {
      problems.push(`malformed tag at ${lt}`);
      i = lt + 1;
      continue;
    }
    const [whole, close, name, attrs, selfClose] = m as unknown as [string, string, string, string, string];
    for (const a of attrs.matchAll(/=\s*(?:"([^"]*)"|'([^']*)')/g)) text(a[1] ?? a[2] ?? '', lt);
    const names = [...attrs.matchAll(/([A-Za-z_][\w.:-]*)\s*=/g)].map((a) => a[1]);
    if (new Set(names).size !== names.length) problems.push(`repeated attribute at ${lt}`);
    if (close) {
      if (stack.pop() !== name) problems.push(`mismatched </${name}> at ${lt}`);
    } else if (!selfClose) {
      if (stack.length === 0) roots++;
      stack.push(name);
    } else if (stack.length === 0) roots++;
    i = lt + whole.length;
  }
  if (stack.length > 0) problems.push(`unclosed ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

/** The XML text of an element's content, unescaped: for `<content type="html">`, the HTML a feed reader renders. */
export function xmlElementTexts(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, 'g'))].map((m) => decodeEntities(m[1]!));
}

/** Properties an iCalendar file from us may have; a content line with any other name came from content. */
export const ICS_PROPERTIES = new Set(['BEGIN', 'END', 'VERSION', 'PRODID', 'CALSCALE', 'X-WR-CALNAME', 'UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'DURATION', 'SUMMARY', 'DESCRIPTION', 'URL', 'TZID', 'TZOFFSETFROM', 'TZOFFSETTO', 'TZNAME', 'RRULE']);

/** Unfolds an iCalendar file into content lines, reporting lines that are not CRLF-terminated or too long. */
export function icsLines(ics: string): { lines: string[]; problems: string[] } {
  const problems: string[] = [];
  if (!ics.endsWith('\r\n')) problems.push('does not end with CRLF');
  const physical = ics.split('\r\n').slice(0, -1);
  physical.forEach((l, n) => {
    if (/[\r\n]/.test(l)) problems.push(`bare CR or LF in line ${n + 1}`);
    if (Buffer.byteLength(l) > 75) problems.push(`line ${n + 1} longer than 75 octets`);
    if (/[\u0000-\u0008\u000A-\u001F\u007F]/.test(l)) problems.push(`control character in line ${n + 1}`);
  });
  const lines: string[] = [];
  for (const l of physical) {
    if (l.startsWith(' ') && lines.length > 0) lines[lines.length - 1] += l.slice(1);
    else lines.push(l);
  }
  return { lines, problems };
}

/** The value of a TEXT property, unescaped (RFC 5545 3.3.11). */
export function icsText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
