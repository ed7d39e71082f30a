// Stage 1: read a module's files from disk, keeping positions. Nothing else reads content from disk.
import fs from 'node:fs';
import path from 'node:path';
import type { Finding } from '../errors/finding.js';
import { didYouMean } from '../errors/did-you-mean.js';
import { displayPath, resolveInside } from '../source/paths.js';
import { SourceText, YamlSource } from '../source/source-text.js';

export interface LoadedModule {
  /** The folder name, which is the module's id. */
  folderName: string;
  dir: string;
  module: YamlSource;
  stats?: YamlSource;
  resources?: YamlSource;
  /** Markdown files named by blocks, keyed by the path as written in module.yaml. */
  sections: Map<string, SourceText>;
  findings: Finding[];
}

function readYaml(file: string): YamlSource | undefined {
  if (!fs.existsSync(file)) return undefined;
  return new YamlSource(displayPath(file), fs.readFileSync(file, 'utf8'));
}

function listMarkdown(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    if (!fs.existsSync(current)) return;
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.md')) found.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

/** Reads module.yaml, stats.yaml, resources.yaml and every Markdown file that a block names. */
export function loadModule(dir: string): LoadedModule {
  const absoluteDir = path.resolve(dir);
  const moduleFile = path.join(absoluteDir, 'module.yaml');
  const module = readYaml(moduleFile);
  if (!module) throw new Error(`loadModule: ${moduleFile} does not exist`);

  const loaded: LoadedModule = {
    folderName: path.basename(absoluteDir),
    dir: absoluteDir,
    module,
    sections: new Map(),
    findings: [],
  };
  const stats = readYaml(path.join(absoluteDir, 'stats.yaml'));
  const resources = readYaml(path.join(absoluteDir, 'resources.yaml'));
  if (stats) loaded.stats = stats;
  if (resources) loaded.resources = resources;
  for (const source of [module, stats, resources]) if (source) loaded.findings.push(...source.syntaxFindings());

  const blocks: unknown = module.doc.errors.length ? undefined : module.doc.toJS()?.blocks;
  if (!Array.isArray(blocks)) return loaded;
  const available = listMarkdown(absoluteDir);
  blocks.forEach((block: unknown, index) => {
    const file = (block as { file?: unknown } | null)?.file;
    if (typeof file !== 'string' || loaded.sections.has(file)) return;
    const at = module.offsetAt(['blocks', index, 'file']);
    const resolved = resolveInside(absoluteDir, file);
    if (!resolved) {
      loaded.findings.push(
        module.finding(at, 'error', 'module/outside-folder', `"${file}" is outside the module's folder`,
          'A module may only use files inside its own folder, such as "sections/intro.md".'),
      );
    } else if (!fs.existsSync(resolved) || !fs.statSync(resolved).isFile()) {
      loaded.findings.push(
        module.finding(at, 'error', 'module/missing-file', `"${file}" does not exist`,
          `${didYouMean(file, available)} Create the file or correct the path (relative to the module folder).`.trim()),
      );
    } else {
      loaded.sections.set(file, new SourceText(displayPath(resolved), fs.readFileSync(resolved, 'utf8')));
    }
  });
  return loaded;
}

/** The module folders (those with a module.yaml) under a modules directory, sorted by name. */
export function findModuleDirs(modulesDir: string): string[] {
  if (!fs.existsSync(modulesDir)) return [];
  return fs
    .readdirSync(modulesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(modulesDir, e.name, 'module.yaml')))
    .map((e) => path.join(modulesDir, e.name))
    .sort();
}
