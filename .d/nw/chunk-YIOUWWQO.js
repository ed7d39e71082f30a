import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);

// src/errors/finding.ts
var hasErrors = (findings) => findings.some((f) => f.severity === "error");
var ContentError = class extends Error {
  constructor(findings, options) {
    super(`${findings.length} problem(s) in the module`, options);
    this.findings = findings;
    this.name = "ContentError";
  }
  findings;
};
var UsageError = class extends Error {
  constructor(message, hint) {
    super(message);
    this.hint = hint;
    this.name = "UsageError";
  }
  hint;
};
var EnvironmentError = class extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = "EnvironmentError";
  }
};
function uniqueFindings(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key = `${f.file}:${f.line}:${f.col}:${f.rule}:${f.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

export {
  hasErrors,
  ContentError,
  UsageError,
  EnvironmentError,
  uniqueFindings
};
