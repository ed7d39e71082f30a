// workshopkit.config.yaml, in the folder workshopkit runs in: settings a project keeps instead of typing
// them each time. A flag beats the config file, which beats the default; unknown keys are refused.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ContentError, type Finding } from '../errors/finding.js';
import { unknownTheme } from '../theme/load-theme.js';
import { readYamlFile } from '../source/yaml-file.js';
import { CODE } from '../errors/catalogue.js';

import { CONFIG_FILE } from './config-file.js';

export { CONFIG_FILE } from './config-file.js';
export const DEFAULT_THEME = 'default';

export const projectConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  theme: z.string().min(1).optional().describe('The theme every build uses unless --theme names another.'),
  brand: z.string().min(1).optional().describe('A brand file, relative to this file, used unless --brand names another.'),
});

export interface LookChoice {
  theme: string;
  /** Absolute path of the brand file, when there is one. */
  brand?: string;
}

/**
 * The theme and brand of a build: from the flags, else from workshopkit.config.yaml in `cwd`, else the
 * defaults. A mistake in the config file is reported at its line and column (exit 1); a wrong flag is the
 * caller's usage error.
 */
export function chooseLook(flags: { theme?: string; brand?: string }, cwd: string): LookChoice {
  const file = path.join(cwd, CONFIG_FILE);
  let config: z.infer<typeof projectConfigSchema> = {};
  const findings: Finding[] = [];
  if (fs.existsSync(file)) {
    const parsed = readYamlFile(file, projectConfigSchema, `${CONFIG_FILE} takes: theme, brand.`, cwd);
    findings.push(...parsed.findings);
    if (parsed.data) {
      config = parsed.data;
      const themeProblem = !flags.theme && config.theme ? unknownTheme(config.theme) : undefined;
      if (themeProblem) findings.push(parsed.source.findingAt(['theme'], 'error', CODE.configTheme, themeProblem.message, themeProblem.hint));
      const brand = config.brand && path.resolve(cwd, config.brand);
      if (!flags.brand && brand && !fs.existsSync(brand)) {
        findings.push(parsed.source.findingAt(['brand'], 'error', CODE.configBrand, `there is no brand file "${config.brand}"`,
          `The path is relative to ${CONFIG_FILE}. Check the spelling, or remove the line to build without a brand.`));
      }
    }
  }
  if (findings.some((f) => f.severity === 'error')) throw new ContentError(findings);
  const brand = flags.brand ? path.resolve(cwd, flags.brand) : config.brand ? path.resolve(cwd, config.brand) : undefined;
  return { theme: flags.theme ?? config.theme ?? DEFAULT_THEME, ...(brand ? { brand } : {}) };
}
