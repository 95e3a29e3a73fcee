// A follow-up must name an action that exists, from an earlier meeting.
import { atValue } from '../../diagnostics.js';
import type { ArchiveRule } from '../context.js';
import type { FollowupDoc, MinutesDoc } from '../documents.js';
import { keyedMinutes, type KeyedMinutes } from '../meetings.js';
import { actionId, NUMBERLESS, parseActionId } from '../../model/ids.js';
import { didYouMean, scoredClosest } from '../../util/suggest.js';
import { dateInFileName } from '../../util/dates.js';
import { currentActionId, formerMeetings, type FormerMeetings } from '../former-meetings.js';
import { normalizeText } from '../../util/fold.js';
import { clip } from '../../util/clip.js';
import { actionWords, type ActionWords } from '../action-words.js';
import type { Registry } from '../registry.js';

export const followups: ArchiveRule = (ctx) => {
  const keyed = keyedMinutes(ctx.minutes, ctx.registry);
  const meetingDate = new Map<string, string>();
  /** Every action id, with the date of the meeting that decided it. */
  const actions = new Map<string, string>();
  const docOf = new Map<string, MinutesDoc>();
  for (const k of keyed) {
    if (!k.id) continue;
    meetingDate.set(k.id, k.date);
    docOf.set(k.id, k.doc);
    for (const a of k.doc.actions) actions.set(actionId(k.id, a.number), k.date);
  }
  /**
   * A meeting's actions' texts (on one line), by id and, the first of each text, by text: to find the action a
   * follow-up's comment from minutes new describes. Worked out only for the meetings such a follow-up names, and
   * once: on every save in dev, for all actions, they cost as much as the rest of the rule.
   */
  const texts = new Map<string, { readonly byId: Map<string, string>; readonly byText: Map<string, string> }>();
  const textsOf = (meetingId: string) => {
    let t = texts.get(meetingId);
    if (t) return t;
    t = { byId: new Map(), byText: new Map() };
    for (const a of docOf.get(meetingId)?.actions ?? []) {
      if (!a.what) continue;
      const id = actionId(meetingId, a.number);
      const what = normalizeText(a.what.value);
      t.byId.set(id, what);
      if (!t.byText.has(what)) t.byText.set(what, id);
    }
    texts.set(meetingId, t);
    return t;
  };
  /** The action of the meeting a follow-up names that its comment from minutes new describes, when it is another. */
  const described = (f: FollowupDoc, id: string, meetingId: string): string | undefined => {
    if (f.described === undefined) return undefined;
    const t = textsOf(meetingId);
    return t.byId.get(id) === f.described ? undefined : t.byText.get(f.described);
  };
  const dateOf = new Map(keyed.map((k) => [k.doc, k.date]));
  // Minutes that have no meeting id (their date or group is wrong, or two share one, or they could not be read)
  // have reported that themselves; a follow-up of an action from such a meeting is not reported again as unknown.
  const identified = new Set(keyed.filter((k) => k.id).map((k) => k.doc));
  const unidentifiedDates = new Set<string>();
  for (const file of ctx.unreadable) {
    const named = dateInFileName(file);
    if (named) unidentifiedDates.add(named);
  }
  for (const m of ctx.minutes) {
    if (identified.has(m)) continue;
    const named = dateInFileName(m.file);
    if (named) unidentifiedDates.add(named);
    if (m.date) unidentifiedDates.add(m.date.value);
  }
  const former = formerMeetings(ctx.minutes, ctx.registry);
  let closing: ClosedOn | undefined;
  /** Every action by its words, made once, when a follow-up is first written as words. */
  let worded: ActionWords | undefined;
  const groupOf = new Map(keyed.map((k) => [k.doc, k.groupId]));
  for (const m of ctx.minutes) {
    if (m.followups.length === 0) continue;
    const own = dateOf.get(m);
    /** This meeting's follow-ups of existing actions, by the action's id as it is now. */
    const reported = new Map<string, FollowupDoc>();
    /** The actions the comments from minutes new above this meeting's follow-ups describe. */
    const describedHere = new Set(m.followups.map((f) => f.described));
    // An action named by its meeting's former id is the action of the meeting as it is now: worked out once a follow-up.
    const current = m.followups.map((f) => currentActionId(f.action.value.trim(), former));
    /** The actions this meeting follows up already, by their ids as they are now: no other follow-up here is offered one. */
    const followedHere = new Set(current);
    for (let i = 0; i < m.followups.length; i++) {
      const f = m.followups[i]!;
      const written = f.action.value.trim();
      const text = current[i]!;
      const parsed = parseActionId(text);
      if (parsed && !actions.has(text) && unidentifiedDates.has(parsed.meetingId.split('/')[1]!.slice(0, 10))) continue;
      // A former id claimed by two meetings has been reported where they claim it.
      if (parsed && former.disputed.has(parsed.meetingId)) continue;
      if (!parsed || !actions.has(text)) {
        const prefix = parsed ? parsed.meetingId.split('/')[0]! : text.split('/')[0] ?? '';
        // Only actions this meeting can follow up: those decided at an earlier one, and not followed up here already.
        const earlier = [...actions].filter(([a, date]) => (!own || date < own) && !followedHere.has(a)).map(([a]) => a);
        const pool = earlier.filter((a) => a.startsWith(`${prefix}/`));
        // Minutes filed under another group keep their date and numbers: the same action there comes first.
        const moved = parsed ? earlier.filter((a) => a.endsWith(`/${parsed.meetingId.split('/')[1]}#${parsed.number}`)) : [];
        // The comment minutes new wrote above the follow-up names the action, whatever its number is now.
        const meant = parsed ? described(f, text, parsed.meetingId) : undefined;
        closing ??= closedOn(keyed, former);
        // An action this follow-up can be of: decided at an earlier meeting, and not followed up here already.
        const followable = (a: string) => { const date = actions.get(a); return date !== undefined && (!own || date < own) && !followedHere.has(a); };
        // A meeting's id without "#" and a number (and no comment after it that has them): the action the comment from
        // minutes new above it describes, else the meeting's actions this one can follow up, the open ones if any.
        const numberMissing = (f: FollowupDoc, meetingId: string): string[] => (/^#[ \t]*\d+/.test(f.cut ?? '') ? [] : meetingsActions(f, [meetingId]));
        /** The action of these meetings the comment from minutes new describes, else those it can follow up, the open ones if any. */
        const meetingsActions = (f: FollowupDoc, meetingIds: readonly string[], number?: number): string[] => {
          const meant = f.described === undefined ? undefined : meetingIds.map((id) => textsOf(id).byText.get(f.described!)).find((a) => a !== undefined && followable(a));
          if (meant !== undefined) return [meant];
          // The meetings are as near the date written: of their actions with the number written, the open ones first.
          const same = number === undefined ? [] : meetingIds.map((id) => actionId(id, number)).filter(followable);
          if (same.length > 0) return [...same.filter((a) => !closing!(a, own)), ...same.filter((a) => closing!(a, own))].slice(0, 3);
          const ids = meetingIds.flatMap((id) => (docOf.get(id)?.actions ?? []).map((a) => actionId(id, a.number))).filter(followable);
          const open = ids.filter((a) => !closing!(a, own));
          return (open.length > 0 ? open : ids).slice(0, 3);
        };
        // An id with a slip (the group's name, "2016-2-8", spaces) that is an action's, or words that describe actions.
        const fixed = parsed ? undefined : slipFixed(written, ctx.registry);
        const offered = fixed !== undefined && followable(fixed)
          ? [fixed]
          : NUMBERLESS.test(text)
            ? numberMissing(f, text)
            : parsed || fixed !== undefined
              ? []
              : (worded ??= wordedActions(keyed)).matching(written, (a) => (followable(a.id) ? { sameGroup: a.id.startsWith(`${groupOf.get(m)}/`), open: !closing!(a.id, own) } : undefined)).map((a) => a.id);
        if (offered.length > 0) {
          const without = NUMBERLESS.test(text) ? 'Ett åtgärds-id slutar på # och åtgärdens nummer. ' : '';
          ctx.report({ file: m.file, where: atValue(f.action.path), code: 'unknown-action', message: `"${clip(written)}" är inget åtgärds-id.`, hint: `${without}${offerHint(offered, f.lead, docOf, groupOf.get(m))}` });
          continue;
        }
        // "grupp/2016-09-06 #1": YAML reads a # after a space as the start of a comment, and the number is lost.
        const numberless = !parsed && NUMBERLESS.test(text);
        const number = numberless ? /^#[ \t]*(\d+)(?:\s|$)/.exec(f.cut ?? '')?.[1] : undefined;
        // A date no minutes of the group have, a day or a month off one that has (and not the same meeting filed under
        // another group): the same number at the nearest such meeting, else its actions, by text, with the line to write.
        const named = parsed?.meetingId ?? (numberless ? text : undefined);
        const slip = named === undefined || meetingDate.has(named) || moved.length > 0 ? [] : slipMeetings(named, keyed, own);
        const nearby = slip.length > 0 ? meetingsActions(f, slip, parsed?.number ?? (number === undefined ? undefined : Number(number))) : [];
        if (nearby.length > 0) {
          const about = number !== undefined ? `${SPACED}. ` : numberless ? 'Ett åtgärds-id slutar på # och åtgärdens nummer. ' : '';
          const message = parsed ? `Åtgärden "${clip(written)}" finns inte: det finns inget protokoll från ${clip(parsed.meetingId.replace('/', ' '))}.` : `"${clip(written)}" är inget åtgärds-id.`;
          // A follow-up written before its meeting's date was corrected names the date the minutes had.
          const redated = parsed ? `Har protokollet fått ett annat datum: skriv ${clip(parsed.meetingId)} under former_ids i det, så leder både uppföljningen och gamla länkar dit. ` : '';
          ctx.report({ file: m.file, where: atValue(f.action.path), code: 'unknown-action', message, hint: `${about}${redated}${offerHint(nearby, f.lead, docOf, groupOf.get(m))}` });
          continue;
        }
        const near = [...(meant ? [meant] : []), ...moved, ...nearestOpenFirst(text, pool.length ? pool : earlier, (a) => closing!(a, own))];
        // The id without the space, when it is an action's, is the one meant: given alone, not after near ones.
        const whole = number === undefined ? undefined : actionId(text, Number(number));
        const spaced = whole !== undefined && actions.has(whole) ? whole : undefined;
        const help = numberless ? `${SPACED}: ${clip(spaced ?? `${text}#1`)}` : undefined;
        // No minutes of that meeting at all: their date or group was changed, or they were withdrawn.
        const gone = parsed && !meetingDate.has(parsed.meetingId);
        const where = gone ? `: det finns inget protokoll från ${clip(parsed.meetingId.replace('/', ' '))}.` : '.';
        const why = gone
          ? `Har protokollet fått ett annat datum eller flyttats till en annan grupp: skriv ${clip(parsed.meetingId)} under former_ids i det, så leder både uppföljningen och gamla länkar dit (eller skriv åtgärdens nya id här). Har det tagits bort: ta bort uppföljningen.`
          : undefined;
        ctx.report({
          file: m.file,
          where: atValue(f.action.path),
          code: 'unknown-action',
          message: parsed ? `Åtgärden "${clip(written)}" finns inte${where}` : `"${clip(written)}" är inget åtgärds-id.`,
          // The id to write comes last, with no full stop after it, and is not also offered as a near one.
          hint: [why, spaced ? undefined : didYouMean([...new Set(near)].filter((a) => !numberless || a !== `${text}#1`).slice(0, 3)), help].filter(Boolean).join(' ') || 'Ett åtgärds-id ser ut som grupp/ÅÅÅÅ-MM-DD#1 och står på åtgärdens mötessida.',
        });
        continue;
      }
      // Two reports on one action in one meeting (also by its old and new id) leave its status to their order.
      const earlier = reported.get(text);
      if (earlier) {
        const before = earlier.action.value.trim();
        const as = before === written ? '' : ` som "${clip(before)}"`;
        const status = earlier.status === f.status ? '' : `, där med status ${earlier.status} och här med ${f.status}`;
        ctx.report({
          file: m.file,
          where: atValue(f.action.path),
          code: 'duplicate-followup',
          message: `Åtgärden "${clip(written)}" följs redan upp i det här protokollet${as}${status}.`,
          hint: 'Skriv en uppföljning per åtgärd och möte: med den status åtgärden har efter mötet, och allt om den i note.',
        });
      } else reported.set(text, f);
      // Actions removed, put in or moved in their meeting's list since the follow-up was written change the numbers.
      const meant = described(f, text, parsed.meetingId);
      const now = f.described === undefined ? '' : (textsOf(parsed.meetingId).byId.get(text) ?? '');
      // An action no longer in the list, whose number another action has taken that a comment here describes:
      // removed, with those after it moved up. (A comment that matches nothing else is most often an edited text.)
      const gone = !meant && f.described !== undefined && f.described !== now && !textsOf(parsed.meetingId).byText.has(f.described) && describedHere.has(now);
      if (meant || gone) {
        const renumbered = 'Har åtgärderna i mötets lista flyttats, eller någon tagits bort eller lagts till före den, så har numren ändrats:';
        const keep = 'eller ställ tillbaka åtgärderna i den ordning de hade (nya åtgärder läggs sist i listan)';
        ctx.report({
          file: m.file,
          where: atValue(f.action.path),
          code: 'action-renumbered',
          message: `Åtgärden "${clip(written)}" är nu "${clip(now)}", men kommentaren ovanför uppföljningen gäller "${clip(f.described ?? '')}", ${meant ? `som nu är ${meant}` : 'som inte längre finns i mötets lista'}.`,
          hint: meant ? `${renumbered} skriv ${meant} här, ${keep}.` : `${renumbered} ta bort uppföljningen, ${keep}.`,
        });
      }
      const theirs = meetingDate.get(parsed.meetingId);
      if (own && theirs && theirs >= own) {
        ctx.report({
          file: m.file,
          where: atValue(f.action.path),
          code: 'followup-order',
          message: `Åtgärden "${clip(written)}" beslutades ${theirs}, inte före det här mötet (${own}).`,
          hint: 'Följ upp åtgärder i ett senare möte än det där de beslutades.',
        });
      }
    }
  }
};

const SPACED = 'Ett åtgärds-id slutar på # och åtgärdens nummer, utan mellanslag före # (efter ett mellanslag läses # som början på en kommentar)';

/**
 * The group's meetings a follow-up at a meeting on `own` can be of whose date is the one a meeting id with no minutes
 * names with one of its parts off (the day, the month or the year), the nearest; more than one only when as near.
 */
function slipMeetings(meetingId: string, keyed: readonly KeyedMinutes[], own: string | undefined): string[] {
  const [group, rest] = meetingId.split('/') as [string, string];
  const parts = (date: string) => date.slice(0, 10).split('-').map(Number);
  const written = parts(rest);
  const apart = (date: string): number | undefined => {
    const p = parts(date);
    const off = p.map((n, i) => Math.abs(n - written[i]!));
    return off.filter((d) => d > 0).length === 1 ? off[0]! * 372 + off[1]! * 31 + off[2]! : undefined;
  };
  const near = keyed.flatMap((k) => {
    const d = k.id && k.groupId === group && (!own || k.date < own) ? apart(k.date) : undefined;
    return d === undefined ? [] : [{ id: k.id!, d }];
  });
  const least = Math.min(...near.map((n) => n.d));
  return near.filter((n) => n.d === least).map((n) => n.id);
}

/** Whether an action was closed (done, or followed up as done or dropped) before a date; with none, after every meeting. */
type ClosedOn = (actionId: string, date: string | undefined) => boolean;

/** `ClosedOn` for the archive: each action's status as decided, then as its follow-ups at meetings before the date left it. */
function closedOn(keyed: readonly KeyedMinutes[], former: FormerMeetings): ClosedOn {
  const decided = new Map<string, boolean>();
  const reports = new Map<string, { readonly date: string; readonly closed: boolean }[]>();
  for (const k of keyed) {
    if (!k.id) continue;
    for (const a of k.doc.actions) decided.set(actionId(k.id, a.number), a.status !== 'open');
    for (const f of k.doc.followups) {
      const id = currentActionId(f.action.value.trim(), former);
      const list = reports.get(id);
      const report = { date: k.date, closed: f.status !== 'open' };
      if (list) list.push(report);
      else reports.set(id, [report]);
    }
  }
  for (const list of reports.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return (id, date) => {
    const last = reports.get(id)?.findLast((r) => date === undefined || r.date < date);
    return last ? last.closed : (decided.get(id) ?? false);
  };
}

/**
 * The three actions nearest the id written, nearest first. An action closed by the meeting's date is offered only
 * when it is nearer than every open one: a follow-up may reopen it or tell of it late, and an id a letter from it and
 * further from the rest most likely means it; but where an open action is as near, that one is what a follow-up is
 * most often of (minutes new writes one for every open action, and none for a closed one), and the closed is left out.
 */
function nearestOpenFirst(text: string, ids: readonly string[], closed: (id: string) => boolean): string[] {
  const scored = scoredClosest(text, ids.map((a) => ({ label: a, keys: [a], value: a })));
  const open = scored.find((s) => !closed(s.candidate.value))?.score ?? Infinity;
  return scored.filter((s) => s.score < open || !closed(s.candidate.value)).slice(0, 3).map((s) => s.candidate.label);
}

/** The text of an action id with a slip in it, as an id: the group's name for its id, "2016-2-8" for 2016-02-08, spaces out. */
function slipFixed(written: string, registry: Registry): string | undefined {
  const m = /^(.+?)\s*\/\s*(\d{4})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})((?:-[a-z0-9-]+)?)\s*#\s*(\d+)$/u.exec(written.trim());
  if (!m) return undefined;
  const group = registry.id('group', m[1]!.trim()) ?? m[1]!.trim();
  const fixed = actionId(`${group}/${m[2]}-${m[3]!.padStart(2, '0')}-${m[4]!.padStart(2, '0')}${m[5]}`, Number(m[6]));
  return fixed === written ? undefined : fixed;
}

