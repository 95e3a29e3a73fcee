// Small pure text helpers for pages: excerpts, sentences, escaping for the few places we build markup in code.

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/** At most `max` characters, cut at a word boundary, with an ellipsis when cut. */
export function excerpt(text: string, max = 180): string {
  const s = text.replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  // Never between the two halves of a character beyond U+FFFF (an emoji): the half left would be written as U+FFFD.
  const cut = s.slice(0, /[\uD800-\uDBFF]/.test(s.charAt(max - 1)) ? max - 1 : max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** The sentence around an offset: from the previous sentence end to the next. */
export function sentenceAround(text: string, offset: number, max = 220): string {
  const before = text.slice(0, offset);
  const startMatch = /[.!?\n](?=[^.!?\n]*$)/.exec(before);
  const start = startMatch ? startMatch.index + 1 : 0;
  const endMatch = /[.!?\n]/.exec(text.slice(offset));
  const end = endMatch ? offset + endMatch.index + 1 : text.length;
  return excerpt(text.slice(start, end), max);
}
