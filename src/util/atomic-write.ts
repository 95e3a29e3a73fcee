// Writing the user's own files (registries, new minutes) whole or not at all: each is written to a temporary file
// beside it and renamed into place (or linked, for a new file), so a kill or a full disk part-way never leaves
// half a people.yml, nor half a draft that a second run would take for one already there.
import fs from 'node:fs';
import path from 'node:path';

/** A temporary file beside `file`, written whole and flushed to disk, with `mode` (else the default). */
function writeTemp(file: string, text: string, mode?: number): string {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  // Left by a run that was killed: removed, not followed if it is a link.
  fs.rmSync(temp, { force: true });
  const fd = fs.openSync(temp, 'wx', mode ?? 0o666);
  try {
    fs.writeFileSync(fd, text);
    // As it was, not as the umask would make it.
    if (mode !== undefined) fs.fchmodSync(fd, mode);
    fs.fsyncSync(fd);
  } catch (err) {
    fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw err;
  }
  fs.closeSync(fd);
  return temp;
}

/**
 * Replaces each file's text, all or none as far as the disk allows: every new text is written in full before
 * the first file is replaced. A file that is a symbolic link keeps being one: the file it points to gets the
 * text. Each keeps its permissions.
 */
export function replaceFiles(writes: readonly { readonly file: string; readonly text: string }[]): void {
  const temps: { temp: string; target: string }[] = [];
  try {
    for (const { file, text } of writes) {
      const target = fs.existsSync(file) ? fs.realpathSync(file) : file;
      const mode = fs.existsSync(target) ? fs.statSync(target).mode & 0o7777 : undefined;
      temps.push({ temp: writeTemp(target, text, mode), target });
    }
  } catch (err) {
    for (const { temp } of temps) fs.rmSync(temp, { force: true });
    throw err;
  }
  for (const { temp, target } of temps) fs.renameSync(temp, target);
}

/** Writes a new file, never over one that is there (EEXIST), and never half of it. */
export function writeNewFile(file: string, text: string): void {
  const temp = writeTemp(file, text);
  try {
    // A link fails when the name is taken, as an exclusive create does, but the file it makes is whole.
    fs.linkSync(temp, file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw err;
    // A file system without hard links (FAT on a USB stick): an exclusive create, written in one go.
    fs.writeFileSync(file, text, { flag: 'wx' });
  } finally {
    fs.rmSync(temp, { force: true });
  }
}
