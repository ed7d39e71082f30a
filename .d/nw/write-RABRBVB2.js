import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  audienceFolder,
  commitStaged,
  createStaging,
  discardStaged,
  stageAudience,
  stageOutputs,
  stagedEntries
} from "./chunk-OF6JLMX6.js";
import "./chunk-LTUXSBKX.js";
import "./chunk-AKJVFXR4.js";
export {
  audienceFolder,
  commitStaged,
  createStaging,
  discardStaged,
  stageAudience,
  stageOutputs,
  stagedEntries
};
