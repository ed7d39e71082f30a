import { createRequire as __wkCreateRequire } from 'node:module'; const require = __wkCreateRequire(import.meta.url);
import {
  audienceFolder,
  commitStaged,
  createStaging,
  discardStaged,
  stageAudience,
  stageOutputs,
  stagedEntries
} from "./chunk-25KQO4R4.js";
import "./chunk-Q4YLLKYV.js";
import "./chunk-4PKAJJXE.js";
export {
  audienceFolder,
  commitStaged,
  createStaging,
  discardStaged,
  stageAudience,
  stageOutputs,
  stagedEntries
};
