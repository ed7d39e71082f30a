import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  formatFindings,
  sortFindings
} from "./chunk-ABCQLWDY.js";

// src/check/output.ts
import path from "node:path";
import { pathToFileURL } from "node:url";
var CHECK_FORMATS = ["text", "json", "sarif"];
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function formatCheckText(result, moduleCount) {
  const excused = result.excused.length ? ` (${result.excused.length} excused inline)` : "";
  if (!result.findings.length) return `${plural(moduleCount, "module")} checked: no problems${excused}`;
  const unchecked = result.unchecked.length ? `
The content rules did not run on ${result.unchecked.map((d) => path.basename(d)).join(", ")}: fix the errors above first.` : "";
  return `${formatFindings(result.findings)}${excused}${unchecked}`;
}
function checkJson(result) {
  const findings = sortFindings(result.findings);
  const errors = findings.filter((f) => f.severity === "error").length;
  return {
    findings,
    excused: sortFindings(result.excused),
    summary: { errors, warnings: findings.length - errors, excused: result.excused.length }
  };
}
function artifactUri(file) {
  if (path.isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split(path.sep).map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}
function checkSarif(result, rules, version) {
  const descriptors = rules.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.doc },
    defaultConfiguration: { level: rule.severity }
  }));
  const toResult = (f, excuse) => {
    const ruleIndex = rules.findIndex((r) => r.id === f.rule);
    return {
      ruleId: f.rule,
      ...ruleIndex >= 0 ? { ruleIndex } : {},
      level: f.severity,
      message: { text: f.hint ? `${f.message}
${f.hint}` : f.message },
      locations: [{ physicalLocation: { artifactLocation: artifactUri(f.file), region: { startLine: f.line, startColumn: f.col } } }],
      ...excuse !== void 0 ? { suppressions: [{ kind: "inSource", justification: excuse }] } : {}
    };
  };
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "workshopkit", version, rules: descriptors } },
        columnKind: "utf16CodeUnits",
        results: [
          ...sortFindings(result.findings).map((f) => toResult(f)),
          ...sortFindings(result.excused).map((f) => toResult(f, f.reason))
        ]
      }
    ]
  };
}
function formatCheck(format, result, moduleCount, rules, version) {
  if (format === "json") return JSON.stringify(checkJson(result), null, 2);
  if (format === "sarif") return JSON.stringify(checkSarif(result, rules, version), null, 2);
  return formatCheckText(result, moduleCount);
}

export {
  CHECK_FORMATS,
  formatCheckText,
  checkJson,
  checkSarif,
  formatCheck
};
