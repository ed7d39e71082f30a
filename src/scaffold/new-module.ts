// `workshopkit new <id>`: a module folder with every file in place, comments that teach the format, and a
// first line that points editors at the JSON schema. It builds and passes `workshopkit check` as written.
import fs from 'node:fs';
import path from 'node:path';
import { Document, isMap, isScalar, isSeq, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { didYouMean } from '../errors/did-you-mean.js';
import { ContentError, EnvironmentError, UsageError } from '../errors/finding.js';
import { loadAudiences, type AudienceSet } from '../audiences/load-audiences.js';
import { allFormats } from '../formats/registry.js';
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

/** Adds each new audience wherever its stand-in appears: a block's audiences and minutes, and its items' audiences. */
function withStandIns(blocks: StarterBlock[], standIns: Map<string, string>): StarterBlock[] {
  if (!standIns.size) return blocks;
  const extend = (ids: string[]) => [...ids, ...[...standIns].filter(([, like]) => ids.includes(like)).map(([id]) => id)];
  const extendItems = (value: unknown) =>
    Array.isArray(value)
      ? value.map((item) => (Array.isArray((item as { audiences?: unknown })?.audiences) ? { ...item, audiences: extend((item as { audiences: string[] }).audiences) } : item))
      : value;
  return blocks.map((block) => ({
    ...block,
    ...(block.audiences ? { audiences: extend(block.audiences) } : {}),
    minutes: { ...block.minutes, ...Object.fromEntries([...standIns].map(([id, like]) => [id, block.minutes[like] ?? 0])) },
    body: Object.fromEntries(Object.entries(block.body).map(([key, value]) => [key, extendItems(value)])),
  }));
}

/** Comment lines as yaml keeps them: each line after its "#". */
const commentText = (lines: string[]) => lines.map((line) => (line ? ` ${line}` : '')).join('\n');

/** The pair of a key in a map the document made. */
function pairOf(map: unknown, key: string): Pair<Scalar, unknown> {
  const pair = isMap(map) ? map.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
  if (!pair) throw new Error(`the starter module has no "${key}"`);
  return pair as Pair<Scalar, unknown>;
}

/** Comment lines above a key, after a blank line. */
function commentAbove(map: unknown, key: string, lines: string[]): void {
  const pair = pairOf(map, key);
  pair.key.commentBefore = commentText(lines);
  pair.key.spaceBefore = true;
}

/** A comment after a key's value, on its line. */
function commentAfter(map: unknown, key: string, text: string): void {
  (pairOf(map, key).value as Scalar).comment = ` ${text}`;
}

/** Short lists of ids stay on one line: `formats: [deck, handout]`. */
const FLOW_KEYS = new Set(['audiences', 'formats', 'resources', 'minutes']);
function flowShortLists(node: unknown): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const short = isSeq(pair.value) ? pair.value.items.every(isScalar) : isMap(pair.value) && pair.value.items.every((item) => isScalar(item.value));
      if ((isSeq(pair.value) || isMap(pair.value)) && short && isScalar(pair.key) && FLOW_KEYS.has(String(pair.key.value))) pair.value.flow = true;
      else flowShortLists(pair.value);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) flowShortLists(item);
  }
}

/** A list item `{ text, audiences }` is kept for the module's audiences it names, and says which when not all. */
function itemsFor(value: unknown, audiences: string[]): unknown {
  if (!Array.isArray(value)) return value;
  return value.flatMap((item) => {
    const shownTo = (item as { audiences?: unknown })?.audiences;
    if (!Array.isArray(shownTo)) return [item];
    const seen = audiences.filter((a) => shownTo.includes(a));
    if (!seen.length) return [];
    const { audiences: _all, ...rest } = item as Record<string, unknown>;
    return [seen.length < audiences.length ? { ...rest, audiences: seen } : rest];
  });
}

/** A block as the module's audiences see it, or undefined when none of them does. */
function blockFor(block: StarterBlock, audiences: string[]): Record<string, unknown> | undefined {
  const seen = audiences.filter((a) => !block.audiences || block.audiences.includes(a));
  if (!seen.length) return undefined;
  const minutes = seen.map((a) => block.minutes[a] ?? 0);
  return {
    ...block.head,
    ...(seen.length < audiences.length ? { audiences: seen } : {}),
    minutes: minutes.every((m) => m === minutes[0]) ? minutes[0] : Object.fromEntries(seen.map((a, i) => [a, minutes[i]])),
    ...Object.fromEntries(Object.entries(block.body).map(([key, value]) => [key, itemsFor(value, audiences)])),
  };
}

