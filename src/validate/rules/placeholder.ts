// The sentence `minutes new` puts where the minutes are to be written: left in, it would be published as if said.
import type { Finding } from '../../diagnostics.js';

/** What `minutes new` writes under its first heading, for the note-taker to replace. */
export const PLACEHOLDER_TEXT = 'Skriv protokollet här. Varje punkt på dagordningen får en egen rubrik som börjar med ##.';

// Its first words are enough: a note-taker who wrote on after them has still not replaced it.
const START = PLACEHOLDER_TEXT.slice(0, PLACEHOLDER_TEXT.indexOf('.') + 1);

/** In the minutes text: a check of the text alone, run even when the front matter could not be read. */
export function placeholderFindings(file: string, body: string, bodyOffset: number): Finding[] {
  const findings: Finding[] = [];
  for (let at = body.indexOf(START); at !== -1; at = body.indexOf(START, at + START.length)) {
    // Only where it stands as written: at the start of a line, not quoted in a sentence about it.
    if (at > 0 && body[at - 1] !== '\n') continue;
    findings.push({ file, where: { kind: 'offset', offset: bodyOffset + at, length: START.length }, code: 'placeholder-text', message: `Texten "${START}" från minutes new står kvar och skulle publiceras.`, hint: 'Skriv protokollet i stället för den raden, eller ta bort den.' });
  }
  return findings;
}
