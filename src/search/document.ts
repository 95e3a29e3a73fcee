// What Pagefind is given for a page: the page's language, its Pagefind metadata and filters from <head>, and
// the element marked data-pagefind-body without its data-pagefind-ignore parts — not the navigation around
// it, which Pagefind would parse only to throw away (at 10,000 pages that parsing costs more than indexing).

const TAG_AT = /^<([a-zA-Z][a-zA-Z0-9-]*)/;
const PAGEFIND_META = /<meta\s[^>]*data-pagefind-[^>]*>/g;
const tagPatterns = new Map<string, RegExp>();

/** The search document of a page, or undefined when the page has no data-pagefind-body. */
export function searchDocument(page: string): string | undefined {
  const at = page.indexOf('data-pagefind-body');
  if (at === -1) return undefined;
  const open = page.lastIndexOf('<', at);
  const tag = TAG_AT.exec(page.slice(open, at))?.[1];
  if (!tag) return undefined;
  const end = closingIndex(page, tag, open);
  if (end === -1) return undefined;
  const lang = /<html[^>]*\slang="([^"]*)"/.exec(page.slice(0, 200))?.[1] ?? 'sv';
  const headEnd = page.indexOf('</head>');
  const head = headEnd === -1 ? '' : (page.slice(0, headEnd).match(PAGEFIND_META) ?? []).join('');
  return `<html lang="${lang}"><head>${head}</head><body>${withoutIgnored(page, open, end)}</body></html>`;
}

/** page[from, to) without the elements marked data-pagefind-ignore: Pagefind would skip their words anyway. */
function withoutIgnored(page: string, from: number, to: number): string {
  let out = '';
  let copied = from;
  for (let at = page.indexOf('data-pagefind-ignore', from); at !== -1 && at < to; at = page.indexOf('data-pagefind-ignore', copied)) {
    const open = page.lastIndexOf('<', at);
    const tag = TAG_AT.exec(page.slice(open, at))?.[1];
    const end = tag ? closingIndex(page, tag, open) : -1;
    if (end === -1 || end > to) break;
    out += page.slice(copied, open);
    copied = end;
  }
  return out + page.slice(copied, to);
}

/** Index just past the element that opens at `from`, counting nested elements of the same name. */
function closingIndex(page: string, tag: string, from: number): number {
  let re = tagPatterns.get(tag);
  if (!re) {
    re = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*>`, 'gi');
    tagPatterns.set(tag, re);
  }
  re.lastIndex = from;
  let depth = 0;
  for (let m = re.exec(page); m; m = re.exec(page)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}
