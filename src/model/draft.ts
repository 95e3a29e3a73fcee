// One meeting and its actions with every reference resolved: the part of the model that depends on its own
// minutes file and the registries only, kept per document so that watch mode resolves only what changed.
import type { MinutesDoc } from '../validate/documents.js';
import { splitAttendee, type Attendee } from '../validate/attendees.js';
import type { Registry } from '../validate/registry.js';
import { formatDate } from '../util/dates.js';
import { actionId } from './ids.js';
import { withoutRepeatedOrganisation } from './privacy.js';
import { opt, unique, type MutableAction, type MutableMeeting } from './records.js';
import type { Affiliation, Decision, Meeting, Owner, ShownAs } from './types.js';

export interface DraftContext {
  readonly registry: Registry;
  readonly groupName: ReadonlyMap<string, string>;
  readonly resolve: (kind: Parameters<Registry['id']>[0], text: string | undefined) => string | undefined;
  /** A text shown without invisible controls and with what `shownAs` gives (else their display) for people not named. */
  readonly text: (s: string, shownAs?: ShownAs) => string;
  readonly multiline: (s: string, shownAs?: ShownAs) => string;
  /** What stands for people not named in a meeting's texts where it is not their display (see shownAtMeetings). */
  readonly shownAt: (m: Pick<Meeting, 'affiliations' | 'date'>) => ShownAs | undefined;
}

interface Draft {
  readonly meeting: MutableMeeting;
  readonly actions: readonly MutableAction[];
}

/**
 * A meeting and its actions with every reference resolved: what depends on its own file and the registries
 * only. Watch mode rebuilds the model on every save; unchanged files (same document, same registries) reuse
 * their draft instead of resolving every name again.
 */
const drafts = new WeakMap<MinutesDoc, { registry: Registry; id: string; draft: Draft }>();

export function draftOf(doc: MinutesDoc, groupId: string, date: string, meetingId: string, c: DraftContext): Draft {
  const hit = drafts.get(doc);
  if (hit && hit.registry === c.registry && hit.id === meetingId) return hit.draft;
  const { resolve } = c;
  // "Bo Pettersson, Ria/G7": the person, and the organisation as these minutes write it.
  const present = doc.attendees.map((r) => splitAttendee(r, c.registry));
  const away = doc.absent.map((r) => splitAttendee(r, c.registry));
  const people = (list: readonly Attendee[]) => unique(list.map((a) => resolve('person', a.person.value)));
  const written: Record<string, Affiliation> = {};
  for (const a of [...present, ...away]) {
    const pid = resolve('person', a.person.value);
    if (!pid || !a.as || written[pid]) continue;
    const organisationIds = unique(a.as.parts.map((p) => resolve('organisation', p.value)));
    const exact = a.as.parts.length === 1 ? organisationIds[0] : undefined;
    written[pid] = { text: a.as.text, organisationIds, ...(exact ? { organisationId: exact } : {}) };
  }
  // Every text of the meeting shows someone not named as its attendance does: whom they represented that day.
  const shownAs = c.shownAt({ affiliations: written, date });
  const text = (s: string) => c.text(s, shownAs);
  const multiline = (s: string) => c.multiline(s, shownAs);
  const affiliations: Record<string, Affiliation> = {};
  for (const [pid, a] of Object.entries(written)) affiliations[pid] = { ...a, text: text(a.text) };
  const decisions: Decision[] = doc.decisions.map((d, i) => ({
    meetingId,
    number: i + 1,
    text: multiline(d.text.value),
    ...opt('projectId', resolve('project', d.project?.value)),
  }));
  const actions: MutableAction[] = [];
  for (const a of doc.actions) {
    const who: Owner[] = [];
    for (const w of a.who) {
      const pid = resolve('person', w.value);
      const oid = pid ? undefined : resolve('organisation', w.value);
      const owner: Owner | undefined = pid ? { kind: 'person', id: pid } : oid ? { kind: 'organisation', id: oid } : undefined;
      // Written twice (by name and id, or by two aliases: check warns, duplicate-owner), an owner is listed once,
      // and the action once on their page.
      if (owner && !who.some((o) => o.id === owner.id)) who.push(owner);
    }
    actions.push({
      id: actionId(meetingId, a.number),
      meetingId,
      number: a.number,
      who,
      what: multiline(a.what?.value ?? ''),
      ...opt('due', a.due?.value),
      ...opt('projectId', resolve('project', a.project?.value)),
      initialStatus: a.status,
      status: a.status,
      reports: [],
      meetingsSince: 0,
    });
  }
  const meeting: MutableMeeting = {
    id: meetingId,
    slug: meetingId.slice(groupId.length + 1),
    groupId,
    date,
    ...opt('time', doc.time?.value),
    ...opt('location', doc.location ? text(doc.location.value) : undefined),
    title: doc.title ? text(doc.title.value) : `${c.groupName.get(groupId) ?? groupId} ${formatDate(date)}`,
    customTitle: doc.title !== undefined,
    file: doc.file,
    attendees: people(present),
    absent: people(away),
    affiliations,
    guests: doc.guests.map((g) => withoutRepeatedOrganisation(text(g.value))),
    ...opt('chair', resolve('person', doc.chair?.value)),
    ...opt('secretary', resolve('person', doc.secretary?.value)),
    projects: unique(doc.projects.map((r) => resolve('project', r.value))),
    ...opt('summary', doc.summary ? multiline(doc.summary.value) : undefined),
    ...opt('note', doc.note ? multiline(doc.note.value) : undefined),
    decisions,
    actions: actions.map((a) => a.id),
    followups: doc.followups.map((f) => ({ actionId: f.action.value.trim(), status: f.status, ...opt('note', f.note ? multiline(f.note.value) : undefined) })),
    ...opt('nextMeeting', doc.nextMeeting?.value),
    // NFC, as every other text the site shows: saved on a Mac, the same minutes would otherwise give other pages,
    // feeds and search index.
    body: doc.body.normalize('NFC'),
    ...opt('shownAs', shownAs),
    formerIds: [],
  };
  const draft = { meeting, actions };
  drafts.set(doc, { registry: c.registry, id: meetingId, draft });
  return draft;
}