/** Every action of the archive, by its words (see action-words.ts). */
function wordedActions(keyed: readonly KeyedMinutes[]): ActionWords {
  return actionWords(
    keyed.flatMap((k) => (k.id ? k.doc.actions.filter((a) => a.what).map((a) => ({ id: actionId(k.id!, a.number), date: k.date, what: a.what!.value, who: a.who.map((w) => w.value) })) : [])),
  );
}

/** An action's text as a hint quotes it: its start, to know it by. */
const opening = (what: string): string => {
  const text = normalizeText(what);
  return text.length > 60 ? `${text.slice(0, 60).trimEnd()}…` : text;
};

/**
 * "Menade du …?" for the actions a follow-up not written as an id means: each told by its text and its meeting, and
 * the line to write, as the file writes the follow-up's ("  - action: grupp/2016-02-08#2").
 */
function offerHint(ids: readonly string[], lead: string | undefined, docOf: ReadonlyMap<string, MinutesDoc>, group: string | undefined): string {
  const told = ids.map((id) => {
    const { meetingId, number } = parseActionId(id)!;
    const what = docOf.get(meetingId)?.actions.find((a) => a.number === number)?.what?.value ?? '';
    const [groupId, date] = meetingId.split('/');
    const meeting = groupId === group ? `mötet ${date}` : `mötet ${date} i ${groupId}`;
    return { id, said: `"${opening(what)}" (åtgärd ${number} från ${meeting})`, listed: `${id} ("${opening(what)}")` };
  });
  const line = (id: string) => `"${lead !== undefined && /^[ \t]*(?:-[ \t]+)?action:[ \t]*$/.test(lead) ? `${lead.replace(/[ \t]*$/, ' ')}` : 'action: '}${id}"`;
  if (told.length === 1) return `Menade du ${told[0]!.said}? Skriv: ${line(told[0]!.id)}`;
  return `${didYouMean(told.map((t) => t.listed))!} Skriv id:t för den du menade, till exempel: ${line(told[0]!.id)}`;
}
