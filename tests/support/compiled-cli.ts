// The command as its own process, for tests that need a real one (signals, exit codes, what it loads):
// run from src/ compiled once for the whole run (global-setup.ts), not through a TypeScript loader, which
// costs each process about a second and a half of CPU.
import path from 'node:path';
import { inject } from 'vitest';

/** The compiled entry point, `src/bin.ts` as JavaScript. */
export const compiledBin = (): string => path.join(inject('compiledCodeDir'), 'bin.js');

/** Node's arguments to run the command with `args`. */
export const commandLine = (args: string[]): string[] => [compiledBin(), ...args];
