// Our markdown-it instance: raw HTML shown as text (but comments, hidden, and <br>), bare URLs linked, unsafe link targets refused,
// stable heading anchors, and the sections (agenda items) of a minutes text with their plain text.
import { createRequire } from 'node:module';
import type MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { INVISIBLE_CONTROLS, slugify } from '../util/fold.js';
import { UniqueIds } from '../util/unique-ids.js';
import { isWindowsPath, remoteHost } from '../model/links.js';
import { OWN_FROM_ROOT } from '../model/page-paths.js';
import { TAGS_ENV, useWrittenHtml } from './written-html.js';
import { lineStarts } from '../load/source.js';

/** Link schemes that are never made into links (markdown-it alone would allow some data: images). */
const UNSAFE_SCHEME = /^(javascript|vbscript|file|data):/;

export function isSafeLink(url: string): boolean {
  // Browsers ignore ASCII whitespace and control characters inside a scheme, so compare without them.
  const str = url.replace(/[\u0000-\u0020\u007F]/g, '').toLowerCase();
  return !UNSAFE_SCHEME.test(str);
}

// markdown-it is loaded when a text is first parsed (its CommonJS build: ES modules cannot be loaded on demand
// synchronously): checking minutes with no links in them never needs it, and loading it is a tenth of Node's start.
const load = createRequire(import.meta.url);

function createMarkdown(): MarkdownIt {
  const Parser = load('markdown-it') as typeof MarkdownIt;
  const md = new Parser({ html: false, linkify: true, typographer: false });
  md.validateLink = isSafeLink;
  useWrittenHtml(md);
  quickPretest(md.linkify);
  // A table wider than a phone scrolls sideways in a box of its own instead of the whole page (WCAG 1.4.10);
  // the box takes focus so the keyboard can scroll it too, and its name says what it holds.
  md.renderer.rules.table_open = (tokens, idx, options, _env, self) =>
    `<div class="table-wrap" role="group" aria-label="Tabell" tabindex="0">\n${self.renderToken(tokens, idx, options)}`;
  md.renderer.rules.table_close = (tokens, idx, options, _env, self) => `${self.renderToken(tokens, idx, options)}</div>\n`;
  md.renderer.rules.image = remoteImageAsLink(md);
  return md;
}

/**
 * linkify-it's pretest, asked of every paragraph, list item and heading, tries one large regular expression at each
 * of its characters (a sixth of the time markdown-it took over the minutes' texts). It answers the same when the
 * text is looked through first: a link it could find has ':', '/' or '@' in it ('http:', '//', 'mailto:', an address),
 * 'localhost' or 'www.', or else begins its host's pattern at a '.' (an IP's '.1.', a top-level domain's '.se'), where
 * that pattern alone is tried. Only a text with one of the first is given to the whole pretest.
 */
function quickPretest(linkify: MarkdownIt['linkify']): void {
  const whole = linkify.pretest.bind(linkify);
  // linkify-it makes its patterns anew when its schemas or domains are changed.
  let made: object | undefined;
  let atDot = /$^/y;
  linkify.pretest = (text: string): boolean => {
    if (/[:/@]|localhost|www\./i.test(text)) return whole(text);
    const re = (linkify as unknown as { re: { host_fuzzy_test: RegExp } }).re;
    if (re !== made) {
      made = re;
      atDot = new RegExp(re.host_fuzzy_test.source, 'iy');
    }
    for (let at = text.indexOf('.'); at !== -1; at = text.indexOf('.', at + 1)) {
      atDot.lastIndex = at;
      if (atDot.test(text)) return true;
    }
    return false;
  };
}

/**
 * An image on another site is linked to, not shown: showing it would have every reader's browser fetch it from there,
 * telling that site who reads which minutes (check warns of it: remote-image). Inside a link, where a second link
 * cannot be, it is named in text.
 */
function remoteImageAsLink(md: MarkdownIt): NonNullable<MarkdownIt['renderer']['rules']['image']> {
  const shown = md.renderer.rules.image!;
  const escape = md.utils.escapeHtml;
  return (tokens, idx, options, env, self) => {
    const t = tokens[idx]!;
    const host = (t.meta as { remoteHost?: string } | null)?.remoteHost;
    if (host === undefined) return shown(tokens, idx, options, env, self);
    const alt = self.renderInlineAsText(t.children ?? [], options, env).trim();
    const text = escape(`Bild${alt ? `: ${alt}` : ''} (på ${host})`);
    const open = tokens.slice(0, idx).reduce((depth, c) => depth + (c.type === 'link_open' ? 1 : c.type === 'link_close' ? -1 : 0), 0);
    return open > 0 ? text : `<a class="remote-image" href="${escape(t.attrGet('src') ?? '')}">${text}</a>`;
  };
}

