// Helpers for filling in the model's records: a writable copy of each read-only type while it is built, and
// optional fields left out rather than set to undefined.
import type { Action, ActionStatus, Meeting, StatusReport } from './types.js';

export type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };
export type MutableAction = Mutable<Action> & { reports: StatusReport[]; status: ActionStatus };
export type MutableMeeting = Mutable<Meeting>;

export function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

export function unique(ids: readonly (string | undefined)[]): string[] {
  return [...new Set(ids.filter((x): x is string => x !== undefined))];
}
