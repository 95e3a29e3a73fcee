// A registry read but with nothing in it (an emptied people.yml, an organisations.yml of comments only, or without
// the line groups: and its groups) while the minutes or the other registry name its entries: said once, at the
// registry. No reference to it is also said to be unknown (see resolveRef): in a real archive that was thousands of
// errors, none of which said that the file was empty. An empty registry nothing names (no projects yet) is no problem.
import { atStart } from '../../diagnostics.js';
import { emptyKindOf, isEmpty, type ArchiveRule, type RuleContext } from '../context.js';
import type { MinutesDoc, Ref } from '../documents.js';
import type { Kind } from '../registry.js';
import { clip } from '../../util/clip.js';
import { count, listed } from '../../util/plural.js';

/** Where each kind is registered, and what its entries are called. */
const REGISTERED: Record<Kind, { readonly file: string; readonly section?: string; readonly plural: string; readonly the: string }> = {
  person: { file: 'people.yml', plural: 'personer', the: 'personerna' },
  organisation: { file: 'organisations.yml', section: 'organisations', plural: 'organisationer', the: 'organisationerna' },
  group: { file: 'organisations.yml', section: 'groups', plural: 'grupper', the: 'grupperna' },
  project: { file: 'organisations.yml', section: 'projects', plural: 'projekt', the: 'projekten' },
};

const KINDS: readonly Kind[] = ['person', 'group', 'project', 'organisation'];
const OWNER: readonly Kind[] = ['person', 'organisation'];

/** What minutes name of each kind; an action's owner found nowhere, of the kind resolveRef puts it down to. */
function* minutesRefs(ctx: RuleContext, m: MinutesDoc): Generator<[Kind, Ref]> {
  if (m.group) yield ['group', m.group];
  for (const r of [...m.attendees, ...m.absent, ...(m.chair ? [m.chair] : []), ...(m.secretary ? [m.secretary] : [])]) yield ['person', r];
  for (const r of m.projects) yield ['project', r];
  for (const d of m.decisions) if (d.project) yield ['project', d.project];
  for (const a of m.actions) {
    for (const w of a.who) {
      const kind = OWNER.some((k) => ctx.registry.index(k).lookup(w.value).length > 0) ? undefined : emptyKindOf(ctx, w.value, OWNER);
      if (kind) yield [kind, w];
    }
    if (a.project) yield ['project', a.project];
  }
}

/** What the registries name of each kind. */
function* registryRefs(ctx: RuleContext): Generator<[Kind, Ref, string]> {
  const { people, groups, projects } = ctx.registryDocs;
  for (const p of people) {
    if (p.organisation) yield ['organisation', p.organisation, p.file];
    for (const m of p.memberships) {
      if (m.organisation) yield ['organisation', m.organisation, p.file];
      if (m.group) yield ['group', m.group, p.file];
    }
  }
  for (const g of groups) {
    if (g.organisation) yield ['organisation', g.organisation, g.file];
    for (const m of g.members) yield ['person', m, g.file];
  }
  for (const pr of projects) if (pr.organisation) yield ['organisation', pr.organisation, pr.file];
}

interface Named {
  n: number;
  readonly first: { readonly value: string; readonly file: string };
}

/** "grupper nämns 1 000 gånger, första gången "GUG" i minutes/gug/2016-02-08.md" */
const times = (what: string, { n, first }: Named): string => `${what} nämns ${n === 1 ? 'en gång' : `${count(n)} gånger`}, första gången "${clip(first.value)}" i ${first.file}`;

export const emptyRegistries: ArchiveRule = (ctx) => {
  const empty = KINDS.filter((k) => isEmpty(ctx, k));
  if (empty.length === 0) return;
  const named = new Map<Kind, Named>();
  const note = (kind: Kind, ref: Ref, file: string) => {
    if (!empty.includes(kind)) return;
    const seen = named.get(kind);
    if (seen) seen.n++;
    else named.set(kind, { n: 1, first: { value: ref.value.trim(), file } });
  };
  for (const m of [...ctx.minutes, ...ctx.partial]) for (const [kind, ref] of minutesRefs(ctx, m)) note(kind, ref, m.file);
  for (const [kind, ref, file] of registryRefs(ctx)) note(kind, ref, file);
  for (const file of ['people.yml', 'organisations.yml']) {
    const kinds = KINDS.filter((k) => REGISTERED[k].file === file && named.has(k));
    if (kinds.length === 0) continue;
    // A file with no entry of any kind is empty (or comments only): said as such, once.
    const whole = KINDS.every((k) => REGISTERED[k].file !== file || empty.includes(k));
    const refs = kinds.map((k) => named.get(k)!);
    const what = listed(kinds.map((k) => REGISTERED[k].plural));
    const restore = `ta tillbaka ${whole ? 'filen' : 'den'} (med git: git checkout -- ${file})`;
    if (whole) {
      const all: Named = { n: refs.reduce((sum, r) => sum + r.n, 0), first: refs[0]!.first };
      ctx.report({ file, where: atStart, code: 'registry-empty', message: `${file} är tom, men ${times(what, all)}.`, hint: `Har filen tömts av misstag: ${restore}. Annars skriv in ${what} där; namnen i protokollen kontrolleras mot filen först när den har något i sig.` });
      continue;
    }
    for (const [i, k] of kinds.entries()) {
      const { section, plural, the } = REGISTERED[k];
      ctx.report({
        file,
        where: atStart,
        code: 'registry-empty',
        message: `I ${file} saknas raden ${section!}: med ${the} under, men ${times(plural, refs[i]!)}.`,
        hint: `Skriv ${the} under en rad ${section!}: längst till vänster, med varje id två mellanslag in. Har raden tagits bort av misstag: ${restore}.`,
      });
    }
  }
};
