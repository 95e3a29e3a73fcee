// Small checkers of the rules our feeds and calendars must keep: Atom (RFC 4287) and iCalendar (RFC 5545), as far as
// what we write uses them. Each returns the problems found, so a test shows them all at once.
import { decodeEntities, icsLines, scanTags, xmlProblems } from './inspect.js';

interface XmlElement {
  readonly name: string;
  readonly attrs: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  /** The text directly inside, entities decoded. */
  text: string;
}

/** The element tree of a well-formed document (check xmlProblems first); comments are skipped. */
function xmlTree(xml: string): XmlElement | undefined {
  const root: XmlElement = { name: '', attrs: new Map(), children: [], text: '' };
  const stack = [root];
  const body = xml.replace(/^<\?xml[^?]*\?>/, '').replace(/<!--[\s\S]*?-->/g, '');
  for (const m of body.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g)) {
    const top = stack[stack.length - 1]!;
    if (m[5] !== undefined) {
      top.text += decodeEntities(m[5]);
      continue;
    }
    if (m[1]) {
      stack.pop();
      continue;
    }
    const attrs = new Map([...m[3]!.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((a) => [a[1]!, decodeEntities(a[2] ?? a[3] ?? '')]));
    const el: XmlElement = { name: m[2]!, attrs, children: [], text: '' };
    top.children.push(el);
    if (!m[4]) stack.push(el);
  }
  return root.children[0];
}

const ATOM = 'http://www.w3.org/2005/Atom';
const FEED_CHILDREN = new Set(['author', 'category', 'contributor', 'generator', 'icon', 'id', 'link', 'logo', 'rights', 'subtitle', 'title', 'updated', 'entry']);
const ENTRY_CHILDREN = new Set(['author', 'category', 'content', 'contributor', 'id', 'link', 'published', 'rights', 'source', 'summary', 'title', 'updated']);
/** RFC 3339 date-time, as Atom's date constructs require (section 3.3): upper-case T and Z, seconds, a zone. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
const HAS_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
/** HTML elements without an end tag. */
const VOID = new Set(['br', 'img', 'hr', 'wbr', 'input', 'meta', 'link', 'source', 'col', 'area', 'base', 'embed', 'track']);
/** XML 1.0 (section 2.2) asks documents to avoid these, though they are legal: DEL and the C1 controls. */
const DISCOURAGED = /[\u007F-\u0084\u0086-\u009F\uFDD0-\uFDEF]/;

export interface AtomOptions {
  /** The site's address is known (--url): every address in the feed must be absolute. */
  readonly absolute: boolean;
}

