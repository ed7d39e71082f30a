// Runs the CLI in-process and captures what it prints.
import path from 'node:path';
import { main } from '../../src/cli.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');
export const GOOD = path.join(FIXTURES, 'good');
export const BROKEN = path.join(FIXTURES, 'broken');

export async function runCli(args: string[], cwd = ROOT): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), cwd });
  return { code, out, err };
}
