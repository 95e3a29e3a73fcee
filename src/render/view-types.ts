// The view model's shapes: what templates receive, every value precomputed (see view.ts).
import type { TimelineEntry } from '../model/timeline.js';

export interface SiteOptions {
  /** Path prefix the site is served under, with leading and trailing slash: "/" or "/protokoll/". */
  readonly base: string;
  /** Absolute address of the site ("https://example.org/protokoll/"), for feeds, calendars and the sitemap. */
  readonly siteUrl?: string;
  /** Address that a minutes file's path is appended to, to link to its source ("https://github.com/o/r/blob/main/"). */
  readonly sourceUrl?: string;
  readonly title: string;
  /** Where readers report problems (an e-mail address or a web address), for the accessibility statement. */
  readonly contact?: string;
  /**
   * The day (YYYY-MM-DD) the site's owner last reviewed the accessibility statement (--accessibility-reviewed).
   * Never the build's day, which would claim a review at every build: without it the statement gives no date.
   */
  readonly accessibilityReviewed?: string;
  /** The date the site is built on (default: today in Sweden); only announced meetings from then on are shown as coming. */
  readonly today?: string;
}

export interface Link {
  readonly name: string;
  readonly url?: string;
}
/** A page the search offers for a name typed whole: `names` are the name (first) and its aliases. */
export interface SearchPage {
  readonly url: string;
  readonly names: readonly string[];
}
export interface PersonLink extends Link {
  readonly organisation?: Link;
  readonly role?: string;
}
export interface MeetingLink {
  readonly url: string;
  readonly title: string;
  readonly date: string;
  readonly dateText: string;
  readonly group: Link;
  readonly attendeeCount: number;
  readonly customTitle: boolean;
}
/** The meetings of one year, in a list that pages divide by year (newest year first). */
export interface MeetingsOfYear<L extends MeetingLink = MeetingLink> {
  readonly year: string;
  readonly meetings: readonly L[];
}
/** A meeting on an organisation's page, with who came for it: "Dinah Åbinger och Leif Redestig". */
export interface RepresentedMeeting extends MeetingLink {
  readonly representatives: string;
}
/** A group, project or organisation's end (`ended` in organisations.yml), as shown on the day of the build. */
export interface EndedView {
  readonly date: string;
  readonly dateText: string;
  /** True once the last day is before the day of the build; before that the end is still to come. */
  readonly past: boolean;
  /** For the entry's page: "Gruppen avslutades 31 december 2018." (or "avslutas" while to come). */
  readonly text: string;
  /** For the index pages: "Avslutad 31 december 2018". */
  readonly mark: string;
}
export interface ActionView {
  readonly id: string;
  readonly anchor: string;
  readonly url: string;
  readonly who: readonly Link[];
  readonly what: string;
  readonly due?: string;
  readonly dueText?: string;
  /** Still open after its due date, on the day the site is built. */
  readonly overdue?: boolean;
  readonly status: string;
  readonly statusText: string;
  readonly statusNote?: string;
  /** The meeting that last followed it up, its `url` leading to that follow-up on its page (`…/2016-03-07/#uppfoljning-gug-2016-02-08-1`). */
  readonly statusMeeting?: MeetingLink;
  readonly meeting: MeetingLink;
  readonly project?: Link;
  /** For open actions: how many meetings ago it was decided. */
  readonly age?: string;
}
export interface DecisionView {
  /** Its anchor on its meeting's page, from its place in the list: "beslut-1". */
  readonly anchor: string;
  readonly text: string;
  readonly project?: Link;
  readonly meeting: MeetingLink;
}
/** The decisions of one year, newest first. */
export interface DecisionsOfYear {
  readonly year: string;
  readonly decisions: readonly DecisionView[];
}
export interface TimelineView {
  readonly meeting: MeetingLink;
  readonly heading: string;
  readonly excerpt: string;
  readonly url: string;
  readonly via: TimelineEntry['via'];
}
/** The entries of a project's timeline in one year (oldest year first). */
export interface TimelineOfYear {
  readonly year: string;
  readonly entries: readonly TimelineView[];
}
export interface Filter {
  readonly name: string;
  readonly value: string;
}
export interface MeetingView {
  readonly id: string;
  readonly permalink: string;
  readonly link: MeetingLink;
  readonly title: string;
  readonly dateLong: string;
  /** The date line under the heading: "måndag kl. 13:30" when the title names the date, else `dateLong`. */
  readonly when: string;
  readonly date: string;
  /** What `dateLong` says, for `<time datetime>`: "2016-03-07", or "2016-03-07T13:30" when the minutes give a time. */
  readonly dateTime: string;
  readonly location?: string;
  readonly summary?: string;
  readonly note?: string;
  readonly description: string;
  readonly group: Link;
  /** The group's feed, which the page names first to feed readers. */
  readonly groupFeed: Link;
  readonly attendees: readonly PersonLink[];
  readonly absent: readonly PersonLink[];
  readonly guests: readonly string[];
  readonly chair?: PersonLink;
  readonly secretary?: PersonLink;
  readonly html: string;
  readonly toc: readonly { anchor: string; heading: string }[];
  readonly decisions: readonly DecisionView[];
  readonly actions: readonly ActionView[];
  /** Each with the `anchor` its item has on the page, which `ActionView.statusMeeting` leads to (followupAnchor). */
  readonly followups: readonly { action: ActionView; anchor: string; statusText: string; note?: string }[];
  readonly projects: readonly Link[];
  readonly previous?: MeetingLink;
  readonly next?: MeetingLink;
  readonly nextMeeting?: string;
  /** What `nextMeeting` says, for `<time datetime>`. */
  readonly nextMeetingDateTime?: string;
  readonly source: { readonly path: string; readonly url?: string };
  readonly filters: readonly Filter[];
}
export interface GroupView {
  readonly id: string;
  readonly permalink: string;
  readonly url: string;
  readonly name: string;
  readonly description?: string;
  readonly website?: string;
  readonly organisation?: Link;
  readonly ended?: EndedView;
  /** Its standing members on the day of the build, or on its last day once it has ended (see `ended.past`). */
  readonly members: readonly PersonLink[];
  readonly schedule?: string;
  readonly meetingCount: number;
  readonly years: readonly MeetingsOfYear[];
  readonly chart?: string;
  /** Its decisions, the latest meeting's first, and the same by year. */
  readonly decisions: readonly DecisionView[];
  readonly decisionsByYear: readonly DecisionsOfYear[];
  readonly openActions: readonly ActionView[];
  readonly upcoming?: string;
  /** What `upcoming` says, for `<time datetime>`. */
  readonly upcomingDateTime?: string;
  /**
   * The minutes that announced it: the format has no field for the next meeting's place, so where it is to be
   * held, if anywhere, is in their text.
   */
  readonly upcomingAnnouncedIn?: MeetingLink;
  readonly feedUrl: string;
  readonly calendarUrl: string;
  readonly searchUrl: string;
  readonly latest?: MeetingLink;
}
export interface PersonView {
  readonly id: string;
  readonly permalink: string;
  readonly url: string;
  readonly name: string;
  readonly website?: string;
  readonly organisation?: Link;
  readonly role?: string;
  readonly memberships: readonly { what: Link; role?: string; period?: string }[];
  readonly groups: readonly Link[];
  /** Meetings attended, missed, chaired and written, newest first, and the same by year. */
  readonly attended: readonly MeetingLink[];
  readonly attendedByYear: readonly MeetingsOfYear[];
  readonly missed: readonly MeetingLink[];
  readonly missedByYear: readonly MeetingsOfYear[];
  readonly chaired: readonly MeetingLink[];
  readonly chairedByYear: readonly MeetingsOfYear[];
  readonly wrote: readonly MeetingLink[];
  readonly wroteByYear: readonly MeetingsOfYear[];
  readonly actions: readonly ActionView[];
  /** How many of its actions are open. */
  readonly openCount: number;
  /** Where the open actions of the person's organisation are listed (its page), and how many there are; none without. */
  readonly organisationOpenActions?: { readonly url: string; readonly count: number };
  readonly searchUrl: string;
}
export interface ProjectView {
  readonly id: string;
  readonly permalink: string;
  readonly url: string;
  readonly name: string;
  readonly description?: string;
  readonly website?: string;
  readonly organisation?: Link;
  readonly ended?: EndedView;
  /** Every agenda item about the project, oldest first, and the same by year. */
  readonly timeline: readonly TimelineView[];
  readonly timelineByYear: readonly TimelineOfYear[];
  /** Its decisions, the latest meeting's first, and the same by year. */
  readonly decisions: readonly DecisionView[];
  readonly decisionsByYear: readonly DecisionsOfYear[];
  readonly actions: readonly ActionView[];
  /** How many of its actions are open. */
  readonly openCount: number;
  readonly feedUrl: string;
  readonly searchUrl: string;
  readonly meetingCount: number;
}
export interface OrganisationView {
  readonly id: string;
  readonly permalink: string;
  readonly url: string;
  readonly name: string;
  readonly description?: string;
  readonly website?: string;
  readonly ended?: EndedView;
  /** Its people now (on its last day, once it has ended), by surname as on the people page, each with their role there. */
  readonly people: readonly PersonLink[];
  /** Those who have left it (every membership of it has ended), by surname, with their role there and `until` ("till 31 december 2016"). */
  readonly formerPeople: readonly (PersonLink & { readonly until: string })[];
  /** How many of its people, now or before, are not named (publish: hidden). */
  readonly hiddenPeople: number;
  readonly groups: readonly Link[];
  readonly projects: readonly Link[];
  /** The meetings its representatives attended, newest first, each with who came for it, and the same by year. */
  readonly meetings: readonly RepresentedMeeting[];
  readonly meetingsByYear: readonly MeetingsOfYear<RepresentedMeeting>[];
  /** The actions it is responsible for itself, open first. */
  readonly actions: readonly ActionView[];
  /** The actions of its people who are not named, and not its own, open first (they have no page of their own). */
  readonly actionsOfUnnamed: readonly ActionView[];
  /** How many of both are open. */
  readonly openCount: number;
  readonly searchUrl: string;
}
/** One line of an index page. */
export interface IndexEntry {
  readonly url: string;
  readonly name: string;
  readonly description?: string;
  readonly organisation?: Link;
  readonly meetingCount: number;
  readonly latest?: MeetingLink;
  readonly peopleCount?: number;
  /** Groups, projects and organisations that have ended or will end; those ended come after the others. */
  readonly ended?: EndedView;
}
/** The people on the index page whose names begin with one letter. */
export interface PeopleOfLetter {
  readonly letter: string;
  /** The id of the letter's heading on the page. */
  readonly anchor: string;
  readonly people: readonly IndexEntry[];
}

