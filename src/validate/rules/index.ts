// Every cross-reference and consistency rule, in the order they run. A new check is a new file plus one line here.
import type { Rule } from '../context.js';
import { registryIds } from './registry-ids.js';
import { registryNames } from './registry-names.js';
import { registryRefs } from './registry-refs.js';
import { meetingRefs } from './meeting-refs.js';
import { attendance } from './attendance.js';
import { duplicateMeetings } from './duplicate-meetings.js';
import { followups } from './followups.js';
import { dateOrder } from './dates.js';
import { bodyLinks } from './body-links.js';
import { privateNames } from './private-names.js';
import { invisibleCharacters } from './invisible.js';

export const RULES: readonly Rule[] = [
  registryIds,
  registryNames,
  registryRefs,
  meetingRefs,
  attendance,
  duplicateMeetings,
  followups,
  dateOrder,
  bodyLinks,
  privateNames,
  invisibleCharacters,
];
