// Editors keep files of their own beside the file being edited: locks, swap files, backups and autosaves. They are
// never minutes, templates or attachments.

/**
 * Whether a file or folder of this name is an editor's own, and left out: hidden (Emacs's lock `.#x`, Vim's swap
 * file `.x.swp`, `.DS_Store`), a backup (`x~`), Emacs's autosave (`#x#`), a swap file, Vim's probe `4913`, or the
 * lock Word keeps beside a document open in it (`~$otokoll 2016-04-04.docx`).
 */
export const isEditorFile = (name: string): boolean => /^(?:\..*|.*~|~\$.*|#.*#|.*\.sw[a-p]|4913)$/s.test(name);