/** module.yaml, made as a YAML document so its comments are part of it and its quoting is yaml's own. */
function moduleYaml(id: string, audiences: string[], today: string, known: AudienceSet, starterBlocks: StarterBlock[]): string {
  const blocks = starterBlocks.map((block) => ({ block, value: blockFor(block, audiences) })).filter((b) => b.value);
  const doc = new Document({
    id,
    title: 'Keeping your accounts safe online',
    subtitle: 'Scam messages, strong passwords and what to do if something goes wrong',
    locale: 'en-GB',
    reviewed: today,
    nation: 'england',
    variables: {
      'safeguarding-lead': {
        england: 'designated safeguarding lead (DSL)',
        wales: 'designated safeguarding person (DSP)',
        scotland: 'child protection coordinator',
        'northern-ireland': 'designated teacher for child protection',
      },
    },
    audiences: Object.fromEntries(audiences.map((audience) => {
      const profile = known.profiles.get(audience)!;
      const entry = STARTER_AUDIENCES[audience] ?? { ...STARTER_AUDIENCES[standInFor(profile)]!, formats: profile.defaultFormats };
      return [audience, { duration: entry.duration, formats: entry.formats, ...entry.extra }];
    })),
    blocks: blocks.map((b) => b.value),
  });
  const root = doc.contents;
  // On the first key rather than the document, so the schema line is the file's first and no blank line follows.
  pairOf(root, 'id').key.commentBefore = commentText([
    'yaml-language-server: $schema=../../schemas/module.schema.json',
    'A workshopkit module: the metadata, the audiences, and the blocks in the order they are taught.',
    'The line above lets editors with a YAML language server complete and check this file.',
    'docs/module-format.md describes every key; `workshopkit check` and `workshopkit serve` check it as you go.',
  ]);
  commentAfter(root, 'id', 'the folder name');
  commentAfter(root, 'reviewed', 'when the content was last checked; the check warns after 12 months');
  commentAfter(root, 'nation', 'england | wales | scotland | northern-ireland: the words of {{var ...}}');
  commentAbove(root, 'variables', ['Words that differ by nation, used in any text as {{var name}}. The build uses the module\'s nation, or --nation.']);
  commentAbove(root, 'audiences', [
    `Who the module is for. Ids are the files in audiences/: ${known.ids.join(', ')}.`,
    'The minutes of the blocks each audience sees must add up to its duration.',
    `formats: ${allFormats().map((format) => `${format.id} (${format.label})`).join(', ')}.`,
  ]);
  commentAbove(root, 'blocks', ['The blocks, in teaching order. Each becomes one or more slides, and a part of the handout or lesson plan.']);
  const items = (pairOf(root, 'blocks').value as YAMLSeq).items as YAMLMap[];
  items.forEach((item, i) => {
    if (i > 0) item.spaceBefore = true;
    const comment = blocks[i]!.block.comment;
    if (comment) item.commentBefore = commentText(comment);
  });
  flowShortLists(root);
  // lineWidth 0: a sentence stays on its line, as a person would write it.
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
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
  let staging: string | undefined;
  try {
    fs.mkdirSync(modulesDir, { recursive: true });
    staging = fs.mkdtempSync(path.join(modulesDir, `.new-${id}-`));
    for (const file of files) {
      const target = path.join(staging, ...file.path.split('/'));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, file.contents);
    }
    fs.renameSync(staging, dir);
  } catch (error) {
    if (staging) fs.rmSync(staging, { recursive: true, force: true });
    throw writeProblem(error, modulesDir);
  }
  return { dir, files: files.map((f) => path.join(dir, ...f.path.split('/'))) };
}

/** The first folder on the way to `dir` that is a file, when one is. */
function fileInTheWay(dir: string): string | undefined {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    try {
      return fs.statSync(current).isDirectory() ? undefined : current;
    } catch {
      if (path.dirname(current) === current) return undefined;
    }
  }
}

/** A file-system error while writing a new module, as what to do about it; anything else is passed on. */
export function writeProblem(error: unknown, modulesDir: string): unknown {
  const code = (error as NodeJS.ErrnoException)?.code;
  const where = (error as NodeJS.ErrnoException)?.path ?? modulesDir;
  const hint = 'Pass --modules-dir with a folder you can write to.';
  // A file where a folder should be: mkdir says EEXIST for the folder itself, ENOTDIR for one inside it.
  if (code === 'ENOTDIR' || code === 'EEXIST') {
    const file = fileInTheWay(modulesDir);
    if (file) return new EnvironmentError(`cannot make the modules folder ${modulesDir}: ${file} is a file, not a folder. Move the file, or pass --modules-dir with another folder.`, { cause: error });
  }
  if (code === 'EACCES' || code === 'EPERM') return new EnvironmentError(`cannot write in ${where}: permission denied. ${hint}`, { cause: error });
  if (code === 'EROFS') return new EnvironmentError(`cannot write in ${where}: the disk is read-only. ${hint}`, { cause: error });
  if (code === 'ENOSPC' || code === 'EDQUOT') return new EnvironmentError(`cannot write in ${where}: the disk is full. Free some space and run it again.`, { cause: error });
  return error;
}
