import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);

// src/schema/format-ids.ts
var registered = [];
function registerFormatId(id) {
  if (!registered.includes(id)) registered.push(id);
}
function unregisterFormatId(id) {
  const at = registered.indexOf(id);
  if (at >= 0) registered.splice(at, 1);
}
function formatIds() {
  if (!registered.length) throw new Error("no output formats are registered: import src/formats/registry.ts before reading modules");
  return registered;
}

export {
  registerFormatId,
  unregisterFormatId,
  formatIds
};
