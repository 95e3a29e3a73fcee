// Our markdown-it instance: raw HTML shown as text, bare URLs linked, unsafe link targets refused,
// stable heading anchors, and the sections (agenda items) of a minutes text with their plain text.
import MarkdownIt from 'markdown-it';
import Token from 'markdown-it/lib/token.mjs';
import { INVISIBLE_CONTROLS, slugify } from '../util/fold.js';
import { UniqueIds } from '../util/unique-ids.js';

/** Link schemes that are never made into links (markdown-it alone would allow some data: images). */
const UNSAFE_SCHEME = /^(javascript|vbscript|file|data):/;

export function isSafeLink(url: string): boolean {
  // Browsers ignore ASCII whitespace and control characters inside a scheme, so compare without them.
  const str = url.replace(/[\u0000-\u0020\u007F]/g, '').toLowerCase();
  return !UNSAFE_SCHEME.test(str);
}

export function createMarkdown(): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  md.validateLink = isSafeLink;
  // A table wider than a phone scrolls sideways in a box of its own instead of the whole page (WCAG 1.4.10);
  // the box takes focus so the keyboard can scroll it too, and its name says what it holds.
  md.renderer.rules.table_open = (tokens, idx, options, _env, self) =>
    `<div class="table-wrap" role="group" aria-label="Tabell" tabindex="0">\n${self.renderToken(tokens, idx, options)}`;
  md.renderer.rules.table_close = (tokens, idx, options, _env, self) => `${self.renderToken(tokens, idx, options)}</div>\n`;
  return md;
}

export interface Section {
  /** The heading's anchor id; "" for text before the first heading. */
  readonly anchor: string;
  readonly heading: string;
  readonly level: number;
  /** Plain text of the section's body (without the heading). */
  readonly text: string;
  /** 1-based line of the heading (or of the first text) in the body. */
  readonly line: number;
}

export interface RenderedBody {
  readonly html: string;
  readonly sections: readonly Section[];
}

export interface RenderOptions {
  /** Ids the page around the text already uses; headings get other ids. */
  readonly reservedIds?: ReadonlySet<string>;
  /** Applied to every piece of text before it is rendered (e.g. hiding names that must not be published). */
  readonly transformText?: (text: string) => string;
  /** The path the site is served under ("/protokoll/"): links in the text to the site's own pages from its root ("/grupper/x/") get it. */
  readonly base?: string;
}

const md = createMarkdown();

/** Renders a minutes body: HTML plus its sections. Pure; the same text always gives the same result. */
export function renderBody(body: string, options: RenderOptions = {}): RenderedBody {
  const tokens = md.parse(body, {});
  const transform = options.transformText;
  const ids = new UniqueIds(new Set(options.reservedIds ?? []));
  const sections: { anchor: string; heading: string; level: number; parts: string[]; line: number }[] = [];
  let minLevel = 7;
  for (const t of tokens) if (t.type === 'heading_open') minLevel = Math.min(minLevel, level(t));
  let current: (typeof sections)[number] | undefined;
  // The headings above the current one: the level each was written at, and the level it is shown at.
  const outline: { written: number; shown: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'heading_open') {
      // The page title is the only h1: a "# heading" in the minutes is an h2. Nor does a heading skip a level
      // ("####" right after "##" is an h3), so that the page's outline has no gaps for screen readers.
      const written = Math.max(level(t), 2);
      while (outline.length > 0 && outline[outline.length - 1]!.written >= written) outline.pop();
      const shown = (outline[outline.length - 1]?.shown ?? 1) + 1;
      outline.push({ written, shown });
      if (shown !== level(t)) {
        t.tag = `h${shown}`;
        // markdown-it writes a heading as open, inline, close.
        const close = tokens[i + 2];
        if (close?.type === 'heading_close') close.tag = t.tag;
      }
      const inline = tokens[i + 1];
      if (inline?.type === 'inline') cleanInline(inline, md, transform, options.base);
      const heading = inline ? plainText(inline) : '';
      const anchor = ids.take(slugify(heading) || 'punkt');
      t.attrSet('id', anchor);
      if (written <= Math.max(minLevel, 2)) {
        current = { anchor, heading, level: written, parts: [], line: (t.map?.[0] ?? 0) + 1 };
        sections.push(current);
      } else current?.parts.push(heading);
      i++;
      continue;
    }
    if (t.type === 'fence' || t.type === 'code_block') {
      t.content = cleanText(t.content, transform);
      current?.parts.push(t.content);
      continue;
    }
    if (t.type === 'inline') {
      cleanInline(t, md, transform, options.base);
      if (!current) {
        current = { anchor: '', heading: '', level: 0, parts: [], line: (t.map?.[0] ?? 0) + 1 };
        sections.push(current);
      }
      current.parts.push(plainText(t));
    }
  }
  const html = md.renderer.render(tokens, md.options, {});
  return {
    html,
    sections: sections.map((s) => ({ anchor: s.anchor, heading: s.heading, level: s.level, text: s.parts.join('\n'), line: s.line })),
  };
}

