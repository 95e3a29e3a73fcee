// Swedish order for names shown to readers: å, ä, ö after z, and numbers in names compared as numbers, so that
// "Grupp 2" comes before "Grupp 10" and "möte-2.md" before "möte-10.md", as readers count.

/** Made at the first comparison: a check that finds nothing sorts nothing, and its start is spared it. */
let collator: Intl.Collator | undefined;

export const collate = (a: string, b: string): number => (collator ??= new Intl.Collator('sv', { numeric: true })).compare(a, b);

/**
 * The name a register of people is sorted by: the last word of "Förnamn Efternamn" ("Nils-Erik Lund" → "Lund",
 * "Anna von Sydow" → "Sydow", "L. R." → "R."); a name of one word is its own.
 */
export function surname(name: string): string {
  const words = name.trim().split(/\s+/);
  return words[words.length - 1] ?? name;
}

/** People as a Swedish register lists them: by surname, then by first name ("Ek, Erik" before "Ek, Åsa"). */
export const collateBySurname = (a: string, b: string): number => collate(surname(a), surname(b)) || collate(a, b);
