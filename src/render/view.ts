// The view model: everything templates show, precomputed from the model once per build — Swedish dates,
// URLs with the base path, per-page lists — so templates only loop over arrays and never search.
// Its shapes are in view-types.ts; shared links in view-links.ts; pages in view-pages.ts; lists in view-lists.ts.
import type { Meeting, Model, Person, ShownAs } from '../model/types.js';
import { attachmentUrl, fileFormat, KnownFiles, publishedAddressTarget, resolveLink } from '../model/links.js';
import { paths } from './paths.js';
import { pageAddress } from '../model/page-paths.js';
import type { BuiltModel } from '../model/build.js';
import { collate } from '../util/collate.js';
import { NameHider } from '../model/privacy.js';
import { meetingMentions, projectMatcher, type TimelineEntry } from '../model/timeline.js';
import { bodyLinks, headingAnchors, renderBody, type Section } from './markdown.js';
import { reservedIdsOf } from '../model/page-ids.js';
import type { FeedView, SiteOptions, SiteView } from './view-types.js';
import { viewContext } from './view-links.js';
import type { ImageSize } from '../util/image-size.js';
import { allSteps, type Steps } from '../util/steps.js';
import { formatDate } from '../util/dates.js';
import { groupView, meetingView, organisationView, personView, projectView } from './view-pages.js';
import { feedViews, indexEntries, noUpcomingText, openActionsByGroup, searchAliases, searchPages, upcomingMeetings } from './view-lists.js';

export type * from './view-types.js';
export { paths, MEETING_PAGES_GLOB } from './paths.js';
export { buildDay, comingMeeting, filterValue } from './view-links.js';
export { newestMeetingFirst } from './view-pages.js';

export interface RenderedMeeting {
  /** The Markdown it was rendered from, so a cache can tell when it is stale. */
  readonly body: string;
  /** The rest of what it depends on, for the same purpose: the meeting's date, projects and summary (mentions), how many actions and decisions it has and the actions it follows up (their anchors, which headings do not take), and what stands for people not named at it (shownAs). */
  readonly inputs: string;
  /** What it depends on beyond itself: the base path, the names hidden in it, and the projects' names (mentions). */
  readonly context: string;
  readonly html: string;
  readonly sections: readonly Section[];
  /** The meeting's entries on project timelines. */
  readonly mentions: readonly TimelineEntry[];
  /** The addresses its links and images were written with, and where they led (an image's size too), so a cache can tell when a link now leads elsewhere. */
  readonly links: readonly string[];
  readonly linked: string;
  /** The attachments it links to (paths from the root, "minutes/g/bilaga.pdf"): they are published with it. */
  readonly attachments: readonly string[];
}

/**
 * Renders every meeting's text (the Markdown stage of the pipeline) and finds its project mentions.
 * With `previous`, meetings whose text and projects are unchanged are taken from it (watch mode). `images`: the
 * sizes of the linked images (paths from the root), which their <img> are given. `siteUrl`: the site's own address
 * (--url), whose images are shown as the archive's are.
 */
export function renderMeetings(model: BuiltModel, base: string, previous?: ReadonlyMap<string, RenderedMeeting>, files: KnownFiles = KnownFiles.none, images: ReadonlyMap<string, ImageSize> = new Map(), siteUrl?: string): Map<string, RenderedMeeting> {
  return allSteps(renderMeetingsSteps(model, base, previous, files, images, siteUrl));
}

