// Minutes filed in a group's folder (minutes/<group>/…, the folder named by the group's id, name or alias)
// that name another group: often a file copied from another group's folder and not yet changed.
import { atValue } from '../../diagnostics.js';
import type { MinutesRule } from '../context.js';
import { label } from '../registry.js';
import { clip } from '../../util/clip.js';

export const groupFolder: MinutesRule = (ctx, m) => {
  if (!m.group) return;
  const parts = m.file.split('/');
  if (parts.length < 3) return;
  const folderId = ctx.registry.id('group', parts[1]!);
  const namedId = folderId && ctx.registry.id('group', m.group.value);
  if (!folderId || !namedId || folderId === namedId) return;
  const groups = ctx.registry.index('group');
  const folder = groups.get(folderId)!;
  const named = groups.get(namedId)!;
  ctx.report({
    file: m.file,
    where: atValue(m.group.path),
    code: 'group-not-folder',
    message: `Protokollet ligger i ${clip(parts.slice(0, 2).join('/'))}/, mappen för ${clip(label(folder))}, men gäller ${clip(label(named))}.`,
    hint: `Ändra group till ${clip(label(folder))}, eller flytta filen till ${parts[0]}/${clip(named.id.value)}/.`,
  });
};
