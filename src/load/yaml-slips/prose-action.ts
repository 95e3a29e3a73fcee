// "  - Leif bokar lokal till invigningen" above "    due: 2026-12-15": an action written as text, with the fields of
// the template kept below it. The parser reads the text and the field's name as one name over lines; said as an
// action written as text is said when nothing is below it (validate/shape.ts), with the fields to write.
import { ACTION_AS_TEXT, actionHint } from '../../validate/shape.js';
import { above, FIELD, indentOf, lineFrom, MOST, PARENT, type Line } from '../item-lines.js';
import type { Located } from './scan.js';

/** The slip when the line at `start` is an item of `actions` written as text, a field of its below its lines. */
export function proseAction(text: string, start: number): Located | undefined {
  const first = lineFrom(text, start);
  const item = /^( *)(-[ \t]+)(\S.*?)[ \t]*$/.exec(first.text);
  const written = item?.[3]!.replace(/[ \t]+#.*$/, '');
  // Text: no colon and a space, which makes a field of it ("- Leif: boka lokal", told in validate/shape.ts), nor a sign YAML reads as its own.
  if (!item || !written || /:(?:\s|$)/.test(written) || /^[#"'[\]{}*&!|>%@`-]/.test(written)) return undefined;
  const dash = item[1]!.length;
  const column = dash + item[2]!.length;
  // The text's lines, down to the field the parser read them into, as far in as an item's fields are.
  const words = [written];
  for (let l = below(first); l && words.length < MOST; l = below(l)) {
    if (indentOf(l) <= dash || l.text.trim() === '') return undefined;
    if (FIELD.test(l.text)) return indentOf(l) === column && listOf(text, first, dash) === 'actions' ? { offset: start + column, message: ACTION_AS_TEXT, hint: actionHint(words.join(' ')) } : undefined;
    if (/:(?:\s|$)|[ \t]#/.test(l.text)) return undefined;
    words.push(l.text.trim());
  }
  return undefined;

  function below(l: Line): Line | undefined {
    const end = text.indexOf('\n', l.at);
    return end === -1 ? undefined : lineFrom(text, end + 1);
  }
}

/** The field whose list holds the item at `dash`: the nearest line above further out, or as far out and no item. */
function listOf(text: string, item: Line, dash: number): string | undefined {
  for (let l = above(text, item); l; l = above(text, l)) {
    const indent = indentOf(l);
    if (indent > dash || (indent === dash && /^ *-(?:[ \t]|$)/.test(l.text))) continue;
    return PARENT.exec(l.text)?.[2];
  }
  return undefined;
}
