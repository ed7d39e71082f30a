import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  convertPuppeteerChannelToBrowsersChannel
} from "./chunk-HVS3JSRA.js";
import "./chunk-T2ZCH4WB.js";
import "./chunk-T5AWP2HC.js";
import "./chunk-AKJVFXR4.js";
export {
  convertPuppeteerChannelToBrowsersChannel
};
