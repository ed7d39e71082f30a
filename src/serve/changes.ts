// The rebuild planner. What a saved file touches: which module to check again, which formats to render
// again, whether every output needs it (a theme or the brand), or only the preview server's own pages; and,
// after the rebuild, which open pages reload and which may swap their slides in place.
import path from 'node:path';
import { deck } from '../formats/deck.js';
import { allFormats } from '../formats/registry.js';
import type { Format } from '../schema/module-schema.js';
import type { PageRef } from './paths.js';
import { keyName } from './site.js';

export interface WatchRoots {
  modulesDir: string;
  templatesDir: string;
  themesDir: string;
  /** A brand file, when the build has one. */
  brandFile?: string;
  /** The audiences folders (workshopkit's and the project's): every module is checked again when one changes. */
  audiencesDirs?: string[];
}

export type Change =
  | { kind: 'module'; id: string }
  | { kind: 'templates'; formats: Format[] }
  | { kind: 'everything' }
  | { kind: 'serve-pages' }
  | { kind: 'ignored' };

/** The plan for one batch of changes. */
export interface RebuildPlan {
  /** Modules to load, validate and check again (folder names). */
  modules: Set<string>;
  /** Formats to render again for every module, without checking again (a template changed). */
  formats: Set<Format>;
  /** A theme or the brand changed: render everything again. */
  everything: boolean;
  /** The index and source pages' own templates changed. */
  servePages: boolean;
  /** Every file that changed, absolute, so pages that copy one (a theme's CSS) reload. */
  files: Set<string>;
}

/** Editors' temporary and backup files: vim's swap files and its "4913" probe, emacs' lock files, "~" backups. */
export function isEditorTemporary(file: string): boolean {
  const name = path.basename(file);
  return name.startsWith('.') || name.endsWith('~') || /\.(?:swp|swx|swo|tmp|bak)$/i.test(name) || name === '4913';
}

const inside = (dir: string, file: string) => {
  const relative = path.relative(dir, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep) : undefined;
};

/** The formats whose output is made from a template folder: the deck's blocks are also printed as slides and notes. */
export function formatsUsingTemplates(folder: string): Format[] {
  const formats = allFormats();
  if (folder === 'shared' || !formats.some((f) => f.id === folder)) return formats.map((f) => f.id);
  return formats.filter((f) => f.id === folder || f.blocksFrom === folder).map((f) => f.id);
}

export function classifyChange(file: string, roots: WatchRoots): Change {
  const absolute = path.resolve(file);
  if (isEditorTemporary(absolute)) return { kind: 'ignored' };
  if (roots.brandFile && absolute === path.resolve(roots.brandFile)) return { kind: 'everything' };
  const inModules = inside(roots.modulesDir, absolute);
  // A folder starting with "." is no module: `workshopkit new` writes one there before moving it into place.
  if (inModules) return inModules.length >= 2 && !inModules[0]!.startsWith('.') ? { kind: 'module', id: inModules[0]! } : { kind: 'ignored' };
  const inTemplates = inside(roots.templatesDir, absolute);
  if (inTemplates) {
    if (inTemplates.length < 2) return { kind: 'ignored' };
    if (inTemplates[0] === 'serve') return { kind: 'serve-pages' };
    return { kind: 'templates', formats: formatsUsingTemplates(inTemplates[0]!) };
  }
  if (inside(roots.themesDir, absolute)) return { kind: 'everything' };
  if (roots.audiencesDirs?.some((dir) => inside(dir, absolute))) return { kind: 'everything' };
  return { kind: 'ignored' };
}

export function planRebuild(files: Iterable<string>, roots: WatchRoots): RebuildPlan {
  const plan: RebuildPlan = { modules: new Set(), formats: new Set(), everything: false, servePages: false, files: new Set() };
  for (const file of files) {
    const change = classifyChange(file, roots);
    if (change.kind === 'ignored') continue;
    plan.files.add(path.resolve(file));
    if (change.kind === 'module') plan.modules.add(change.id);
    else if (change.kind === 'templates') for (const format of change.formats) plan.formats.add(format);
    else if (change.kind === 'everything') plan.everything = true;
    else plan.servePages = true;
  }
  return plan;
}

