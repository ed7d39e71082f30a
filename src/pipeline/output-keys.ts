// Incremental builds. Every output has a key made from everything it is built from: the module's files, the
// templates and themes, the brand, the build's options and workshopkit's own code and packages. An output
// whose key is the one recorded when it was last written, and which is still there, is up to date and is
// not built again. The record lives inside the output folder, so deleting out/ (or just the record) is
// always safe: the next build simply makes everything.
import { audienceFolders, projectRootOf } from '../audiences/load-audiences.js';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT, TEMPLATES_DIR, THEMES_DIR } from '../project-root.js';
import type { Look } from '../theme/look.js';
import { TRANSLATIONS_FOLDER } from '../translation/translation-file.js';
import { audienceFolder } from './write.js';

/** The record of what each output was last built from, in the output folder. */
export const KEYS_FILE = '.workshopkit-keys.json';
const KEYS_VERSION = 1;

/** What one output is, for its key and its place in the record. */
export interface OutputId {
  module: string;
  audience: string;
  /** The language folder ("cy", "cy-en"); absent for English outputs. */
  edition?: string;
  format: string;
  /** Where it is written, relative to the audience's folder. */
  path: string;
}

/** The options of a build that change what an output contains. */
export interface KeyOptions {
  nation?: string;
  /** The languages of the outputs, in order ("cy,en"). */
  language?: string;
  /** The translations the outputs are made from, by language: their XLIFF files are inputs too. */
  translations?: readonly string[];
  look: Look;
}

const sha256 = () => createHash('sha256');

/** Every file under a folder, by relative path and contents, in a fixed order; `skip` is given each relative path. */
function hashFolder(dir: string, skip: (relative: string) => boolean = () => false): string {
  const hash = sha256();
  const walk = (folder: string, prefix: string): void => {
    let names: string[];
    try {
      names = fs.readdirSync(folder).sort();
    } catch {
      return; // a folder that is not there adds nothing
    }
    for (const name of names) {
      if (skip(`${prefix}${name}`)) continue;
      const full = path.join(folder, name);
      const stat = fs.statSync(full);
      if (stat.isDirectory()) walk(full, `${prefix}${name}/`);
      else if (stat.isFile()) hash.update(`${prefix}${name}\0`).update(fs.readFileSync(full)).update('\0');
    }
  };
  walk(dir, '');
  return hash.digest('hex');
}

/** workshopkit itself: its compiled code (or sources, under tsx) and the versions of the packages it uses. */
function toolHash(): string {
  const hash = sha256();
  const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string; dependencies?: Record<string, string> };
  hash.update(`workshopkit ${pkg.version}\n`);
  for (const name of Object.keys(pkg.dependencies ?? {}).sort()) {
    try {
      const installed = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
      hash.update(`${name}@${installed.version}\n`);
    } catch {
      hash.update(`${name}@?\n`);
    }
  }
  // The folder this code runs from: dist/ after `npm run build:ts`, or src/ when run from the sources.
  const codeDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  hash.update(hashFolder(codeDir));
  hash.update(hashFolder(TEMPLATES_DIR));
  hash.update(hashFolder(THEMES_DIR));
  return hash.digest('hex');
}

function lookHash(look: Look): string {
  const hash = sha256().update(look.theme.name).update('\0').update(JSON.stringify(look.colours));
  if (look.brand) {
    hash.update(look.brand.file.text);
    if (look.brand.logo) hash.update(fs.readFileSync(look.brand.logo.from));
  }
  return hash.digest('hex');
}

/** Works out the keys of a build's outputs, reading each module folder and the tool's own files once. */
export class OutputKeys {
  private readonly base: string;
  private readonly moduleHashes = new Map<string, string>();
  private readonly translations: readonly string[];

  constructor(options: KeyOptions) {
    this.translations = options.translations ?? [];
    this.base = sha256()
      .update(toolHash())
      .update(lookHash(options.look))
      .update(`nation=${options.nation ?? ''}\0language=${options.language ?? ''}`)
      .digest('hex');
  }

  /** The key of one output of the module in `moduleDir`. */
  keyOf(output: OutputId, moduleDir: string): string {
    let moduleHash = this.moduleHashes.get(moduleDir);
    if (!moduleHash) {
      // Dot-files (editors' swap files, .DS_Store) are not part of a module; its translations are inputs only
      // of the outputs in their language, so a translator's work never rebuilds the English.
      moduleHash = hashFolder(moduleDir, (relative) => path.basename(relative).startsWith('.') || relative === TRANSLATIONS_FOLDER);
      for (const language of this.translations) {
        const file = path.join(moduleDir, TRANSLATIONS_FOLDER, `${language}.xlf`);
        moduleHash += sha256().update(`${language}\0`).update(fs.existsSync(file) ? fs.readFileSync(file) : '').digest('hex');
      }
      // The audience files the module is tailored by are inputs too.
      for (const folder of audienceFolders(projectRootOf(moduleDir))) moduleHash += hashFolder(folder, (relative) => path.basename(relative).startsWith('.'));
      this.moduleHashes.set(moduleDir, moduleHash);
    }
    return sha256().update(this.base).update(moduleHash).update(`${output.module}\0${output.edition ?? ''}\0${output.audience}\0${output.format}\0${output.path}`).digest('hex');
  }
}

const recordId = (output: OutputId) => [...audienceFolder(output), output.format].join('/');

/** The keys recorded in an output folder; an unreadable or foreign record counts as none. */
export function readKeys(outDir: string): Map<string, string> {
  try {
    const record = JSON.parse(fs.readFileSync(path.join(outDir, KEYS_FILE), 'utf8')) as { version?: number; outputs?: Record<string, string> };
    if (record.version !== KEYS_VERSION || typeof record.outputs !== 'object' || !record.outputs) return new Map();
    return new Map(Object.entries(record.outputs).filter(([, key]) => typeof key === 'string'));
  } catch {
    return new Map();
  }
}

/** True when the output is in place and was last built from exactly these inputs. */
export function isUpToDate(outDir: string, output: OutputId, key: string, recorded: ReadonlyMap<string, string>): boolean {
  return recorded.get(recordId(output)) === key && fs.existsSync(path.join(outDir, ...audienceFolder(output), ...output.path.split('/')));
}

/** Records the keys of the outputs just written beside the ones already there; written whole or not at all. */
export function recordKeys(outDir: string, written: readonly { output: OutputId; key: string }[]): void {
  if (!written.length) return;
  const outputs = Object.fromEntries(readKeys(outDir));
  for (const { output, key } of written) outputs[recordId(output)] = key;
  const sorted = Object.fromEntries(Object.entries(outputs).sort(([a], [b]) => a.localeCompare(b)));
  const file = path.join(outDir, KEYS_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify({ version: KEYS_VERSION, outputs: sorted }, null, 2)}\n`);
  fs.renameSync(temporary, file);
}
