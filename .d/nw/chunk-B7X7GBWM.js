import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  CONFIG_FILE
} from "./chunk-56ZYFSJB.js";
import {
  ContentError
} from "./chunk-YIOUWWQO.js";
import {
  readYamlFile,
  unknownTheme
} from "./chunk-ABWMCXI7.js";
import {
  CODE
} from "./chunk-APUE7URT.js";
import {
  external_exports
} from "./chunk-VJZFBD7F.js";

// src/config/project-config.ts
import fs from "node:fs";
import path from "node:path";
var DEFAULT_THEME = "default";
var projectConfigSchema = external_exports.strictObject({
  $schema: external_exports.string().optional(),
  theme: external_exports.string().min(1).optional().describe("The theme every build uses unless --theme names another."),
  brand: external_exports.string().min(1).optional().describe("A brand file, relative to this file, used unless --brand names another.")
});
function chooseLook(flags, cwd) {
  const file = path.join(cwd, CONFIG_FILE);
  let config = {};
  const findings = [];
  if (fs.existsSync(file)) {
    const parsed = readYamlFile(file, projectConfigSchema, `${CONFIG_FILE} takes: theme, brand.`, cwd);
    findings.push(...parsed.findings);
    if (parsed.data) {
      config = parsed.data;
      const themeProblem = !flags.theme && config.theme ? unknownTheme(config.theme) : void 0;
      if (themeProblem) findings.push(parsed.source.findingAt(["theme"], "error", CODE.configTheme, themeProblem.message, themeProblem.hint));
      const brand2 = config.brand && path.resolve(cwd, config.brand);
      if (!flags.brand && brand2 && !fs.existsSync(brand2)) {
        findings.push(parsed.source.findingAt(
          ["brand"],
          "error",
          CODE.configBrand,
          `there is no brand file "${config.brand}"`,
          `The path is relative to ${CONFIG_FILE}. Check the spelling, or remove the line to build without a brand.`
        ));
      }
    }
  }
  if (findings.some((f) => f.severity === "error")) throw new ContentError(findings);
  const brand = flags.brand ? path.resolve(cwd, flags.brand) : config.brand ? path.resolve(cwd, config.brand) : void 0;
  return { theme: flags.theme ?? config.theme ?? DEFAULT_THEME, ...brand ? { brand } : {} };
}

export {
  DEFAULT_THEME,
  projectConfigSchema,
  chooseLook
};
