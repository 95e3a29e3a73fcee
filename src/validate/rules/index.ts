// Every cross-reference and consistency rule, by scope (see context.ts). A new check is a new file plus one line here.
import type { ArchiveRule, MinutesRule, RegistryRule } from '../context.js';
import { registryIds } from './registry-ids.js';
import { registryNames } from './registry-names.js';
import { registryRefs } from './registry-refs.js';
import { privateRegistryNames } from './private-registry-names.js';
import { memberships } from './memberships.js';
import { formerIds } from './former-ids.js';
import { meetingRefs } from './meeting-refs.js';
import { attendance } from './attendance.js';
import { dateOrder } from './dates.js';
import { dateFilename } from './date-filename.js';
import { groupFolder } from './group-folder.js';
import { privateNames } from './private-names.js';
import { misspeltNames } from './misspelt-names.js';
import { invisibleCharacters } from './invisible.js';
import { duplicateMeetings } from './duplicate-meetings.js';
import { followups } from './followups.js';
import { formerMeetingIds } from './former-meeting-ids.js';
import { groupEnd } from './group-end.js';
import { curlyQuotes, registryCurlyQuotes } from './curly-quotes.js';
import { emptyRegistries } from './empty-registries.js';
import { copiedMinutes } from './copied-minutes.js';

/** The registries on their own. */
export const REGISTRY_RULES: readonly RegistryRule[] = [registryIds, registryNames, registryRefs, privateRegistryNames, memberships, formerIds, registryCurlyQuotes];

/**
 * The rules a registry entry whose id was written before is checked with (see entry-copies.ts): all but the ids',
 * since that the id is written twice is said once, by the parser.
 */
export const COPY_RULES: readonly RegistryRule[] = REGISTRY_RULES.filter((r) => r !== registryIds);

/** One minutes file against the registries. */
export const MINUTES_RULES: readonly MinutesRule[] = [meetingRefs, attendance, dateOrder, groupFolder, privateNames, misspeltNames, invisibleCharacters, curlyQuotes];

// The minutes text on its own (control characters, unsafe links, invisible characters, `minutes new`'s placeholder) is checked in
// validate/index.ts for every file, whether or not its front matter could be read.

/** All minutes together. */
export const ARCHIVE_RULES: readonly ArchiveRule[] = [emptyRegistries, duplicateMeetings, dateFilename, formerMeetingIds, followups, groupEnd, copiedMinutes];
