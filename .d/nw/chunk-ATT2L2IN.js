import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  CODE
} from "./chunk-APUE7URT.js";

// src/errors/read-text.ts
import fs from "node:fs";
import { isUtf8 } from "node:buffer";
var SIZE_LIMITS = { yaml: 1024 * 1024, markdown: 2 * 1024 * 1024, xliff: 8 * 1024 * 1024 };
var KIND_NAMES = { yaml: "YAML", markdown: "Markdown", xliff: "XLIFF" };
var atStart = (file, rule, message, hint) => ({ file, line: 1, col: 1, severity: "error", rule, message, hint });
function fileProblem(error, shown) {
  switch (error.code) {
    case "EISDIR":
      return atStart(shown, CODE.fileNotAFile, `${shown} is a folder, where a file belongs`, "Move the folder away and put the file in its place.");
    case "EACCES":
    case "EPERM":
      return atStart(shown, CODE.fileUnreadable, `${shown} cannot be read: permission denied`, `Let your user read it (for example: chmod u+r "${shown}").`);
    case "ENOENT":
      return atStart(
        shown,
        CODE.fileUnreadable,
        `${shown} is not there: it is a link to a file that does not exist, or it was removed while being read`,
        "Put the file itself in its place (a module keeps its own files, not links to them)."
      );
    case "ENOTDIR":
      return atStart(shown, CODE.fileNotAFile, `a part of the path ${shown} is a file, where a folder belongs`, "Check the folders on the way to this file.");
    default:
      return atStart(shown, CODE.fileUnreadable, `${shown} cannot be read (${error.code ?? error.message})`, "Check that the disk is there and the file is whole.");
  }
}
function firstBadByte(bytes) {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 10) continue;
    const lineBytes = bytes.subarray(start, i);
    if (!isUtf8(lineBytes)) {
      const decoded = new TextDecoder("utf-8").decode(lineBytes);
      return { line, col: Math.max(0, decoded.indexOf("\uFFFD")) + 1 };
    }
    line += 1;
    start = i + 1;
  }
  return { line: 1, col: 1 };
}
function readText(file, shown, kind) {
  let bytes;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) {
      const what = stat.isDirectory() ? "a folder" : "not a regular file";
      return { finding: atStart(shown, CODE.fileNotAFile, `${shown} is ${what}, where a file belongs`, "Put the file in its place, or remove what is there.") };
    }
    const limit = SIZE_LIMITS[kind];
    if (stat.size > limit) {
      return { finding: atStart(
        shown,
        CODE.fileTooLarge,
        `${shown} is ${(stat.size / 1024 / 1024).toFixed(1)} MB; workshopkit reads ${KIND_NAMES[kind]} files up to ${limit / 1024 / 1024} MB`,
        "Split the content over several files, or remove what does not belong (pasted images, logs)."
      ) };
    }
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { finding: fileProblem(error, shown) };
  }
  if (!isUtf8(bytes)) {
    const { line, col } = firstBadByte(bytes);
    return { finding: {
      file: shown,
      line,
      col,
      severity: "error",
      rule: CODE.fileEncoding,
      message: "this line has bytes that are not UTF-8 text",
      hint: "Save the file as UTF-8 in your editor (Save with encoding, or Reopen with encoding then save); a character pasted from another program may be the one."
    } };
  }
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
  return { text };
}

export {
  readText
};
