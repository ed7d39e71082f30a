// The built-in themes: a folder in themes/ with a theme.yaml of design tokens. themes/base/ holds the
// stylesheets every theme shares, written only in the tokens' custom properties.
import fs from 'node:fs';
import path from 'node:path';
import { didYouMean } from '../errors/did-you-mean.js';
import type { Finding } from '../errors/finding.js';
import type { YamlSource } from '../source/source-text.js';
import { THEMES_DIR } from '../project-root.js';
import { lookOf, type Look } from './look.js';
import { themeSchema, type ThemeSource } from './theme-schema.js';
import { readYamlFile } from '../source/yaml-file.js';
import { availableThemes, THEME_FILE } from './theme-names.js';

export { availableThemes, THEME_FILE } from './theme-names.js';

/** The stylesheets every theme uses, in themes/base/. */
export const BASE_DIR = path.join(THEMES_DIR, 'base');

export interface Theme {
  name: string;
  source: ThemeSource;
  /** theme.yaml, with positions, for pointing at a token. */
  file: YamlSource;
}


/** Why a theme name cannot be used ("did you mean" included), or undefined when there is such a theme. */
export function unknownTheme(name: string): { message: string; hint: string } | undefined {
  const themes = availableThemes();
  return themes.includes(name) ? undefined : { message: `there is no theme "${name}"`, hint: didYouMean(name, themes) };
}

/** Reads and checks a theme's tokens. Read afresh each time, so a preview picks up a changed theme. */
export function loadTheme(name: string, themesDir = THEMES_DIR): { theme?: Theme; findings: Finding[] } {
  const file = path.join(themesDir, name, THEME_FILE);
  const parsed = readYamlFile(file, themeSchema, 'The tokens a theme needs are listed in src/theme/theme-schema.ts.');
  return parsed.data ? { theme: { name, source: parsed.data, file: parsed.source }, findings: parsed.findings } : { findings: parsed.findings };
}

/** A theme's look without a brand, for callers that name a theme only; its problems are a bug here. */
export function plainLook(name: string): Look {
  const { theme, findings } = loadTheme(name);
  if (!theme) throw new Error(`the theme "${name}" cannot be read: ${findings.map((f) => `${f.file}:${f.line}:${f.col} ${f.message}`).join('; ')}`);
  return lookOf(theme);
}