/** `renderMeetings` a meeting at a time, for watch mode to hear Ctrl-C between them (see util/steps.ts). */
export function* renderMeetingsSteps(model: BuiltModel, base: string, previous?: ReadonlyMap<string, RenderedMeeting>, files: KnownFiles = KnownFiles.none, images: ReadonlyMap<string, ImageSize> = new Map(), siteUrl?: string): Steps<Map<string, RenderedMeeting>> {
  const hider = new NameHider(model.privatePeople);
  const usual = hiding(hider, undefined);
  const matcher = projectMatcher(model);
  // Who is not published in full and what shows in their place ("I. J.", "en representant för Ria"), and the
  // projects' names: a change in either changes the text or the mentions of any meeting.
  const fresh = JSON.stringify([base, siteUrl ?? null, model.privatePeople.map((p) => [p.names, p.display]), [...model.projects.values()].map((p) => [p.id, p.name, p.aliases])]);
  const last = previous?.values().next().value;
  const context = last?.context === fresh ? last.context : fresh;
  const reusable = last?.context === fresh ? previous : undefined;
  const out = new Map<string, RenderedMeeting>();
  const links = new LinkTargets(model, base, files, hider, images);
  for (const m of model.meetings) {
    const inputs = `${m.date}\u0000${m.projects.join('\u0000')}\u0001${m.summary ?? ''}\u0002${m.actions.length} ${m.decisions.length} ${followedUp(m).join(' ')}${m.shownAs ? `\u0003${JSON.stringify(m.shownAs)}` : ''}`;
    const old = reusable?.get(m.id);
    // The text with links to headings whose anchors hide a name pointed at the anchors the site gives them.
    const source = links.withSiteAnchors(m);
    if (old && old.body === source && old.inputs === inputs && (old.links.length === 0 || links.key(m.file, old.links) === old.linked)) {
      out.set(m.id, old);
      continue;
    }
    const urls: string[] = [];
    const resolveLink = (url: string) => {
      urls.push(url);
      return links.resolve(m.file, url);
    };
    // Names are hidden in the Markdown source too, so that no markup splits one ("**Lisa** Rönnqvist") or hides
    // it where text pieces are not visited (link titles).
    const linkLabel = (url: string) => links.label(m.file, url);
    const imageSize = (url: string) => links.imageSize(m.file, url);
    // Someone not named is shown as whom they represented at this meeting (m.shownAs), as its attendance says.
    const r = renderBody(hider.empty ? source : hider.hideInSource(source, m.shownAs), { reservedIds: reservedIdsOf(m, followedUp(m)), base, ...(siteUrl ? { siteUrl } : {}), resolveLink, linkLabel, imageSize, ...(m.shownAs ? hiding(hider, m.shownAs) : usual) });
    // Only those the page still links to: a link taken out with a hidden name publishes nothing.
    const attachments = [...new Set(r.links.flatMap((url) => links.published(m.file, url) ?? []))];
    out.set(m.id, { body: source, inputs, context, html: r.html, sections: r.sections, mentions: meetingMentions(m, r.sections, matcher), links: urls, linked: links.key(m.file, urls), attachments });
    yield;
  }
  return out;
}

/** Hides names split between pieces of a text (a link's text and the text after it), what is shown in the link. */
const hiddenAcross = (hider: NameHider, shownAs: ShownAs | undefined) => (pieces: readonly string[], inLink: (piece: number) => boolean) => hider.hideAcross(pieces, inLink, shownAs);

/** How rendering hides the names in a meeting's text pieces, with what stands for them there (`shownAs`). */
const hiding = (hider: NameHider, shownAs: ShownAs | undefined) => (hider.empty ? {} : { transformText: (s: string) => hider.hide(s, shownAs), transformPieces: hiddenAcross(hider, shownAs) });

/** Where the links of the minutes lead on the site (see model/links.ts): another meeting's page, a published attachment. */
class LinkTargets {
  private byFile?: Map<string, Meeting>;
  private byPage?: Map<string, Meeting>;

  private readonly anchors = new Map<string, Map<string, string>>();

  constructor(
    private readonly model: Model,
    private readonly base: string,
    private readonly files: KnownFiles,
    private readonly hider: NameHider,
    private readonly images: ReadonlyMap<string, ImageSize>,
  ) {}

  private meeting(file: string): Meeting | undefined {
    return (this.byFile ??= new Map(this.model.meetings.map((x) => [x.file, x]))).get(file);
  }

  /** The meeting whose page a link of `m` written as a page's address leads to (from the root, or from `m`'s page). */
  private meetingAt(m: Meeting, target: { readonly path: string; readonly relative: boolean }): Meeting | undefined {
    const address = pageAddress(target.path, target.relative ? paths.meeting(m) : '');
    return address === undefined ? undefined : (this.byPage ??= new Map(this.model.meetings.map((x) => [paths.meeting(x), x]))).get(address);
  }

  /**
   * The anchor a heading of `m` has on the site, given the one it has in the text as written: where a name is
   * hidden in a heading ("## Åke Malméns förslag" shows "Å. M:s förslag"), so is it in its anchor, as `m`'s page
   * hides it (with what stands for someone not named at `m`).
   */
  siteAnchor(m: Meeting, anchor: string): string {
    if (this.hider.empty) return anchor;
    let map = this.anchors.get(m.id);
    if (!map) {
      const written = [...headingAnchors(m.body, reservedIdsOf(m, followedUp(m)))];
      const shown = [...headingAnchors(this.hider.hideInSource(m.body, m.shownAs), reservedIdsOf(m, followedUp(m)), hiddenAcross(this.hider, m.shownAs))];
      map = new Map(written.length === shown.length ? written.map((a, i) => [a, shown[i]!]) : []);
      this.anchors.set(m.id, map);
    }
    return map.get(anchor) ?? anchor;
  }

