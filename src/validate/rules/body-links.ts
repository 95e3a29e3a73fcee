// Links in the minutes text must not run code: javascript:, vbscript:, data: and file: targets are refused.
// Link syntax inside code (a code span or a code block) is shown as it is, never made into a link, so it is let be.
// A check of the text alone: it runs even when the front matter above it could not be read.
import type { Finding } from '../../diagnostics.js';
import { decode } from '../../model/links.js';
import { imageHost, parseLines, unsafeLinks, type BodyLink } from '../../render/markdown.js';
import { clip } from '../../util/clip.js';
import { example } from '../examples.js';

export function unsafeLinkFindings(file: string, body: string, bodyOffset: number): Finding[] {
  const links = unsafeLinks(body);
  if (links.length === 0) return [];
  const code = codeRanges(body);
  const out: Finding[] = [];
  for (const link of links) {
    if (code.some(([from, to]) => link.offset >= from && link.offset < to)) continue;
    const scheme = link.target.split(':')[0]?.trim() ?? '';
    out.push({
      file,
      where: { kind: 'offset', offset: bodyOffset + link.offset, length: link.length },
      code: 'unsafe-link',
      message: `Länken till "${clip(link.target, 40)}" görs inte till en länk (${scheme}: är inte tillåtet).`,
      hint: scheme.toLowerCase() === 'file' ? attachHint(link.target) : 'Länka bara till adresser som börjar med https://, http:// eller mailto:.',
    });
  }
  return out;
}

/**
 * For a file on the author's own disk (file:///C:/…, C:\Users\…): the site cannot reach it, so the file is to be put
 * beside the minutes and linked by its name, which the hint gives.
 */
export function attachHint(target: string): string {
  const name = decode(target.replace(/[?#].*$/, '')).split(/[\\/]/).filter((p) => p !== '').at(-1) ?? '';
  const written = /\s/.test(name) ? `<${name}>` : name;
  return name && /\.[A-Za-z0-9]{1,8}$/.test(name)
    ? `Webbplatsen når inte filer på din dator: lägg en kopia av filen i minutes/, bredvid protokollet, och länka till den med dess namn: (${clip(written)})`
    : 'Webbplatsen når inte filer på din dator: lägg en kopia av filen i minutes/, bredvid protokollet, och länka till den med dess namn.';
}

/** Offsets [from, to) of the code blocks (from the Markdown parser) and code spans (backtick runs) of a text. */
function codeRanges(body: string): [number, number][] {
  const { tokens, lineStart: at } = parseLines(body);
  const ranges: [number, number][] = [];
  for (const t of tokens) {
    if ((t.type === 'fence' || t.type === 'code_block') && t.map) ranges.push([at(t.map[0]), at(t.map[1])]);
  }
  const inBlock = (offset: number) => ranges.some(([from, to]) => offset >= from && offset < to);
  // A code span runs from a run of n backticks to the next run of exactly n.
  const runs = [...body.matchAll(/`+/g)].filter((r) => !inBlock(r.index));
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i]!;
    const close = runs.findIndex((r, j) => j > i && r[0].length === open[0].length);
    if (close === -1) continue;
    ranges.push([open.index, runs[close]!.index + open[0].length]);
    i = close;
  }
  return ranges;
}

/** Images without alt text: a screen reader has nothing to say of them (WCAG 1.1.1). */
export function imageAltFindings(file: string, body: string, links: readonly BodyLink[], bodyOffset: number): Finding[] {
  const out: Finding[] = [];
  for (const link of links) {
    if (!link.image || link.image.alt.trim() !== '') continue;
    const name = fileName(link.url) || link.url;
    // The address as the note-taker wrote it ("<bilder/Karta över Bryggan.png>"), not as the parser encodes it.
    const written = body.slice(link.offset, link.offset + link.length) || link.url;
    out.push({
      file,
      where: { kind: 'offset', offset: bodyOffset + link.image.offset, length: Math.max(2, link.offset + link.length + 1 - link.image.offset) },
      code: 'image-without-alt',
      message: `Bilden "${clip(name, 40)}" har ingen alternativtext, så den som inte ser bilden får inte veta vad den visar (WCAG 1.1.1).`,
      hint: `Beskriv bilden mellan hakparenteserna, till exempel ![Karta över vägen till ${example('location')}](${clip(written)})`,
    });
  }
  return out;
}

/** The decoded name of the file an address leads to ("Karta över Bryggan.png"), or "" when its path ends in a folder. */
const fileName = (url: string): string => decode(url.split(/[?#]/)[0]!.split('/').pop() ?? '');

/**
 * Images on another site (`![Karta](https://example.com/karta.png)`): every reader's browser would fetch them from
 * there, telling that site who reads which minutes, and the archive loses them when that site does. `site` is the
 * site's own address (--url), whose images are its own.
 */
export function remoteImageFindings(file: string, links: readonly BodyLink[], bodyOffset: number, site?: string): Finding[] {
  const out: Finding[] = [];
  for (const link of links) {
    if (!link.image) continue;
    const host = imageHost(link.url, site);
    if (host === undefined) continue;
    const name = fileName(link.url);
    const saved = /\.[A-Za-z0-9]{1,8}$/.test(name) ? name : 'bild.png';
    const alt = link.image.alt.trim() || 'Karta över lokalen';
    out.push({
      file,
      where: { kind: 'offset', offset: bodyOffset + link.offset, length: Math.max(1, link.length) },
      code: 'remote-image',
      message: `Bilden${name ? ` "${clip(name, 40)}"` : ''} hämtas från ${clip(host, 40)} av varje läsares webbläsare: den webbplatsen får då veta vem som läser protokollet, och bilden försvinner ur arkivet om den tas bort där. På webbplatsen blir bilden en länk i stället.`,
      hint: `Spara bilden i minutes/, bredvid protokollet, och visa den med filens namn: ![${clip(alt, 40)}](${clip(/\s/.test(saved) ? `<${saved}>` : saved)})`,
    });
  }
  return out;
}
