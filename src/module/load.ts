// Stage 1: read a module's files from disk, keeping positions. Nothing else reads content from disk.
import fs from 'node:fs';
import path from 'node:path';
import type { Finding } from '../errors/finding.js';
import { didYouMean } from '../errors/did-you-mean.js';
import { displayPath, resolveInside } from '../source/paths.js';
import { SourceText, YamlSource } from '../source/source-text.js';
import { loadAudiences, projectRootOf, type AudienceSet } from '../audiences/load-audiences.js';
import { CODE } from '../errors/catalogue.js';
import { readText } from '../errors/read-text.js';
import { yamlData } from '../source/yaml-errors.js';

export interface LoadedModule {
  /** The folder name, which is the module's id. */
  folderName: string;
  dir: string;
  module: YamlSource;
  stats?: YamlSource;
  resources?: YamlSource;
  /** Markdown files named by blocks, keyed by the path as written in module.yaml. */
  sections: Map<string, SourceText>;
  /** The audiences the module's project knows (audiences/ beside its modules folder, and the shipped ones). */
  audiences: AudienceSet;
  findings: Finding[];
}

/** Reads one of the module's own YAML files; absent is fine, anything else wrong is a finding. */
function readYaml(dir: string, name: string): { source?: YamlSource; findings: Finding[] } {
  const file = path.join(dir, name);
  const isLink = () => fs.lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
  if (!fs.existsSync(file) && !isLink()) return { findings: [] }; // a link to nothing is reported, not ignored
  const shown = displayPath(file);
  if (!resolveInside(dir, name)) {
    return { findings: [{ file: shown, line: 1, col: 1, severity: 'error', rule: CODE.moduleOutsideFolder, message: `${name} links to a file outside the module's folder`,
      hint: 'Put the file itself in the module folder instead of a link to it.' }] };
  }
  const read = readText(file, shown, 'yaml');
  return 'finding' in read ? { findings: [read.finding] } : { source: new YamlSource(shown, read.text), findings: [] };
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
  const read = readYaml(absoluteDir, 'module.yaml');
  if (!read.source && !read.findings.length) throw new Error(`loadModule: ${moduleFile} does not exist`);
  // A module.yaml that cannot be read stands as an empty file, so its finding is reported like any other.
  const module = read.source ?? new YamlSource(displayPath(moduleFile), '');

  const loaded: LoadedModule = {
    folderName: path.basename(absoluteDir),
    dir: absoluteDir,
    module,
    sections: new Map(),
    audiences: loadAudiences(projectRootOf(absoluteDir)),
    findings: [...read.findings],
  };
  loaded.findings.push(...loaded.audiences.findings);
  const stats = readYaml(absoluteDir, 'stats.yaml');
  const resources = readYaml(absoluteDir, 'resources.yaml');
  if (stats.source) loaded.stats = stats.source;
  if (resources.source) loaded.resources = resources.source;
  loaded.findings.push(...stats.findings, ...resources.findings);
  for (const source of [loaded.module, loaded.stats, loaded.resources]) if (source) loaded.findings.push(...source.syntaxFindings());
  if (loaded.findings.length) return loaded;

  const blocks: unknown = (yamlData(module).data as { blocks?: unknown } | null)?.blocks;
  if (!Array.isArray(blocks)) return loaded;
  const available = listMarkdown(absoluteDir);
  blocks.forEach((block: unknown, index) => {
    const file = (block as { file?: unknown } | null)?.file;
    if (typeof file !== 'string' || loaded.sections.has(file)) return;
    const at = module.offsetAt(['blocks', index, 'file']);
    const resolved = resolveInside(absoluteDir, file);
    if (!resolved) {
      loaded.findings.push(
        module.finding(at, 'error', CODE.moduleOutsideFolder, `"${file}" is outside the module's folder`,
          'A module may only use files inside its own folder, such as "sections/intro.md".'),
      );
    } else if (!fs.existsSync(resolved)) {
      loaded.findings.push(
        module.finding(at, 'error', CODE.moduleMissingFile, `"${file}" does not exist`,
          `${didYouMean(file, available)} Create the file or correct the path (relative to the module folder).`.trim()),
      );
    } else {
      const text = readText(resolved, displayPath(resolved), 'markdown');
      if ('text' in text) loaded.sections.set(file, new SourceText(displayPath(resolved), text.text));
      // A folder where a section belongs is the module's mistake: point at the line that names it.
      else if (text.finding.rule === CODE.fileNotAFile) loaded.findings.push(module.finding(at, 'error', CODE.moduleMissingFile, `"${file}" is a folder, not a Markdown file`, 'Name a .md file inside the folder, or put the file in its place.'));
      else loaded.findings.push(text.finding);
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