  /** The address a link of the minutes file `from` written as `url` gets; null for one never made; undefined to leave it. */
  resolve(from: string, url: string): string | null | undefined {
    const target = resolveLink(from, url, this.files);
    switch (target.kind) {
      case 'minutes': {
        const m = this.meeting(target.file);
        const hash = url.indexOf('#');
        return m ? this.base + paths.meeting(m) + (hash === -1 ? '' : url.slice(hash)) : undefined;
      }
      case 'attachment':
        return this.base + attachmentUrl(target.file) + target.suffix;
      // A page or file of the site's own from its root, also one the archive's templates add ("/arkiv/"), gets the base.
      case 'page':
        return target.relative ? undefined : this.base + url.slice(1);
      case 'outside':
      case 'hidden':
      case 'active':
        return null;
      default:
        return undefined;
    }
  }

  /**
   * The text of `m` with each link to a heading's anchor written as the anchor is on the site, where a hidden name
   * changes it ("#ia-jonssons-forslag" -> "#i-j-s-forslag"): the link follows the heading instead of naming the
   * person in its address (where hiding the name would break it). An anchor that names someone hidden and is no
   * heading's ("#ia-jonsson") is left out: the link leads to the top of the page, as it would with the anchor.
   */
  withSiteAnchors(m: Meeting): string {
    if (this.hider.empty || !m.body.includes('#')) return m.body;
    let body = m.body;
    for (const link of [...bodyLinks(m.body)].reverse()) {
      const target = resolveLink(m.file, link.url, this.files);
      const anchor = target.kind === 'anchor' || target.kind === 'minutes' || target.kind === 'page' ? target.anchor : undefined;
      if (anchor === undefined) continue;
      const page = target.kind === 'anchor' ? m : target.kind === 'minutes' ? this.meeting(target.file) : target.kind === 'page' ? this.meetingAt(m, target) : undefined;
      const mapped = page ? this.siteAnchor(page, anchor) : anchor;
      const shown = this.hider.find(mapped).length > 0 ? '' : mapped;
      const written = body.slice(link.offset, link.offset + link.length);
      const hash = written.lastIndexOf('#');
      if (shown === anchor || hash === -1) continue;
      const kept = shown === '' && hash > (written.startsWith('<') ? 1 : 0) ? hash : hash + 1;
      body = body.slice(0, link.offset) + written.slice(0, kept) + shown + (written.startsWith('<') ? '>' : '') + body.slice(link.offset + link.length);
    }
    return body;
  }

  /** What a link to an attachment says of it: its format ("PDF", "Word"). */
  label(from: string, url: string): string | undefined {
    const target = resolveLink(from, url, this.files);
    return target.kind === 'attachment' ? fileFormat(target.file) : undefined;
  }

  /** The size of the image a link leads to, if its file says it. */
  imageSize(from: string, url: string): ImageSize | undefined {
    const file = this.attachment(from, url);
    return file === undefined ? undefined : this.images.get(file);
  }

  /** The attachment a link leads to, if it does. */
  attachment(from: string, url: string): string | undefined {
    const target = resolveLink(from, url, this.files);
    return target.kind === 'attachment' ? target.file : undefined;
  }

  /**
   * The attachment a link publishes: the one it leads to, by its path or by its address on the site
   * ("/bilagor/g/bilaga.pdf", which check lets stand only for a file some link names by its path).
   */
  published(from: string, url: string): string | undefined {
    const target = publishedAddressTarget(from, url, this.files);
    return target?.kind === 'attachment' ? target.file : this.attachment(from, url);
  }

  /** Where the links `urls` of `from` lead, as one comparable text. */
  key(from: string, urls: readonly string[]): string {
    // null (never made) and undefined (left as written) told apart; an image saved at another size changes it too.
    return urls.map((url) => {
      const size = this.imageSize(from, url);
      return `${String(this.resolve(from, url))}${size ? ` ${size.width}x${size.height}` : ''}`;
    }).join('\u0000');
  }
}

/** Every attachment the minutes link to, once each, in order: what a build publishes in bilagor/. */
export function publishedAttachments(rendered: ReadonlyMap<string, RenderedMeeting>): string[] {
  const out = new Set<string>();
  for (const r of rendered.values()) for (const a of r.attachments) out.add(a);
  return [...out].sort();
}

/** Which pages to build; absent means all of them. */
export interface Only {
  readonly meetings: ReadonlySet<string>;
  readonly groups: ReadonlySet<string>;
  readonly people: ReadonlySet<string>;
  readonly projects: ReadonlySet<string>;
  readonly organisations: ReadonlySet<string>;
  /** Whether the start page and the index pages are built. */
  readonly indexPages?: boolean;
  /** Whether the list of all open actions is built. */
  readonly actionsPage?: boolean;
}