/** The host of the other site an image's src leads to, as a reader writes it ("räksmörgås.se", not "xn--…"), if it does (see remoteHost). */
export const imageHost = (src: string, site?: string): string | undefined => remoteHost(parser().normalizeLinkText(src), site);

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
  /**
   * The addresses, as written, of the links (but bare addresses) and images the HTML keeps, in order: not those of
   * links taken out with a hidden name ("[Ia](a.pdf) [Jonsson](b.pdf)" keeps a.pdf's), whose files are not published.
   */
  readonly links: readonly string[];
}

export interface RenderOptions {
  /** Ids the page around the text already uses; headings get other ids. */
  readonly reservedIds?: ReadonlySet<string>;
  /** Applied to every piece of text before it is rendered (e.g. hiding names that must not be published). */
  readonly transformText?: (text: string) => string;
  /**
   * Applied to the text pieces of each paragraph or heading together, in order, in place of `transformText` on each:
   * for what spans pieces, as a hidden name split by a link ("[Ia](…) Jonsson"). Told which pieces are a link's text.
   */
  readonly transformPieces?: (pieces: readonly string[], inLink: (piece: number) => boolean) => string[];
  /** The path the site is served under ("/protokoll/"): links in the text to the site's own pages from its root ("/grupper/x/") get it. */
  readonly base?: string;
  /**
   * Where a link or image of the text leads instead of where it is written (another meeting's page, a published
   * attachment): the new address, `null` for one never to be made (it would publish what is not minutes), or
   * undefined to leave it as it is. Given the href or src as the parser makes it.
   */
  readonly resolveLink?: (url: string) => string | null | undefined;
  /**
   * What a link's text is followed by in brackets, inside the link, given its href as the parser makes it: an
   * attachment's format ("PDF"), so that a reader knows a document opens, also in a screen reader's list of links.
   */
  readonly linkLabel?: (url: string) => string | undefined;
  /** The site's own address (--url): an image there is shown, one on any other site only linked to (see remoteImageAsLink). */
  readonly siteUrl?: string;
  /** The width and height of the image at `url` (its src as the parser makes it), when known: its room is kept while it loads. */
  readonly imageSize?: (url: string) => { readonly width: number; readonly height: number } | undefined;
}

let shared: MarkdownIt | undefined;
const parser = (): MarkdownIt => (shared ??= createMarkdown());
/** A token of the loaded parser's own class. */
const newToken = (type: string, tag: string, nesting: Token['nesting']): Token => new (parser().core.State.prototype.Token)(type, tag, nesting);

/** Renders a minutes body: HTML plus its sections. Pure; the same text always gives the same result. */
export function renderBody(body: string, options: RenderOptions = {}): RenderedBody {
  const md = parser();
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
      if (inline?.type === 'inline') cleanInline(inline, md, transform, options);
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
      cleanInline(t, md, transform, options);
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
    links: tokens.flatMap((t) => (t.type === 'inline' ? (t.children ?? []).flatMap((c) => writtenAddress.get(c) ?? []) : [])),
  };
}

const level = (t: Token): number => Number(t.tag.slice(1));

/** Removes direction overrides and applies the text transform to every text piece of an inline token; own links get the base. */
function cleanInline(t: Token, md: MarkdownIt, transform: ((s: string) => string) | undefined, options: RenderOptions): void {
  const base = options.base ?? '/';
  const children = t.children ?? [];
  // The format each link to an attachment says, found by its address as written: added once links with nothing
  // to read in them have their address as text, so that "(PDF)" is never a link's whole name.
  const labels = new Map<Token, string>();
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (c.type === 'link_open' && c.markup !== 'linkify' && c.markup !== 'autolink') {
      const href = c.attrGet('href');
      const label = href === null ? undefined : options.linkLabel?.(href);
      if (label) labels.set(c, label);
    }
    // Text transformed piece by piece only where it is not transformed together below.
    if (c.type === 'text' || c.type === 'code_inline') c.content = cleanText(c.content, options.transformPieces ? undefined : transform);
    else if (c.type === 'image') {
      cleanInline(c, md, transform, {});
      sizeImage(c, options.imageSize);
      resolveAttr(c, 'src', options.resolveLink);
      const host = imageHost(c.attrGet('src') ?? '', options.siteUrl);
      if (host !== undefined) c.meta = { remoteHost: host };
    } else if (c.type === 'link_open') {
      // A bare address is its own link text: print styles need not repeat it.
      if (c.markup === 'linkify' || c.markup === 'autolink') c.attrJoin('class', 'bare');
      else if (resolveAttr(c, 'href', options.resolveLink)) continue;
      const href = c.attrGet('href');
      if (base !== '/' && href !== null && OWN_FROM_ROOT.test(href)) c.attrSet('href', base + href.slice(1));
    }
  }
  if (options.transformPieces) transformPieces(children, options.transformPieces);
  nameEmptyLinks(children, md);
  for (const [open, label] of labels) if (children.includes(open)) addLabel(children, children.indexOf(open), label);
}

