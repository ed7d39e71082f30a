import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  DEFAULT_AUDIENCES,
  STARTER_AUDIENCES,
  STARTER_BLOCKS,
  STARTER_RESOURCES,
  STARTER_SECTIONS,
  STARTER_STATS
} from "./chunk-FFU2VPID.js";
import {
  loadAudiences
} from "./chunk-AJ3ASNJW.js";
import "./chunk-P2W3ZIII.js";
import "./chunk-IAZRVZ5K.js";
import "./chunk-RILM3WUK.js";
import "./chunk-4ARIKUGY.js";
import "./chunk-KSLRJXZW.js";
import {
  allFormats
} from "./chunk-6YAK4YZW.js";
import "./chunk-HRRYUBNR.js";
import {
  ContentError,
  EnvironmentError,
  UsageError
} from "./chunk-YIOUWWQO.js";
import "./chunk-T46MW2HU.js";
import "./chunk-ZA5X3MFD.js";
import "./chunk-NGYMUSKR.js";
import "./chunk-7LJGQP6V.js";
import "./chunk-ABWMCXI7.js";
import "./chunk-DFQLIUK3.js";
import {
  require_dist
} from "./chunk-IAD3MKC4.js";
import "./chunk-ATT2L2IN.js";
import {
  PROJECT_ROOT
} from "./chunk-AH7RKJCQ.js";
import "./chunk-APUE7URT.js";
import {
  didYouMean
} from "./chunk-IN3YCHNO.js";
import "./chunk-VJZFBD7F.js";
import {
  __toESM
} from "./chunk-AKJVFXR4.js";

