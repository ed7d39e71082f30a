import { createRequire as __wkCreateRequire } from 'node:module'; const require = __wkCreateRequire(import.meta.url);

// src/schema/nations.ts
var NATIONS = ["england", "wales", "scotland", "northern-ireland"];

export {
  NATIONS
};
