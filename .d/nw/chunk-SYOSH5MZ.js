import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  CODE
} from "./chunk-APUE7URT.js";
import {
  didYouMean
} from "./chunk-IN3YCHNO.js";

// src/check/config.ts
var defaults = (rule) => ({ level: rule.severity, explicit: false, options: rule.options?.parse({}) ?? {} });
function resolveConfig(m, rules) {
  const settings = new Map(rules.map((rule) => [rule.id, defaults(rule)]));
  const findings = [];
  const yaml = m.loaded.module;
  const at = ["check", "rules"];
  const ids = rules.map((r) => r.id);
  for (const [id, value] of Object.entries(m.source.check?.rules ?? {})) {
    const keyAt = yaml.keyOffset(at, id);
    const rule = rules.find((r) => r.id === id);
    if (!rule) {
      findings.push(yaml.finding(
        keyAt,
        "error",
        CODE.checkConfig,
        `there is no check rule "${id}"`,
        `${didYouMean(id, ids)} The rules are listed in the README under "Rules".`
      ));
      continue;
    }
    const { level, ...options } = typeof value === "string" ? { level: value } : value;
    const setting = defaults(rule);
    if (level) Object.assign(setting, { level, explicit: true });
    if (rule.validates?.length && setting.level !== "error") {
      findings.push(yaml.finding(
        keyAt,
        "warning",
        CODE.checkConfig,
        `${id} cannot be set to "${setting.level}": its problems stop a build`,
        `It guards ${rule.doc.charAt(0).toLowerCase()}${rule.doc.slice(1).replace(/\.$/, "")}. Remove this setting.`
      ));
      Object.assign(setting, { level: "error", explicit: false });
    }
    if (Object.keys(options).length) {
      if (!rule.options) {
        findings.push(yaml.finding(keyAt, "error", CODE.checkConfig, `${id} takes no options`, "Give only a level: off, warning or error."));
      } else {
        const parsed = rule.options.safeParse(options);
        if (parsed.success) setting.options = parsed.data;
        else {
          for (const issue of parsed.error.issues) {
            const key = String(issue.path[0] ?? "");
            const where = key ? yaml.keyOffset([...at, id], key) : keyAt;
            findings.push(yaml.finding(
              where,
              "error",
              CODE.checkConfig,
              `${id}: ${key ? `"${key}": ` : ""}${issue.message}`,
              issue.code === "unrecognized_keys" ? `Options of ${id}: level, ${Object.keys(rule.options.parse({})).join(", ")}.` : void 0
            ));
          }
        }
      }
    }
    settings.set(id, setting);
  }
  return { settings, findings };
}

export {
  resolveConfig
};
