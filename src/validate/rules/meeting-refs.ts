// Every reference in a minutes file must name a registry entry: group, people, projects, action owners. The
// organisation written after an attendee's name is shown as written; one close to a registered name is a typo.
import type { MinutesRule, RegistryContext } from '../context.js';
import { atRef, resolveRef } from '../context.js';
import { splitAttendee, type Affiliation } from '../attendees.js';
import { label } from '../registry.js';
import { didYouMean } from '../../util/suggest.js';

export const meetingRefs: MinutesRule = (ctx, m) => {
  const f = m.file;
  if (m.group) resolveRef(ctx, f, m.group, ['group']);
  for (const r of [...m.attendees, ...m.absent]) {
    const attendee = splitAttendee(r, ctx.registry);
    resolveRef(ctx, f, attendee.person, ['person']);
    if (attendee.as) affiliation(ctx, f, attendee.as);
  }
  if (m.chair) resolveRef(ctx, f, m.chair, ['person']);
  if (m.secretary) resolveRef(ctx, f, m.secretary, ['person']);
  for (const r of m.projects) resolveRef(ctx, f, r, ['project']);
  for (const d of m.decisions) if (d.project) resolveRef(ctx, f, d.project, ['project']);
  for (const a of m.actions) {
    for (const w of a.who) resolveRef(ctx, f, w, ['person', 'organisation']);
    if (a.project) resolveRef(ctx, f, a.project, ['project']);
  }
};

function affiliation(ctx: RegistryContext, file: string, as: Affiliation): void {
  if (ctx.unavailable?.has('organisation')) return;
  const index = ctx.registry.index('organisation');
  for (const part of as.parts) {
    if (index.lookup(part.value).length > 0) continue;
    // Not every note after a name is an organisation ("Dinah Åbinger, socialdirektör"): only a near miss is reported.
    const hint = didYouMean(index.suggest(part.value).map(label));
    if (hint) ctx.report({ file, where: atRef(part), code: 'unknown-affiliation', message: `"${part.value}" efter namnet är ingen organisation i organisations.yml.`, hint });
  }
}
