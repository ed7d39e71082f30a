// `workshopkit new <id>`: a module folder with every file in place, comments that teach the format, and a
// first line that points editors at the JSON schema. It builds and passes `workshopkit check` as written.
import fs from 'node:fs';
import path from 'node:path';
import { didYouMean } from '../errors/did-you-mean.js';
import { ContentError, UsageError } from '../errors/finding.js';
import { loadAudiences, type AudienceSet } from '../audiences/load-audiences.js';
import { PROJECT_ROOT } from '../project-root.js';
import type { AudienceProfile } from '../schema/audience-profiles.js';
import { DEFAULT_AUDIENCES, STARTER_AUDIENCES, STARTER_BLOCKS, STARTER_RESOURCES, STARTER_SECTIONS, STARTER_STATS, type StarterBlock } from './starter-content.js';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 64;
/** Names Windows keeps for devices: a folder cannot have them there. */
const RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/** A module id must be a folder name that is safe everywhere and matches the schema's ids. */
export function checkModuleId(id: string): void {
  const hint = 'Use lower-case letters, digits and single hyphens, starting with a letter or digit, like "online-scams".';
  if (!id) throw new UsageError('a module needs an id', hint);
  if (id.length > MAX_ID_LENGTH) throw new UsageError(`the id "${id.slice(0, 20)}…" is ${id.length} characters long`, `Keep it to ${MAX_ID_LENGTH} or fewer. ${hint}`);
  if (!ID.test(id)) {
    const suggestion = id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    throw new UsageError(`"${id}" is not a safe folder name for a module`, `${hint}${suggestion && suggestion !== id ? ` For example "${suggestion}".` : ''}`);
  }
  if (RESERVED.test(id)) throw new UsageError(`"${id}" is a name Windows keeps for a device, so it cannot be a folder there`, hint);
}

/** The audiences asked for, in the project's order; every unknown one is reported at once. */
export function checkAudiences(audiences: string[], known: AudienceSet = loadAudiences(PROJECT_ROOT)): string[] {
  const ids = known.ids;
  if (!audiences.length) throw new UsageError('--audiences names no audience', `Use some of: ${ids.join(', ')}.`);
  const unknown = [...new Set(audiences.filter((a) => !ids.includes(a)))];
  if (unknown.length) {
    throw new UsageError(
      `there ${unknown.length === 1 ? 'is no audience' : 'are no audiences'} ${unknown.map((a) => `"${a}"`).join(', ')}`,
      [...unknown.map((a) => `${a}: ${didYouMean(a, ids) || 'no audience has a similar name.'}`), `Audiences are the files in audiences/: ${ids.join(', ')}.`].join('\n  '),
    );
  }
  return ids.filter((a) => audiences.includes(a));
}

/** The shipped audience whose starter content fits an audience that has none of its own. */
function standInFor(profile: AudienceProfile): string {
  if (profile.kind === 'pupil') return profile.ages.min >= 14 ? 'pupils-14-18' : 'pupils-11-13';
  if (profile.holdingFirst) return 'webinar';
  return profile.staffDuties ? 'professionals' : 'parents';
}

/** Adds each new audience wherever its stand-in appears: a block's audiences and minutes, and items' audiences. */
function withStandIns(blocks: StarterBlock[], standIns: Map<string, string>): StarterBlock[] {
  if (!standIns.size) return blocks;
  const extend = (ids: string[]) => [...ids, ...[...standIns].filter(([, like]) => ids.includes(like)).map(([id]) => id)];
  return blocks.map((block) => ({
    ...block,
    ...(block.audiences ? { audiences: extend(block.audiences) } : {}),
    minutes: { ...block.minutes, ...Object.fromEntries([...standIns].map(([id, like]) => [id, block.minutes[like] ?? 0])) },
    body: block.body.map((line) => line.replace(/^(\s*audiences: \[)(.*)\]$/, (_, head: string, ids: string) => `${head}${extend(ids.split(',').map((a) => a.trim())).join(', ')}]`)),
  }));
}

const list = (items: string[]) => `[${items.join(', ')}]`;
const withComment = (line: string, comment: string) => `${line.padEnd(28)} # ${comment}`;

function blockYaml(block: StarterBlock, audiences: string[]): string[] {
  const seen = audiences.filter((a) => !block.audiences || block.audiences.includes(a));
  if (!seen.length) return [];
  const minutes = seen.map((a) => block.minutes[a] ?? 0);
  const lines = [...(block.comment ?? []).map((c) => `# ${c}`), ...block.head];
  if (seen.length < audiences.length) lines.push(`audiences: ${list(seen)}`);
  lines.push(minutes.every((m) => m === minutes[0]) ? `minutes: ${minutes[0]}` : `minutes: { ${seen.map((a, i) => `${a}: ${minutes[i]}`).join(', ')} }`);
  lines.push(...block.body);
  return ['', ...lines.map((line, i) => (line.startsWith('#') ? `  ${line}` : i === lines.findIndex((l) => !l.startsWith('#')) ? `  - ${line}` : `    ${line}`))];
}

