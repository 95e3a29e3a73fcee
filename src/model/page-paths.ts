// Where each page and file of the site lives, and which addresses are its pages: shared by the renderer, which
// writes them, and check, which tells whether a link in the minutes to one of them ("/grupper/x/") leads anywhere.
import type { Meeting } from './types.js';
import { closest } from '../util/suggest.js';

/** Addresses relative to the site root (no leading slash). */
export const paths = {
  meeting: (m: Pick<Meeting, 'groupId' | 'slug'>) => `grupper/${m.groupId}/${m.slug}/`,
  group: (id: string) => `grupper/${id}/`,
  person: (publicId: string) => `personer/${publicId}/`,
  project: (id: string) => `projekt/${id}/`,
  organisation: (id: string) => `organisationer/${id}/`,
  groupFeed: (id: string) => `grupper/${id}/feed.xml`,
  projectFeed: (id: string) => `projekt/${id}/feed.xml`,
  calendar: (id: string) => `grupper/${id}/kalender.ics`,
  /** The feed of every group's minutes and the open data, one of each per site. */
  feed: 'feed.xml',
  openData: 'data/minutes.json',
};

/** The pages every site has: the start page, the indexes, the open actions, search and the about page. */
export const INDEX_PAGES: readonly string[] = ['', 'grupper/', 'personer/', 'projekt/', 'organisationer/', 'atgarder/', 'sok/', 'om/'];

/**
 * What an archive's own templates/ adds to minutes' pages, as far as the templates' text tells (see
 * load/template-pages.ts): the addresses from the site's root of the pages ("om/historia/") and files
 * ("om/stadgar.txt") that added templates write, and the added templates (from the archive's root) whose addresses
 * are known only when they run (a permalink computed, pagination).
 */
export interface TemplatePages {
  readonly pages: readonly string[];
  readonly files: readonly string[];
  readonly unknown: readonly string[];
  /**
   * The pages and files of minutes' own that a template copied into the archive with the same name writes elsewhere
   * (`about.11ty.mjs` given the permalink "om-oss/index.html"): `from` the address it had ("om/"), `to` its new one.
   */
  readonly moved?: readonly { readonly from: string; readonly to?: string }[];
}

/** The files minutes writes at the site's root beside the feed: the page a server shows for an unknown address, and the sitemap (with --url). */
export const ROOT_FILES: readonly string[] = ['404.html', 'sitemap.xml'];

/**
 * The addresses of the kinds of page and file minutes itself writes: a group's, person's, project's and
 * organisation's page, a meeting's (and what a link written from a meeting's page makes of a date: "2016-02-08/"),
 * the feeds, calendars and open data. A link to one that is not there is broken whatever else templates add.
 */
const OWN_KIND = /^(?:(?:grupper|personer|projekt|organisationer)\/[^/]+\/|grupper\/[^/]+\/(?:[^/]+\/)*\d{4}-\d{2}-\d{2}[^/]*\/|grupper\/[^/]+\/(?:feed\.xml|kalender\.ics)|projekt\/[^/]+\/feed\.xml|feed\.xml|data\/minutes\.json)$/;

/**
 * A link from the root to one of the site's own pages or files ("/grupper/x/", "/sok/?q=…", "/"), as a note-taker
 * writes it; other root paths ("/kontakt") may be another site on the same host and are left as written.
 */