/** Problems of an Atom feed by RFC 4287, and by what feed readers that ignore xml:base need of its addresses. */
export function atomProblems(xml: string, options: AtomOptions): string[] {
  const problems = xmlProblems(xml);
  if (problems.length > 0) return problems;
  const bad = DISCOURAGED.exec(xml);
  if (bad) problems.push(`discouraged character U+${bad[0].charCodeAt(0).toString(16)} at ${bad.index}`);
  const feed = xmlTree(xml);
  if (feed?.name !== 'feed' || feed.attrs.get('xmlns') !== ATOM) return [...problems, 'the root is no atom:feed'];
  const lang = feed.attrs.get('xml:lang');
  if (lang !== undefined && !/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/.test(lang)) problems.push(`xml:lang "${lang}"`);

  const address = (where: string, value: string | undefined, inContent = false) => {
    if (value === undefined) return problems.push(`${where}: no address`);
    if (/[\s<>"{}|\\^`]/.test(value)) problems.push(`${where}: "${value}" is no IRI`);
    if (options.absolute ? !/^(https?|mailto):/.test(value) : !HAS_SCHEME.test(value) && !/^\/(?!\/)/.test(value)) {
      problems.push(`${where}: "${value}" is ${options.absolute ? 'not absolute' : 'relative to the feed, not from the root'}${inContent ? ' (in content)' : ''}`);
    }
  };
  const date = (where: string, el: XmlElement | undefined): number | undefined => {
    const m = el ? DATE_TIME.exec(el.text) : null;
    if (!m) {
      problems.push(`${where}: "${el?.text}" is no RFC 3339 date-time`);
      return undefined;
    }
    const t = Date.parse(el!.text);
    if (Number.isNaN(t) || new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)).getUTCDate() !== +m[3]!) problems.push(`${where}: "${el!.text}" is no real date`);
    return t;
  };
  /** Exactly one (or at most one) of the children named `name`. */
  const one = (where: string, el: XmlElement, name: string, optional = false): XmlElement | undefined => {
    const found = el.children.filter((c) => c.name === name);
    if (found.length > 1 || (!optional && found.length === 0)) problems.push(`${where}: ${found.length} atom:${name}`);
    return found[0];
  };
  const text = (where: string, el: XmlElement | undefined) => {
    if (!el) return;
    const type = el.attrs.get('type') ?? 'text';
    if (type !== 'text' && type !== 'html') problems.push(`${where}: type "${type}"`);
    if (el.children.length > 0) problems.push(`${where}: child elements in a text construct of type ${type}`);
    if (type === 'html') problems.push(...htmlProblems(el.text).map((p) => `${where}: ${p}`));
  };
  const links = (where: string, el: XmlElement) => {
    const alternates = new Set<string>();
    for (const link of el.children.filter((c) => c.name === 'link')) {
      const rel = link.attrs.get('rel') ?? 'alternate';
      address(`${where} link rel=${rel}`, link.attrs.get('href'));
      const key = `${link.attrs.get('type') ?? ''} ${link.attrs.get('hreflang') ?? ''}`;
      if (rel === 'alternate') {
        if (alternates.has(key)) problems.push(`${where}: two alternate links of type ${key}`);
        alternates.add(key);
      }
    }
    return alternates.size;
  };
  const id = (where: string, el: XmlElement): string | undefined => {
    const value = one(where, el, 'id')?.text;
    if (value !== undefined && (!HAS_SCHEME.test(value) || /\s/.test(value))) problems.push(`${where}: id "${value}" is no absolute IRI`);
    return value;
  };

  for (const c of feed.children) if (!FEED_CHILDREN.has(c.name)) problems.push(`feed: unexpected ${c.name}`);
  id('feed', feed);
  text('feed title', one('feed', feed, 'title'));
  text('feed subtitle', one('feed', feed, 'subtitle', true));
  const updated = date('feed updated', one('feed', feed, 'updated'));
  const feedAuthor = feed.children.some((c) => c.name === 'author');
  links('feed', feed);
  if (feed.children.filter((c) => c.name === 'link' && c.attrs.get('rel') === 'self').length !== 1) problems.push('feed: no one self link');

  const ids = new Set<string>();
  let previous: number | undefined;
  feed.children
    .filter((c) => c.name === 'entry')
    .forEach((entry, n) => {
      const where = `entry ${n + 1}`;
      for (const c of entry.children) if (!ENTRY_CHILDREN.has(c.name)) problems.push(`${where}: unexpected ${c.name}`);
      const value = id(where, entry);
      if (value !== undefined && ids.has(value)) problems.push(`${where}: id ${value} twice`);
      if (value !== undefined) ids.add(value);
      text(`${where} title`, one(where, entry, 'title'));
      text(`${where} summary`, one(where, entry, 'summary', true));
      const content = one(where, entry, 'content', true);
      if (content) {
        if (content.attrs.has('src')) problems.push(`${where}: content with src`);
        text(`${where} content`, content);
        for (const tag of scanTags(content.text)) for (const a of tag.attrs) if (a.name === 'href' || a.name === 'src') address(`${where} <${tag.name} ${a.name}>`, a.value, true);
      }
      const t = date(`${where} updated`, one(where, entry, 'updated'));
      const published = one(where, entry, 'published', true);
      const p = published ? date(`${where} published`, published) : undefined;
      if (p !== undefined && t !== undefined && p > t) problems.push(`${where}: published after updated`);
      if (t !== undefined && updated !== undefined && t > updated) problems.push(`${where}: updated after the feed's updated`);
      if (t !== undefined && previous !== undefined && t > previous) problems.push(`${where}: newer than the entry before it`);
      previous = t ?? previous;
      if (links(where, entry) !== 1) problems.push(`${where}: no one alternate link`);
      if (!feedAuthor && !entry.children.some((c) => c.name === 'author')) problems.push(`${where}: no author`);
    });
  return problems;
}

