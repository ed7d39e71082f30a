#!/usr/bin/env node
import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);

// src/bin.ts
import fs from "node:fs";
import path from "node:path";
async function willPrint(argv2) {
  if (argv2[0] !== "build" || argv2.includes("--dry-run") || argv2.includes("--help") || argv2.includes("-h")) return false;
  const at = argv2.findIndex((arg) => arg === "--format" || arg === "-f" || arg.startsWith("--format="));
  const value = at < 0 ? void 0 : argv2[at].includes("=") ? argv2[at].split("=")[1] : argv2[at + 1] ?? "";
  const { printsAny } = await import("./registry-OCS6QFVQ.js");
  return printsAny(value?.split(",").map((format) => format.trim()));
}
function optionValue(argv2, names) {
  for (let i = 0; i < argv2.length; i++) {
    const arg = argv2[i];
    if (names.includes(arg)) return argv2[i + 1];
    const name = names.find((n) => arg.startsWith(`${n}=`));
    if (name) return arg.slice(name.length + 1);
  }
  return void 0;
}
function mayBeUpToDate(argv2) {
  if (argv2.includes("--force")) return false;
  return fs.existsSync(path.join(path.resolve(optionValue(argv2, ["--out", "-o"]) ?? "out"), ".workshopkit-keys.json"));
}
var argv = process.argv.slice(2);
if (argv[0] === "build") (await import("./interrupt-LELU7G36.js")).exitOnInterrupt();
var warmBrowser;
if (await willPrint(argv) && !mayBeUpToDate(argv)) {
  warmBrowser = import("./browser-7QL4QK4Z.js").then(({ launchBrowser }) => launchBrowser());
  warmBrowser.catch(() => void 0);
}
var { main } = await import("./cli-K7V44MEH.js");
try {
  process.exitCode = await main(argv, void 0, warmBrowser ? { warmBrowser } : {});
} finally {
  await warmBrowser?.then((launched) => launched.close(), () => void 0);
}