/** Rewrites an item's `audiences: [...]` to the module's own audiences, and drops items nobody sees. */
function itemsFor(body: string[], audiences: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < body.length; i++) {
    const line = body[i]!;
    const next = body[i + 1];
    const match = next ? /^(\s*)audiences: \[(.*)\]$/.exec(next) : null;
    if (/^\s*- text: /.test(line) && match) {
      const seen = match[2]!.split(',').map((a) => a.trim()).filter((a) => audiences.includes(a));
      let end = i + 2;
      while (end < body.length && /^\s{4,}\S/.test(body[end]!) && !/^\s*- /.test(body[end]!)) end++;
      if (seen.length) {
        out.push(line);
        if (seen.length < audiences.length) out.push(`${match[1]}audiences: ${list(seen)}`);
        out.push(...body.slice(i + 2, end));
      }
      i = end - 1;
      continue;
    }
    out.push(line);
  }
  return out;
}

function moduleYaml(id: string, audiences: string[], today: string, known: AudienceSet, blocks: StarterBlock[]): string {
  const header = [
    '# yaml-language-server: $schema=../../schemas/module.schema.json',
    '# A workshopkit module: the metadata, the audiences, and the blocks in the order they are taught.',
    '# The line above lets editors with a YAML language server complete and check this file.',
    '# docs/module-format.md describes every key; `workshopkit check` and `workshopkit serve` check it as you go.',
    withComment(`id: ${id}`, 'the folder name'),
    'title: Keeping your accounts safe online',
    'subtitle: Scam messages, strong passwords and what to do if something goes wrong',
    'locale: en-GB',
    withComment(`reviewed: ${today}`, 'when the content was last checked; the check warns after 12 months'),
    withComment('nation: england', 'england | wales | scotland | northern-ireland: the words of {{var ...}}'),
    '',
    '# Words that differ by nation, used in any text as {{var name}}. The build uses the module\'s nation, or --nation.',
    'variables:',
    '  safeguarding-lead:',
    '    england: designated safeguarding lead (DSL)',
    '    wales: designated safeguarding person (DSP)',
    '    scotland: child protection coordinator',
    '    northern-ireland: designated teacher for child protection',
    '',
    `# Who the module is for. Ids are the files in audiences/: ${known.ids.join(', ')}.`,
    '# The minutes of the blocks each audience sees must add up to its duration.',
    '# formats: deck, handout, lesson-plan, notes (presenter script), slides-pdf.',
    'audiences:',
  ];
  for (const audience of audiences) {
    const profile = known.profiles.get(audience)!;
    const entry = STARTER_AUDIENCES[audience] ?? { ...STARTER_AUDIENCES[standInFor(profile)]!, formats: profile.defaultFormats };
    header.push(`  ${audience}:`, `    duration: ${entry.duration}`, `    formats: ${list(entry.formats)}`, ...(entry.extra ?? []).map((l) => `    ${l}`));
  }
  header.push('', '# The blocks, in teaching order. Each becomes one or more slides, and a part of the handout or lesson plan.', 'blocks:');
  const lines = blocks.flatMap((block) => blockYaml({ ...block, body: itemsFor(block.body, audiences) }, audiences));
  return `${[...header, ...lines.slice(1)].join('\n')}\n`;
}

export interface ScaffoldFile {
  /** Relative to the module folder. */
  path: string;
  contents: string;
}

/** The files of a new module, without writing them. */
export function scaffoldFiles(id: string, audiences: string[] = DEFAULT_AUDIENCES, today = new Date().toISOString().slice(0, 10),
  known: AudienceSet = loadAudiences(PROJECT_ROOT)): ScaffoldFile[] {
  const chosen = checkAudiences(audiences, known);
  const standIns = new Map(chosen.filter((a) => !STARTER_AUDIENCES[a]).map((a) => [a, standInFor(known.profiles.get(a)!)]));
  const blocks = withStandIns(STARTER_BLOCKS, standIns);
  const sections = blocks.filter((b) => b.file && chosen.some((a) => !b.audiences || b.audiences.includes(a))).map((b) => b.file!);
  return [
    { path: 'module.yaml', contents: moduleYaml(id, chosen, today, known, blocks) },
    { path: 'stats.yaml', contents: STARTER_STATS },
    { path: 'resources.yaml', contents: STARTER_RESOURCES },
    ...sections.map((file) => ({ path: file, contents: STARTER_SECTIONS[file]! })),
  ];
}

/**
 * Writes a new module into modulesDir/<id>: into a temporary folder first, renamed into place at the end,
 * so it is never left half-written. An existing folder is never touched.
 */
export function createModule(modulesDir: string, id: string, audiences?: string[], today?: string): { dir: string; files: string[] } {
  checkModuleId(id);
  const dir = path.join(modulesDir, id);
  if (fs.existsSync(dir)) {
    throw new UsageError(`${dir} already exists`, 'Choose another id; workshopkit new never overwrites a module. To start again, move or delete the folder first.');
  }
  // The project's audiences: its own audiences/ folder beside the modules folder, and the shipped ones.
  const known = loadAudiences(path.dirname(path.resolve(modulesDir)));
  if (known.findings.length) throw new ContentError(known.findings);
  const files = scaffoldFiles(id, audiences, today, known);
  fs.mkdirSync(modulesDir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(modulesDir, `.new-${id}-`));
  try {
    for (const file of files) {
      const target = path.join(staging, ...file.path.split('/'));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, file.contents);
    }
    fs.renameSync(staging, dir);
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  return { dir, files: files.map((f) => path.join(dir, ...f.path.split('/'))) };
}