/** Problems of HTML escaped into a feed: what a reader renders must have its elements opened and closed in order. */
function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g)) {
    const name = m[2]!.toLowerCase();
    if (VOID.has(name)) continue;
    if (!m[1]) open.push(name);
    else if (open.pop() !== name) problems.push(`</${name}> closes another element`);
  }
  if (open.length > 0) problems.push(`unclosed ${open.join(' > ')}`);
  if (/<(?![a-zA-Z/!])/.test(html)) problems.push('a < that starts no tag: text escaped once too few');
  return problems;
}

/** iCalendar TEXT (RFC 5545 3.3.11): a backslash only before \ ; , n N, and no bare ; or , (they separate values). */
const ICS_TEXT = /^(?:[^\\;,]|\\[\\;,nN])*$/;
const ICS_TEXT_PROPERTIES = new Set(['SUMMARY', 'DESCRIPTION', 'LOCATION', 'X-WR-CALNAME', 'TZNAME', 'UID']);
const DATE = /^(\d{4})(\d{2})(\d{2})$/;
const LOCAL_TIME = /^(\d{4})(\d{2})(\d{2})T([01]\d|2[0-3])([0-5]\d)([0-5]\d|60)$/;
const UTC_TIME = /^\d{8}T\d{6}Z$/;

interface IcsProperty {
  readonly name: string;
  readonly params: ReadonlyMap<string, string>;
  readonly value: string;
}
interface IcsComponent {
  readonly name: string;
  readonly properties: IcsProperty[];
  readonly components: IcsComponent[];
}

/** A content line's name, parameters and value (parameter values are never quoted in ours, nor hold : or ;). */
function icsProperty(line: string): IcsProperty {
  const colon = line.indexOf(':');
  const [name, ...params] = line.slice(0, colon === -1 ? line.length : colon).split(';');
  return { name: name!.toUpperCase(), params: new Map(params.map((p) => [p.split('=')[0]!.toUpperCase(), p.split('=').slice(1).join('=')])), value: colon === -1 ? '' : line.slice(colon + 1) };
}

