// A folder's files as one hash, by relative path and contents: what outputs' keys are made from, and how
// the print stage knows two staged folders of stylesheets and fonts hold the same files.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Every file under a folder, by relative path and contents, in a fixed order; `skip` is given each relative path. */
export function hashFolder(dir: string, skip: (relative: string) => boolean = () => false): string {
  const hash = createHash('sha256');
  const walk = (folder: string, prefix: string): void => {
    let names: string[];
    try {
      names = fs.readdirSync(folder).sort();
    } catch {
      return; // a folder that is not there adds nothing
    }
    for (const name of names) {
      if (skip(`${prefix}${name}`)) continue;
      const full = path.join(folder, name);
      const stat = fs.statSync(full);
      if (stat.isDirectory()) walk(full, `${prefix}${name}/`);
      else if (stat.isFile()) hash.update(`${prefix}${name}\0`).update(fs.readFileSync(full)).update('\0');
    }
  };
  walk(dir, '');
  return hash.digest('hex');
}
