import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  undoOnInterrupt
} from "./chunk-LTUXSBKX.js";

// src/pipeline/write.ts
import fs from "node:fs";
import path from "node:path";
function audienceFolder(output) {
  return output.edition ? [output.module, output.edition, output.audience] : [output.module, output.audience];
}
var removedOnInterrupt = /* @__PURE__ */ new Map();
function createStaging(outDir) {
  const createdOutDir = fs.mkdirSync(outDir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(outDir, ".staging-"));
  if (createdOutDir) createdFolders.set(staging, createdOutDir);
  removedOnInterrupt.set(staging, undoOnInterrupt(() => removeStaging(staging)));
  return staging;
}
var createdFolders = /* @__PURE__ */ new Map();
function removeStaging(staging) {
  fs.rmSync(staging, { recursive: true, force: true });
  const created = createdFolders.get(staging);
  if (created) {
    for (let folder = path.dirname(staging); folder.startsWith(created) && folder.length >= created.length; folder = path.dirname(folder)) {
      try {
        fs.rmdirSync(folder);
      } catch {
        break;
      }
    }
  }
}
function forgetStaging(staging) {
  removedOnInterrupt.get(staging)?.();
  removedOnInterrupt.delete(staging);
  createdFolders.delete(staging);
}
function stageAudience(staging, output) {
  for (const file of output.files) {
    const target = path.join(staging, ...audienceFolder(output), ...file.path.split("/"));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (file.copyFrom) fs.copyFileSync(file.copyFrom, target);
    else fs.writeFileSync(target, file.contents ?? "");
  }
}
function stageOutputs(outDir, outputs) {
  const staging = createStaging(outDir);
  for (const output of outputs) stageAudience(staging, output);
  return staging;
}
function stagedEntries(files) {
  return [...new Set(files.map((f) => f.path.split("/")[0]))].filter((entry) => !entry.startsWith("."));
}
function commitStaged(outDir, staging, outputs) {
  const trash = fs.mkdtempSync(path.join(outDir, ".old-"));
  const written = [];
  try {
    for (const output of outputs) {
      const stagedAudience = path.join(staging, ...audienceFolder(output));
      const finalAudience = path.join(outDir, ...audienceFolder(output));
      fs.mkdirSync(finalAudience, { recursive: true });
      for (const entry of [...output.entries].sort()) {
        const target = path.join(finalAudience, entry);
        if (fs.existsSync(target)) fs.renameSync(target, path.join(trash, [...audienceFolder(output), entry].join("-")));
        fs.renameSync(path.join(stagedAudience, entry), target);
        written.push(target);
      }
    }
  } finally {
    fs.rmSync(trash, { recursive: true, force: true });
    fs.rmSync(staging, { recursive: true, force: true });
    forgetStaging(staging);
  }
  return written;
}
function discardStaged(staging) {
  removeStaging(staging);
  forgetStaging(staging);
}

export {
  audienceFolder,
  createStaging,
  stageAudience,
  stageOutputs,
  stagedEntries,
  commitStaged,
  discardStaged
};
