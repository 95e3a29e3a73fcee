// "who: Alla", "who: Gruppen", "who: Fritidsbanksgruppen": everyone, or a group, as an action's owner. Told as
// what it is, not as a name to add to the registries, which, followed, would register an organisation called "Alla".
import type { RegistryContext } from './context.js';
import { atRef } from './context.js';
import type { MinutesDoc, Ref } from './documents.js';
import { label } from './registry.js';
import { example } from './examples.js';
import { clip } from '../util/clip.js';

/**
 * Words for everyone at the meeting or a group: "alla", "samtliga", "alla närvarande", "hela gruppen", "vi", and a
 * word for a group ("styrgruppen", "SIP-gruppen"), which a group not registered is written as.
 */
const EVERYONE = new RegExp(
  '^(?:(?:vi|ni)\\s+)?(?:alla|samtliga|allihopa?|var och en|vi|mötet|gemensamt|tillsammans|(?:hela\\s+)?\\S*grupp(?:en)?)' +
    '(?:\\s+(?:närvarande|deltagare|deltagarna|medlemmar(?:na)?|ledamöter(?:na)?|på mötet|i\\s+\\S*grupp(?:en)?))?$',
  'u',
);

/**
 * Reports an owner that is everyone or a group, when it names no registered person or organisation, nor one near
 * (a "did you mean" helps more). The meeting's group, where registered, is named: a group is an owner only when it
 * is an organisation too, as an owner that is a registered group is told (context.ts).
 */
export function everyoneOwner(ctx: RegistryContext, m: MinutesDoc, ref: Ref): boolean {
  if (ctx.unavailable?.has('person') || ctx.unavailable?.has('organisation')) return false;
  // A registered group or project as owner is told as one (context.ts); a near name as a "did you mean". Looked up
  // first: most owners are registered, and a lookup is cheaper than the words below (a Swedish lowercasing each).
  if ((['person', 'organisation', 'group', 'project'] as const).some((k) => ctx.registry.index(k).lookup(ref.value).length > 0)) return false;
  const words = ref.value.normalize('NFC').trim().replace(/[.!]+$/u, '').replace(/\s+/gu, ' ').toLocaleLowerCase('sv');
  if (!EVERYONE.test(words)) return false;
  if ((['person', 'organisation'] as const).some((k) => ctx.registry.index(k).suggest(ref.value).length > 0)) return false;
  const hits = m.group ? ctx.registry.groups.lookup(m.group.value) : [];
  const group = hits.length === 1 ? `En grupp, som ${clip(label(hits[0]!))}, är ansvarig bara om den också står som organisation i organisations.yml. ` : '';
  const people = ctx.registry.index('person');
  const present = [...new Set(m.attendees.flatMap((a) => people.lookup(a.value).slice(0, 1).map((p) => label(p))))].slice(0, 2);
  const names = present.length > 0 ? present : [example('person')];
  ctx.report({
    file: m.file,
    where: atRef(ref),
    code: 'unknown-owner',
    message: `"${clip(ref.value)}" är ingen person eller organisation: en åtgärd behöver namngivna ansvariga, de som ska göra den.`,
    hint: `${group}Skriv personerna eller organisationerna som ska göra det, flera som en lista, till exempel who: [${clip(names.join(', '))}]`,
  });
  return true;
}