export interface FeedEntry {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly updated: string;
  readonly summary: string;
  /**
   * The rendered minutes, in the site-wide feed. Its links' and images' addresses, and those of the decisions and
   * actions, are resolved against the meeting's page: in full with the site's address (--url), else from the root.
   */
  readonly html?: string;
  /**
   * In the site-wide feed, beside the text, what the meeting's page shows of the minutes' fields (a feed reader
   * shows the entry's content, not its summary): the summary, the decisions and the actions decided.
   */
  readonly lead?: string;
  readonly decisions?: readonly DecisionView[];
  readonly actions?: readonly ActionView[];
}
export interface FeedView {
  readonly permalink: string;
  /** The feed's Atom id: its own address when the site's address is known (--url), else a urn. */
  readonly id: string;
  /** The group or project whose feed this is; none for the site's feed. */
  readonly owner?: { readonly kind: 'group' | 'project'; readonly id: string };
  /** The same feed again at a former address of its owner (`permalink`), for readers subscribed there. */
  readonly former?: true;
  readonly title: string;
  readonly url: string;
  readonly selfUrl: string;
  readonly updated: string;
  readonly entries: readonly FeedEntry[];
}
/** A group's open actions on the actions page. */
export interface OpenActionsOfGroup {
  readonly group: Link;
  /** The id of the group's section on the actions page. */
  readonly anchor: string;
  /** Where the group's open actions are listed: its section on the actions page, or its own page. */
  readonly listUrl: string;
  readonly count: number;
  /** How many are past their due date. */
  readonly overdue: number;
  /** The actions, when the actions page lists them (see openActionsListed); otherwise empty. */
  readonly actions: readonly ActionView[];
}

