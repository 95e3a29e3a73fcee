// Lines of the source that are no words of the minutes (a PDF's page numbers, an e-mail's header and signature):
// taken out of the text and quoted, each as written, in a note at the top of the draft, so that nothing is lost.
import type { Line } from './lines.js';

/** `<what> i källan, som inte står med i texten: "…", "…".`, or nothing when no line was set aside. */
export function setAsideNote(what: string, found: readonly Line[]): string | undefined {
  if (found.length === 0) return undefined;
  return `${what} i källan, som inte står med i texten: ${found.map((l) => `"${l.text}"`).join(', ')}.`;
}