/** Applies `transform` to the text pieces of inline `children` together, line breaks between them as "\n". */
function transformPieces(children: Token[], transform: NonNullable<RenderOptions['transformPieces']>): void {
  const pieces: Token[] = [];
  const inLink: boolean[] = [];
  let depth = 0;
  for (const c of children) {
    if (c.type === 'link_open') depth++;
    else if (c.type === 'link_close') depth--;
    else if (c.type === 'text' || c.type === 'code_inline' || c.type === 'softbreak' || c.type === 'hardbreak') {
      pieces.push(c);
      inLink.push(depth > 0);
    }
  }
  const texts = pieces.map((c) => (c.type === 'softbreak' || c.type === 'hardbreak' ? '\n' : c.content));
  const out = transform(texts, (i) => inLink[i] === true);
  const emptied = new Set<Token>();
  pieces.forEach((c, i) => {
    // A line break inside what was taken out goes with it ("[Ia](…)⏎Jonsson." reads "I. J.", not "I. J .").
    if (c.type === 'softbreak' || c.type === 'hardbreak') {
      if (out[i] === '') children.splice(children.indexOf(c), 1);
      return;
    }
    if (c.content.trim() !== '' && out[i]!.trim() === '') emptied.add(c);
    c.content = out[i]!;
  });
  if (emptied.size > 0) dropEmptiedLinks(children, emptied);
}

/**
 * Takes out a link whose text the transform took out whole: the rest of a name whose replacement another link of it
 * shows ("[Ia](…) [Jonsson](…)" reads "I. J.", one link), which would otherwise be named by its address. So is the
 * emphasis left with nothing in it ("**[Ia](…)** **[Jonsson](…)**").
 */
function dropEmptiedLinks(children: Token[], emptied: ReadonlySet<Token>): void {
  for (let i = children.length - 1; i >= 0; i--) {
    if (children[i]!.type !== 'link_open') continue;
    const close = children.findIndex((c, k) => k > i && c.type === 'link_close');
    const inside = children.slice(i + 1, close);
    const left = inside.some((c) => c.type === 'image' || ((c.type === 'text' || c.type === 'code_inline') && c.content.trim() !== ''));
    if (close !== -1 && !left && inside.some((c) => emptied.has(c))) children.splice(i, close - i + 1);
  }
  // Emphasis opened and closed again with no text between (never so written: "****" is text) held only what went.
  for (let i = children.length - 1; i >= 0; i--) {
    const open = children[i]!;
    if (!open.type.endsWith('_open') || open.type === 'link_open') continue;
    let close = i + 1;
    while (children[close]?.type === 'text' && children[close]!.content === '') close++;
    if (children[close]?.type === open.type.replace(/_open$/, '_close')) children.splice(i, close - i + 1);
  }
}

/** Marks the text addLabel adds: not written in the minutes, so no part of a heading's anchor or of a section's text. */
const LABEL = { label: true };

/** Puts " (PDF)" before the link_close of the link opened at `open`, unless its text says so already. */
function addLabel(children: Token[], open: number, shown: string): void {
  const close = children.findIndex((c, i) => i > open && c.type === 'link_close');
  if (close === -1) return;
  const text = children.slice(open + 1, close).map((c) => c.content).join('');
  if (text.toLocaleLowerCase('sv').includes(shown.toLocaleLowerCase('sv'))) return;
  const added = newToken('text', '', 0);
  added.content = ` (${shown})`;
  added.meta = LABEL;
  children.splice(close, 0, added);
}

/**
 * Gives an image its width and height, so that the text below does not jump when it loads (the stylesheet scales it
 * down to the column, keeping its proportions). Loaded at once, not lazily: a lazy image is missing from a page
 * printed or saved as PDF before it was scrolled to.
 */
