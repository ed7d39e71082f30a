// Reads the audiences: the ones workshopkit ships (audiences/ in its own folder) and a project's own
// (audiences/ beside its modules folder), each file checked with every problem at its line and column.
// A project's file with the same id as a shipped one replaces it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CODE } from '../errors/catalogue.js';
import type { Finding } from '../errors/finding.js';
import { PROJECT_ROOT } from '../project-root.js';
import { audienceDefaultsSchema, audienceFileSchema, type AudienceDefaults } from '../schema/audience-schema.js';
import type { AudienceProfile } from '../schema/audience-profiles.js';
import type { YamlSource } from '../source/source-text.js';
import { readYamlFile } from '../source/yaml-file.js';

export const AUDIENCES_FOLDER = 'audiences';
export const DEFAULTS_FILE = '_defaults.yaml';
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DOCS = 'An audience file takes label, who, kind, ages, year-groups, holding-first, ground-rules, staff-duties, default-formats, print and requires: see docs/module-format.md, "Audiences".';
const DEFAULTS_DOCS = 'The defaults file takes holding (title, items) and ground-rules (title, notes, items): see docs/module-format.md, "Audiences".';

export interface AudienceSet {
  /** Every audience, adults first, then pupils, older before younger, then by id. */
  profiles: ReadonlyMap<string, AudienceProfile>;
  ids: string[];
  defaults: AudienceDefaults;
  /** Every audience file read, shipped first: for rebuild keys and the preview's watcher. */
  sources: YamlSource[];
  findings: Finding[];
}

/** The audiences folders a project sees: workshopkit's own, then the project's (beside its modules folder). */
export function audienceFolders(projectRoot: string): string[] {
  const shipped = path.join(PROJECT_ROOT, AUDIENCES_FOLDER);
  const own = path.join(path.resolve(projectRoot), AUDIENCES_FOLDER);
  return own === shipped || !fs.existsSync(own) ? [shipped] : [shipped, own];
}

/** The project a module folder belongs to: the folder that holds its modules folder. */
export const projectRootOf = (moduleDir: string): string => path.dirname(path.dirname(path.resolve(moduleDir)));

function toProfile(id: string, file: ReturnType<typeof audienceFileSchema.parse>): AudienceProfile {
  return {
    id,
    label: file.label,
    who: file.who,
    kind: file.kind,
    ages: { min: file.ages.min, ...(file.ages.max !== undefined ? { max: file.ages.max } : {}) },
    holdingFirst: file['holding-first'],
    groundRules: file['ground-rules'],
    staffDuties: file['staff-duties'],
    speakerNotes: file['speaker-notes'],
    yearGroups: file['year-groups'] ?? {},
    defaultFormats: file['default-formats'],
    print: file.print['min-text-size'] ? { minTextSize: file.print['min-text-size'] } : {},
    requires: [...new Set(['signposting' as const, ...file.requires])],
  };
}

const order = (a: AudienceProfile, b: AudienceProfile) =>
  (a.kind === b.kind ? 0 : a.kind === 'adult' ? -1 : 1) || b.ages.min - a.ages.min || a.id.localeCompare(b.id);

/**
 * The audiences read so far, by the files' names and bytes (and the folder paths are shown from): every
 * module of a project sees the same files, so they are parsed and checked once, and again only when one
 * of them changes (the preview reads them after each save).
 */
const readBefore = new Map<string, AudienceSet>();

/** Reads every audience file a project sees; problems come back as findings, never thrown. */
export function loadAudiences(projectRoot: string, cwd = process.cwd()): AudienceSet {
  const key = createHash('sha256').update(cwd);
  for (const folder of audienceFolders(projectRoot)) {
    for (const name of fs.readdirSync(folder).sort()) {
      const file = path.join(folder, name);
      key.update(`\0${file}\0`);
      try {
        key.update(fs.readFileSync(file));
      } catch {
        key.update('\0unreadable\0'); // a folder, or a file that went away: read (and reported) below
      }
    }
  }
  const digest = key.digest('hex');
  let set = readBefore.get(digest);
  if (!set) {
    set = readAudiences(projectRoot, cwd);
    if (readBefore.size >= 20) readBefore.clear();
    readBefore.set(digest, set);
  }
  // The lists are the caller's own to add to; the profiles and findings themselves are read, never changed.
  return { ...set, ids: [...set.ids], sources: [...set.sources], findings: [...set.findings] };
}

function readAudiences(projectRoot: string, cwd: string): AudienceSet {
  const byId = new Map<string, AudienceProfile>();
  const sources: YamlSource[] = [];
  const findings: Finding[] = [];
  let defaults: AudienceDefaults | undefined;
  for (const folder of audienceFolders(projectRoot)) {
    const names = fs.readdirSync(folder).filter((name) => name.endsWith('.yaml')).sort();
    for (const name of names) {
      const file = path.join(folder, name);
      if (name === DEFAULTS_FILE) {
        const read = readYamlFile(file, audienceDefaultsSchema, DEFAULTS_DOCS, cwd);
        sources.push(read.source);
        findings.push(...read.findings);
        if (read.data) defaults = read.data;
        continue;
      }
      const id = name.slice(0, -'.yaml'.length);
      const read = readYamlFile(file, audienceFileSchema, DOCS, cwd);
      sources.push(read.source);
      if (!ID.test(id)) {
        findings.push(read.source.finding(0, 'error', CODE.audienceBadId, `"${id}" cannot be an audience id: the file name is the id`,
          'Name the file with lower-case letters, digits and single hyphens, like "older-people.yaml".'));
        continue;
      }
      findings.push(...read.findings);
      if (read.data) byId.set(id, toProfile(id, read.data));
    }
  }
  if (!defaults && !findings.some((f) => f.file.endsWith(DEFAULTS_FILE))) {
    throw new Error(`workshopkit: ${path.join(PROJECT_ROOT, AUDIENCES_FOLDER, DEFAULTS_FILE)} is missing`);
  }
  const profiles = [...byId.values()].sort(order);
  return {
    profiles: new Map(profiles.map((p) => [p.id, p])),
    ids: profiles.map((p) => p.id),
    // A broken defaults file is reported above; its place is taken by nothing usable, so nothing is built.
    defaults: defaults ?? { holding: { title: '', items: [] }, 'ground-rules': { title: '', notes: '', items: [] } },
    sources,
    findings,
  };
}