/** The template folder a file is in ("deck", "shared", "serve"), or undefined when it is in none. */
export function templateFolderOf(file: string, roots: WatchRoots): string | undefined {
  const inTemplates = inside(roots.templatesDir, path.resolve(file));
  return inTemplates && inTemplates.length >= 2 ? inTemplates[0] : undefined;
}

/** What a save left as it was: modules whose inputs are those last checked, template folders that hold what they held. */
export interface Unchanged {
  modules: ReadonlySet<string>;
  templateFolders: ReadonlySet<string>;
  /** False when the themes and the brand are what they were. */
  lookChanged: boolean;
}

/** The plan less what a save left as it was; the formats and the preview's own pages only for the templates that changed. */
export function withoutUnchanged(plan: RebuildPlan, roots: WatchRoots, unchanged: Unchanged): RebuildPlan {
  const kept: RebuildPlan = { modules: new Set([...plan.modules].filter((id) => !unchanged.modules.has(id))), formats: new Set(), everything: unchanged.lookChanged, servePages: false, files: new Set() };
  for (const file of plan.files) {
    const change = classifyChange(file, roots);
    if (change.kind === 'module' && unchanged.modules.has(change.id)) continue;
    if (change.kind === 'everything' && !unchanged.lookChanged) continue;
    if ((change.kind === 'templates' || change.kind === 'serve-pages') && unchanged.templateFolders.has(templateFolderOf(file, roots)!)) continue;
    if (change.kind === 'templates') for (const format of change.formats) kept.formats.add(format);
    if (change.kind === 'serve-pages') kept.servePages = true;
    kept.files.add(file);
  }
  return kept;
}

export const isEmptyPlan = (plan: RebuildPlan) => plan.files.size === 0;

/** What a page needs to know of one version of an output. */
export interface OutputVersion {
  hash: string;
  fileHashes: Map<string, string>;
  copies: Set<string>;
}

/**
 * Whether an open output changed with a rebuild, and how: a deck whose only change is its HTML can swap its
 * slides in place (soft); anything else (a stylesheet, a script, a copied file that was saved) reloads.
 */
export function outputChange(format: Format, before: OutputVersion | undefined, after: OutputVersion | undefined, changedFiles: Set<string>): { soft: boolean } | undefined {
  const copiedChanged = Boolean(after && [...after.copies].some((file) => changedFiles.has(file)));
  if (after?.hash === before?.hash && !copiedChanged) return undefined;
  const onlyHtml = Boolean(after && before) && [...new Set([...after!.fileHashes.keys(), ...before!.fileHashes.keys()])]
    .every((file) => file === 'index.html' || after!.fileHashes.get(file) === before!.fileHashes.get(file));
  // Only the deck's page can swap its slides in place (templates/serve/live-reload.js).
  return { soft: format === deck.id && onlyHtml && !copiedChanged };
}

/** A page whose module, output or index changed: whether it reloads, and whether it may swap in place. */
export function pageReload(page: PageRef, changes: { outputs: Map<string, { soft: boolean }>; indexChanged: boolean; plan: RebuildPlan }): { reload: boolean; soft: boolean } {
  switch (page.kind) {
    case 'output': {
      const change = changes.outputs.get(keyName(page.key));
      return { reload: change !== undefined, soft: change?.soft ?? false };
    }
    case 'index':
      return { reload: changes.indexChanged, soft: false };
    case 'source':
      return { reload: changes.plan.modules.has(page.module) || changes.plan.servePages, soft: false };
    case 'pdf':
      return { reload: changes.plan.modules.has(page.module), soft: false };
    default:
      return { reload: false, soft: false };
  }
}
