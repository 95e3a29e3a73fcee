// Draft -> the text of a minutes file: YAML front matter (values quoted by the `yaml` package, source lines and
// everything the user must check as comments) and the Markdown body.
import { yamlScalar } from '../util/yaml-scalar.js';
import { foldCase } from '../util/fold.js';
import { unknownNote } from './parse.js';
import { plural } from '../util/plural.js';
import { listJoin } from './swedish.js';
import type { Block, Draft, ListItem, NameResult, PersonMention } from './types.js';
import { append } from '../util/append.js';
import { listStart, literalBlock, literalCell, markdownCell, literalHeading, literalInline } from './literal.js';
import { MARKDOWN_RULE } from './lines.js';
import { markdownTable, tabbedTable } from '../validate/rules/pasted-tables.js';

export interface RenderExtras {
  /** Folded names that --add-people has just registered: no longer reported as unknown. */
  readonly registered?: ReadonlySet<string>;
  /** What --add-people did, as comment lines. */
  readonly notes?: readonly string[];
}

/** The name to write: the registered name when it resolved, else as written. */
const nameOf = (p: PersonMention): string => (p.result.kind === 'found' ? p.result.label : p.written);
/** An attendee as the source wrote them: the name, and what they came as ("Allan Hedman, brukarmentor"). */
const attendeeOf = (p: PersonMention): string => (p.organisation ? `${nameOf(p)}, ${p.organisation}` : nameOf(p));
/** The source line, when it says more than the name written in the draft. */
const sourceComment = (p: PersonMention, written: string = nameOf(p)): string => {
  const lines = [p.line, ...(p.alsoWritten ?? [])];
  return lines.length > 1 || p.line !== written ? `  # ${listJoin(lines.map((l) => `"${l}"`))} i källan` : '';
};

export function renderDraft(d: Draft, extras: RenderExtras = {}): string {
  const out: string[] = ['---'];
  const comment = (text: string) => append(out, wrap(text).map((l) => `# ${l}`));
  comment(`Utkast från minutes import av ${d.source}. Läs igenom och rätta innan du publicerar.`);
  if (d.title !== undefined) comment(`Rubrik i källan: "${d.title}"`);
  for (const p of d.particulars) comment(`I källan: "${p}"`);
  for (const n of [...d.date.notes, ...d.notes, ...unknowns(d, extras.registered), ...(extras.notes ?? [])]) comment(n);

  out.push(d.group ? `group: ${yamlScalar(d.group.result.kind === 'found' ? d.group.result.label : d.group.written)}` : 'group:');
  out.push(`date: ${d.date.kind === 'full' ? d.date.date : d.date.placeholder}`);
  if (d.time) out.push(`time: "${d.time}"`);
  if (d.location) out.push(`location: ${yamlScalar(d.location)}`);
  if (d.chair) out.push(`chair: ${yamlScalar(nameOf(d.chair.person))}  # "${d.chair.source}" i källan`);
  if (d.secretary) out.push(`secretary: ${yamlScalar(nameOf(d.secretary.person))}  # "${d.secretary.source}" i källan`);

  const a = d.attendance;
  for (const l of a.labels) {
    const absent = l.absent > 0 && l.absent < l.count ? `; ${l.absent} av dem är frånvarande och står under absent` : '';
    const columns = l.columns !== undefined ? `, med kolumnerna "${l.columns}"` : '';
    comment(`"${l.text}" i källan${columns}: ${plural(l.count, 'person', 'personer')}${absent}.`);
  }
  out.push(a.present.length > 0 ? 'attendees:' : 'attendees: []');
  const attendee = (p: PersonMention) => `  - ${yamlScalar(attendeeOf(p))}${sourceComment(p, attendeeOf(p))}`;
  for (const p of a.present) out.push(attendee(p));
  if (a.absent.length > 0) out.push('absent:', ...a.absent.map(attendee));
  if (a.guests.length > 0) out.push('guests:', ...a.guests.map((g) => `  - ${yamlScalar(g)}`));
  if (d.projects.length > 0) out.push('projects:', ...d.projects.map((p) => `  - ${p}`));
  if (d.decisions !== undefined && d.decisions.length > 0) {
    comment('Föreslagna beslut, ur rader med "Beslut:": behåll dem som är beslut, ta bort resten.');
    out.push('decisions:');
    for (const dec of d.decisions) {
      append(out, wrap(`"${dec.source}"`).map((l) => `  # ${l}`));
      out.push(`  - text: ${yamlScalar(dec.text)}`);
      if (dec.project) out.push(`    project: ${dec.project}`);
    }
  }
  if (d.actions.length > 0) {
    const labelled = d.actions.some((a) => a.labelled);
    comment(`Föreslagna åtgärder, ur meningar med "ska"${labelled ? ' och rader med "Ansvarig:"' : ''}: behåll dem som är åtgärder, ta bort resten.`);
    out.push('actions:');
    for (const act of d.actions) {
      append(out, wrap(`"${act.sentence}"`).map((l) => `  # ${l}`));
      const who = act.who.map((w) => yamlScalar(w.label));
      out.push(who.length === 1 ? `  - who: ${who[0]}` : `  - who:\n${who.map((w) => `      - ${w}`).join('\n')}`);
      out.push(`    what: ${yamlScalar(act.what)}`);
      if (act.due) out.push(`    due: ${act.due}`);
      if (act.project) out.push(`    project: ${act.project}`);
    }
  }
  if (d.nextMeeting) out.push(`next_meeting: "${d.nextMeeting.value}"  # "${d.nextMeeting.written}" i källan`);
  out.push('---');
  const body = renderBody(d);
  // Source lines quoted in comments and values taken from them may hold tabs (a Word table pasted as text); front
  // matter gets none, as YAML gives a tab no meaning there and an editor shows it as a gap of any width.
  return `${out.join('\n').replace(/\t+/g, ' ')}\n${body}`;
}

