// Typed views of parsed YAML that keep every value's YAML path, so later rules can point at it.
// Extraction is lenient: a value of the wrong shape is left out here (shape validation has reported it),
// so the cross-reference rules still check everything else in the same run.
import { childPath, rootPath, type YamlPath } from '../diagnostics.js';
import { isValidDate, normalizeTime, splitDateTime } from '../util/dates.js';
import { ACTION_STATUSES, FOLLOWUP_STATUSES, PUBLISH_VALUES } from './schemas.js';
import { pastedBullet } from './rules/bullets.js';
import { beforeStrayClose, DASH_SEPARATORS, DASHED, listsInBrackets, partsByLine, partsOf } from './written-list.js';
import { commentAfter, dashColumn, leadOf, linesOf } from './value-lines.js';
import { NUMBERLESS, parseActionId } from '../model/ids.js';
import { describedActions } from './followup-comments.js';

export interface Located<T> {
  readonly value: T;
  readonly path: YamlPath;
  /** When the value is part of the text at `path` ("Bo Pettersson" in "Bo Pettersson, Ria"): where in it. */
  readonly span?: { readonly whole: string; readonly start: number; readonly end: number };
  /** When the value is a text written over several lines ("who: >"): where each line is in it. */
  readonly lines?: readonly { readonly at: number; readonly length: number }[];
  /** For an item of a list with " - " in it (items run together): the column its dash is written at, for the lines to write. */
  readonly dash?: number;
}
export type Ref = Located<string>;

export interface DecisionDoc {
  readonly path: YamlPath;
  readonly text: Located<string>;
  readonly project?: Ref;
}
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type FollowupStatus = (typeof FOLLOWUP_STATUSES)[number];
export type Publish = (typeof PUBLISH_VALUES)[number];

export interface ActionDoc {
  readonly path: YamlPath;
  /** 1-based position in the meeting's action list: the `#n` of the action id. */
  readonly number: number;
  readonly who: readonly Ref[];
  readonly what?: Located<string>;
  readonly due?: Located<string>;
  readonly project?: Ref;
  readonly status: ActionStatus;
}
export interface FollowupDoc {
  readonly path: YamlPath;
  readonly action: Located<string>;
  readonly status: FollowupStatus;
  readonly note?: Located<string>;
  /** What the comment `minutes new` wrote above the follow-up says the action was (its text, on one line). */
  readonly described?: string;
  /**
   * The comment after an action id that ends at its date ("#2" after "grupp/2016-02-08 #2"): YAML read the # after the
   * space as a comment's, and the action's number with it.
   */
  readonly cut?: string;
  /**
   * How the follow-up's line is written up to its action ("  - action: "), for the line to write instead: for an id,
   * only when it stands on a line of that form.
   */
  readonly lead?: string;
}

export interface MinutesDoc {
  readonly file: string;
  readonly group?: Ref;
  readonly date?: Located<string>;
  readonly time?: Located<string>;
  readonly location?: Located<string>;
  readonly title?: Located<string>;
  readonly chair?: Ref;
  readonly secretary?: Ref;
  readonly attendees: readonly Ref[];
  readonly absent: readonly Ref[];
  /** Of attendees and absent, those written in brackets ("absent: [Ia Jonsson, Bo]"): a hint gives that form's line. */
  readonly bracketed?: readonly string[];
  readonly guests: readonly Located<string>[];
  readonly projects: readonly Ref[];
  readonly summary?: Located<string>;
  /** An editor's remark about the minutes themselves (where the date came from, what the original lacked). */
  readonly note?: Located<string>;
  readonly decisions: readonly DecisionDoc[];
  readonly actions: readonly ActionDoc[];
  readonly followups: readonly FollowupDoc[];
  readonly nextMeeting?: Located<{ readonly date: string; readonly time?: string }>;
  /** The meeting ids the minutes had before ("group/2015-11-08"), as written: kept so old links still lead here. */
  readonly formerIds: readonly Located<string>[];
  readonly body: string;
  readonly bodyOffset: number;
}

