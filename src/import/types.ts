// The draft the importer builds from one legacy file: plain data passed from the parser to the renderer.

/** How a written name resolved against the registries. */
export type NameResult =
  | { readonly kind: 'found'; readonly id: string; readonly label: string; readonly via: 'name' | 'first-name' }
  | { readonly kind: 'ambiguous'; readonly labels: readonly string[] }
  | { readonly kind: 'unknown'; readonly suggestions: readonly string[] };

/** A person named in an attendance block or as secretary. */
export interface PersonMention {
  /** The name as written: "Bengt Nilson", "David". */
  readonly written: string;
  /** The whole source line, kept in a comment when it says more than the name: "Bengt Nilson, Ria". */
  readonly line: string;
  /** The organisation or role written after the name: "Ria", "brukarmentor". */
  readonly organisation?: string;
  readonly result: NameResult;
  /** Other source lines in the same list that name the same registered person ("Ivan Kuzhikov"), kept in the comment. */
  readonly alsoWritten?: readonly string[];
}

export interface Attendance {
  /** The block labels as written ("Närvarande", "Fasta ledamöter:"), with how many names each had. */
  readonly labels: readonly { readonly text: string; readonly count: number; readonly absent: number; /** A table's header row under the label: "Namn, Organisation". */ readonly columns?: string }[];
  readonly present: readonly PersonMention[];
  readonly absent: readonly PersonMention[];
  /** Guests are free text: written as they stand. */
  readonly guests: readonly string[];
}

export interface Secretary {
  readonly person: PersonMention;
  /** The lines as written, for the comment: "Vid pennan /David". */
  readonly source: string;
}

export interface ListItem {
  /** "-" for bullets, "1." or "1)" for numbered items. */
  readonly marker: string;
  readonly text: string;
  readonly children: readonly ListItem[];
  /** Numbered other than Markdown would show it, on from the item before ("1. ring Leif" under "1. Fritidsbanken"). */
  readonly offNumber?: true;
  /**
   * No item but a paragraph inside the item above it (marker ""): a Word list's line Markdown's list cannot number,
   * "a) Hyllor" under "1. Ekonomi", or a Markdown item's second paragraph.
   */
  readonly paragraph?: true;
  /** No item but a .md source's quote inside the item above it (marker ""), its lines as written from its column on. */
  readonly quote?: QuoteSpacing;
}

/** Whether a blank line stands above and below a quote in an item: with one the site spaces the list's items apart. */
export interface QuoteSpacing {
  readonly blankAbove: boolean;
  readonly blankBelow: boolean;
}

export type Block =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly ListItem[] }
  /** A heading below the agenda items' level: "### …". */
  | { readonly kind: 'subheading'; readonly level: number; readonly text: string }
  /** A Markdown source's tables and code, kept line for line. */
  | { readonly kind: 'verbatim'; readonly text: string }
  /** Lines with the same number of tabs between their cells, a table pasted as text: written as a Markdown table. */
  | { readonly kind: 'table'; readonly lines: readonly string[] }
  /** A Word table's rows (docx-table.ts), each cell Markdown already: written as a Markdown table. */
  | { readonly kind: 'wordTable'; readonly rows: readonly (readonly string[])[] };

export interface Section {
  /** Undefined for text before the first heading. */
  readonly heading?: string;
  readonly blocks: readonly Block[];
}

export interface Owner {
  readonly kind: 'person' | 'organisation';
  readonly id: string;
  readonly label: string;
  readonly written: string;
}

export interface ProposedAction {
  readonly who: readonly Owner[];
  readonly what: string;
  /** Project id, when the sentence or its section names one. */
  readonly project?: string;
  /** Read from an "Ansvarig: …" line (decisions.ts), not from a sentence with "ska". */
  readonly labelled?: true;
  /** YYYY-MM-DD, from a "Klart till: …" line with the owner's "Ansvarig: …" (decisions.ts). */
  readonly due?: string;
  /** The sentence it was found in. */
  readonly sentence: string;
}

/** A decision read from a "Beslut: …" line (decisions.ts). */
export interface ProposedDecision {
  readonly text: string;
  /** Project id, when the decision or its section names one. */
  readonly project?: string;
  /** The line it was read from, as written. */
  readonly source: string;
}

export interface GroupChoice {
  /** The text the group was taken from ("Gemensam utvecklingsgrupp"), or the --group value. */
  readonly written: string;
  readonly result: NameResult;
}

/** A weekday named with a date in the text: "Torsdag 19 november". */
export interface WeekdayMention {
  readonly day: number;
  readonly month: number;
  readonly weekday: number;
  readonly text: string;
}

/** A date the text gives for the next meeting: "Nästa möte blir 23 januari 14:30". */
export interface NextMeetingMention {
  readonly day: number;
  readonly month: number;
  readonly year?: number;
  readonly time?: string;
  /** The words as written, from "nästa möte" to the date (and time). */
  readonly written: string;
}

/** What the text says about the meeting's date before the year is settled. */
export type DateFound =
  | { readonly kind: 'full'; readonly date: string; readonly weekday?: number; readonly written: string }
  | { readonly kind: 'partial'; readonly day: number; readonly month: number; readonly weekday?: number; readonly written: string }
  | { readonly kind: 'missing'; readonly mentioned: readonly string[] };

/** The meeting's date after year inference: a date, or what the user has to fill in. */
export type MeetingDate =
  | {
      readonly kind: 'full';
      readonly date: string;
      readonly notes: readonly string[];
      /** The text names a weekday the date does not fall on ("Tisdag 7 mars 2016", a Monday): the date as written, to check. */
      readonly weekdayClash?: true;
    }
  | { readonly kind: 'open'; readonly placeholder: string; readonly notes: readonly string[] };

export interface ParsedDraft {
  /** The source file's name, for comments. */
  readonly source: string;
  /** The source is plain text (.txt), no Markdown: every character of its text is the writer's, written so that it shows. */
  readonly plain?: true;
  /** The title line as written, when one was found and lifted out of the text. */
  readonly title?: string;
  readonly group?: GroupChoice;
  readonly date: DateFound;
  readonly weekdayMentions: readonly WeekdayMention[];
  readonly time?: string;
  readonly location?: string;
  /** Labelled lines lifted into the front matter ("Tid: 13.30"), kept in comments. */
  readonly particulars: readonly string[];
  readonly attendance: Attendance;
  readonly secretary?: Secretary;
  /** The chair, from an "Ordförande: …" line, found as the secretary is but for a signature. */
  readonly chair?: Secretary;
  readonly sections: readonly Section[];
  readonly actions: readonly ProposedAction[];
  /** Decisions read from "Beslut: …" lines. */
  readonly decisions?: readonly ProposedDecision[];
  /** Project ids named in the text, in order of first mention. */
  readonly projects: readonly string[];
  /** Lines that read as the titles of other meetings: the file holds several. */
  readonly otherMeetings: readonly string[];
  /** Dates the text gives for the next meeting, settled once the meeting's own date is. */
  readonly nextMeetings: readonly NextMeetingMention[];
  /** Things the user must look at, as Swedish comment lines. */
  readonly notes: readonly string[];
  /** The line that calls the file an agenda or a notice of a meeting, when it says nothing of who was there: no minutes, so no draft. */
  readonly agendaLine?: string;
}

export interface Draft extends Omit<ParsedDraft, 'date'> {
  readonly date: MeetingDate;
  /** The next meeting proposed for next_meeting ("2017-01-23 14:30"), with the words it was read from. */
  readonly nextMeeting?: { readonly value: string; readonly written: string };
}