// src/scaffold/new-module.ts
var import_yaml = __toESM(require_dist(), 1);
import fs from "node:fs";
import path from "node:path";
var ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
var MAX_ID_LENGTH = 64;
var RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;
function checkModuleId(id) {
  const hint = 'Use lower-case letters, digits and single hyphens, starting with a letter or digit, like "online-scams".';
  if (!id) throw new UsageError("a module needs an id", hint);
  if (id.length > MAX_ID_LENGTH) throw new UsageError(`the id "${id.slice(0, 20)}\u2026" is ${id.length} characters long`, `Keep it to ${MAX_ID_LENGTH} or fewer. ${hint}`);
  if (!ID.test(id)) {
    const suggestion = id.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
    throw new UsageError(`"${id}" is not a safe folder name for a module`, `${hint}${suggestion && suggestion !== id ? ` For example "${suggestion}".` : ""}`);
  }
  if (RESERVED.test(id)) throw new UsageError(`"${id}" is a name Windows keeps for a device, so it cannot be a folder there`, hint);
}
function checkAudiences(audiences, known = loadAudiences(PROJECT_ROOT)) {
  const ids = known.ids;
  if (!audiences.length) throw new UsageError("--audiences names no audience", `Use some of: ${ids.join(", ")}.`);
  const unknown = [...new Set(audiences.filter((a) => !ids.includes(a)))];
  if (unknown.length) {
    throw new UsageError(
      `there ${unknown.length === 1 ? "is no audience" : "are no audiences"} ${unknown.map((a) => `"${a}"`).join(", ")}`,
      [...unknown.map((a) => `${a}: ${didYouMean(a, ids) || "no audience has a similar name."}`), `Audiences are the files in audiences/: ${ids.join(", ")}.`].join("\n  ")
    );
  }
  return ids.filter((a) => audiences.includes(a));
}
function standInFor(profile) {
  if (profile.kind === "pupil") return profile.ages.min >= 14 ? "pupils-14-18" : "pupils-11-13";
  if (profile.holdingFirst) return "webinar";
  return profile.staffDuties ? "professionals" : "parents";
}
function withStandIns(blocks, standIns) {
  if (!standIns.size) return blocks;
  const extend = (ids) => [...ids, ...[...standIns].filter(([, like]) => ids.includes(like)).map(([id]) => id)];
  const extendItems = (value) => Array.isArray(value) ? value.map((item) => Array.isArray(item?.audiences) ? { ...item, audiences: extend(item.audiences) } : item) : value;
  return blocks.map((block) => ({
    ...block,
    ...block.audiences ? { audiences: extend(block.audiences) } : {},
    minutes: { ...block.minutes, ...Object.fromEntries([...standIns].map(([id, like]) => [id, block.minutes[like] ?? 0])) },
    body: Object.fromEntries(Object.entries(block.body).map(([key, value]) => [key, extendItems(value)]))
  }));
}
var commentText = (lines) => lines.map((line) => line ? ` ${line}` : "").join("\n");
function pairOf(map, key) {
  const pair = (0, import_yaml.isMap)(map) ? map.items.find((item) => (0, import_yaml.isScalar)(item.key) && item.key.value === key) : void 0;
  if (!pair) throw new Error(`the starter module has no "${key}"`);
  return pair;
}
function commentAbove(map, key, lines) {
  const pair = pairOf(map, key);
  pair.key.commentBefore = commentText(lines);
  pair.key.spaceBefore = true;
}
function commentAfter(map, key, text) {
  pairOf(map, key).value.comment = ` ${text}`;
}
var FLOW_KEYS = /* @__PURE__ */ new Set(["audiences", "formats", "resources", "minutes"]);
function flowShortLists(node) {
  if ((0, import_yaml.isMap)(node)) {
    for (const pair of node.items) {
      const short = (0, import_yaml.isSeq)(pair.value) ? pair.value.items.every(import_yaml.isScalar) : (0, import_yaml.isMap)(pair.value) && pair.value.items.every((item) => (0, import_yaml.isScalar)(item.value));
      if (((0, import_yaml.isSeq)(pair.value) || (0, import_yaml.isMap)(pair.value)) && short && (0, import_yaml.isScalar)(pair.key) && FLOW_KEYS.has(String(pair.key.value))) pair.value.flow = true;
      else flowShortLists(pair.value);
    }
  } else if ((0, import_yaml.isSeq)(node)) {
    for (const item of node.items) flowShortLists(item);
  }
}
function itemsFor(value, audiences) {
  if (!Array.isArray(value)) return value;
  return value.flatMap((item) => {
    const shownTo = item?.audiences;
    if (!Array.isArray(shownTo)) return [item];
    const seen = audiences.filter((a) => shownTo.includes(a));
    if (!seen.length) return [];
    const { audiences: _all, ...rest } = item;
    return [seen.length < audiences.length ? { ...rest, audiences: seen } : rest];
  });
}
function blockFor(block, audiences) {
  const seen = audiences.filter((a) => !block.audiences || block.audiences.includes(a));
  if (!seen.length) return void 0;
  const minutes = seen.map((a) => block.minutes[a] ?? 0);
  return {
    ...block.head,
    ...seen.length < audiences.length ? { audiences: seen } : {},
    minutes: minutes.every((m) => m === minutes[0]) ? minutes[0] : Object.fromEntries(seen.map((a, i) => [a, minutes[i]])),
    ...Object.fromEntries(Object.entries(block.body).map(([key, value]) => [key, itemsFor(value, audiences)]))
  };
}
function moduleYaml(id, audiences, today, known, starterBlocks) {
  const blocks = starterBlocks.map((block) => ({ block, value: blockFor(block, audiences) })).filter((b) => b.value);
  const doc = new import_yaml.Document({
    id,
    title: "Keeping your accounts safe online",
    subtitle: "Scam messages, strong passwords and what to do if something goes wrong",
    locale: "en-GB",
    reviewed: today,
    nation: "england",
    variables: {
      "safeguarding-lead": {
        england: "designated safeguarding lead (DSL)",
        wales: "designated safeguarding person (DSP)",
        scotland: "child protection coordinator",
        "northern-ireland": "designated teacher for child protection"
      }
    },
    audiences: Object.fromEntries(audiences.map((audience) => {
      const profile = known.profiles.get(audience);
      const entry = STARTER_AUDIENCES[audience] ?? { ...STARTER_AUDIENCES[standInFor(profile)], formats: profile.defaultFormats };
      return [audience, { duration: entry.duration, formats: entry.formats, ...entry.extra }];
    })),
    blocks: blocks.map((b) => b.value)
  });
  const root = doc.contents;
  pairOf(root, "id").key.commentBefore = commentText([
    "yaml-language-server: $schema=../../schemas/module.schema.json",
    "A workshopkit module: the metadata, the audiences, and the blocks in the order they are taught.",
    "The line above lets editors with a YAML language server complete and check this file.",
    "docs/module-format.md describes every key; `workshopkit check` and `workshopkit serve` check it as you go."
  ]);
  commentAfter(root, "id", "the folder name");
  commentAfter(root, "reviewed", "when the content was last checked; the check warns after 12 months");
  commentAfter(root, "nation", "england | wales | scotland | northern-ireland: the words of {{var ...}}");
  commentAbove(root, "variables", ["Words that differ by nation, used in any text as {{var name}}. The build uses the module's nation, or --nation."]);
  commentAbove(root, "audiences", [
    `Who the module is for. Ids are the files in audiences/: ${known.ids.join(", ")}.`,
    "The minutes of the blocks each audience sees must add up to its duration.",
    `formats: ${allFormats().map((format) => `${format.id} (${format.label})`).join(", ")}.`
  ]);
  commentAbove(root, "blocks", ["The blocks, in teaching order. Each becomes one or more slides, and a part of the handout or lesson plan."]);
  const items = pairOf(root, "blocks").value.items;
  items.forEach((item, i) => {
    if (i > 0) item.spaceBefore = true;
    const comment = blocks[i].block.comment;
    if (comment) item.commentBefore = commentText(comment);
  });
  flowShortLists(root);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
function scaffoldFiles(id, audiences = DEFAULT_AUDIENCES, today = (/* @__PURE__ */ new Date()).toISOString().slice(0, 10), known = loadAudiences(PROJECT_ROOT)) {
  const chosen = checkAudiences(audiences, known);
  const standIns = new Map(chosen.filter((a) => !STARTER_AUDIENCES[a]).map((a) => [a, standInFor(known.profiles.get(a))]));
  const blocks = withStandIns(STARTER_BLOCKS, standIns);
  const sections = blocks.filter((b) => b.file && chosen.some((a) => !b.audiences || b.audiences.includes(a))).map((b) => b.file);
  return [
    { path: "module.yaml", contents: moduleYaml(id, chosen, today, known, blocks) },
    { path: "stats.yaml", contents: STARTER_STATS },
    { path: "resources.yaml", contents: STARTER_RESOURCES },
    ...sections.map((file) => ({ path: file, contents: STARTER_SECTIONS[file] }))
  ];
}
function createModule(modulesDir, id, audiences, today) {
  checkModuleId(id);
  const dir = path.join(modulesDir, id);
  if (fs.existsSync(dir)) {
    throw new UsageError(`${dir} already exists`, "Choose another id; workshopkit new never overwrites a module. To start again, move or delete the folder first.");
  }
  const known = loadAudiences(path.dirname(path.resolve(modulesDir)));
  if (known.findings.length) throw new ContentError(known.findings);
  const files = scaffoldFiles(id, audiences, today, known);
  let staging;
  try {
    fs.mkdirSync(modulesDir, { recursive: true });
    staging = fs.mkdtempSync(path.join(modulesDir, `.new-${id}-`));
    for (const file of files) {
      const target = path.join(staging, ...file.path.split("/"));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, file.contents);
    }
    fs.renameSync(staging, dir);
  } catch (error) {
    if (staging) fs.rmSync(staging, { recursive: true, force: true });
    throw writeProblem(error, modulesDir);
  }
  return { dir, files: files.map((f) => path.join(dir, ...f.path.split("/"))) };
}
function fileInTheWay(dir) {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    try {
      return fs.statSync(current).isDirectory() ? void 0 : current;
    } catch {
      if (path.dirname(current) === current) return void 0;
    }
  }
}
function writeProblem(error, modulesDir) {
  const code = error?.code;
  const where = error?.path ?? modulesDir;
  const hint = "Pass --modules-dir with a folder you can write to.";
  if (code === "ENOTDIR" || code === "EEXIST") {
    const file = fileInTheWay(modulesDir);
    if (file) return new EnvironmentError(`cannot make the modules folder ${modulesDir}: ${file} is a file, not a folder. Move the file, or pass --modules-dir with another folder.`, { cause: error });
  }
  if (code === "EACCES" || code === "EPERM") return new EnvironmentError(`cannot write in ${where}: permission denied. ${hint}`, { cause: error });
  if (code === "EROFS") return new EnvironmentError(`cannot write in ${where}: the disk is read-only. ${hint}`, { cause: error });
  if (code === "ENOSPC" || code === "EDQUOT") return new EnvironmentError(`cannot write in ${where}: the disk is full. Free some space and run it again.`, { cause: error });
  return error;
}
export {
  checkAudiences,
  checkModuleId,
  createModule,
  scaffoldFiles,
  writeProblem
};
