// HTML written in a minutes text, as the note-takers' previewers (GitHub, VS Code, Obsidian) show it, with raw HTML
// still off: a comment (<!-- … -->) is not published, <br> is a line break, and any other tag stays text (check tells).
import type MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';

/** A comment, block or inline: rendered as nothing and no part of any plain text. */
export const COMMENT = 'html_comment';
/** A tag shown as text, or a `<!--` that no `-->` closes: made only when parsing for check (see TAGS_ENV). */
export const WRITTEN_TAG = 'html_tag';
/** The parse env that asks for WRITTEN_TAG tokens, each with `meta.at`, its offset in its inline token's content. */
export const TAGS_ENV = 'writtenTags';

/** A line break as every previewer makes it: `<br>`, `<br/>`, `<br />`, in any case. */
const BR = /^<br[ \t\n]*\/?>/i;
/** An opening or closing tag as CommonMark reads one (its spec's open tag and closing tag). */
const TAG = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:[ \t\n]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t\n]*=[ \t\n]*(?:[^"'=<>`\u0000-\u0020]+|'[^']*'|"[^"]*"))?)*[ \t\n]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t\n]*>)/;

export function useWrittenHtml(md: MarkdownIt): void {
  md.block.ruler.before('html_block', COMMENT, blockComment, { alt: ['paragraph', 'reference', 'blockquote'] });
  md.inline.ruler.before('html_inline', COMMENT, inlineHtml);
  md.renderer.rules[COMMENT] = () => '';
  md.renderer.rules[WRITTEN_TAG] = (tokens, idx) => md.utils.escapeHtml(tokens[idx]!.content);
}

/**
 * A comment starting a line (CommonMark's HTML block of type 2): its lines, up to the one with `-->`, across blank
 * lines too. What follows `-->` on that line is a paragraph of its own, as previewers show it. Unclosed, it is text.
 */
function blockComment(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  if (state.sCount[startLine]! - state.blkIndent >= 4 || !state.src.startsWith('<!--', start)) return false;
  // The first `-->` after it, found once (not line by line), and the line it is on.
  let end = state.src.indexOf('-->', start + 2);
  let line = startLine;
  for (;;) {
    if (end === -1) return false;
    while (end > state.eMarks[line]!) {
      line++;
      // As markdown-it's own HTML blocks: a line indented less than the container's ends it, unless blank.
      if (line >= endLine || (state.sCount[line]! < state.blkIndent && !state.isEmpty(line))) return false;
    }
    const from = state.bMarks[line]! + state.tShift[line]!;
    // In what a container takes of its line ("> "), it is not the comment's.
    if (line === startLine || end >= from) break;
    end = state.src.indexOf('-->', from);
  }
  if (silent) return true;
  const comment = state.push(COMMENT, '', 0);
  comment.map = [startLine, line + 1];
  comment.content = state.src.slice(start, end + 3);
  comment.hidden = true;
  const rest = state.src.slice(end + 3, state.eMarks[line]).trim();
  if (rest !== '') {
    state.push('paragraph_open', 'p', 1).map = [line, line + 1];
    const inline = state.push('inline', '', 0);
    inline.content = rest;
    inline.map = [line, line + 1];
    inline.children = [];
    state.push('paragraph_close', 'p', -1);
  }
  state.line = line + 1;
  return true;
}

/** The inline states in which a `<!--` found no `-->`: no later one in the same text will (markdown-it's html_inline does the same). */
const unclosed = new WeakSet<StateInline>();

/** A comment inside a paragraph, `<br>`, and, parsing for check, any other tag (shown as text). */
function inlineHtml(state: StateInline, silent: boolean): boolean {
  const { src, pos } = state;
  if (src.charCodeAt(pos) !== 0x3c /* < */) return false;
  const rest = src.slice(pos, Math.min(state.posMax, pos + 2000));
  let end = -1;
  let type = COMMENT;
  if (rest.startsWith('<!--')) {
    const close = unclosed.has(state) ? -1 : src.indexOf('-->', pos + 2);
    if (close === -1) unclosed.add(state);
    // Closed only outside what is parsed now (a link's text): text here.
    else if (close + 3 > state.posMax) return false;
    end = close === -1 ? pos + 4 : close + 3;
    type = close === -1 ? WRITTEN_TAG : COMMENT;
  } else {
    const m = BR.exec(rest) ?? TAG.exec(rest);
    if (!m) return false;
    end = pos + m[0].length;
    type = BR.test(m[0]) ? 'hardbreak' : WRITTEN_TAG;
  }
  // A tag shown as text is left to the text rules unless check asks for it.
  if (type === WRITTEN_TAG && !(state.env as Record<string, unknown>)[TAGS_ENV]) return false;
  if (!silent) {
    const t = state.push(type, type === 'hardbreak' ? 'br' : '', 0);
    if (type !== 'hardbreak') t.content = src.slice(pos, end);
    if (type === WRITTEN_TAG) t.meta = { at: pos };
  }
  state.pos = end;
  return true;
}
