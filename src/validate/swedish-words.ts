// The Swedish words note-takers write where the format has English ones, for "did you mean".
import { table } from '../util/table.js';

/** Swedish names note-takers write for the English field names (lower case, spaces for _). */
export const SWEDISH_KEYS: Record<string, string | readonly string[]> = table({
  grupp: 'group',
  datum: 'date',
  tid: 'time',
  klockan: 'time',
  plats: 'location',
  titel: 'title',
  rubrik: 'title',
  närvarande: 'attendees',
  deltagare: 'attendees',
  frånvarande: 'absent',
  'ej närvarande': 'absent',
  gäst: 'guests',
  gäster: 'guests',
  ordförande: 'chair',
  sekreterare: 'secretary',
  'vid pennan': 'secretary',
  protokollförare: 'secretary',
  projekt: ['projects', 'project'],
  sammanfattning: 'summary',
  anteckning: 'note',
  notering: 'note',
  beslut: 'decisions',
  åtgärder: 'actions',
  åtgärd: ['actions', 'action'],
  uppföljningar: 'followups',
  uppföljning: 'followups',
  'nästa möte': 'next_meeting',
  vem: 'who',
  ansvarig: 'who',
  ansvariga: 'who',
  vad: 'what',
  senast: 'due',
  'klart till': 'due',
  deadline: 'due',
});

/** Swedish words note-takers write for the English status and publish values. */
export const SWEDISH_VALUES: Record<string, string> = table({
  klar: 'done',
  klart: 'done',
  färdig: 'done',
  gjord: 'done',
  öppen: 'open',
  öppet: 'open',
  pågår: 'open',
  pågående: 'open',
  struken: 'dropped',
  stängd: 'dropped',
  avbruten: 'dropped',
  utgår: 'dropped',
  fullt: 'full',
  namn: 'full',
  initialer: 'initials',
  dold: 'hidden',
  dolt: 'hidden',
});

/** "ej närvarande", "ej närv.", "frånvarande", "förhinder": written after a name, the person was not there. */
export const ABSENT_WORDS = String.raw`(?:(?:ej|inte|icke)\s+närv(?:arande|\.)?|frånv(?:arande|\.)|anmält\s+förhinder|förhinder)(?!\p{L})`;
