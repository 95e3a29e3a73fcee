// Files besides the pages: the public model as JSON, one calendar per group (again at each of its former
// addresses), the sitemap, robots.txt, and the pages at former addresses that send readers on (redirects.ts).
// Only what the site itself shows goes in: people published by initials or hidden keep that here too.
import type { Model, Person } from '../model/types.js';
import { calendar } from './ical.js';
import { shownAffiliation } from '../model/affiliation.js';
import { shownIn } from '../model/privacy.js';
import { buildDay, comingMeeting, paths, type SiteOptions } from './view.js';
import { escapeHtml } from './text.js';
import { pagePaths } from './paths.js';
import { firstId } from '../model/ids.js';
import { formerFiles, redirectFiles } from './redirects.js';
import { membersDay, membersOn } from '../model/members.js';
import { allSteps, turn, type Steps } from '../util/steps.js';

export interface ExtraFile {
  readonly path: string;
  readonly content: string;
}

export function extraFiles(model: Model, options: SiteOptions): ExtraFile[] {
  return allSteps(extraFileSteps(model, options));
}

/**
 * The same files, made a step at a time (a few milliseconds each at 10,000 minutes) with the event loop free in
 * between, for watch mode: a save that comes in meanwhile is seen at once, and `stop` returning true then ends
 * the work with nothing made (undefined).
 */
export async function extraFilesInSteps(model: Model, options: SiteOptions, stop: () => boolean): Promise<ExtraFile[] | undefined> {
  const steps = extraFileSteps(model, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await turn();
    if (stop()) return undefined;
  }
}

