import { createRequire as __wkCreateRequire } from 'node:module'; const require = __wkCreateRequire(import.meta.url);
import {
  convertPuppeteerChannelToBrowsersChannel
} from "./chunk-VGFJTCEN.js";
import "./chunk-H2JS357Q.js";
import "./chunk-HM5VNEME.js";
import "./chunk-4PKAJJXE.js";
export {
  convertPuppeteerChannelToBrowsersChannel
};
