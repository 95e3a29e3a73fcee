// Swedish order for names shown to readers: å, ä, ö after z, and numbers in names compared as numbers, so that
// "Grupp 2" comes before "Grupp 10" and "möte-2.md" before "möte-10.md", as readers count.

const collator = new Intl.Collator('sv', { numeric: true });

export const collate = (a: string, b: string): number => collator.compare(a, b);
