import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);

// src/schema/nations.ts
var NATIONS = ["england", "wales", "scotland", "northern-ireland"];

export {
  NATIONS
};
