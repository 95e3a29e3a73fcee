// A full name misspelt a slip or two from one registered person ("Ia Jonson" for Ia Jonsson), as a name written
// where another is expected: after a comma, in a line of people, in a field for one person.
import type { RegistryContext } from './context.js';
import type { EntityDoc } from './documents.js';
import { typosOf } from './typos.js';

/**
 * The one registered person `part` is a misspelling of: a full name (two words or more), registered as nothing and a
 * slip from no organisation (after a comma, that is the organisation misspelt), a slip or two from that one person
 * only, as the unknown-person hint would name. Never a single word ("Anna och Co").
 */
export function nearPerson(ctx: RegistryContext, part: string): EntityDoc | undefined {
  if (!/\S\s+\S/u.test(part) || ctx.unavailable?.has('person') || ctx.unavailable?.has('organisation')) return undefined;
  if ((['person', 'organisation', 'group', 'project'] as const).some((k) => ctx.registry.index(k).lookup(part).length > 0)) return undefined;
  if (nearOrganisations(ctx, part).length > 0) return undefined;
  const near = typosOf(ctx.registry.index('person'), part);
  return near.length === 1 ? near[0] : undefined;
}

/** The registered organisations `text` is a slip or two from, by name, alias or id ("Bryggen" for Bryggan). */
export const nearOrganisations = (ctx: RegistryContext, text: string): readonly EntityDoc[] => typosOf(ctx.registry.index('organisation'), text);
