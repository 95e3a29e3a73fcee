// The validated, read-only model of an archive: meetings, people, groups, projects, organisations,
// actions and every back-link between them, computed once so pages never search the whole archive.

export type Publish = 'full' | 'initials' | 'hidden';
export type ActionStatus = 'open' | 'done' | 'dropped';

/**
 * What stands in a text for some people not named, by id, in place of their `display`: at a meeting, whom they
 * represented there (see model/affiliation.ts, hiddenAt) where that is not whom they represent now.
 */
export type ShownAs = Readonly<Record<string, string>>;

export interface Owner {
  readonly kind: 'person' | 'organisation';
  readonly id: string;
}

export interface StatusReport {
  readonly meetingId: string;
  readonly date: string;
  readonly status: ActionStatus;
  readonly note?: string;
}

export interface Action {
  /** "group/2016-02-08#1" */
  readonly id: string;
  readonly meetingId: string;
  readonly number: number;
  readonly who: readonly Owner[];
  readonly what: string;
  readonly due?: string;
  readonly projectId?: string;
  /** The status written with the action, before any follow-up. */
  readonly initialStatus: ActionStatus;
  /** The status after the latest follow-up. */
  readonly status: ActionStatus;
  /** Follow-ups in meeting order. */
  readonly reports: readonly StatusReport[];
  /** How many later meetings of the group there have been (the action's age in meetings). */
  readonly meetingsSince: number;
}

export interface Decision {
  readonly meetingId: string;
  readonly number: number;
  readonly text: string;
  readonly projectId?: string;
}

export interface Followup {
  readonly actionId: string;
  readonly status: ActionStatus;
  readonly note?: string;
}

/** The organisation someone came for at a meeting, as the minutes write it, and the registered ones it names. */
export interface Affiliation {
  readonly text: string;
  readonly organisationIds: readonly string[];
  /** Set when the text is one registered organisation by its name, id or alias ("IFS"): that organisation. */
  readonly organisationId?: string;
}

export interface Meeting {
  /** "group/2016-02-08" (or "group/2016-02-08-title" when the group met twice that day). */
  readonly id: string;
  /** The last part of the id: "2016-02-08". */
  readonly slug: string;
  readonly groupId: string;
  readonly date: string;
  readonly time?: string;
  readonly location?: string;
  readonly title: string;
  readonly customTitle: boolean;
  /** Source file, relative to the root. */
  readonly file: string;
  readonly attendees: readonly string[];
  readonly absent: readonly string[];
  /** Organisations written after attendees' names in these minutes ("Bo Pettersson, Ria/G7"), by person id. */
  readonly affiliations: Readonly<Record<string, Affiliation>>;
  readonly guests: readonly string[];
  readonly chair?: string;
  readonly secretary?: string;
  /** Projects named in the front matter. */
  readonly projects: readonly string[];
  readonly summary?: string;
  /** The editor's remark about the minutes themselves, shown apart from their text. */
  readonly note?: string;
  readonly decisions: readonly Decision[];
  readonly actions: readonly string[];
  readonly followups: readonly Followup[];
  readonly nextMeeting?: { readonly date: string; readonly time?: string };
  /** Markdown body, with names that must not be published still in it (the renderer hides them). */
  readonly body: string;
  /**
   * What stands for people not named in this meeting's texts where it is not their display, by id: whom they
   * represented at it (see hiddenAt), as its attendance says. Its summary, decisions, actions and notes are hidden
   * with it, and the renderer hides the body's names with it.
   */
  readonly shownAs?: ShownAs;
  /** Ids the meeting had before (its minutes' former_ids, and its id under each former id of its group). */
  readonly formerIds: readonly string[];
  /**
   * The first id its minutes list under former_ids (its group by the group's id now), when its date or group was
   * corrected: the id it was first published under, which its feed entry keeps (firstMeetingKey).
   */
  readonly firstFormerId?: { readonly groupId: string; readonly slug: string };
  readonly previousId?: string;
  readonly nextId?: string;
}

export interface Membership {
  readonly kind: 'organisation' | 'group';
  readonly id: string;
  readonly role?: string;
  readonly from?: string;
  readonly to?: string;
}

export interface Person {
  readonly id: string;
  /** The id used in public URLs and data: the id itself, or a neutral one for people shown by initials; none for hidden people. */
  readonly publicId?: string;
  /** The registered name: never to be published unless `publish` is "full". */
  readonly name: string;
  readonly aliases: readonly string[];
  /** Ids the person had before (never shown: for people not published in full they would give the name away). */
  readonly formerIds: readonly string[];
  /** What may be shown: the name, initials ("L. R.") or a description ("en representant för RFHL"). */
  readonly display: string;
  readonly publish: Publish;
  readonly organisationId?: string;
  readonly role?: string;
  readonly memberships: readonly Membership[];
  readonly url?: string;
  readonly attended: readonly string[];
  readonly missed: readonly string[];
  /** Meetings the person chaired, or wrote the minutes of, whether listed as present or not. */
  readonly chaired: readonly string[];
  readonly wrote: readonly string[];
  /** Open actions first, then by date. */
  readonly actions: readonly string[];
  readonly groups: readonly string[];
}

export interface Entity {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Ids the entry had before: its old page leads to the new one. */
  readonly formerIds: readonly string[];
  readonly description?: string;
  readonly url?: string;
  /** The last day the group, project or organisation existed or met (`ended` in organisations.yml), if it has ended. */
  readonly ended?: string;
}

/** A person's dated membership of a group (people.yml), seen from the group. */
export interface GroupMembership {
  readonly personId: string;
  readonly role?: string;
  readonly from?: string;
  readonly to?: string;
}

export interface Group extends Entity {
  readonly organisationId?: string;
  /** The standing members organisations.yml lists; `membersOn` adds those whose membership covers a day. */
  readonly members: readonly string[];
  /** Memberships of the group in people.yml, in the order of people.yml, whatever their dates. */
  readonly memberships: readonly GroupMembership[];
  readonly schedule?: string;
  /** Oldest first. */
  readonly meetings: readonly string[];
  readonly decisions: readonly Decision[];
  readonly openActions: readonly string[];
  /** The next meeting announced in the latest minutes, if no minutes exist for it yet and it is not after the group's end. */
  readonly upcoming?: { readonly date: string; readonly time?: string; readonly announcedIn: string };
}

export interface Project extends Entity {
  readonly organisationId?: string;
  /** Meetings that list the project in their front matter. */
  readonly listedIn: readonly string[];
  readonly decisions: readonly Decision[];
  readonly actions: readonly string[];
}

export interface Organisation extends Entity {
  readonly people: readonly string[];
  /** Meetings attended by at least one of its people. */
  readonly meetings: readonly string[];
  /** Actions it is responsible for itself. */
  readonly actions: readonly string[];
  /**
   * Actions of its people who are not named (publish: hidden), and not its own: such a person has no page to list
   * them on, and their owner is shown as "en representant för" it.
   */
  readonly actionsOfUnnamed: readonly string[];
  readonly groups: readonly string[];
  readonly projects: readonly string[];
}

export interface Model {
  /** Oldest first; ties by id. */
  readonly meetings: readonly Meeting[];
  readonly meetingById: ReadonlyMap<string, Meeting>;
  readonly people: ReadonlyMap<string, Person>;
  readonly groups: ReadonlyMap<string, Group>;
  readonly projects: ReadonlyMap<string, Project>;
  readonly organisations: ReadonlyMap<string, Organisation>;
  readonly actions: ReadonlyMap<string, Action>;
}
