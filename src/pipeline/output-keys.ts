// Incremental builds. Every output has a key made from everything it is built from: the module's files, the
// templates and themes, the brand, the build's options and workshopkit's own code and packages. An output
// whose key is the one recorded when it was last written, and which is still there, is up to date and is
// not built again. The record lives inside the output folder, so deleting out/ (or just the record) is
// always safe: the next build simply makes everything.
//
// The check of a module is recorded too, with its findings, under a key that also holds the date it was
// checked on (figures and reviews go out of date). A module whose outputs are all up to date, checked today
// from the same files, is not read again: its warnings are said again from the record, as they were.
import { audienceFolders, projectRootOf } from '../audiences/load-audiences.js';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT, TEMPLATES_DIR, THEMES_DIR } from '../project-root.js';
import type { Look } from '../theme/look.js';
import type { Finding } from '../errors/finding.js';
import type { Language } from '../schema/languages.js';
import { hashFolder } from '../source/folder-hash.js';
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

/** What a folder holds, names and bytes, as one hash (the preview keys a template folder by it). */
export const folderHash = (dir: string): string => hashFolder(dir);

/**
 * The folder this code runs from: the one holding the entry point, dist/ after `npm run build:ts` (one file
 * or several, however it was compiled), or src/ when run from the sources.
 */
function codeDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'bin.js')) && !fs.existsSync(path.join(dir, 'bin.ts'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('workshopkit: cannot find the folder of its own code');
    dir = parent;
  }
  return dir;
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
  hash.update(hashFolder(codeDir()));
  for (const folder of TOOL_FOLDERS) hash.update(hashFolder(folder));
  return hash.digest('hex');
}

/**
 * What workshopkit reads at run time besides its code: templates, themes, and the data that stays in src/
 * when the code runs from dist/ (the message catalogues, the built-in terminology the check reads).
 */
export const TOOL_FOLDERS: readonly string[] = [TEMPLATES_DIR, THEMES_DIR, path.join(PROJECT_ROOT, 'src/i18n/locales'), path.join(PROJECT_ROOT, 'src/check/data')];

function lookHash(look: Look): string {
  const hash = sha256().update(look.theme.name).update('\0').update(JSON.stringify(look.colours));
  if (look.brand) {
    hash.update(look.brand.file.text);
    if (look.brand.logo) hash.update(fs.readFileSync(look.brand.logo.from));
  }
  return hash.digest('hex');
}

const isDotFile = (relative: string) => path.basename(relative).startsWith('.');

/**
 * The module's own files and the audience files it is tailored by: what every key of its outputs is made
 * from. Its translations are inputs only of the outputs in their language (`translations`, by language):
 * a translator's work never rebuilds the English. Without `translations`, every file counts (the preview).
 */
export function moduleInputsHash(moduleDir: string, translations?: readonly string[]): string {
  // Dot-files (editors' swap files, .DS_Store) are not part of a module.
  let hash = hashFolder(moduleDir, (relative) => isDotFile(relative) || (translations !== undefined && relative === TRANSLATIONS_FOLDER));
  for (const language of translations ?? []) {
    const file = path.join(moduleDir, TRANSLATIONS_FOLDER, `${language}.xlf`);
    hash += sha256().update(`${language}\0`).update(fs.existsSync(file) ? fs.readFileSync(file) : '').digest('hex');
  }
  // The audience files the module is tailored by are inputs too.
  for (const folder of audienceFolders(projectRootOf(moduleDir))) hash += hashFolder(folder, isDotFile);
  return hash;
}

