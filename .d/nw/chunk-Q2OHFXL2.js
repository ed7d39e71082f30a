import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);

// node_modules/puppeteer-core/lib/esm/puppeteer/util/version.js
var packageVersion = "24.43.1";

export {
  packageVersion
};
/*! Bundled license information:

puppeteer-core/lib/esm/puppeteer/util/version.js:
  (**
   * @license
   * Copyright 2025 Google Inc.
   * SPDX-License-Identifier: Apache-2.0
   *)
*/
