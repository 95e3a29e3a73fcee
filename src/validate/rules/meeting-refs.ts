// Every reference in a minutes file must name a registry entry: group, people, projects, action owners. The
// organisation written after an attendee's name is shown as written; one close to a registered name is a typo.
import type { MinutesRule, RegistryContext } from '../context.js';
import { atRef, renamedHint, resolveRef } from '../context.js';
import { splitAttendee, type Affiliation } from '../attendees.js';
import type { Ref } from '../documents.js';
import { namesIn } from '../written-list.js';
import { label, namesOf } from '../registry.js';
import { didYouMean, editDistance } from '../../util/suggest.js';
import { foldAccents } from '../../util/fold.js';
import { clip } from '../../util/clip.js';
import { listed } from '../../util/plural.js';

export const meetingRefs: MinutesRule = (ctx, m) => {
  const f = m.file;
  if (m.group) resolveRef(ctx, f, m.group, ['group']);
  const absent = new Set(m.absent);
  for (const r of [...m.attendees, ...m.absent]) {
    const attendee = splitAttendee(r, ctx.registry);
    if (!attendee.as && asInBrackets(ctx, f, r, absent.has(r))) continue;
    resolveRef(ctx, f, attendee.person, ['person']);
    if (attendee.as) affiliation(ctx, f, attendee.as);
  }
  if (m.chair) resolveRef(ctx, f, m.chair, ['person']);
  if (m.secretary) resolveRef(ctx, f, m.secretary, ['person']);
  for (const r of m.projects) resolveRef(ctx, f, r, ['project']);
  for (const d of m.decisions) if (d.project) resolveRef(ctx, f, d.project, ['project']);
  for (const a of m.actions) {
    // People and organisations share one set of ids: an id found twice is one owner written twice.
    const owners = new Map<string, Ref>();
    for (const w of a.who) {
      const owner = severalOwners(ctx, f, w) ? undefined : resolveRef(ctx, f, w, ['person', 'organisation']);
      if (!owner) continue;
      const earlier = owners.get(owner.id);
      if (earlier) ctx.report({ file: f, where: atRef(w), code: 'duplicate-owner', message: `"${clip(w.value)}" står redan som ansvarig för åtgärden ("${clip(earlier.value)}").`, hint: 'Ta bort den ena; på webbplatsen står den ansvarige en gång.' });
      else owners.set(owner.id, w);
    }
    if (a.project) resolveRef(ctx, f, a.project, ['project']);
  }
};

const MAX_NAME_LENGTH = 500;

/**
 * "Leif Redestig (ordförande)", "Leif Redestig - SOF": a registered name with what the person came as written in
 * brackets or after a dash, where a comma belongs. Reported once, with the comma, rather than as a name near Leif's.
 */
function asInBrackets(ctx: RegistryContext, file: string, ref: Ref, absent: boolean): boolean {
  // A name with what the person came as is a line, not a page: the pattern below tries every split of a long run
  // of spaces (an attendee of 80,000 spaces took 6 s), and such a value is reported as unknown all the same.
  if (ctx.unavailable?.has('person') || ref.value.length > MAX_NAME_LENGTH) return false;
  const m = /^\s*(.+?)\s*(?:\((.+)\)|\s[-–]\s*(.+))\s*$/u.exec(ref.value);
  if (!m) return false;
  const name = m[1]!;
  const as = (m[2] ?? m[3]!).trim();
  const people = ctx.registry.index('person');
  if (people.lookup(ref.value).length > 0 || people.lookup(name).length !== 1 || as === '' || people.lookup(as).length > 0) return false;
  // "Ia Jonsson (sjuk)" among the absent is most often why they were away, which the site would show after the name
  // (and which may be nobody's business): a comment keeps it in the file only.
  const reason = absent && ctx.registry.index('organisation').lookup(as).length === 0 && !ctx.unavailable?.has('organisation');
  const hint = reason ? `Skriv skälet som en kommentar efter #, som inte kommer med på webbplatsen: "  - ${clip(name)}  # ${clip(as)}"` : `Skriv det personen kom som efter ett kommatecken: "${clip(`${name}, ${as}`)}"`;
  ctx.report({ file, where: atRef(ref), code: 'unknown-person', message: `Hittar inte personen "${clip(ref.value)}".`, hint });
  return true;
}

/** "Leif Redestig och David Bergström" as one owner: registered owners written as one text instead of a list. */
function severalOwners(ctx: RegistryContext, file: string, ref: Ref): boolean {
  if (ctx.unavailable?.has('person') || ctx.unavailable?.has('organisation')) return false;
  const known = (text: string) => ctx.registry.index('person').lookup(text).length + ctx.registry.index('organisation').lookup(text).length === 1;
  if (known(ref.value)) return false;
  const parts = namesIn(ref.value);
  if (parts.length < 2 || !parts.every(known)) return false;
  // Written one per line ("who: |"), the names are quoted each: the text as it stands would show its line breaks.
  const written = /\n/.test(ref.value.trim()) ? listed(parts.map((p) => `"${clip(p)}"`)) : `"${clip(ref.value)}"`;
  ctx.report({ file, where: atRef(ref), code: 'unknown-owner', message: `${written} är flera ansvariga skrivna som en text.`, hint: `Skriv dem som en lista: who: [${clip(parts.join(', '))}]` });
  return true;
}

function affiliation(ctx: RegistryContext, file: string, as: Affiliation): void {
  const organisations = ctx.unavailable?.has('organisation') ? undefined : ctx.registry.index('organisation');
  const people = ctx.unavailable?.has('person') ? undefined : ctx.registry.index('person');
  for (const part of as.parts) {
    if (organisations && organisations.lookup(part.value).length > 0) continue;
    // "David Bergström, Allan Hedman": two people on one line, the second of whom would silently not count.
    if (people && people.lookup(part.value).length > 0) {
      ctx.report({ file, where: atRef(part), code: 'people-on-one-line', message: `"${clip(part.value)}" står efter ett kommatecken och läses som vad personen före kom som, inte som en egen person.`, hint: 'Skriv varje person på en egen rad som börjar med -.' });
      continue;
    }
    if (!organisations) continue;
    // Not every note after a name is an organisation ("socialdirektör", "ordförande i Ria"): only a misspelt
    // name is reported, one a letter or two from a registered one.
    const near = organisations.entries.filter((e) => namesOf(e).some((n) => isTypo(part.value, n)));
    // An organisation renamed without keeping its old name is no longer found by it, and drops out of the meeting.
    const hint = renamedHint(ctx, 'organisation', part.value) ?? didYouMean(near.slice(0, 3).map(label));
    if (hint) ctx.report({ file, where: atRef(part), code: 'unknown-affiliation', message: `"${clip(part.value)}" efter namnet är ingen organisation i organisations.yml.`, hint });
  }
}

/** Whether `text` is `name` with a slip or two of the keyboard (case and accents aside). */
function isTypo(text: string, name: string): boolean {
  const a = foldAccents(text);
  const b = foldAccents(name);
  return Math.abs(a.length - b.length) <= 2 && editDistance(a, b, 2) <= (b.length <= 5 ? 1 : 2);
}