export interface EntityDoc {
  readonly file: string;
  /** The id is the key; its path points at the key. */
  readonly id: Located<string>;
  readonly name?: Located<string>;
  readonly aliases: readonly Located<string>[];
  /** Ids the entry had before, as written: they still resolve, and their old pages lead to the new one. */
  readonly formerIds: readonly Located<string>[];
  readonly description?: Located<string>;
  readonly url?: Located<string>;
}
export interface MembershipDoc {
  readonly path: YamlPath;
  readonly organisation?: Ref;
  readonly group?: Ref;
  readonly role?: Located<string>;
  readonly from?: Located<string>;
  readonly to?: Located<string>;
}
export interface PersonDoc extends EntityDoc {
  readonly organisation?: Ref;
  readonly role?: Located<string>;
  readonly memberships: readonly MembershipDoc[];
  /** Read with a membership left out for a slip in it (see ParsedFile.leftOut): they may have more than `memberships`. */
  readonly membershipLeftOut?: true;
  readonly publish: Publish;
}
/** Groups, projects and organisations may end: `ended` is the last day they existed or met. */
export interface EndingDoc {
  readonly ended?: Located<string>;
}
export interface OrganisationDoc extends EntityDoc, EndingDoc {}
export interface GroupDoc extends EntityDoc, EndingDoc {
  readonly organisation?: Ref;
  readonly members: readonly Ref[];
  readonly schedule?: Located<string>;
}
export interface ProjectDoc extends EntityDoc, EndingDoc {
  readonly organisation?: Ref;
}
export interface RegistryDocs {
  readonly people: readonly PersonDoc[];
  readonly organisations: readonly OrganisationDoc[];
  readonly groups: readonly GroupDoc[];
  readonly projects: readonly ProjectDoc[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function str(o: Obj, key: string, path: YamlPath): Located<string> | undefined {
  const v = o[key];
  return nonEmpty(v) ? { value: v, path: childPath(path, key) } : undefined;
}
function dateField(o: Obj, key: string, path: YamlPath): Located<string> | undefined {
  const v = str(o, key, path);
  return v && isValidDate(v.value.trim()) ? { value: v.value.trim(), path: v.path } : undefined;
}
/** `yaml`: the front matter, read for the column of an item's dash where the item may be items run together. */
function strList(o: Obj, key: string, path: YamlPath, yaml?: string): Located<string>[] {
  const v = o[key];
  if (typeof v === 'string' && nonEmpty(v)) return [{ value: v, path: childPath(path, key) }];
  if (!Array.isArray(v)) return [];
  const out: Located<string>[] = [];
  v.forEach((item, i) => {
    if (!nonEmpty(item)) return;
    const at = childPath(path, key, i);
    const dash = RUN_TOGETHER.test(item) ? dashColumn(yaml, at, item) : undefined;
    out.push({ value: item, path: at, ...(dash === undefined ? {} : { dash }) });
  });
  return out;
}
/** " - " in an item: lines of the list run together, a dash further in than the one above it. */
const RUN_TOGETHER = /\S\s+-\s/;
/** Names written as one text where a list belongs ("fritidsbanken, sip", "Anna och Bo"): the shape check reports it;
 * each name is still checked, at its own place in the text. */
function nameList(o: Obj, key: string, path: YamlPath, yaml: string | undefined): Located<string>[] {
  const v = o[key];
  if (!nonEmpty(v)) return strList(o, key, path, yaml);
  // A list whose first dash lacks its space: each line is an item, with the organisation after its comma.
  if (DASHED.test(v)) return partsOf(v, DASH_SEPARATORS).map(({ start, end }) => ({ value: v.slice(start, end), path: childPath(path, key), span: { whole: v, start, end } }));
  // A name a line: the lines' ends part the names, also where YAML joined the lines with a space ("attendees: >").
  const lines = linesOf(yaml, childPath(path, key), v)?.runs;
  return partsByLine(v.slice(0, beforeStrayClose(v)), lines).map(({ start, end }) => {
    // "– David Bergström", a line of a list pasted from Word: the shape check says so; the name is the rest.
    const from = end - (pastedBullet(v.slice(start, end))?.text.length ?? end - start);
    return { value: v.slice(from, end), path: childPath(path, key), span: { whole: v, start: from, end } };
  });
}
/** An action's owners; a text over several lines ("who: >") keeps where its lines are, which part names too. */
function ownerList(a: Obj, path: YamlPath, yaml: string | undefined): Located<string>[] {
  const who = strList(a, 'who', path, yaml);
  // One owner is a text, as most are: only one not in the file as it reads was written over lines, to be read again.
  const one = typeof a.who === 'string' && !yaml?.includes(a.who.trimEnd()) ? who[0] : undefined;
  const lines = one && linesOf(yaml, one.path, one.value)?.runs;
  return one && lines ? [{ ...one, lines }] : who;
}
function objList(o: Obj, key: string, path: YamlPath): { item: Obj; path: YamlPath; index: number }[] {
  const v = o[key];
  if (!Array.isArray(v)) return [];
  return v.flatMap((item, index) => (isObj(item) ? [{ item, path: childPath(path, key, index), index }] : []));
}
/** `{ [k]: v }`, or nothing when `v` is missing: optional fields are left out rather than set to undefined. */
function opt<K extends string, V>(k: K, v: V | undefined): Partial<Record<K, V>> {
  return v === undefined ? {} : ({ [k]: v } as Record<K, V>);
}
function oneOf<T extends string>(v: unknown, allowed: readonly T[], fallback: T): T {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
}

export function extractMinutes(file: string, data: Obj | undefined, body: string, bodyOffset: number, yaml?: string): MinutesDoc {
  const o = data ?? {};
  const described = yaml === undefined ? undefined : describedActions(yaml);
  const root = rootPath;
  const bracketed = yaml === undefined ? [] : listsInBrackets(yaml, ['attendees', 'absent']);
  const time = str(o, 'time', root);
  const next = str(o, 'next_meeting', root);
  const nextParsed = next ? splitDateTime(next.value) : undefined;
  const decisionsRaw = Array.isArray(o.decisions) ? o.decisions : [];
  const decisions: DecisionDoc[] = [];
  decisionsRaw.forEach((d, i) => {
    const path = childPath(rootPath, 'decisions', i);
    if (nonEmpty(d)) decisions.push({ path, text: { value: d, path } });
    else if (isObj(d) && nonEmpty(d.text)) {
      const project = str(d, 'project', path);
      decisions.push({ path, text: { value: d.text, path: childPath(path, 'text') }, ...(project ? { project } : {}) });
    }
  });
  const actionsRaw = Array.isArray(o.actions) ? o.actions : [];
  const actions: ActionDoc[] = [];
  actionsRaw.forEach((a, i) => {
    if (!isObj(a)) return;
    const path = childPath(rootPath, 'actions', i);
    const what = str(a, 'what', path);
    const due = dateField(a, 'due', path);
    const project = str(a, 'project', path);
    actions.push({
      path,
      number: i + 1,
      who: ownerList(a, path, yaml),
      ...(what ? { what } : {}),
      ...(due ? { due } : {}),
      ...(project ? { project } : {}),
      status: oneOf(a.status, ACTION_STATUSES, 'open'),
    });
  });
  const followups: FollowupDoc[] = objList(o, 'followups', root).flatMap(({ item, path }) => {
    const action = str(item, 'action', path);
    if (!action) return [];
    const note = str(item, 'note', path);
    const what = described?.get(action.value.trim());
    const cut = NUMBERLESS.test(action.value.trim()) ? commentAfter(yaml, action.path) : undefined;
    const lead = parseActionId(action.value) ? idLead(yaml, action.value) : leadOf(yaml, action.path);
    // A missing or unknown status has been reported; the follow-up still names an action, which is checked too.
    return [{ path, action, status: oneOf(item.status, FOLLOWUP_STATUSES, 'open'), ...(note ? { note } : {}), ...(what === undefined ? {} : { described: what }), ...(cut === undefined ? {} : { cut }), ...(lead === undefined ? {} : { lead }) }];
  });
  return {
    file,
    ...opt('group', str(o, 'group', root)),
    ...opt('date', dateField(o, 'date', root)),
    ...opt('time', time && normalizeTime(time.value) ? { value: normalizeTime(time.value)!, path: time.path } : undefined),
    ...opt('location', str(o, 'location', root)),
    ...opt('title', str(o, 'title', root)),
    ...opt('chair', str(o, 'chair', root)),
    ...opt('secretary', str(o, 'secretary', root)),
    attendees: nameList(o, 'attendees', root, yaml),
    absent: nameList(o, 'absent', root, yaml),
    ...(bracketed.length > 0 ? { bracketed } : {}),
    guests: nameList(o, 'guests', root, yaml),
    projects: nameList(o, 'projects', root, yaml),
    ...opt('summary', str(o, 'summary', root)),
    ...opt('note', str(o, 'note', root)),
    decisions,
    actions,
    followups,
    ...opt('nextMeeting', next && nextParsed ? { value: nextParsed, path: next.path } : undefined),
    formerIds: strList(o, 'former_ids', root),
    body,
    bodyOffset,
  };
}

function entityBase(file: string, id: string, o: Obj, path: YamlPath): EntityDoc {
  const name = str(o, 'name', path);
  const description = str(o, 'description', path);
  const url = str(o, 'url', path);
  return {
    file,
    id: { value: id, path },
    ...(name ? { name } : {}),
    aliases: strList(o, 'aliases', path),
    formerIds: strList(o, 'former_ids', path),
    ...(description ? { description } : {}),
    ...(url ? { url } : {}),
  };
}

export function extractPeople(file: string, data: Obj | undefined, leftOut?: readonly YamlPath[]): PersonDoc[] {
  const lacking = new Set((leftOut ?? []).filter((p) => p[1] === 'memberships').map((p) => String(p[0])));
  if (!data) return [];
  return Object.entries(data).map(([id, raw]) => {
    const path = childPath(rootPath, id);
    const o = isObj(raw) ? raw : {};
    const organisation = str(o, 'organisation', path);
    const role = str(o, 'role', path);
    const memberships: MembershipDoc[] = objList(o, 'memberships', path).map(({ item, path: p }) => ({
      path: p,
      ...opt('organisation', str(item, 'organisation', p)),
      ...opt('group', str(item, 'group', p)),
      ...opt('role', str(item, 'role', p)),
      ...opt('from', dateField(item, 'from', p)),
      ...opt('to', dateField(item, 'to', p)),
    }));
    return {
      ...entityBase(file, id, o, path),
      ...(organisation ? { organisation } : {}),
      ...(role ? { role } : {}),
      memberships,
      ...(lacking.has(id) ? { membershipLeftOut: true as const } : {}),
      publish: oneOf(o.publish, PUBLISH_VALUES, 'full'),
    };
  });
}

export function extractOrganisations(file: string, data: Obj | undefined): Omit<RegistryDocs, 'people'> {
  const section = (key: string): [string, Obj, YamlPath][] => {
    const s = data?.[key];
    return isObj(s) ? Object.entries(s).map(([id, v]) => [id, isObj(v) ? v : {}, childPath(rootPath, key, id)]) : [];
  };
  const ending = (o: Obj, path: YamlPath): EndingDoc => {
    const ended = dateField(o, 'ended', path);
    return ended ? { ended } : {};
  };
  return {
    organisations: section('organisations').map(([id, o, path]) => ({ ...entityBase(file, id, o, path), ...ending(o, path) })),
    groups: section('groups').map(([id, o, path]) => {
      const organisation = str(o, 'organisation', path);
      const schedule = str(o, 'schedule', path);
      return {
        ...entityBase(file, id, o, path),
        ...ending(o, path),
        ...(organisation ? { organisation } : {}),
        members: strList(o, 'members', path),
        ...(schedule ? { schedule } : {}),
      };
    }),
    projects: section('projects').map(([id, o, path]) => {
      const organisation = str(o, 'organisation', path);
      return { ...entityBase(file, id, o, path), ...ending(o, path), ...(organisation ? { organisation } : {}) };
    }),
  };
}

/**
 * How a follow-up's line is written up to the action id `id`, when a line of the front matter `yaml` writes it after
 * "action:" alone: found without reading the text with positions, which every follow-up of every minutes would cost.
 */
function idLead(yaml: string | undefined, id: string): string | undefined {
  if (yaml === undefined) return undefined;
  for (let at = yaml.indexOf(id); at !== -1; at = yaml.indexOf(id, at + 1)) {
    const lead = yaml.slice(yaml.lastIndexOf('\n', at - 1) + 1, at);
    if (/^[ \t]*(?:-[ \t]+)?action:[ \t]*$/.test(lead)) return lead;
  }
  return undefined;
}
