// Pagefind's index of a site read back as data, page by page, whatever its files are named: each fragment
// (pagefind/fragment/*.pf_fragment) is gzip-compressed "pagefind_dcd" followed by the JSON of one page (its url,
// text, filters, metadata and anchors). Used to compare the index watch mode keeps with a full build's.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

/** One page as the index holds it. */
export interface IndexedPage {
  readonly url: string;
  readonly content: string;
  readonly word_count: number;
  readonly filters: Readonly<Record<string, readonly string[]>>;
  readonly meta: Readonly<Record<string, string>>;
  readonly anchors: readonly unknown[];
}

/** The page a fragment file holds. */
export function decodeFragment(bytes: Buffer): IndexedPage {
  const data = zlib.gunzipSync(bytes);
  const signature = data.subarray(0, SIGNATURE.length).toString('latin1');
  if (signature !== SIGNATURE) throw new Error(`not a Pagefind fragment: starts with ${JSON.stringify(signature)}`);
  return JSON.parse(data.subarray(SIGNATURE.length).toString('utf8')) as IndexedPage;
}

export interface SearchIndex {
  /** The pages by url. */
  readonly pages: ReadonlyMap<string, IndexedPage>;
  /** The page count pagefind-entry.json gives, over its languages. */
  readonly pageCount: number;
  /** Urls with more than one fragment (one of them left from before). */
  readonly twice: readonly string[];
}

/** The search index of the site in `site`. */
export function readSearchIndex(site: string): SearchIndex {
  const dir = path.join(site, 'pagefind');
  const entry = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const pages = new Map<string, IndexedPage>();
  const twice: string[] = [];
  for (const name of fs.readdirSync(path.join(dir, 'fragment')).sort()) {
    const page = decodeFragment(fs.readFileSync(path.join(dir, 'fragment', name)));
    if (pages.has(page.url)) twice.push(page.url);
    pages.set(page.url, page);
  }
  return { pages, pageCount: Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0), twice };
}

/** The parts of a page in the index compared, each as text. */
const PARTS = ['content', 'word_count', 'filters', 'meta', 'anchors'] as const;

/** Two texts from a little before where they first differ, for a report. */
function around(a: string, b: string): [string, string] {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 60);
  return [a.slice(from, i + 240), b.slice(from, i + 240)].map((t) => (from > 0 ? `…${t}` : t)) as [string, string];
}

/** What differs between the index of `live` (watch mode's) and that of `fresh` (a full build's), or undefined. */
export function searchIndexDifference(live: string, fresh: string): string | undefined {
  const [a, b] = [readSearchIndex(live), readSearchIndex(fresh)];
  // Two empty indexes are alike too: the build's must hold its pages for the comparison to say anything.
  if (b.pages.size === 0 || b.pageCount !== b.pages.size) return `the full build's search index holds ${b.pages.size} pages, its entry file counts ${b.pageCount}`;
  const missing = [...b.pages.keys()].filter((url) => !a.pages.has(url));
  const extra = [...a.pages.keys()].filter((url) => !b.pages.has(url));
  const differ = [...b.pages.keys()].flatMap((url) => {
    const [x, y] = [a.pages.get(url), b.pages.get(url)!];
    if (!x) return [];
    const parts = PARTS.filter((p) => JSON.stringify(x[p]) !== JSON.stringify(y[p]));
    const said = (p: (typeof PARTS)[number]) => {
      const [w, b] = around(JSON.stringify(x[p]), JSON.stringify(y[p]));
      return `${p}:\n    watch: ${w}\n    build: ${b}`;
    };
    return parts.length ? [`${url} (${parts.map(said).join('\n  ')})`] : [];
  });
  const problems = [
    ...(missing.length ? [`not in watch mode's search index: ${missing.join(', ')}`] : []),
    ...(extra.length ? [`only in watch mode's search index: ${extra.join(', ')}`] : []),
    ...(a.twice.length ? [`in watch mode's search index twice: ${a.twice.join(', ')}`] : []),
    ...(a.pageCount !== b.pageCount ? [`watch mode's search index counts ${a.pageCount} pages, the build's ${b.pageCount}`] : []),
    ...differ.map((d) => `differs in the search index: ${d}`),
  ];
  return problems.length ? problems.join('\n') : undefined;
}
