// Lookup tables indexed by text from the user's files: without Object's prototype, so that a key written
// "constructor" or "toString" finds nothing rather than one of Object's functions.

/** `entries` in an object with no prototype: only its own keys are found. */
export const table = <T>(entries: Record<string, T>): Record<string, T> => Object.assign(Object.create(null) as Record<string, T>, entries);