/** Problems of an iCalendar file by RFC 5545, as far as ours use it; `uids` gathers UIDs across files. */
export function icsProblems(ics: string, uids?: Map<string, string>, file = ''): string[] {
  const { lines, problems } = icsLines(ics);
  if (!ics.startsWith('BEGIN:VCALENDAR\r\n')) problems.push('does not begin with BEGIN:VCALENDAR');
  const root: IcsComponent = { name: '', properties: [], components: [] };
  const stack = [root];
  for (const line of lines) {
    const p = icsProperty(line);
    if (!/^[A-Z0-9-]+$/.test(p.name)) problems.push(`property name "${p.name}"`);
    if (p.name === 'BEGIN') {
      const c: IcsComponent = { name: p.value, properties: [], components: [] };
      stack[stack.length - 1]!.components.push(c);
      stack.push(c);
    } else if (p.name === 'END') {
      if (stack.pop()?.name !== p.value) problems.push(`END:${p.value} closes another component`);
    } else stack[stack.length - 1]!.properties.push(p);
    if (ICS_TEXT_PROPERTIES.has(p.name) && !ICS_TEXT.test(p.value)) problems.push(`${p.name}: "${p.value}" is not escaped as TEXT`);
  }
  if (stack.length !== 1) problems.push(`unclosed ${stack.slice(1).map((c) => c.name).join(' > ')}`);
  const calendar = root.components[0];
  if (root.components.length !== 1 || calendar?.name !== 'VCALENDAR') return [...problems, 'not one VCALENDAR'];
  const count = (c: IcsComponent, name: string) => c.properties.filter((p) => p.name === name).length;
  const once = (c: IcsComponent, names: readonly string[], optional: readonly string[] = []) => {
    for (const n of names) if (count(c, n) !== 1) problems.push(`${c.name}: ${count(c, n)} ${n}`);
    for (const n of optional) if (count(c, n) > 1) problems.push(`${c.name}: ${count(c, n)} ${n}`);
  };
  once(calendar, ['PRODID', 'VERSION'], ['CALSCALE', 'METHOD']);
  if (calendar.properties.find((p) => p.name === 'VERSION')?.value !== '2.0') problems.push('VERSION is not 2.0');
  if (calendar.components.length === 0) problems.push('a calendar without components');
  const zones = new Set<string>();
  for (const tz of calendar.components.filter((c) => c.name === 'VTIMEZONE')) {
    once(tz, ['TZID']);
    zones.add(tz.properties.find((p) => p.name === 'TZID')?.value ?? '');
    if (tz.components.length === 0) problems.push('VTIMEZONE without STANDARD or DAYLIGHT');
    for (const rule of tz.components) {
      once(rule, ['DTSTART', 'TZOFFSETFROM', 'TZOFFSETTO'], ['RRULE']);
      for (const p of rule.properties) {
        if (p.name.startsWith('TZOFFSET') && !/^[+-]\d{4}$/.test(p.value)) problems.push(`${p.name}:${p.value}`);
        if (p.name === 'DTSTART' && !LOCAL_TIME.test(p.value)) problems.push(`${rule.name} DTSTART:${p.value} is no local time`);
      }
    }
  }
  const start = (p: IcsProperty | undefined): number | undefined => {
    if (!p) return undefined;
    const isDate = p.params.get('VALUE') === 'DATE';
    const m = (isDate ? DATE : LOCAL_TIME).exec(p.value.replace(/Z$/, ''));
    if (!m) {
      problems.push(`${p.name}:${p.value} is no ${isDate ? 'DATE' : 'DATE-TIME'}`);
      return undefined;
    }
    const tzid = p.params.get('TZID');
    if (tzid !== undefined && !zones.has(tzid)) problems.push(`${p.name}: TZID ${tzid} has no VTIMEZONE`);
    if (!isDate && tzid === undefined && !p.value.endsWith('Z')) problems.push(`${p.name}:${p.value} is a floating time`);
    const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
    if (new Date(Date.UTC(y, mo - 1, d)).getUTCDate() !== d) problems.push(`${p.name}:${p.value} is no real date`);
    return Date.UTC(y, mo - 1, d, +(m[4] ?? 0), +(m[5] ?? 0));
  };
  for (const event of calendar.components.filter((c) => c.name === 'VEVENT')) {
    once(event, ['UID', 'DTSTAMP', 'DTSTART'], ['DTEND', 'DURATION', 'SUMMARY', 'DESCRIPTION', 'URL', 'LOCATION']);
    const get = (n: string) => event.properties.find((p) => p.name === n);
    const uid = get('UID')?.value;
    if (uid !== undefined && uids) {
      if (uids.has(uid) && uids.get(uid) !== file) problems.push(`UID ${uid} also in ${uids.get(uid)}`);
      uids.set(uid, file);
    }
    if (!UTC_TIME.test(get('DTSTAMP')?.value ?? '')) problems.push(`DTSTAMP:${get('DTSTAMP')?.value} is not in UTC`);
    if (get('DTEND') && get('DURATION')) problems.push('both DTEND and DURATION');
    const from = start(get('DTSTART'));
    const to = start(get('DTEND'));
    if (get('DTEND') && get('DTEND')!.params.get('VALUE') !== get('DTSTART')?.params.get('VALUE')) problems.push('DTEND of another value type than DTSTART');
    if (from !== undefined && to !== undefined && to <= from) problems.push('DTEND not after DTSTART');
    const duration = get('DURATION')?.value;
    if (duration !== undefined && !/^P(\d+W|(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?)$/.test(duration)) problems.push(`DURATION:${duration}`);
    const url = get('URL')?.value;
    if (url !== undefined && !/^https?:\/\/[^\s"<>\\^`{|}]+$/.test(url)) problems.push(`URL:${url} is no absolute URI`);
  }
  return problems;
}
