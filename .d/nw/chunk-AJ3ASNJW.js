import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  audienceDefaultsSchema,
  audienceFileSchema
} from "./chunk-P2W3ZIII.js";
import {
  readYamlFile
} from "./chunk-ABWMCXI7.js";
import {
  PROJECT_ROOT
} from "./chunk-AH7RKJCQ.js";
import {
  CODE
} from "./chunk-APUE7URT.js";

// src/audiences/load-audiences.ts
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
var AUDIENCES_FOLDER = "audiences";
var DEFAULTS_FILE = "_defaults.yaml";
var ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
var DOCS = 'An audience file takes label, who, kind, ages, year-groups, holding-first, ground-rules, staff-duties, default-formats, print and requires: see docs/module-format.md, "Audiences".';
var DEFAULTS_DOCS = 'The defaults file takes holding (title, items) and ground-rules (title, notes, items): see docs/module-format.md, "Audiences".';
function audienceFolders(projectRoot) {
  const shipped = path.join(PROJECT_ROOT, AUDIENCES_FOLDER);
  const own = path.join(path.resolve(projectRoot), AUDIENCES_FOLDER);
  return own === shipped || !fs.existsSync(own) ? [shipped] : [shipped, own];
}
var projectRootOf = (moduleDir) => path.dirname(path.dirname(path.resolve(moduleDir)));
function toProfile(id, file) {
  return {
    id,
    label: file.label,
    who: file.who,
    kind: file.kind,
    ages: { min: file.ages.min, ...file.ages.max !== void 0 ? { max: file.ages.max } : {} },
    holdingFirst: file["holding-first"],
    groundRules: file["ground-rules"],
    staffDuties: file["staff-duties"],
    speakerNotes: file["speaker-notes"],
    yearGroups: file["year-groups"] ?? {},
    defaultFormats: file["default-formats"],
    print: file.print["min-text-size"] ? { minTextSize: file.print["min-text-size"] } : {},
    requires: [.../* @__PURE__ */ new Set(["signposting", ...file.requires])]
  };
}
var order = (a, b) => (a.kind === b.kind ? 0 : a.kind === "adult" ? -1 : 1) || b.ages.min - a.ages.min || a.id.localeCompare(b.id);
var readBefore = /* @__PURE__ */ new Map();
function loadAudiences(projectRoot, cwd = process.cwd()) {
  const key = createHash("sha256").update(cwd);
  for (const folder of audienceFolders(projectRoot)) {
    for (const name of fs.readdirSync(folder).sort()) {
      const file = path.join(folder, name);
      key.update(`\0${file}\0`);
      try {
        key.update(fs.readFileSync(file));
      } catch {
        key.update("\0unreadable\0");
      }
    }
  }
  const digest = key.digest("hex");
  let set = readBefore.get(digest);
  if (!set) {
    set = readAudiences(projectRoot, cwd);
    if (readBefore.size >= 20) readBefore.clear();
    readBefore.set(digest, set);
  }
  return { ...set, ids: [...set.ids], sources: [...set.sources], findings: [...set.findings] };
}
function readAudiences(projectRoot, cwd) {
  const byId = /* @__PURE__ */ new Map();
  const sources = [];
  const findings = [];
  let defaults;
  for (const folder of audienceFolders(projectRoot)) {
    const names = fs.readdirSync(folder).filter((name) => name.endsWith(".yaml")).sort();
    for (const name of names) {
      const file = path.join(folder, name);
      if (name === DEFAULTS_FILE) {
        const read2 = readYamlFile(file, audienceDefaultsSchema, DEFAULTS_DOCS, cwd);
        sources.push(read2.source);
        findings.push(...read2.findings);
        if (read2.data) defaults = read2.data;
        continue;
      }
      const id = name.slice(0, -".yaml".length);
      const read = readYamlFile(file, audienceFileSchema, DOCS, cwd);
      sources.push(read.source);
      if (!ID.test(id)) {
        findings.push(read.source.finding(
          0,
          "error",
          CODE.audienceBadId,
          `"${id}" cannot be an audience id: the file name is the id`,
          'Name the file with lower-case letters, digits and single hyphens, like "older-people.yaml".'
        ));
        continue;
      }
      findings.push(...read.findings);
      if (read.data) byId.set(id, toProfile(id, read.data));
    }
  }
  if (!defaults && !findings.some((f) => f.file.endsWith(DEFAULTS_FILE))) {
    throw new Error(`workshopkit: ${path.join(PROJECT_ROOT, AUDIENCES_FOLDER, DEFAULTS_FILE)} is missing`);
  }
  const profiles = [...byId.values()].sort(order);
  return {
    profiles: new Map(profiles.map((p) => [p.id, p])),
    ids: profiles.map((p) => p.id),
    // A broken defaults file is reported above; its place is taken by nothing usable, so nothing is built.
    defaults: defaults ?? { holding: { title: "", items: [] }, "ground-rules": { title: "", notes: "", items: [] } },
    sources,
    findings
  };
}

export {
  audienceFolders,
  projectRootOf,
  loadAudiences
};