export const OWN_FROM_ROOT = /^\/(?:(?:grupper|personer|projekt|organisationer|atgarder|sok|om|data|bilagor)(?:[/?#]|$)|feed\.xml(?:[?#]|$)|[?#]|$)/;

/** The folders of the site that hold pages (data/ and bilagor/ hold files). */
const PAGE_FOLDER = /^\/(?:(?:grupper|personer|projekt|organisationer|atgarder|sok|om)(?:\/|$)|$)/;

/**
 * The page a path of a link names (percent-decoded, without query or fragment), as the site's root-relative
 * address without the leading slash ("grupper/x/"), read from the page at `page` when it is relative, as a browser
 * reads it. Written without the final slash or with "index.html", it is the same page. Undefined for a path that
 * is not one of the site's pages: a file (feed.xml, kalender.ics), or a root path outside the site's folders (minutes'
 * own, and those of `site` that its templates add).
 */
export function pageAddress(path: string, page = '', site?: SiteRoot): string | undefined {
  let at: string;
  try {
    at = decodeURIComponent(new URL(path, `https://site.invalid/${page}`).pathname);
  } catch {
    return undefined;
  }
  if (!PAGE_FOLDER.test(at) && !site?.hasFolder(at)) return undefined;
  at = at.replace(/\/index\.html$/, '/');
  const last = at.slice(at.lastIndexOf('/') + 1);
  if (last.includes('.')) return undefined;
  return (last === '' ? at : `${at}/`).slice(1);
}

/**
 * The file of the site's own that a path of a link from its root names (percent-decoded, without query or fragment), as
 * its address from the root without the leading slash ("grupper/x/feed.xml", "bilagor/g/bilaga.pdf"): undefined for
 * a page (see pageAddress) or a path outside the site's folders that `site` does not own either (see SiteRoot).
 */
export function fileAddress(path: string, site?: SiteRoot): string | undefined {
  return (OWN_FROM_ROOT.test(path) || site?.owns(path)) && pageAddress(path, '', site) === undefined ? path.slice(1).normalize('NFC') : undefined;
}

/**
 * What of the site lies outside minutes' own folders (see OWN_FROM_ROOT): its files at the root and under assets/
 * ("404.html", "assets/style.css", one a template writes), and the folders at the root that an archive's own
 * templates write pages in ("arkiv/"). A link from the root to one of those, or to a file named near one of those
 * files ("/fed.xml"), is the site's own: checked, and given the base. Any other ("/kontakt/") may be another site on
 * the same host.
 */
export class SiteRoot {
  readonly files: ReadonlySet<string>;
  private readonly folders: ReadonlySet<string>;
  private readonly moved: ReadonlySet<string>;

  /** `moved`: the files of minutes' own that the archive's copies of its templates write elsewhere, whose links are checked still. */
  constructor(files: Iterable<string>, pages: Iterable<string> = [], moved: Iterable<string> = []) {
    this.files = new Set(files);
    this.moved = new Set(moved);
    // assets/ is minutes' folder too, but what else may be there is not known: only its files and names near them are the site's.
    const folders = new Set<string>();
    for (const p of [...pages, ...this.files]) if (p.includes('/') && !OWN_FROM_ROOT.test(`/${p}`)) folders.add(p.slice(0, p.indexOf('/') + 1));
    folders.delete('assets/');
    this.folders = folders;
  }

  static readonly minutes = new SiteRoot([paths.feed, ...ROOT_FILES]);

  /** Whether `path` (from the root, percent-decoded, "/arkiv/2015/") lies in a folder of the site's own that is not minutes'. */
  hasFolder(path: string): boolean {
    const at = path.slice(1).normalize('NFC');
    return this.folders.has(at.includes('/') ? at.slice(0, at.indexOf('/') + 1) : `${at}/`);
  }

  /** Whether `path` (from the root, percent-decoded, without query or fragment) is the site's own, or near one of its files. */
  owns(path: string): boolean {
    if (this.hasFolder(path)) return true;
    const at = path.slice(1).normalize('NFC');
    return this.files.has(at) || this.moved.has(at) || nearestIn(at, this.files) !== undefined;
  }
}

/** The pages of a site: where each is (from its root, "grupper/x/"), and the minutes behind a meeting's page; and its files (feeds, calendars, open data). */
export class SitePages {
  private readonly byPath = new Map<string, string | undefined>();
  private readonly byFile = new Map<string, string>();
  private readonly former: ReadonlySet<string>;
  private readonly files: ReadonlySet<string>;
  private readonly unknownTemplates: readonly string[];
  private readonly movedTo = new Map<string, string>();
  /** The meetings' pages by their day, made when first asked. */
  private byDay?: Map<string, string[]>;

  /**
   * `pages`: every page's address, with the minutes file of a meeting's; `former`: the former addresses, of pages
   * that send readers on ("grupper/x/") and of feeds and calendars written again there ("grupper/x/feed.xml"), never
   * offered as the nearest; `files`: the addresses of the site's own files ("grupper/x/feed.xml"), without the attachments.
   */
  constructor(
    pages: Iterable<{ readonly path: string; readonly file?: string }>,
    former: Iterable<string>,
    files: Iterable<string> = [],
    /** The addresses a person's page would have at their id (or a former one) if they were published in full. */
    private readonly unpublishedPeople: ReadonlyMap<string, 'initials' | 'hidden'> = new Map(),
    /** What the archive's own templates add, when it has them. */
    templates?: TemplatePages,
  ) {
    for (const { path, file } of pages) {
      this.byPath.set(path, file);
      if (file !== undefined) this.byFile.set(file, path);
    }
    const moved = new Set<string>();
    for (const { from, to } of templates?.moved ?? []) {
      this.byPath.delete(from);
      moved.add(from);
      if (to !== undefined) this.movedTo.set(from, to);
    }
    for (const path of templates?.pages ?? []) if (!this.byPath.has(path)) this.byPath.set(path, undefined);
    this.former = new Set(former);
    this.files = new Set([...[...files].filter((f) => !moved.has(f)), ...(templates?.files ?? [])]);
    this.unknownTemplates = templates?.unknown ?? [];
  }

  /** Where the page or file at `path` that minutes' own template writes is, when the archive's copy of it writes it elsewhere. */
  moved(path: string): string | undefined {
    return this.movedTo.get(path);
  }

  /**
   * The meetings of other groups on the day of the meeting's page `path` names ("grupper/x/2016-12-12/"), when its
   * group is there but met on no such day: a link to the right day, with the wrong group.
   */
  sameDay(path: string): readonly string[] {
    const m = /^grupper\/([^/]+)\/(\d{4}-\d{2}-\d{2})[^/]*\/$/.exec(path);
    if (m === null || !this.byPath.has(`grupper/${m[1]}/`)) return [];
    if (!this.byDay) {
      this.byDay = new Map();
      for (const [page, file] of this.byPath) {
        const day = file === undefined ? undefined : /^grupper\/[^/]+\/(\d{4}-\d{2}-\d{2})/.exec(page)?.[1];
        if (day === undefined) continue;
        const same = this.byDay.get(day);
        if (same) same.push(page);
        else this.byDay.set(day, [page]);
      }
    }
    const day = this.byDay.get(m[2]!) ?? [];
    return day.some((p) => p.startsWith(`grupper/${m[1]}/`)) ? [] : day;
  }

  /**
   * sameDay for minutes that are not there, named for a day ("minutes/g/2016-12-12.md"): the minutes files of the
   * other groups' meetings that day. The group meant is that of the minutes `from` that link to them, when in the
   * same folder, else that of other minutes there.
   */
  sameDayFiles(file: string, from: string): readonly string[] {
    const day = /(?:^|\/)(\d{4}-\d{2}-\d{2})[^/]*\.md$/i.exec(file)?.[1];
    if (day === undefined) return [];
    const folder = file.slice(0, file.lastIndexOf('/') + 1);
    const inFolder = (f: string) => f.startsWith(folder) && !f.slice(folder.length).includes('/');
    const beside = inFolder(from) && this.byFile.has(from) ? from : [...this.byFile.keys()].find(inFolder);
    const group = beside === undefined ? undefined : /^grupper\/([^/]+)\//.exec(this.byFile.get(beside)!)?.[1];
    return group === undefined ? [] : this.sameDay(`grupper/${group}/${day}/`).map((p) => this.byPath.get(p)!);
  }

  /**
   * The archive's own templates that may write `address` (a page's or a file's, from the root) that the site is not
   * known to have: those whose addresses are known only when they run, unless the address is of a kind minutes
   * itself writes (a group's page, a meeting's), which they do not take over.
   */
  mayBeWrittenBy(address: string): readonly string[] {
    return this.unknownTemplates.length === 0 || OWN_KIND.test(address) ? [] : this.unknownTemplates;
  }

  /** How the person is published whose id (or former id) `path` ("personer/per-norbeck/") names, when not in full. */
  unpublished(path: string): 'initials' | 'hidden' | undefined {
    return this.unpublishedPeople.get(path);
  }

  /** Whether `path` ("grupper/x/kalender.ics") is one of the site's own files, or one written again at a former address. */
  hasFile(path: string): boolean {
    return this.files.has(path) || this.former.has(path);
  }

  /** The file of the site nearest to `path`, among those in the same folder and as deep (a group's feed for a group's feed). */
  nearestFile(path: string): string | undefined {
    return nearestIn(path, this.files);
  }

  /** Whether `path` is a page of the site, or a former address that sends readers on to one. */
  has(path: string): boolean {
    return this.byPath.has(path) || this.former.has(path);
  }

  /** The minutes file of the meeting whose page is at `path`. */
  fileOf(path: string): string | undefined {
    return this.byPath.get(path);
  }

  /** The address of the page of the minutes `file`. */
  pageOf(file: string): string | undefined {
    return this.byFile.get(file);
  }

  /**
   * The page nearest to `path` among those in the same folder and as deep (a group's for a group's, a meeting's for
   * a meeting's). Under the page of a group, person, project or organisation that is there ("grupper/x/om/"), only
   * its own pages are offered: the nearest as deep, else the nearest page above `path` ("grupper/x/"), never a page
   * of another group that merely shares a word of its name.
   */
  nearest(path: string): string | undefined {
    const own = /^[^/]+\/[^/]+\//.exec(path)?.[0];
    if (own === undefined || own === path || !this.byPath.has(own)) return nearestIn(path, this.byPath.keys());
    const near = nearestIn(path, this.byPath.keys(), own);
    if (near !== undefined) return near;
    let above = path.slice(0, path.lastIndexOf('/', path.length - 2) + 1);
    while (!this.byPath.has(above)) above = above.slice(0, above.lastIndexOf('/', above.length - 2) + 1);
    return above;
  }
}

/** The address in `addresses` nearest to `path`, among those in the same `folder` (from the root: its first one) and as deep. */
function nearestIn(path: string, addresses: Iterable<string>, folder = path.slice(0, path.indexOf('/') + 1)): string | undefined {
  const depth = path.split('/').length;
  const rest = (p: string) => p.slice(folder.length);
  const pool = [...addresses].filter((p) => p.startsWith(folder) && p.split('/').length === depth);
  return closest(rest(path), pool.map((p) => ({ label: p, keys: [rest(p)], value: p })), 1)[0]?.value;
}
