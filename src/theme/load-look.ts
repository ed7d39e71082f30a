// The look of a build: the theme named by --theme (or the project config), with the brand file laid over
// it, every colour pair checked for contrast and every size for legibility.
import { loadBrand } from '../brand/load-brand.js';
import type { Finding } from '../errors/finding.js';
import { loadTheme } from './load-theme.js';
import { contrastFindings, lookOf, sizeFindings, type Look } from './look.js';

/** The look, or the findings that stop the build; warnings (a very large logo) come with a look too. */
export function loadLook(themeName: string, brandFile?: string, cwd = process.cwd()): { look?: Look; findings: Finding[] } {
  const { theme, findings } = loadTheme(themeName);
  const loadedBrand = brandFile ? loadBrand(brandFile, cwd) : { findings: [] };
  findings.push(...loadedBrand.findings);
  if (!theme || (brandFile && !loadedBrand.brand)) return { findings };
  const look = lookOf(theme, loadedBrand.brand);
  findings.push(...sizeFindings(theme), ...contrastFindings(look));
  return findings.some((f) => f.severity === 'error') ? { findings } : { look, findings };
}
