// Several names written in one text: a list written on one line ("fritidsbanken, sip", "Leif och David") or one per
// line in a block of text, or the organisations after an attendee's name ("Ria/G7"). Pure.

/**
 * A comma, a semicolon, "&", "+", "och", "samt" or a line break between names (one per line of a block of text,
 * "attendees: |").
 */
const LIST_SEPARATORS = /\s*[,;&+\n]\s*|\s+(?:och|samt)\s+/gu;

/** Where each name between `separators` is in `text` (trimmed; empty ones left out). `separators` must be global. */
export function partsOf(text: string, separators: RegExp = LIST_SEPARATORS): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (const sep of [...text.matchAll(separators), { index: text.length, 0: '' }]) {
    const piece = text.slice(from, sep.index);
    const start = from + (piece.length - piece.trimStart().length);
    const end = from + piece.trimEnd().length;
    if (end > start) out.push({ start, end });
    from = sep.index + sep[0].length;
  }
  return out;
}

/** The names in a text written as a list: "Leif Redestig och David Bergström" -> both names. */
export const namesIn = (text: string): string[] => partsOf(text).map((p) => text.slice(p.start, p.end));

/**
 * A name of two words or more with a full stop after it at the end of a text: not an abbreviation ("ordf.", "m.fl."),
 * nor a name whose last word is one or an initial, whose full stop is the name's own ("Karl Berg Jr.", "Svensson A.").
 */
const SENTENCE_END = /\p{L}[ \t]+(?![JjSs]r\.$)\p{L}[\p{L}-]+\.$/u;

/**
 * Where the full stop is that ends a list written as a sentence ("Leif Redestig, David Bergström."), which belongs
 * to no name; undefined when the text does not end so.
 */
export function sentenceStop(text: string): number | undefined {
  const end = text.trimEnd();
  return SENTENCE_END.test(end) ? end.length - 1 : undefined;
}

/**
 * A line that ends in what joins names ("Leif Redestig," above "  David Bergström"), or one below it that starts
 * with it ("  och David Bergström"): a list in one text, wrapped.
 */
const ENDS_JOINED = /(?:[,;&+]|(?:^|\s)(?:och|samt))\s*$/u;
const STARTS_JOINED = /^\s*(?:[,;&+]|(?:och|samt)(?:\s|$))/u;
/** What joins names on a line of such a list: as on one line, and "och" or "samt" where the line ends or starts. */
const LINE_SEPARATORS = /\s*[,;&+]\s*|(?:^|\s+)(?:och|samt)(?:\s+|$)/gu;

/**
 * Where each name is in `text`, a text or its start, when it was written on `lines` (stretches of it, one a line):
 * a name a line, as an item of a list with dashes, the comma in it before what the person came as ("Allan Hedman,
 * brukarmentor"), also where YAML joined the lines with a space ("attendees: >"); when a line ends in a comma or
 * another word that joins names, a list in one text wrapped over lines, its names parted by those and by line ends.
 */
export function partsByLine(text: string, lines: readonly { readonly at: number; readonly length: number }[] | undefined): { start: number; end: number }[] {
  if (!lines) return partsOf(text);
  const cut = lines.flatMap(({ at, length }) => (at >= text.length ? [] : [{ at, end: Math.min(at + length, text.length) }]));
  const wrapped = cut.some(({ at, end }, i) => (i < cut.length - 1 && ENDS_JOINED.test(text.slice(at, end))) || (i > 0 && STARTS_JOINED.test(text.slice(at, end))));
  return cut.flatMap(({ at, end }) => partsOf(text.slice(at, end), wrapped ? LINE_SEPARATORS : NO_SEPARATORS).map((p) => ({ start: at + p.start, end: at + p.end })));
}

/** Nothing parts a line of its own: the whole line, trimmed. */
const NO_SEPARATORS = /(?!)/gu;

/**
 * Where the names end in a list written without its opening [ ("kvalitetsmassan]", "Leif, Maria]"): before the
 * stray ], which belongs to no name. Undefined when the text has no such ].
 */
export function beforeStrayClose(text: string): number | undefined {
  const m = /^([^[\]]*[^[\]\s])\s*\]\s*$/u.exec(text);
  return m ? m[1]!.length : undefined;
}

/** A list whose first dash lacks its space ("-David Bergström\n  - Leif Redestig"), which YAML reads as one text. */
export const DASHED = /^\s*-[^\s-]/u;

/** The dashes that started the lines of such a text (a space before each once folded, after it or not). */
export const DASH_SEPARATORS = /(?:^|\s)-(?=\S)|\s-\s/gu;

/** The items of such a text: "-David Bergström - Leif Redestig" -> both names. */
export const dashedItems = (text: string): string[] => partsOf(text, DASH_SEPARATORS).map((p) => text.slice(p.start, p.end));

/** Which of `keys` are top-level lists written in brackets in the front matter `yaml` ("absent: [Ia Jonsson, Bo]"). */
export function listsInBrackets(yaml: string, keys: readonly string[]): string[] {
  return keys.filter((key) => {
    // The first line that starts with the key; each search goes on from the last, so the text is read once a key.
    for (let at = yaml.indexOf(`${key}:`); at !== -1; at = yaml.indexOf(`${key}:`, at + 1)) {
      if (at > 0 && yaml[at - 1] !== '\n') continue;
      let i = at + key.length + 1;
      while (yaml[i] === ' ' || yaml[i] === '\t') i++;
      return yaml[i] === '[';
    }
    return false;
  });
}
