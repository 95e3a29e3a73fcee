// Project timelines: every section of every meeting that is about a project, found by its heading or by
// a mention in its text, plus meetings that list the project in their front matter.
import { PhraseMatcher } from '../util/phrases.js';
import type { Section } from '../render/markdown.js';
import { excerpt, sentenceAround } from '../render/text.js';
import type { Model } from './types.js';

export interface TimelineEntry {
  readonly projectId: string;
  readonly meetingId: string;
  readonly date: string;
  /** Anchor of the section on the meeting page; "" for the minutes as a whole. */
  readonly anchor: string;
  readonly heading: string;
  readonly excerpt: string;
  readonly via: 'heading' | 'text' | 'listed';
}

export function projectMatcher(model: Pick<Model, 'projects'>): PhraseMatcher<string> {
  const phrases: { phrase: string; value: string }[] = [];
  for (const p of model.projects.values()) {
    phrases.push({ phrase: p.name, value: p.id });
    for (const a of p.aliases) phrases.push({ phrase: a, value: p.id });
  }
  return new PhraseMatcher(phrases);
}

/** The timeline entries of one meeting, from its sections; pure, so watch mode can redo one meeting. */
export function meetingMentions(meeting: { id: string; date: string; projects: readonly string[]; summary?: string }, sections: readonly Section[], matcher: PhraseMatcher<string>): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  const seen = new Set<string>();
  for (const s of sections) {
    const inHeading = new Set(s.heading ? matcher.findAll(s.heading).map((m) => m.value) : []);
    for (const pid of inHeading) {
      out.push({ projectId: pid, meetingId: meeting.id, date: meeting.date, anchor: s.anchor, heading: s.heading, excerpt: excerpt(s.text), via: 'heading' });
      seen.add(pid);
    }
    const firstMention = new Map<string, number>();
    for (const m of matcher.findAll(s.text)) if (!inHeading.has(m.value) && !firstMention.has(m.value)) firstMention.set(m.value, m.start);
    for (const [pid, at] of firstMention) {
      out.push({ projectId: pid, meetingId: meeting.id, date: meeting.date, anchor: s.anchor, heading: s.heading, excerpt: sentenceAround(s.text, at), via: 'text' });
      seen.add(pid);
    }
  }
  for (const pid of meeting.projects) {
    if (seen.has(pid)) continue;
    const first = sections.find((s) => s.text.trim() !== '');
    out.push({ projectId: pid, meetingId: meeting.id, date: meeting.date, anchor: '', heading: '', excerpt: meeting.summary ? excerpt(meeting.summary) : excerpt(first?.text ?? ''), via: 'listed' });
  }
  return out;
}
