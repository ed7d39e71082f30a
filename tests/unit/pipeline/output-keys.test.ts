// What every output's key is made from besides the module: everything workshopkit reads when it runs,
// wherever its code runs from (dist/ holds only the code; the catalogues and the terminology stay in src/).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TERMINOLOGY } from '../../../src/check/terminology.js';
import { LOCALES_DIR } from '../../../src/i18n/messages.js';
import { TOOL_FOLDERS } from '../../../src/pipeline/output-keys.js';
import { PROJECT_ROOT, TEMPLATES_DIR, THEMES_DIR } from '../../../src/project-root.js';

describe('the keys of outputs', () => {
  it('are made from every folder of data the package ships beside its code', () => {
    expect(TOOL_FOLDERS).toEqual(expect.arrayContaining([TEMPLATES_DIR, THEMES_DIR, LOCALES_DIR, path.dirname(BUILT_IN_TERMINOLOGY)]));
    // Each folder the package ships under src/ (package.json "files") is data read at run time: keyed too.
    const shipped = (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { files: string[] }).files.filter((f) => f.startsWith('src/'));
    expect(shipped.length).toBeGreaterThan(0);
    for (const folder of shipped) expect(TOOL_FOLDERS).toContain(path.join(PROJECT_ROOT, folder));
  });
});
