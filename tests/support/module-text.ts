// A module's own words as lines: module.yaml and its sections, without YAML comments (Markdown headings stay).
import fs from 'node:fs';
import path from 'node:path';

export function moduleSourceLines(moduleDir: string): string[] {
  const sectionDir = path.join(moduleDir, 'sections');
  return [fs.readFileSync(path.join(moduleDir, 'module.yaml'), 'utf8'), ...fs.readdirSync(sectionDir).map((f) => fs.readFileSync(path.join(sectionDir, f), 'utf8'))]
    .join('\n')
    .split('\n')
    .filter((line) => !line.trim().startsWith('#') || /^#+\s/.test(line.trim()));
}
