import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);

// src/interrupt.ts
var undoers = /* @__PURE__ */ new Set();
var handler;
var EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
function undoOnInterrupt(undo) {
  undoers.add(undo);
  return () => void undoers.delete(undo);
}
function exitOnInterrupt(write = (line) => process.stderr.write(`${line}
`)) {
  if (!handler) {
    handler = (signal) => {
      for (const undo of [...undoers].reverse()) {
        try {
          undo();
        } catch {
        }
      }
      undoers.clear();
      const name = signal === "SIGINT" ? "Ctrl-C (SIGINT)" : signal;
      write(`workshopkit: stopped by ${name}; the build was not finished and nothing half-made was left in the output folder.`);
      process.exit(EXIT_CODES[signal] ?? 1);
    };
    process.on("SIGINT", handler);
    process.on("SIGTERM", handler);
  }
  return () => {
    if (!handler) return;
    process.off("SIGINT", handler);
    process.off("SIGTERM", handler);
    handler = void 0;
  };
}

export {
  undoOnInterrupt,
  exitOnInterrupt
};