/** The themes and the brand file: what every output's look is made from (the preview keys its look by it). */
export function lookInputsHash(brandFile?: string): string {
  const hash = sha256().update(hashFolder(THEMES_DIR));
  if (brandFile) {
    try {
      hash.update(fs.readFileSync(brandFile));
    } catch {
      hash.update('\0no brand file\0');
    }
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

  private moduleHash(moduleDir: string): string {
    let hash = this.moduleHashes.get(moduleDir);
    if (!hash) {
      hash = moduleInputsHash(moduleDir, this.translations);
      this.moduleHashes.set(moduleDir, hash);
    }
    return hash;
  }

  /** The key of one output of the module in `moduleDir`. */
  keyOf(output: OutputId, moduleDir: string): string {
    return sha256().update(this.base).update(this.moduleHash(moduleDir)).update(`${output.module}\0${output.edition ?? ''}\0${output.audience}\0${output.format}\0${output.path}`).digest('hex');
  }

  /** The key of the check of the module in `moduleDir` on the date `today` (YYYY-MM-DD). */
  checkKeyOf(moduleDir: string, today: string): string {
    return sha256().update(this.base).update(this.moduleHash(moduleDir)).update(`check\0${today}`).digest('hex');
  }
}

/** A module's check as recorded: what it found, and what the build needs of the module without reading it. */
export interface RecordedCheck {
  key: string;
  /** The module's id and, by audience, the formats it declares: the build's plan of its outputs. */
  id: string;
  audiences: Record<string, string[]>;
  /** Its findings (warnings: a check with an error is never recorded). */
  findings: Finding[];
  /** The translations its outputs use that are not reviewed, as the build reports them. */
  drafts: { language: Language; unreviewed: number; units: number }[];
}

/** What an output folder's record holds: each output's key, and each module folder's check. */
export interface KeyRecord {
  outputs: Map<string, string>;
  checks: Map<string, RecordedCheck>;
}

const recordId = (output: OutputId) => [...audienceFolder(output), output.format].join('/');

/** The record in an output folder; an unreadable or foreign record counts as none. */
export function readKeys(outDir: string): KeyRecord {
  try {
    const record = JSON.parse(fs.readFileSync(path.join(outDir, KEYS_FILE), 'utf8')) as { version?: number; outputs?: Record<string, string>; checks?: Record<string, RecordedCheck> };
    if (record.version !== KEYS_VERSION || typeof record.outputs !== 'object' || !record.outputs) return { outputs: new Map(), checks: new Map() };
    const checks = typeof record.checks === 'object' && record.checks ? Object.entries(record.checks).filter(([, check]) => isRecordedCheck(check)) : [];
    return { outputs: new Map(Object.entries(record.outputs).filter(([, key]) => typeof key === 'string')), checks: new Map(checks) };
  } catch {
    return { outputs: new Map(), checks: new Map() };
  }
}

function isRecordedCheck(check: unknown): check is RecordedCheck {
  const c = check as Partial<RecordedCheck> | null;
  return typeof c === 'object' && c !== null && typeof c.key === 'string' && typeof c.id === 'string' && typeof c.audiences === 'object' && c.audiences !== null &&
    Array.isArray(c.findings) && Array.isArray(c.drafts);
}

/** True when the output is in place and was last built from exactly these inputs. */
export function isUpToDate(outDir: string, output: OutputId, key: string, recorded: ReadonlyMap<string, string>): boolean {
  return recorded.get(recordId(output)) === key && fs.existsSync(path.join(outDir, ...audienceFolder(output), ...output.path.split('/')));
}

/**
 * Records the keys of the outputs just written, and the checks just made (by module folder), beside the
 * ones already there; written whole or not at all.
 */
export function recordKeys(outDir: string, written: readonly { output: OutputId; key: string }[], checked: ReadonlyMap<string, RecordedCheck> = new Map()): void {
  if (!written.length && !checked.size) return;
  const record = readKeys(outDir);
  const outputs = Object.fromEntries(record.outputs);
  for (const { output, key } of written) outputs[recordId(output)] = key;
  const checks = Object.fromEntries([...record.checks, ...checked]);
  const sorted = <T>(entries: Record<string, T>) => Object.fromEntries(Object.entries(entries).sort(([a], [b]) => a.localeCompare(b)));
  const file = path.join(outDir, KEYS_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(temporary, `${JSON.stringify({ version: KEYS_VERSION, outputs: sorted(outputs), checks: sorted(checks) }, null, 2)}\n`);
  fs.renameSync(temporary, file);
}