export interface SiteView {
  readonly title: string;
  readonly base: string;
  /** The site's absolute address (`--url`), when given: a page's own is this and its path. */
  readonly url?: string;
  readonly nav: readonly { name: string; url: string; section: string }[];
  /** The pages templates paginate over (in watch mode only those an edit affects). */
  readonly pages: {
    readonly meetings: readonly MeetingView[];
    readonly groups: readonly GroupView[];
    readonly people: readonly PersonView[];
    readonly projects: readonly ProjectView[];
    readonly organisations: readonly OrganisationView[];
    readonly feeds: readonly FeedView[];
  };
  /** Every entity in short, for the index pages. */
  readonly groups: readonly IndexEntry[];
  readonly people: readonly IndexEntry[];
  /** The same people by the first letter of their surnames, A to Ö, for a long index. */
  readonly peopleByLetter: readonly PeopleOfLetter[];
  readonly projects: readonly IndexEntry[];
  readonly organisations: readonly IndexEntry[];
  readonly latest: readonly MeetingLink[];
  /** The soonest of the groups' announced meetings still to come (ten at most); `upcomingCount` says how many there are. */
  readonly upcoming: readonly { group: Link; text: string; date: string; dateTime: string }[];
  readonly upcomingCount: number;
  /** What the start page says when `upcoming` is empty: why, and the day of the build. */
  readonly noUpcoming: string;
  /** The groups with open actions, for the actions page; `openActionsListed` says whether it lists the actions. */
  readonly openActions: readonly OpenActionsOfGroup[];
  readonly openActionsListed: boolean;
  readonly openActionCount: number;
  readonly counts: { readonly meetings: number; readonly people: number; readonly groups: number; readonly projects: number; readonly organisations: number };
  readonly searchUrl: string;
  /**
   * The other spellings of names (aliases) the search page also knows, each leading to the name as the search
   * filters have it: of people published in full, and of organisations.
   */
  readonly searchAliases: { readonly person: Readonly<Record<string, string>>; readonly organisation: Readonly<Record<string, string>> };
  /**
   * The pages a search for a group's or a project's name (or one of its aliases) offers above the results: the
   * group's page has its meetings, decisions and actions in one place, the project's its timeline, decisions and actions.
   */
  readonly searchPages: { readonly grupp: readonly SearchPage[]; readonly projekt: readonly SearchPage[] };
  readonly feedUrl: string;
  readonly dataUrl: string;
  readonly contact?: { readonly text: string; readonly href: string };
  /** When the accessibility statement was last reviewed: the day (YYYY-MM-DD) and the same in Swedish ("14 mars 2025"). */
  readonly accessibilityReviewed?: { readonly date: string; readonly text: string };
}