/** How many actions are open in the whole archive (the start page and the actions page say). */
export function openActionCount(model: Pick<Model, 'groups'>): number {
  return [...model.groups.values()].reduce((n, g) => n + g.openActions.length, 0);
}

/** The site's feed alone, as buildView gives it (watch mode compares it with the one it wrote last). */
export function siteFeedView(model: Model, rendered: ReadonlyMap<string, RenderedMeeting>, options: SiteOptions): FeedView {
  return feedViews(viewContext(model, rendered, options), [], [])[0]!;
}

/** How many of the latest meetings, and of the announced ones to come, the start page lists. */
const ON_START_PAGE = 10;

export function buildView(model: Model, rendered: ReadonlyMap<string, RenderedMeeting>, options: SiteOptions, only?: Only): SiteView {
  const ctx = viewContext(model, rendered, options);
  const { href } = ctx;
  const byName = <T extends { readonly name: string }>(a: T, b: T) => collate(a.name, b.name);
  const meetings = model.meetings.filter((m) => !only || only.meetings.has(m.id)).map((m) => meetingView(ctx, m));
  const groups = [...model.groups.values()].filter((g) => !only || only.groups.has(g.id)).sort(byName).map((g) => groupView(ctx, g));
  const people = [...model.people.values()]
    .filter((p): p is Person & { publicId: string } => p.publicId !== undefined && (!only || only.people.has(p.id)))
    .sort((a, b) => collate(a.display, b.display))
    .map((p) => personView(ctx, p));
  const projects = [...model.projects.values()].filter((p) => !only || only.projects.has(p.id)).sort(byName).map((p) => projectView(ctx, p));
  const organisations = [...model.organisations.values()].filter((o) => !only || only.organisations.has(o.id)).sort(byName).map((o) => organisationView(ctx, o));
  const indexes = !only || only.indexPages === true ? indexEntries(ctx) : { groups: [], people: [], peopleByLetter: [], projects: [], organisations: [] };
  const actions = !only || only.actionsPage === true ? openActionsByGroup(ctx) : { listed: false, groups: [] };
  const upcoming = upcomingMeetings(ctx);

  return {
    title: options.title,
    base: options.base,
    ...(options.siteUrl ? { url: options.siteUrl } : {}),
    nav: [
      { name: 'Grupper', url: href('grupper/'), section: 'grupper' },
      { name: 'Personer', url: href('personer/'), section: 'personer' },
      { name: 'Projekt', url: href('projekt/'), section: 'projekt' },
      { name: 'Organisationer', url: href('organisationer/'), section: 'organisationer' },
      { name: 'Åtgärder', url: href('atgarder/'), section: 'atgarder' },
      { name: 'Sök', url: ctx.searchUrl, section: 'sok' },
    ],
    pages: { meetings, groups, people, projects, organisations, feeds: feedViews(ctx, groups, projects) },
    ...indexes,
    latest: [...model.meetings].reverse().slice(0, ON_START_PAGE).map((m) => ctx.meetingLinks.get(m.id)!),
    // As many as the latest beside them: with 50 groups that each announce their next meeting, listing all made
    // the start page twice as long on a phone and pushed the list of groups five screens down.
    upcoming: upcoming.slice(0, ON_START_PAGE),
    upcomingCount: upcoming.length,
    noUpcoming: noUpcomingText(ctx),
    openActions: actions.groups,
    openActionsListed: actions.listed,
    openActionCount: openActionCount(model),
    counts: {
      meetings: model.meetings.length,
      people: [...model.people.values()].filter((p) => p.publicId !== undefined).length,
      groups: model.groups.size,
      projects: model.projects.size,
      organisations: model.organisations.size,
    },
    searchUrl: ctx.searchUrl,
    searchAliases: searchAliases(ctx),
    searchPages: searchPages(ctx),
    feedUrl: href(paths.feed),
    dataUrl: href(paths.openData),
    ...(options.contact ? { contact: { text: options.contact, href: /^https?:/.test(options.contact) ? options.contact : `mailto:${options.contact}` } } : {}),
    ...(options.accessibilityReviewed ? { accessibilityReviewed: { date: options.accessibilityReviewed, text: formatDate(options.accessibilityReviewed) } } : {}),
  };
}

/** The actions `m` follows up, whose items on its page have ids headings do not take (reservedIdsOf). */
function followedUp(m: Meeting): string[] {
  return m.followups.map((f) => f.actionId);
}