function sizeImage(t: Token, size: RenderOptions['imageSize']): void {
  const src = t.attrGet('src');
  const known = src === null ? undefined : size?.(src);
  if (!known) return;
  t.attrSet('width', String(known.width));
  t.attrSet('height', String(known.height));
}

/** The address a link or image was written with, before resolveAttr pointed it elsewhere (see RenderedBody.links). */
const writtenAddress = new WeakMap<Token, string>();

/**
 * Points a link or image where `resolve` says (the address it gives has the base); one never to be made loses its
 * address (an `<a>` without href is no link). Returns whether it did either.
 */
function resolveAttr(t: Token, attr: 'href' | 'src', resolve: RenderOptions['resolveLink']): boolean {
  const url = t.attrGet(attr);
  if (url !== null) writtenAddress.set(t, url);
  if (!resolve || url === null) return false;
  const to = resolve(url);
  if (to === null) t.attrs = (t.attrs ?? []).filter(([name]) => name !== attr);
  else if (to !== undefined) t.attrSet(attr, to);
  return to !== undefined;
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
    const text = newToken('text', '', 0);
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
    if (c.meta === LABEL) continue;
    if (c.type === 'text' || c.type === 'code_inline') out += c.content;
    else if (c.type === 'softbreak' || c.type === 'hardbreak') out += ' ';
  }
  return out.trim();
}

/** A link destination in Markdown source: where it is, as written, and as the parser normalises it. */
export interface Destination {
  readonly offset: number;
  readonly length: number;
  /** As written, without angle brackets. */
  readonly target: string;
  /** As markdown-it makes it the link's href (unescaped, percent-encoded). */
  readonly url: string;
  /** Offset of the `[` of `![` when the destination is an image's, written inline. */
  readonly image?: number;
  /** A reference definition (`[ref]: target`), which several links may use. */
  readonly definition?: boolean;
}

/**
 * Every link destination in Markdown source, by pattern: fast, and also inside code, which callers tell apart
 * (the parser's tokens say what is a link; these say where it is written).
 */
export function linkDestinations(body: string): readonly Destination[] {
  // Checking a text asks twice (unsafe links, links to paths): the second time gets the first answer.
  if (lastDestinations?.body === body) return lastDestinations.found;
  const found = findDestinations(body);
  lastDestinations = { body, found };
  return found;
}

let lastDestinations: { readonly body: string; readonly found: readonly Destination[] } | undefined;

function findDestinations(body: string): Destination[] {
  // includes() is many times faster than a pattern over a whole text, and most texts have no link.
  if (!body.includes(']') && !body.includes('<')) return [];
  const out: Destination[] = [];
  const patterns = [
    /\]\([ \t]*(<[^>\n]*>|(?:[^\s()]|\([^\s()]*\))+)/g, // [text](target) and ![alt](target)
    /^ {0,3}\[[^\]\n]+\]:[ \t]*(<[^>\n]*>|\S+)/gm, // [ref]: target
    /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\u0000-\u0020]*)>/g, // <scheme:target>
  ];
  patterns.forEach((re, kind) => {
    for (const m of body.matchAll(re)) {
      const raw = m[1]!;
      const dest = raw.startsWith('<') && raw.endsWith('>') ? raw.slice(1, -1) : raw;
      const url = linkUrl(dest);
      const image = kind === 0 ? imageStart(body, m.index!) : undefined;
      out.push({ offset: m.index! + m[0].indexOf(raw), length: raw.length, target: dest, url, ...(image !== undefined ? { image } : {}), ...(kind === 1 ? { definition: true } : {}) });
    }
  });
  return out.sort((a, b) => a.offset - b.offset);
}

/** The `!` of `![alt]` whose `]` is at `close`, if the brackets before it open an image (alt text on one line). */
function imageStart(body: string, close: number): number | undefined {
  let depth = 0;
  for (let i = close - 1; i >= 0 && body[i] !== '\n'; i--) {
    if (body[i] === ']' && body[i - 1] !== '\\') depth++;
    else if (body[i] === '[' && body[i - 1] !== '\\') {
      if (depth > 0) depth--;
      else return body[i - 1] === '!' ? i - 1 : undefined;
    }
  }
  return undefined;
}

/** The href a link destination written as `dest` (without angle brackets) gets from the parser: unescaped, percent-encoded. */
export const linkUrl = (dest: string): string => {
  const md = parser();
  return md.normalizeLink(md.utils.unescapeAll(dest));
};

