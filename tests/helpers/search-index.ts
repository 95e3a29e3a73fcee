// Pagefind's index of a site read back as data, whatever its files are named and however its pages are numbered.
// Each file is gzip-compressed "pagefind_dcd" followed by its data: a fragment (pagefind/fragment/*.pf_fragment)
// the JSON of one page (its url, text, filters, metadata and anchors); the meta file (pagefind.<hash>.pf_meta), the
// word index chunks (index/*.pf_index) and the filters (filter/*.pf_filter) CBOR arrays that name pages by their
// number in the meta file's page list, read here as the urls of those pages' fragments. Used to compare the index
// watch mode keeps with a full build's.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { decode } from 'cborg';
import { listFiles } from './site.js';

const SIGNATURE = 'pagefind_dcd';

/** The data of one of Pagefind's files: after the gzip and the signature. */
function unpack(bytes: Buffer, what: string): Buffer {
  const data = zlib.gunzipSync(bytes);
  const signature = data.subarray(0, SIGNATURE.length).toString('latin1');
  if (signature !== SIGNATURE) throw new Error(`not a Pagefind ${what}: starts with ${JSON.stringify(signature)}`);
  return data.subarray(SIGNATURE.length);
}

/** A CBOR file of the index (meta, word index chunk or filter), as the arrays Pagefind encodes its structs as. */
export function decodeCbor(bytes: Buffer, what: string): unknown[] {
  const value: unknown = decode(unpack(bytes, what), { useMaps: true });
  if (!Array.isArray(value)) throw new Error(`not a Pagefind ${what}: not an array`);
  return value;
}

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
  return JSON.parse(unpack(bytes, 'fragment').toString('utf8')) as IndexedPage;
}

/**
 * What one language's meta file, word index and filters say, every page named by its url: nothing here depends on
 * the files' hashes or on the order Pagefind numbered the pages in. Lists of pages are sorted, but a sort's order.
 */
export interface LanguageIndex {
  /** Each word (a variant Pagefind folds into it as `word → variant`) with `url [locations…]` for each page it is on. */
  readonly words: ReadonlyMap<string, readonly string[]>;
  /** Each filter value, as `filter: value`, with the urls of its pages. */
  readonly filters: ReadonlyMap<string, readonly string[]>;
  /** Each sort with the urls of its pages in its order. */
  readonly sorts: ReadonlyMap<string, readonly string[]>;
  /** The rest of the meta file, a text per part: version, pages (url, word count…), word chunk bounds, filter names, further fields. */
  readonly meta: ReadonlyMap<string, string>;
  /** Files the meta file refers to that are not there. */
  readonly missing: readonly string[];
}

export interface SearchIndex {
  /** The pages by url. */
  readonly pages: ReadonlyMap<string, IndexedPage>;
  /** The page count pagefind-entry.json gives, over its languages. */
  readonly pageCount: number;
  /** Urls with more than one fragment (one of them left from before). */
  readonly twice: readonly string[];
  /** The words, filters and sorts of each language pagefind-entry.json lists (decoded when asked for). */
  readonly languages: () => ReadonlyMap<string, LanguageIndex>;
}

type Entry = { languages: Record<string, { hash: string; page_count: number }> };
/** A page in a word's list: its number, then where the word is (and in which metadata). */
type PackedPage = [number, ...unknown[]];
type PackedWord = [string, PackedPage[], [string, PackedPage[]][]?];

/** The search index of the site in `site`. */
export function readSearchIndex(site: string): SearchIndex {
  const dir = path.join(site, 'pagefind');
  const entry = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as Entry;
  const pages = new Map<string, IndexedPage>();
  const urls = new Map<string, string>();
  const twice: string[] = [];
  for (const name of fs.readdirSync(path.join(dir, 'fragment')).sort()) {
    const page = decodeFragment(fs.readFileSync(path.join(dir, 'fragment', name)));
    if (pages.has(page.url)) twice.push(page.url);
    pages.set(page.url, page);
    urls.set(name.slice(0, name.indexOf('.')), page.url);
  }
  const languages = () => new Map(Object.entries(entry.languages).map(([language, { hash }]) => [language, readLanguage(dir, hash, urls)]));
  return { pages, pageCount: Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0), twice, languages };
}

