// What is wrong with a meeting's `time` written with more than the time it started, said as next_meeting's hints say
// it: an hour past the clock's ("kl 25"), an end time ("14:30-16:00"), a place after the time ("kl 13 i Bryggan"),
// which has a field of its own in the minutes, `location`.
import { clip } from '../util/clip.js';
import { guessTime } from '../util/dates.js';
import { beforeEnd, CLOCK, pastClock, placeSplits, type PlaceSplit } from './next-meeting.js';

/**
 * The message and hint for `value`, a time that is no time, when it is past the clock's or has an end or a place
 * after it; undefined for anything else. `location`: the meeting's own place, if written: a place after the time is
 * then not told to be written there, only that it is there already, or that the two differ.
 */
export function timeProblem(value: string, location: string | undefined): { message: string; hint: string } | undefined {
  const fits = (head: string) => pastClock(head) || guessTime(beforeEnd(head) ?? head) !== undefined;
  let split: PlaceSplit | undefined;
  for (const s of placeSplits(value, true)) {
    if (!fits(s.head)) continue;
    split = s;
    break;
  }
  const head = split?.head ?? value.trim();
  const before = beforeEnd(head);
  const past = pastClock(before ?? head);
  if (!split && before === undefined && !past) return undefined;
  const start = guessTime(before ?? head);
  if (!past && start === undefined) return undefined;
  const own = split && location === undefined ? split : undefined;
  const end = before === undefined ? '' : 'Sluttiden kan stå i texten, under raden --- som avslutar fälten. ';
  const place = !split || own ? '' : same(location!, split.alone) ? 'Platsen står redan i location. ' : `Fältet location säger "${clip(location!)}", inte "${clip(split.alone)}": rätta det som är fel. `;
  const line = own ? `location: ${clip(own.alone)}` : undefined;
  const what = past
    ? `${CLOCK} ${end}${place}Skriv klockslaget då mötet började, till exempel time: "13:30"${line ? `, och platsen i ett eget fält: ${line}` : ''}`
    : `${end}${place}${line ? `Platsen har ett eget fält: time: "${start!}" och ${line}` : `Skriv bara klockslaget då mötet började, inom citattecken: time: "${start!}"`}`;
  const more = [before === undefined ? '' : 'en sluttid', split ? 'en plats' : ''].filter(Boolean).join(' och ');
  const message = past ? `"${clip(value)}" är inget klockslag.` : `"${clip(value)}" har ${more} efter klockslaget, men time tar bara klockslaget då mötet började.`;
  return { message, hint: what };
}

/** The same place, written in another case or Unicode form. */
const same = (a: string, b: string): boolean => a.normalize('NFC').trim().toLocaleLowerCase('sv') === b.normalize('NFC').trim().toLocaleLowerCase('sv');