const level = (t: Token): number => Number(t.tag.slice(1));

/**
 * A link from the root to one of the site's own pages or files ("/grupper/x/", "/sok/?q=…", "/"), as a note-taker
 * writes it; other root paths ("/kontakt") may be another site on the same host and are left as written.
 */
const OWN_FROM_ROOT = /^\/(?:(?:grupper|personer|projekt|organisationer|atgarder|sok|om|data)(?:[/?#]|$)|feed\.xml(?:[?#]|$)|[?#]|$)/;

/** Removes direction overrides and applies the text transform to every text piece of an inline token; own links get the base. */
function cleanInline(t: Token, md: MarkdownIt, transform: ((s: string) => string) | undefined, base = '/'): void {
  for (const c of t.children ?? []) {
    if (c.type === 'text' || c.type === 'code_inline') c.content = cleanText(c.content, transform);
    else if (c.type === 'image') cleanInline(c, md, transform);
    else if (c.type === 'link_open') {
      // A bare address is its own link text: print styles need not repeat it.
      if (c.markup === 'linkify' || c.markup === 'autolink') c.attrJoin('class', 'bare');
      const href = c.attrGet('href');
      if (base !== '/' && href !== null && OWN_FROM_ROOT.test(href)) c.attrSet('href', base + href.slice(1));
    }
  }
  nameEmptyLinks(t.children ?? [], md);
}

/**
 * A link written with nothing to read in it (`[](https://…)`, an image without alt text) would be invisible and
 * nameless to a screen reader (WCAG 2.4.4): its address becomes its text, as for a bare address.
 */
function nameEmptyLinks(children: Token[], md: MarkdownIt): void {
  for (let i = 0; i < children.length; i++) {
    if (children[i]!.type !== 'link_open') continue;
    let end = i + 1;
    while (end < children.length && children[end]!.type !== 'link_close') end++;
    const inside = children.slice(i + 1, end);
    const readable = inside.some((c) => (c.type === 'text' || c.type === 'code_inline' || c.type === 'image') && c.content.trim() !== '');
    if (readable) continue;
    const link = children[i]!;
    const text = new Token('text', '', 0);
    // Shown as a bare address is: decoded ("wiki/Möte", not "wiki/M%C3%B6te").
    text.content = md.normalizeLinkText(link.attrGet('href') ?? '');
    link.attrJoin('class', 'bare');
    children.splice(end, 0, text);
    i = end;
  }
}

function cleanText(s: string, transform: ((s: string) => string) | undefined): string {
  const plain = s.replace(INVISIBLE_CONTROLS, '');
  return transform ? transform(plain) : plain;
}

function plainText(t: Token): string {
  let out = '';
  for (const c of t.children ?? []) {
    if (c.type === 'text' || c.type === 'code_inline') out += c.content;
    else if (c.type === 'softbreak' || c.type === 'hardbreak') out += ' ';
  }
  return out.trim();
}

/** Where a link target in Markdown source would be refused: offsets of every unsafe destination. */
export function unsafeLinks(body: string): { offset: number; length: number; target: string }[] {
  if (!/[\]<]/.test(body)) return [];
  const out: { offset: number; length: number; target: string }[] = [];
  const patterns = [
    /\]\([ \t]*(<[^>\n]*>|(?:[^\s()]|\([^\s()]*\))+)/g, // [text](target) and ![alt](target)
    /^ {0,3}\[[^\]\n]+\]:[ \t]*(<[^>\n]*>|\S+)/gm, // [ref]: target
    /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\u0000-\u0020]*)>/g, // <scheme:target>
  ];
  for (const re of patterns) {
    for (const m of body.matchAll(re)) {
      const raw = m[1]!;
      const dest = raw.startsWith('<') && raw.endsWith('>') ? raw.slice(1, -1) : raw;
      const url = md.normalizeLink(md.utils.unescapeAll(dest));
      if (!isSafeLink(url)) out.push({ offset: m.index! + m[0].indexOf(raw), length: raw.length, target: dest });
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}
