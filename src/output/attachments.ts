// Publishing attachments: the files under minutes/ that minutes link to, copied as they are into bilagor/.
import fs from 'node:fs';
import path from 'node:path';
import { attachmentPath } from '../model/links.js';

/** Copies each attachment (a path from the root, "minutes/g/bilaga.pdf") into `site`; returns their paths in it. */
export function publishAttachments(root: string, site: string, files: readonly string[]): string[] {
  return files.map((file) => {
    const rel = attachmentPath(file);
    const target = path.join(site, rel);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(root, file), target);
    return rel;
  });
}

/** Removes attachments no longer published from `site`, and the folders of bilagor/ they leave empty. */
export function unpublishAttachments(site: string, files: readonly string[]): void {
  const top = path.resolve(site, 'bilagor');
  for (const file of files) {
    const target = path.resolve(site, attachmentPath(file));
    fs.rmSync(target, { force: true });
    for (let dir = path.dirname(target); dir.startsWith(top); dir = path.dirname(dir)) {
      try {
        fs.rmdirSync(dir);
      } catch {
        break;
      }
    }
  }
}
