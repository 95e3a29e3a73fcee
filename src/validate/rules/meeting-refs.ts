// Every reference in a minutes file must name a registry entry: group, people, projects, action owners.
import type { MinutesRule } from '../context.js';
import { resolveRef } from '../context.js';

export const meetingRefs: MinutesRule = (ctx, m) => {
  const f = m.file;
  if (m.group) resolveRef(ctx, f, m.group, ['group']);
  for (const r of [...m.attendees, ...m.absent]) resolveRef(ctx, f, r, ['person']);
  if (m.chair) resolveRef(ctx, f, m.chair, ['person']);
  if (m.secretary) resolveRef(ctx, f, m.secretary, ['person']);
  for (const r of m.projects) resolveRef(ctx, f, r, ['project']);
  for (const d of m.decisions) if (d.project) resolveRef(ctx, f, d.project, ['project']);
  for (const a of m.actions) {
    for (const w of a.who) resolveRef(ctx, f, w, ['person', 'organisation']);
    if (a.project) resolveRef(ctx, f, a.project, ['project']);
  }
};
