import { createRequire as __wkCreateRequire } from 'node:module'; const require = __wkCreateRequire(import.meta.url);

// src/config/config-file.ts
var CONFIG_FILE = "workshopkit.config.yaml";

export {
  CONFIG_FILE
};
