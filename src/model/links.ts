// Where a link in the minutes text leads: another meeting's minutes, an attachment beside them, an anchor, or
// somewhere else. Pure: a function of the linking file, the link's target and the files there are under minutes/.
import { isEditorFile } from '../util/editor-files.js';
import { closest } from '../util/suggest.js';
import { fileAddress, OWN_FROM_ROOT, SiteRoot } from './page-paths.js';
import { XML_EXTENSIONS } from './xml-extensions.js';

const MINUTES_PREFIX = 'minutes/';
/** Where the site publishes the attachments, from its root. */
export const ATTACHMENTS = 'bilagor/';

/**
 * The files under minutes/ a link can lead to, by their path from the archive's root ("minutes/g/bilaga.pdf"), and
 * what of the site's own lies outside minutes' folders (its root files, assets, the folders its templates add).
 */
export class KnownFiles {
  /** NFC path -> the path as on disk; the same for the case-folded path, to tell a slip in capitals. */
  private readonly exact = new Map<string, string>();
  private readonly folded = new Map<string, string>();
  /** NFC paths that several files have, their names written composed and decomposed (as a Mac saves them): each as on disk. */
  private readonly forms = new Map<string, string[]>();

  /**
   * `minutes`: the minutes files (.md); `attachments`: every other file, with whether it is really somewhere else
   * (a symbolic link out of minutes/), which is never published.
   */
  constructor(
    readonly minutes: ReadonlySet<string>,
    readonly attachments: ReadonlyMap<string, { readonly outside: boolean }>,
    readonly site: SiteRoot = SiteRoot.minutes,
  ) {
    for (const p of [...minutes, ...attachments.keys()]) {
      const nfc = p.normalize('NFC');
      const first = this.exact.get(nfc);
      if (first !== undefined) this.forms.set(nfc, [...(this.forms.get(nfc) ?? [first]), p]);
      else this.exact.set(nfc, p);
      this.folded.set(nfc.toLowerCase(), p);
    }
  }

  static readonly none = new KnownFiles(new Set(), new Map());

  /** The file at `nfc` (its name in NFC, as a link writes it), as on disk: of several, the first found. */
  find(nfc: string): string | undefined {
    return this.exact.get(nfc);
  }

  /**
   * The other files whose name is that of `file` in another Unicode form, which no link can tell from it: the site
   * shows every text in NFC, so a link leads to `find`'s file whichever form it is written in.
   */
  otherForms(file: string): readonly string[] {
    return (this.forms.get(file.normalize('NFC')) ?? []).filter((p) => p !== file);
  }

  /** The file whose path is `nfc` in other capitals. */
  otherCase(nfc: string): string | undefined {
    const hit = this.folded.get(nfc.toLowerCase());
    return hit !== undefined && hit.normalize('NFC') !== nfc ? hit : undefined;
  }

  /** The known file of the same kind (minutes or attachment) nearest to `nfc`, both as written from the folder of `from`. */
  nearest(from: string, nfc: string, minutesFile: boolean): string | undefined {
    const pool = minutesFile ? [...this.minutes] : [...this.attachments.keys()];
    const shown = (p: string) => relativeTo(from, p.normalize('NFC'));
    return closest(shown(nfc), pool.map((p) => ({ label: p, keys: [shown(p)], value: p })), 1)[0]?.value;
  }
}

export type LinkTarget =
  /** Not a path into the archive: a web address, mailto:, a path from the root outside the site ("/kontakt/"). */
  | { readonly kind: 'external' }
  /**
   * A page of the site, from its root ("/grupper/x/") or, ending in "/", from the meeting's page ("../2016-02-08/"),
   * or a file of the site's own from its root ("/feed.xml", "/bilagor/…"): `path` as written, percent-decoded, without
   * query or fragment (see pageAddress and fileAddress). `asMinutes`: for a relative
   * one, the minutes file the same path names ("2016-02-08/" -> minutes/g/2016-02-08.md), there or not: how to link them.
   */
  | { readonly kind: 'page'; readonly path: string; readonly relative: boolean; readonly anchor?: string; readonly asMinutes?: string }
  /** An anchor on the same page ("#beslut-1"). */
  | { readonly kind: 'anchor'; readonly anchor: string }
  | { readonly kind: 'minutes'; readonly file: string; readonly anchor?: string }
  /** `suffix`: the query and fragment written after the path ("#page=2"), kept as written. */
  | { readonly kind: 'attachment'; readonly file: string; readonly suffix: string }
  /** No such file; `otherCase` is one whose name differs only in capitals, `nearest` the closest name. */
  | { readonly kind: 'missing'; readonly file: string; readonly minutesFile: boolean; readonly otherCase?: string; readonly nearest?: string }
  /** A path out of minutes/ (up past it, from a disk's root, or a symbolic link that leads out): never published. */
  | { readonly kind: 'outside'; readonly file: string }
  /** A hidden file or an editor's copy (".utkast.pdf", "bilaga.pdf~"): never published. */
  | { readonly kind: 'hidden'; readonly file: string }
  /**
   * A file a browser runs as a page of the site (.html, .svg, .js …), with the site's cookies and none of its
   * Content-Security-Policy (also one without an extension, as it guesses it a page), or a web server as a
   * program (.php on shared hosting): never published.
   */
  | { readonly kind: 'active'; readonly file: string; readonly runs: 'browser' | 'server' | 'guess'; readonly extension: string };