/** Comment lines for every name that did not resolve: the group and the people. */
export function unknowns(d: Draft, registered: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  if (d.group && d.group.result.kind !== 'found') out.push(unknownNote('Okänd grupp', `"${d.group.written}"`, d.group.result, 'organisations.yml'));
  const seen = new Set<string>();
  const people = [...d.attendance.present, ...d.attendance.absent, ...(d.chair ? [d.chair.person] : []), ...(d.secretary ? [d.secretary.person] : [])];
  for (const p of people) {
    const key = foldCase(p.written);
    if (p.result.kind === 'found' || seen.has(key) || registered.has(key)) continue;
    seen.add(key);
    const quoted = p.organisation ? `"${p.written}" (${p.organisation})` : `"${p.written}"`;
    out.push(unknownNote('Okänd person', quoted, p.result as Exclude<NameResult, { kind: 'found' }>, 'people.yml'));
  }
  return out;
}

function renderBody(d: Draft): string {
  const style = d.plain ? PLAIN : MARKDOWN;
  const parts: string[] = [];
  for (const s of d.sections) {
    if (s.heading !== undefined) parts.push(`## ${style.heading(s.heading)}`);
    for (const b of s.blocks) parts.push(block(b, style));
  }
  return parts.length > 0 ? `${parts.join('\n\n')}\n` : '';
}

/** How a block's text is written where it stands: at the top, in an item (its text, a paragraph, after an escaped number), in a heading. */
interface TextStyle {
  readonly paragraph: (text: string) => string;
  readonly itemText: (text: string) => string;
  readonly itemParagraph: (text: string) => string;
  readonly afterNumber: (text: string) => string;
  readonly heading: (text: string) => string;
  /** A table's cell, trimmed. */
  readonly cell?: (text: string) => string;
}

function block(b: Block, style: TextStyle): string {
  switch (b.kind) {
    case 'paragraph':
      return style.paragraph(b.text);
    case 'subheading':
      return `${'#'.repeat(b.level)} ${style.heading(b.text)}`;
    case 'verbatim':
      return b.text;
    case 'table':
      return tabbedTable(b.lines, style.cell);
    case 'wordTable':
      return markdownTable(b.rows, markdownCell);
    case 'list':
      // Items written as text (see `list`) bring blank lines of their own, none at the ends nor two together.
      return runs(b.items).map((run) => list(run, '', style).join('\n').replace(/^\n+|\n+$/g, '').replace(/\n{3,}/g, '\n\n')).join('\n\n');
  }
}

/** "-", "." or ")": Markdown starts a new list where the kind of marker changes. */
const markerKind = (marker: string): string => marker.slice(-1);

/**
 * The items in runs of one kind of marker: "- Hyllor" above "2. Ekonomi" are two lists, which a blank line between
 * them keeps apart in the file as on the site.
 */
