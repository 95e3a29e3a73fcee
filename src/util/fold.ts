// Text folding for matching names and making URL slugs the Swedish way (å, ä, ö -> a, a, o).

/**
 * Direction overrides, isolates and marks, and zero-width spaces (U+200B, U+2060, U+FEFF):
 * invisible characters that can make text read differently from what it says. (U+200C and U+200D stay:
 * some scripts and emoji need them.)
 */
export const INVISIBLE_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200B\u200E\u200F\u2060\uFEFF]/g;

/** Text as the site shows it: NFC, without invisible controls. */
export function visibleText(s: string): string {
  return s.normalize('NFC').replace(INVISIBLE_CONTROLS, '');
}

/** NFC (files saved on a Mac may be NFD), trimmed, inner whitespace collapsed. */
export function normalizeText(s: string): string {
  return s.normalize('NFC').trim().replace(/\s+/g, ' ');
}

const folded = new Map<string, string>();

/**
 * The key names are compared by: normalised and case-folded (Unicode default case mapping suits Swedish).
 * Memoised: the same few thousand names are looked up again and again across an archive.
 */
export function foldCase(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    if (folded.size > 100_000) folded.clear();
    f = normalizeText(s).toLowerCase();
    folded.set(s, f);
  }
  return f;
}

// Letters NFD does not decompose into base + mark.
const SPECIAL: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l', þ: 'th', ð: 'd', ı: 'i' };

/** Case- and accent-folded, for "did you mean" distances and slugs: "Åke Malmén" -> "ake malmen". */
export function foldAccents(s: string): string {
  return foldCase(s)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øæœßđłþðı]/g, (c) => SPECIAL[c] ?? c);
}

/** A lowercase ASCII slug: "Åke Malmén" -> "ake-malmen", "möte" -> "mote". */
export function slugify(s: string): string {
  return foldAccents(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isSlug = (s: string): boolean => SLUG_PATTERN.test(s);

/**
 * The longest an id, or a title's part of a meeting's id, may be: each is a folder's name in the site, which a file
 * system holds up to 255 bytes (a registry id of 300 letters stopped the build with ENAMETOOLONG).
 */
export const MAX_SLUG = 100;

/** `slug` cut to MAX_SLUG characters, at a hyphen in its second half where there is one, to keep whole words. */
export function shortSlug(slug: string): string {
  if (slug.length <= MAX_SLUG) return slug;
  const hyphen = slug.lastIndexOf('-', MAX_SLUG);
  return hyphen > MAX_SLUG / 2 ? slug.slice(0, hyphen) : slug.slice(0, MAX_SLUG).replace(/-+$/, '');
}