/** A scheme ("https:", "mailto:"), a host ("//example.org"), or a query alone: not a path in the archive. */
const NOT_A_PATH = /^(?:[A-Za-z][A-Za-z0-9+.-]*:|\/\/|\?)/;

/**
 * The host of the other site an address (as the parser makes it) leads to: http:, https: or protocol-relative
 * (`//example.com/…`), and not on the origin of `site` (the site's own address, --url). Undefined for any other.
 */
export function remoteHost(url: string, site?: string): string | undefined {
  const host = /^(?:https?:)?\/\/(?:[^@/?#]*@)?([^/?#]*)/i.exec(url)?.[1];
  if (host === undefined) return undefined;
  try {
    if (site !== undefined && new URL(url, site).origin === new URL(site).origin) return undefined;
  } catch {
    // An address no browser can read leads nowhere, and so to no site of ours.
  }
  return host.toLowerCase();
}

/** A path from a disk's root on Windows ("C:\Users\…", "C:/…"; the parser writes \ as %5C), which would read as the scheme "c:". */
export const isWindowsPath = (url: string): boolean => /^[A-Za-z]:(?:[\\/]|%5C)/i.test(url);
/**
 * Files a browser opens as a page that may run script (HTML, scripts, Flash, and every type of XML: SVG, XHTML,
 * feeds …), also before another extension: Apache gives a file the type of every extension it knows, so
 * "bilaga.html.sv" (a language) or "bilaga.svg.x" (one it does not know) is sent as a page or a picture that runs script.
 */
const BROWSER_RUNS = new RegExp(`\\.(?:html?|shtml|m?js|swf|${XML_EXTENSIONS.join('|')})(?=\\.|$)`, 'i');
/**
 * Files a web server runs as a program where its language is installed, as on most shared hosting (PHP, CGI, ASP,
 * JSP, server-side includes); Apache's AddHandler does so also with another extension after it ("bilaga.php.pdf").
 */
const SERVER_RUNS = /\.(?:php\d?|pht|phtml|phar|cgi|pl|asp|aspx|ashx|asmx|jsp|jspx|shtm|shtml)(?=\.|$)/i;

/**
 * Who would run the file at `file` (a path) as a program, and by which of its extensions; undefined for no one.
 * A file without an extension gets no type from many servers (Apache), and a browser then guesses one: a page.
 */
export function runnable(file: string): { readonly runs: 'browser' | 'server' | 'guess'; readonly extension: string } | undefined {
  const name = file.slice(file.lastIndexOf('/') + 1);
  if (!name.includes('.')) return { runs: 'guess', extension: '' };
  const server = SERVER_RUNS.exec(name);
  if (server) return { runs: 'server', extension: server[0] };
  const browser = BROWSER_RUNS.exec(name);
  return browser ? { runs: 'browser', extension: browser[0] } : undefined;
}
/** The registries, from the archive's root: what a link must not publish. */
const REGISTRY = /^\/(?:people|organisations)\.yml(?:[?#]|$)/i;

/**
 * Where the link target `url` (as the Markdown parser normalises it: percent-encoded) in the minutes file `from`
 * (a path from the root, "minutes/g/2016-03-07.md") leads. A relative path is read from the file's folder, and a
 * path from the root that starts with /minutes/ from the archive's root, as GitHub shows the files.
 */
export function resolveLink(from: string, url: string, known: KnownFiles): LinkTarget {
  if (url.startsWith('#')) return { kind: 'anchor', anchor: decode(url.slice(1)) };
  if (isWindowsPath(url)) return { kind: 'outside', file: decode(url) };
  if (NOT_A_PATH.test(url) || url === '') return { kind: 'external' };
  const cut = url.search(/[?#]/);
  const pathPart = decode(cut === -1 ? url : url.slice(0, cut));
  const suffix = cut === -1 ? '' : url.slice(cut);
  const anchor = suffix.includes('#') ? decode(suffix.slice(suffix.indexOf('#') + 1)) : '';
  const page = (relative: boolean, asMinutes?: string): LinkTarget => ({ kind: 'page', path: pathPart, relative, ...(anchor ? { anchor } : {}), ...(asMinutes !== undefined ? { asMinutes } : {}) });
  if (url.startsWith('/') && !url.startsWith(`/${MINUTES_PREFIX}`) && !REGISTRY.test(url)) return OWN_FROM_ROOT.test(url) || known.site.owns(pathPart) ? page(false) : { kind: 'external' };
  const dir = from.slice(0, from.lastIndexOf('/') + 1);
  // A path ending in "/" names a page of the site from this meeting's page ("../2016-02-08/"), not a file.
  if (pathPart.endsWith('/') && !pathPart.startsWith('/')) {
    const named = /[^/.]\/$/.test(pathPart) ? normalisePath(`${dir}${pathPart.slice(0, -1)}.md`) : undefined;
    return page(true, named?.startsWith(MINUTES_PREFIX) ? named : undefined);
  }
  const file = normalisePath(pathPart.startsWith('/') ? pathPart.slice(1) : dir + pathPart);
  if (file === undefined || !file.startsWith(MINUTES_PREFIX)) return { kind: 'outside', file: file ?? pathPart };
  if (file.slice(MINUTES_PREFIX.length).split('/').some(isEditorFile)) return { kind: 'hidden', file };
  const minutesFile = file.toLowerCase().endsWith('.md');
  const found = known.find(file);
  if (found !== undefined) {
    if (minutesFile && known.minutes.has(found)) {
      return { kind: 'minutes', file: found, ...(anchor ? { anchor } : {}) };
    }
    if (known.attachments.get(found)?.outside) return { kind: 'outside', file: found };
    const runs = runnable(found);
    if (runs !== undefined) return { kind: 'active', file: found, ...runs };
    return { kind: 'attachment', file: found, suffix };
  }
  const otherCase = known.otherCase(file);
  // Minutes named without .md ("2016-02-08", as their page is): those minutes, before any file of a near name.
  const named = minutesFile ? undefined : known.find(`${file}.md`);
  const nearest = otherCase !== undefined ? undefined : named !== undefined && known.minutes.has(named) ? named : known.nearest(from, file, minutesFile);
  return { kind: 'missing', file, minutesFile, ...(otherCase !== undefined ? { otherCase } : {}), ...(nearest !== undefined ? { nearest } : {}) };
}

/** "a/./b/../c" -> "a/c", in NFC; undefined when ".." climbs above the root (or the path names a folder). */
function normalisePath(p: string): string | undefined {
  const out: string[] = [];
  for (const seg of p.normalize('NFC').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.pop() === undefined) return undefined;
    } else out.push(seg);
  }
  return out.join('/');
}

/** Percent-decoded where it can be ("bilaga%201.pdf" -> "bilaga 1.pdf"); written unencoded, it stays as it is. */
export function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Where an attachment is published in the site, from the site's root: its path under minutes/ in bilagor/. */
export const attachmentPath = (file: string): string => `${ATTACHMENTS}${file.slice(MINUTES_PREFIX.length).normalize('NFC')}`;

/**
 * Where a link written as an attachment's address on the site ("/bilagor/g/bilaga.pdf") leads: to the file under
 * minutes/ published there, found as a link by its path finds it (there or not); undefined for any other link.
 */
export function publishedAddressTarget(from: string, url: string, known: KnownFiles): LinkTarget | undefined {
  const target = resolveLink(from, url, known);
  const file = target.kind === 'page' && !target.relative ? fileAddress(target.path, known.site) : undefined;
  return file?.startsWith(ATTACHMENTS) ? publishedFileTarget(from, url, known) : undefined;
}

/** Where a link that publishedAddressTarget takes for an attachment's address on the site leads. */
export const publishedFileTarget = (from: string, url: string, known: KnownFiles): LinkTarget => resolveLink(from, `/${MINUTES_PREFIX}${url.slice(`/${ATTACHMENTS}`.length)}`, known);

/** The same as a URL path: each part percent-encoded ("bilagor/g/Bilaga%201.pdf"). */
export const attachmentUrl = (file: string): string => attachmentPath(file).split('/').map(encodeURIComponent).join('/');

/** The path `file` (from the root) as written from the folder of `from`: what to suggest in its place. */
export function relativeTo(from: string, file: string): string {
  const a = from.split('/').slice(0, -1);
  const b = file.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

/** A path as compared to tell whether a link names it: NFC and lower case, so that a file named in other capitals counts. */
export const foldPath = (p: string): string => p.normalize('NFC').toLowerCase();

/** The files (present or not, folded) that the links of the minutes name: a file added or removed there matters. */
export function linkedFiles(texts: readonly { readonly file: string; readonly links: readonly { readonly url: string }[] }[], known: KnownFiles): Set<string> {
  const out = new Set<string>();
  for (const { file, links } of texts) {
    for (const link of links) {
      const t = resolveLink(file, link.url, known);
      if (t.kind === 'attachment' || t.kind === 'missing' || t.kind === 'outside' || t.kind === 'hidden' || t.kind === 'active') out.add(foldPath(t.file));
    }
  }
  return out;
}

/** Formats readers know by another name than their extension. */
const FORMATS: Readonly<Record<string, string>> = {
  doc: 'Word', docx: 'Word', xls: 'Excel', xlsx: 'Excel', ppt: 'PowerPoint', pptx: 'PowerPoint',
  odt: 'OpenDocument-text', ods: 'OpenDocument-kalkyl', odp: 'OpenDocument-presentation', txt: 'text', jpeg: 'JPEG', jpg: 'JPEG',
};

/** What a link to a file says it is: "PDF", "Word", "JPEG" (its extension in capitals when it has no other name). */
export function fileFormat(file: string): string | undefined {
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(file)?.[1]?.toLowerCase();
  return ext === undefined ? undefined : (FORMATS[ext] ?? ext.toUpperCase());
}
