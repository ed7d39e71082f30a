import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);

// src/errors/plural.ts
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

// src/errors/report.ts
function formatFinding(f) {
  const head = `${f.file}:${f.line}:${f.col}  ${f.severity}  ${f.rule}  ${f.message}`;
  return f.hint ? `${head}
    hint: ${f.hint}` : head;
}
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.rule.localeCompare(b.rule)
  );
}
function formatFindings(findings) {
  if (findings.length === 0) return "";
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  const lines = sortFindings(findings).map(formatFinding);
  lines.push("", `${plural(errors, "error")}, ${plural(warnings, "warning")}`);
  return lines.join("\n");
}

export {
  plural,
  formatFinding,
  sortFindings,
  formatFindings
};
