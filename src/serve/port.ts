// The --port option, parsed without loading the server (the CLI reads it for every command).
import { UsageError } from '../errors/finding.js';

/** "4280" → 4280; anything that is not a port is a usage mistake. */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new UsageError(`"${value}" is not a port`, 'Give a number from 1 to 65535, or 0 for any free port.');
  return port;
}
