import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);

// src/config/config-file.ts
var CONFIG_FILE = "workshopkit.config.yaml";

export {
  CONFIG_FILE
};