function runs(items: readonly ListItem[]): ListItem[][] {
  const out: ListItem[][] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (last && markerKind(last[0]!.marker) === markerKind(item.marker)) last.push(item);
    else out.push([item]);
  }
  return out;
}

/**
 * An item marked `offNumber` is written as text, its number escaped ("3\. Skåp") and blank lines around it, and the
 * items after it start a list of their own, so that every number shows as written.
 */
function list(items: readonly ListItem[], indent: string, style: TextStyle): string[] {
  return items.flatMap((i) => {
    const children = list(i.children, indent + ' '.repeat(i.marker.length + 1), style);
    // Only a list numbered from 1 may break into the item's text: under "- Hyllor", "2. Ekonomi" right below it
    // would read as more of its text ("Hyllor 2. Ekonomi"), unless a blank line comes between them.
    const joins = /^(?:[2-9]|\d{2,})/.test(i.children[0]?.marker ?? '');
    // A quote keeps the blank lines around it, or their lack: with one the site spaces the list's items apart.
    if (i.quote) return [...(i.quote.blankAbove ? [''] : []), indented(i.text, indent), ...(i.quote.blankBelow ? [''] : [])];
    if (i.paragraph) return ['', indented(style.itemParagraph(i.text), indent), ''];
    const under = indent + ' '.repeat(i.marker.length + 1);
    if (i.offNumber) return ['', indented(`${i.marker.slice(0, -1)}\\${i.marker.slice(-1)} ${style.afterNumber(i.text)}`, indent, under), '', ...children];
    return [indented(`${i.marker} ${style.itemText(i.text)}`.trimEnd(), indent, under), ...(joins ? [''] : []), ...children];
  });
}

/**
 * Text written at `indent`, its lines after a hard line break (a .md source's, see body.ts) at `under`, where Markdown
 * reads them as more of the same paragraph.
 */
const indented = (text: string, indent: string, under = indent): string => indent + text.replace(/\n/g, `\n${under}`);

/**
 * A Markdown source's paragraph with what would make Markdown read it as a list's item or a heading escaped ("2016\\. Budgeten
 * blev klar.", "1500\\. …", a lone "1\\." or "\\-", "\\#"): a paragraph at the top of the draft is one the import
 * read as text (a number past 99 with no run, see `longNumberRuns`; a number, dash or "#" with no text after it), and
 * must show as a sentence, not as a list starting at 2016 (`<ol start="2016">`). Its text is one line (body.ts joins
 * a paragraph's lines), so only its start is looked at. A "> " is left: in a Markdown source it is a quote as written
 * (a plain text's is escaped, see literal.ts); a number past 99 right after it ("> 2016. Budgeten blev klar.") is escaped as at the start of an item's text.
 */
const unlisted = (text: string): string =>
  // A rule ("- - -", "* * *") the import read as one stays one, as written.
  MARKDOWN_RULE.test(text) ? text : listStart(text).replace(/^((?:>[ \t]*)+)(\d{3,9})([.)])(?=\s|$)/, '$1$2\\$3');

/**
 * A paragraph's text inside a list's item, with what would start any block in Markdown escaped ("2\\. Lokal", "\\-
 * Hyllor", "\\# 3", "\\> citat"), so that it stays a paragraph of the item, not an item, heading or quote of its own.
 */
const unmarked = (text: string): string => unlisted(text).replace(/^(?:>|```|~~~)/, '\\$&');

/**
 * An item's text starting with a number past 99 ("- 2016. Budgeten blev klar."), a year or a sum as the import reads
 * it with no run, escaped: Markdown would make it a list of its own inside the item, starting at 2016.
 */
const unyeared = (text: string): string => text.replace(/^(\d{3,9})([.)])(?=\s|$)/, '$1\\$2');

/** A Markdown source's text: Markdown as written, escaped only where the import's blocks would read it otherwise. */
const MARKDOWN: TextStyle = { paragraph: unlisted, itemText: unyeared, itemParagraph: unmarked, afterNumber: unyeared, heading: (text) => text };
/** A plain text's: every character shows as written (literal.ts). */
const PLAIN: TextStyle = { paragraph: literalBlock, itemText: literalBlock, itemParagraph: literalBlock, afterNumber: literalInline, heading: literalHeading, cell: literalCell };

/** Splits a comment into lines of at most about 100 characters. */
function wrap(text: string, width = 100): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}