function* extraFileSteps(model: Model, options: SiteOptions): Steps<ExtraFile[]> {
  const files: ExtraFile[] = [{ path: paths.openData, content: yield* openDataSteps(model, options) }];
  yield;
  // Calendar UIDs must be unique the world over (the site's host and path when its address is known) and never
  // change: made of the group's first id, as feed entry ids are.
  const uidDomain = options.siteUrl ? options.siteUrl.replace(/^https?:\/\//, '').replace(/\/$/, '') : 'minutes';
  const calendars = new Map<string, string>();
  for (const g of model.groups.values()) {
    // A calendar holds the next meeting while it is still to come; its URL needs the site's full address (--url).
    const u = comingMeeting(g, options);
    const events = u
      ? [{ uid: `${firstId(g)}-${u.date}@${uidDomain}`, date: u.date, ...(u.time ? { time: u.time } : {}), summary: g.name, description: `Nästa möte i ${g.name}.`, ...(options.siteUrl ? { url: options.siteUrl + paths.group(g.id) } : {}), stamp: model.meetingById.get(u.announcedIn)!.date }]
      : [];
    calendars.set(paths.calendar(g.id), calendar(g.name, events));
  }
  // The same calendar at a group's former addresses, for calendar apps subscribed there: the same events, so the
  // same UIDs (RFC 5545: they name the event, wherever it is read).
  for (const [path, content] of calendars) files.push({ path, content });
  for (const { kind, from, to } of formerFiles(model)) if (kind === 'calendar') files.push({ path: from, content: calendars.get(to)! });
  yield;
  if (options.siteUrl) files.push({ path: 'sitemap.xml', content: sitemap(model, options.siteUrl) });
  // Crawlers read robots.txt only at a host's root, so it is written only for a site that is served there.
  if (options.siteUrl && options.base === '/') files.push({ path: 'robots.txt', content: `User-agent: *\nDisallow:\n\nSitemap: ${options.siteUrl}sitemap.xml\n` });
  files.push(...redirectFiles(model, options));
  return files;
}

function personRef(p: Person | undefined): { id: string | null; name: string } {
  return p ? { id: p.publicId ?? null, name: p.display } : { id: null, name: '' };
}

/** Meetings made into open data between two steps of extraFilesInSteps. */
const MEETINGS_PER_STEP = 500;

/** The public model, with stable key order so two builds give the same bytes. */
export function openData(model: Model, options: SiteOptions): string {
  return allSteps(openDataSteps(model, options));
}

/**
 * openData a step at a time: its JSON is written as JSON.stringify writes the whole (no spaces), each slice of
 * meetings at a time, so the bytes are the same.
 */
function* openDataSteps(model: Model, options: SiteOptions): Steps<string> {
  const url = (p: string) => (options.siteUrl ?? options.base) + p;
  const person = (id: string) => personRef(model.people.get(id));
  // A group's members are those of the day of the build, as on its page.
  const today = buildDay(options);
  // What the minutes wrote after the name, where the meeting page shows it too.
  // Someone not named, as whom they represented at the meeting (as its page shows them).
  const personAt = (m: Model['meetings'][number], id: string) => {
    const hidden = shownIn(m.shownAs, id);
    return hidden ? { ...person(id), name: hidden } : person(id);
  };
  const attendee = (m: Model['meetings'][number], id: string) => {
    const as = shownAffiliation(m, model.people.get(id)!);
    return as ? { ...person(id), as: as.text } : personAt(m, id);
  };
  const meeting = (m: Model['meetings'][number]) => ({
    id: m.id,
    url: url(paths.meeting(m)),
    title: m.title,
    group: m.groupId,
    date: m.date,
    time: m.time ?? null,
    location: m.location ?? null,
    attendees: m.attendees.map((id) => attendee(m, id)),
    absent: m.absent.map((id) => attendee(m, id)),
    guests: m.guests,
    secretary: m.secretary ? personAt(m, m.secretary) : null,
    chair: m.chair ? personAt(m, m.chair) : null,
    projects: m.projects,
    summary: m.summary ?? null,
    note: m.note ?? null,
    decisions: m.decisions.map((d) => ({ text: d.text, project: d.projectId ?? null })),
    actions: m.actions.map((id) => {
      const a = model.actions.get(id)!;
      return {
        id: a.id,
        who: a.who.map((w) => (w.kind === 'person' ? { kind: 'person', ...personAt(m, w.id) } : { kind: 'organisation', id: w.id, name: model.organisations.get(w.id)?.name ?? w.id })),
        what: a.what,
        due: a.due ?? null,
        project: a.projectId ?? null,
        status: a.status,
      };
    }),
    followups: m.followups.map((f) => ({ action: f.actionId, status: f.status, note: f.note ?? null })),
    next_meeting: m.nextMeeting ? { date: m.nextMeeting.date, time: m.nextMeeting.time ?? null } : null,
  });
  const meetings: string[] = [];
  for (let i = 0; i < model.meetings.length; i += MEETINGS_PER_STEP) {
    meetings.push(model.meetings.slice(i, i + MEETINGS_PER_STEP).map((m) => JSON.stringify(meeting(m))).join(','));
    yield;
  }
  const rest = {
    people: [...model.people.values()]
      .filter((p) => p.publicId !== undefined)
      .map((p) => ({ id: p.publicId!, name: p.display, organisation: p.publish === 'hidden' ? null : (p.organisationId ?? null), url: url(paths.person(p.publicId!)) })),
    groups: [...model.groups.values()].map((g) => ({
      id: g.id,
      name: g.name,
      organisation: g.organisationId ?? null,
      members: membersOn(g, membersDay(g, today)).map((ms) => person(ms.personId)),
      schedule: g.schedule ?? null,
      ended: g.ended ?? null,
      url: url(paths.group(g.id)),
    })),
    projects: [...model.projects.values()].map((p) => ({ id: p.id, name: p.name, organisation: p.organisationId ?? null, ended: p.ended ?? null, url: url(paths.project(p.id)) })),
    organisations: [...model.organisations.values()].map((o) => ({ id: o.id, name: o.name, website: o.url ?? null, ended: o.ended ?? null, url: url(paths.organisation(o.id)) })),
  };
  return `{"meetings":[${meetings.join(',')}],${JSON.stringify(rest).slice(1)}\n`;
}

/** The pages at their current addresses: the pages at former addresses (redirects.ts) are not listed. */
function sitemap(model: Model, siteUrl: string): string {
  const body = pagePaths(model).map((p) => `<url><loc>${escapeHtml(siteUrl + p.path)}</loc>${p.lastmod ? `<lastmod>${p.lastmod}</lastmod>` : ''}</url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}