/** One language's meta file (`pagefind.<hash>.pf_meta`) and the word index and filter files it names. */
function readLanguage(dir: string, hash: string, urls: ReadonlyMap<string, string>): LanguageIndex {
  const missing: string[] = [];
  const read = (file: string, what: string): unknown[] | undefined => {
    if (fs.existsSync(path.join(dir, file))) return decodeCbor(fs.readFileSync(path.join(dir, file)), what);
    missing.push(file);
    return undefined;
  };
  const [version, metaPages, chunks, filterFiles, sortLists, ...further] = (read(`pagefind.${hash}.pf_meta`, 'meta file') ?? []) as [
    string,
    [string, ...unknown[]][],
    [string, string, string][],
    [string, string][],
    [string, number[]][],
    ...unknown[],
  ];
  const url = (n: number) => {
    const page = metaPages?.[n];
    return page ? (urls.get(page[0]) ?? `(page ${n}, whose fragment ${page[0]} is missing)`) : `(page ${n}, not in the meta file)`;
  };
  const located = ([n, ...where]: PackedPage) => `${url(n)} ${JSON.stringify(where)}`;
  const words = new Map<string, string[]>();
  for (const [, , chunk] of chunks ?? []) {
    for (const [word, on, variants = []] of ((read(`index/${chunk}.pf_index`, 'word index chunk')?.[0] ?? []) as PackedWord[])) {
      if (on.length) words.set(word, on.map(located).sort());
      for (const [variant, at] of variants) words.set(`${word} → ${variant}`, at.map(located).sort());
    }
  }
  const filters = new Map<string, string[]>();
  for (const [, file] of filterFiles ?? []) {
    const [filter, values] = (read(`filter/${file}.pf_filter`, 'filter file') ?? []) as [string, [string, number[]][]];
    for (const [value, on] of values ?? []) filters.set(`${filter}: ${value}`, on.map(url).sort());
  }
  const meta = new Map<string, string>([
    ['version', JSON.stringify(version)],
    ['pages', JSON.stringify((metaPages ?? []).map(([, ...rest], n) => [url(n), ...rest]).sort())],
    ['word chunk bounds', JSON.stringify((chunks ?? []).map(([from, to]) => [from, to]))],
    ['filter names', JSON.stringify((filterFiles ?? []).map(([filter]) => filter).sort())],
    ['further fields', JSON.stringify(further)],
  ]);
  return { words, filters, sorts: new Map((sortLists ?? []).map(([sort, on]) => [sort, on.map(url)])), meta, missing };
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
  const b = readSearchIndex(fresh);
  // Two empty indexes are alike too: the build's must hold its pages for the comparison to say anything.
  if (b.pages.size === 0 || b.pageCount !== b.pages.size) return `the full build's search index holds ${b.pages.size} pages, its entry file counts ${b.pageCount}`;
  // Byte for byte alike (as dev mostly leaves it), the two indexes read alike: nothing more to compare.
  if (sameFiles(path.join(live, 'pagefind'), path.join(fresh, 'pagefind'))) return undefined;
  const a = readSearchIndex(live);
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
    ...languagesDifference(a.languages(), b.languages()),
  ];
  return problems.length ? problems.join('\n') : undefined;
}

/** Whether two folders hold the same files with the same bytes. */
function sameFiles(a: string, b: string): boolean {
  const files = listFiles(a).sort();
  return JSON.stringify(files) === JSON.stringify(listFiles(b).sort()) && files.every((f) => fs.readFileSync(path.join(a, f)).equals(fs.readFileSync(path.join(b, f))));
}

/** At most this many words, filter values or sorts are told apart in a report; then how many more. */
const SHOWN = 10;

/** What differs between the words, filters, sorts and meta files of two indexes, language by language. */
function languagesDifference(a: ReadonlyMap<string, LanguageIndex>, b: ReadonlyMap<string, LanguageIndex>): string[] {
  const languages = [...new Set([...a.keys(), ...b.keys()])].sort();
  return languages.flatMap((language) => {
    const [x, y] = [a.get(language), b.get(language)];
    if (!x || !y) return [`the language ${language} is only in ${x ? "watch mode's" : "the build's"} search index`];
    return [
      ...(x.missing.length ? [`watch mode's search index (${language}) refers to files that are not there: ${x.missing.join(', ')}`] : []),
      ...(y.missing.length ? [`the build's search index (${language}) refers to files that are not there: ${y.missing.join(', ')}`] : []),
      ...tableDifference(`words (${language})`, 'word', x.words, y.words),
      ...tableDifference(`filters (${language})`, 'filter value', x.filters, y.filters),
      ...tableDifference(`sorts (${language})`, 'sort', x.sorts, y.sorts),
      ...[...y.meta].flatMap(([part, text]) => {
        if (x.meta.get(part) === text) return [];
        const [w, b] = around(x.meta.get(part) ?? '', text);
        return [`the search index's meta file (${language}) differs in ${part}:\n    watch: ${w}\n    build: ${b}`];
      }),
    ];
  });
}

/**
 * What differs between two tables of the index (a word, filter value or sort → its pages): for each key, the
 * entries only one side has, or both orders when only the order differs.
 */
function tableDifference(table: string, kind: string, a: ReadonlyMap<string, readonly string[]>, b: ReadonlyMap<string, readonly string[]>): string[] {
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort().filter((k) => JSON.stringify(a.get(k) ?? []) !== JSON.stringify(b.get(k) ?? []));
  if (keys.length === 0) return [];
  const told = keys.slice(0, SHOWN).map((key) => {
    const [x, y] = [a.get(key) ?? [], b.get(key) ?? []];
    const [onlyX, onlyY] = [x.filter((e) => !y.includes(e)), y.filter((e) => !x.includes(e))];
    const said = onlyX.length + onlyY.length
      ? [...(onlyX.length ? [`only in watch mode's: ${onlyX.join(', ')}`] : []), ...(onlyY.length ? [`only in the build's: ${onlyY.join(', ')}`] : [])]
      : [`watch: ${x.join(', ')}`, `build: ${y.join(', ')}`];
    return `  ${kind} ${JSON.stringify(key)}:\n    ${said.join('\n    ')}`;
  });
  const more = keys.length > SHOWN ? [`  and ${keys.length - SHOWN} more`] : [];
  return [`the search index's ${table} differ:\n${[...told, ...more].join('\n')}`];
}
