import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Every file under a folder with a hash of its bytes, for comparing whole output trees. */
export function hashTree(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else result[path.relative(dir, full)] = crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex');
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return result;
}

export function tempDir(prefix = 'workshopkit-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A copy of a fixture module in a temporary modules folder, to change without touching the fixture. */
export function copyModule(from: string, modulesDir = path.join(tempDir(), 'modules')): string {
  const target = path.join(modulesDir, path.basename(from));
  fs.cpSync(from, target, { recursive: true });
  return target;
}

/** hashTree as one string, in a fixed order: equal for two folders exactly when they hold the same files. */
export function treeFingerprint(dir: string): string {
  return JSON.stringify(Object.entries(hashTree(dir)).sort(([a], [b]) => (a < b ? -1 : 1)));
}
