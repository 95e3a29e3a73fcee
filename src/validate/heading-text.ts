// What reads as an agenda item's heading, for the checks that take a line of the text for one written another way
// (bold-heading, heading-without-space) and for minutes import, which writes such lines as headings: the three agree.

/**
 * A short line that can be an agenda item's heading: starts with a capital or digit, at most 80 characters
 * and 12 words, no sentence punctuation at the end and no "Label: value" inside.
 */
export function isHeadingText(t: string): boolean {
  return (
    t.length >= 2 &&
    t.length <= 80 &&
    t.split(/\s+/).length <= 12 &&
    /^["“«]?[\p{Lu}\d]/u.test(t) &&
    !/[.,;:!?…–-]$/.test(t) &&
    !/:\s/.test(t) &&
    !/^(https?:\/\/|www\.)/i.test(t) &&
    !/^\(.*\)$/.test(t)
  );
}