/** Where a link target in Markdown source would be refused: offsets of every unsafe destination. */
export function unsafeLinks(body: string): { offset: number; length: number; target: string }[] {
  return linkDestinations(body)
    .filter((d) => !isSafeLink(d.url))
    .map(({ offset, length, target }) => ({ offset, length, target }));
}

/** A link or image of a minutes text, as the parser reads it, at the place its destination is written. */
export interface BodyLink {
  /** Where the destination is written (a reference link's: where its definition is). */
  readonly offset: number;
  readonly length: number;
  /** The href or src, as the parser makes it (percent-encoded). */
  readonly url: string;
  /** For an image: its alt text, and where it starts (`![`). */
  readonly image?: { readonly alt: string; readonly offset: number };
}

/** A destination that is not a web address: a path, an anchor, or a path from the root. */
const PATH_LIKE = (url: string): boolean => !/^(?:[A-Za-z][A-Za-z0-9+.-]*:|\/\/)/.test(url) || isWindowsPath(url);

/**
 * The links of a text that lead to a path or an anchor (not a web address), and every image: what the parser
 * makes links of (none in code), each placed at its destination as written. Parses only a text that has any.
 */
/**
 * A text's Markdown tokens, and where each of its lines starts (a token's `map` counts lines): how checks of the text
 * place what the parser finds. A line past the last one starts at the text's end. With `tags`, the HTML tags shown
 * as text are tokens of their own (see written-html.ts).
 */
export function parseLines(body: string, options: { readonly tags?: boolean } = {}): { tokens: Token[]; lineStart: (line: number) => number } {
  // markdown-it's lines (its tokens' `map`) end at LF, CRLF and a lone CR alike, as an editor's do.
  const starts = lineStarts(body);
  const tokens = parser().parse(body, options.tags ? { [TAGS_ENV]: true } : {});
  // markdown-it gives a table cell's text no lines: it is on its row's (the last block with lines before it).
  let lines: [number, number] | null = null;
  for (const t of tokens) {
    if (t.map) lines = t.map;
    else if (t.type === 'inline') t.map = lines;
  }
  return { tokens, lineStart: (line) => starts[line] ?? body.length };
}

export function bodyLinks(body: string): BodyLink[] {
  const found = linkDestinations(body);
  if (!found.some((d) => d.image !== undefined || (PATH_LIKE(d.url) && isSafeLink(d.url))) && !(body.includes('![') && /!\[[^\]\n]*\]\[/.test(body))) return [];
  const { tokens, lineStart } = parseLines(body);
  const used = new Set<Destination>();
  const out: BodyLink[] = [];
  for (const t of tokens) {
    if (t.type !== 'inline' || !t.map) continue;
    const from = lineStart(t.map[0]);
    const to = lineStart(t.map[1]);
    for (const c of t.children ?? []) {
      const image = c.type === 'image';
      if (!image && (c.type !== 'link_open' || c.markup === 'linkify' || c.markup === 'autolink')) continue;
      const url = c.attrGet(image ? 'src' : 'href') ?? '';
      if (!image && !PATH_LIKE(url)) continue;
      // The first destination of this text block not yet taken with the same address, else its definition.
      const d = found.find((x) => !used.has(x) && x.url === url && x.offset >= from && x.offset < to) ?? found.find((x) => x.definition && x.url === url);
      // A definition that several links use is one place to mend: it is given once (and once more for an image).
      if (d?.definition && out.some((l) => l.offset === d.offset && (l.image !== undefined) === image)) continue;
      if (d && !d.definition) used.add(d);
      const offset = d?.offset ?? from;
      out.push({ offset, length: d?.length ?? 0, url, ...(image ? { image: { alt: plainText(c), offset: d?.image ?? offset } } : {}) });
    }
  }
  return out;
}

/** The anchors of a text's headings, as renderBody gives them, beside the page's own ids in `reserved`. */
export function headingAnchors(body: string, reserved: ReadonlySet<string>, transform?: RenderOptions['transformPieces']): Set<string> {
  const ids = new Set(reserved);
  const unique = new UniqueIds(ids);
  const tokens = parser().parse(body, {});
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.type !== 'heading_open') continue;
    const inline = tokens[i + 1];
    if (inline?.type === 'inline') {
      for (const c of inline.children ?? []) if (c.type === 'text' || c.type === 'code_inline') c.content = cleanText(c.content, undefined);
      if (transform) transformPieces(inline.children ?? [], transform);
    }
    unique.take(slugify(inline ? plainText(inline) : '') || 'punkt');
  }
  return ids;
}
