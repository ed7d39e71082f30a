// Paths as the user sees them, and paths a module (or a brand) names, kept inside its own folder.
import fs from 'node:fs';
import path from 'node:path';

/** A path relative to the working directory when it is inside it, else absolute. */
export function displayPath(absolute: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
}

/** Resolves a path named in a file and refuses anything that leaves the folder (links included). */
export function resolveInside(folder: string, relative: string): string | undefined {
  if (path.isAbsolute(relative) || relative.includes('\0')) return undefined;
  const root = fs.realpathSync(folder);
  const resolved = path.resolve(root, relative);
  const inside = (p: string) => p === root || p.startsWith(root + path.sep);
  if (!inside(resolved)) return undefined;
  if (fs.existsSync(resolved) && !inside(fs.realpathSync(resolved))) return undefined;
  return resolved;
}
