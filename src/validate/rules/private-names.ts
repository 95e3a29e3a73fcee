// People published by initials or not at all must not be named in the minutes' running text or free-text fields;
// the site hides such names, and this warns so the note-taker can reword.
import { atValueText } from '../../diagnostics.js';
import type { MinutesRule } from '../context.js';
import type { Registry } from '../registry.js';
import type { Located, MinutesDoc } from '../documents.js';
import { NameHider } from '../../model/privacy.js';
import { splitAttendee } from '../attendees.js';

export const privateNames: MinutesRule = (ctx, m) => {
  const names = privateNameFinder(ctx.registry);
  if (!names) return;
  for (const hit of names.hider.find(m.body)) {
    const where = { kind: 'offset', offset: m.bodyOffset + hit.start, length: hit.end - hit.start } as const;
    ctx.report({ file: m.file, where, code: 'private-name', message: names.message(m.body.slice(hit.start, hit.end), hit.value.id), hint: HINT });
  }
  for (const field of freeTexts(m)) {
    for (const hit of names.hider.find(field.value)) {
      ctx.report({ file: m.file, where: atValueText(field.path, field.value, hit.start, hit.end), code: 'private-name', message: names.message(field.value.slice(hit.start, hit.end), hit.value.id), hint: HINT });
    }
  }
  // What is written after an attendee's name is free text too ("Pernilla Kvist, kollega till …").
  for (const r of [...m.attendees, ...m.absent]) {
    const as = splitAttendee(r, ctx.registry).as;
    if (!as) continue;
    for (const hit of names.hider.find(as.text)) {
      const where = atValueText(r.path, r.value, as.start + hit.start, as.start + hit.end);
      ctx.report({ file: m.file, where, code: 'private-name', message: names.message(as.text.slice(hit.start, hit.end), hit.value.id), hint: HINT });
    }
  }
};

export const HINT = 'Skriv om texten utan namnet, till exempel med organisationen eller rollen.';

interface PrivateNameFinder {
  readonly hider: NameHider;
  message(name: string, id: string): string;
}

const finders = new WeakMap<Registry, PrivateNameFinder | null>();

/** Finds the names of people not published in full; made once per registry. Undefined when there are none. */
export function privateNameFinder(registry: Registry): PrivateNameFinder | undefined {
  let finder = finders.get(registry);
  if (finder === undefined) {
    const people = registry.docs.people.filter((p) => p.publish !== 'full' && p.name);
    const publish = new Map(people.map((p) => [p.id.value, p.publish]));
    finder =
      people.length === 0
        ? null
        : {
            hider: new NameHider(people.map((p) => ({ id: p.id.value, names: [p.name!.value, ...p.aliases.map((a) => a.value)], display: '' }))),
            message: (name, id) => `"${name}" ${publish.get(id) === 'hidden' ? 'ska inte publiceras' : 'ska bara visas med initialer'}; namnet döljs på webbplatsen.`,
          };
    finders.set(registry, finder);
  }
  return finder ?? undefined;
}

/** The front-matter fields that hold free text rather than references. */
export function freeTexts(m: MinutesDoc): Located<string>[] {
  const out: Located<string>[] = [];
  for (const f of [m.title, m.location, m.summary, m.note]) if (f) out.push(f);
  out.push(...m.guests);
  for (const d of m.decisions) out.push(d.text);
  for (const a of m.actions) if (a.what) out.push(a.what);
  for (const f of m.followups) if (f.note) out.push(f.note);
  return out;
}
