// The text of a Word document's page headers and footers, which the converter of its body (mammoth) leaves out:
// old minutes often keep the group, the date or "Protokoll" there, and nothing of the source may be lost.
import JSZip from 'jszip';

const PART = /^word\/(header|footer)\d*\.xml$/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Each header's and footer's paragraphs with text, once each (Word repeats them per section and page kind); page numbers left out. */
export async function headersAndFooters(bytes: Uint8Array): Promise<{ headers: string[]; footers: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const found = { header: new Set<string>(), footer: new Set<string>() };
  for (const name of Object.keys(zip.files).sort()) {
    const kind = PART.exec(name)?.[1] as 'header' | 'footer' | undefined;
    if (!kind) continue;
    const xml = await zip.files[name]!.async('string');
    for (const p of xml.match(/<w:p[\s>][\s\S]*?<\/w:p>/g) ?? []) {
      // A paragraph holding a PAGE or NUMPAGES field is the page number ("Sida 1 av 3").
      if (/\b(?:PAGE|NUMPAGES)\b/.test(p)) continue;
      const text = [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join('').replace(/\s+/g, ' ').trim();
      if (text !== '') found[kind].add(text);
    }
  }
  return { headers: [...found.header], footers: [...found.footer] };
}

function decode(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
    hex !== undefined ? String.fromCodePoint(parseInt(hex, 16)) : dec !== undefined ? String.fromCodePoint(Number(dec)) : (ENTITIES[name!] ?? whole),
  );
}
