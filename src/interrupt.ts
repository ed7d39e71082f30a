// Ctrl-C (SIGINT) or SIGTERM during a build: whatever the build has started is undone at once (the staging
// folder removed, the browser killed and its profile removed), one line is printed, and the process exits
// with 128 + the signal's number. Each piece of work registers its own undo while it runs; all of them are
// synchronous, so they finish before the process does.

const undoers = new Set<() => void>();
let handler: ((signal: NodeJS.Signals) => void) | undefined;

const EXIT_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 };

/** Registers what to undo if the process is stopped by a signal; the returned function unregisters it. */
export function undoOnInterrupt(undo: () => void): () => void {
  undoers.add(undo);
  return () => void undoers.delete(undo);
}

/**
 * From now on, SIGINT and SIGTERM undo the registered work and exit (130 or 143) after one line on `write`.
 * Calling it again changes nothing; the returned function restores the signals' usual handling.
 */
export function exitOnInterrupt(write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): () => void {
  if (!handler) {
    handler = (signal) => {
      for (const undo of [...undoers].reverse()) {
        try {
          undo();
        } catch {
          // Undo what can be undone; one failure must not keep the rest in place.
        }
      }
      undoers.clear();
      const name = signal === 'SIGINT' ? 'Ctrl-C (SIGINT)' : signal;
      write(`workshopkit: stopped by ${name}; the build was not finished and nothing half-made was left in the output folder.`);
      process.exit(EXIT_CODES[signal] ?? 1);
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
  }
  return () => {
    if (!handler) return;
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
    handler = undefined;
  };
}
