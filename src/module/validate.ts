// Stage 2: check a loaded module against the schema and the rules that tie its files together, and point
// at the file, line and column of every problem at once.
import type { z } from 'zod';
import { didYouMean } from '../errors/did-you-mean.js';
import { hasErrors, type Finding } from '../errors/finding.js';
import { yamlData } from '../source/yaml-errors.js';
import { duplicateIdFindings } from '../schema/duplicates.js';
import { figureSenseFindings } from '../schema/figure-sense.js';
import {
  isKeptFor,
  NATIONS,
  moduleSchema,
  resourcesFileSchema,
  sectionFrontMatterSchema,
  statsFileSchema,
  type Figure,
  type ModuleSource,
  type Resource,
} from '../schema/module-schema.js';
import type { LoadedModule } from './load.js';
import { parseSection, type ParsedSection } from './sections.js';
import { schemaFindings } from '../source/schema-findings.js';
import type { Path, SourceText, YamlSource } from '../source/source-text.js';
import { ARITY, findTokens, TOKEN_KINDS, type TokenKind } from '../schema/tokens.js';
import { CODE, type Code } from '../errors/catalogue.js';
import { SOURCE_LANGUAGE } from '../schema/languages.js';

export interface ValidModule {
  id: string;
  dir: string;
  source: ModuleSource;
  figures: Map<string, Figure>;
  resources: Map<string, Resource>;
  sections: Map<string, ParsedSection & { text: SourceText }>;
  loaded: LoadedModule;
}

export interface Validation {
  module?: ValidModule;
  findings: Finding[];
}

/**
 * Problems that leave nothing sound to validate: a YAML file that does not parse or cannot be read. A
 * missing or misplaced section does not stop the rest of the module being checked.
 */
function stopsValidation(finding: Finding, loaded: LoadedModule): boolean {
  return finding.severity === 'error' && (finding.file !== loaded.module.displayPath || /^(yaml|file)\//.test(finding.rule));
}

/** Every string in a value with its path, skipping keys that hold names rather than text. */
function* textsIn(value: unknown, path: (string | number)[] = []): Generator<[string, (string | number)[]]> {
  const notText = new Set(['type', 'id', 'file', 'audiences', 'figures', 'resources', 'from', 'to', 'returns-to', 'kind', '$schema', 'locale', 'reviewed', 'nation', 'nations']);
  if (typeof value === 'string') yield [value, path];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* textsIn(v, [...path, i]);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!notText.has(k)) yield* textsIn(v, [...path, k]);
  }
}

export function validateModule(loaded: LoadedModule): Validation {
  const findings = [...loaded.findings];
  if (findings.some((f) => stopsValidation(f, loaded))) return { findings };
  const [moduleRead, statsRead, resourcesRead] = [loaded.module, loaded.stats, loaded.resources].map((s) => (s ? yamlData(s) : { findings: [] }));
  findings.push(...moduleRead!.findings, ...statsRead!.findings, ...resourcesRead!.findings);
  if (hasErrors(findings)) return { findings };
  const moduleData = moduleRead!.data;
  const statsData = statsRead!.data ?? { figures: [] };
  const resourcesData = resourcesRead!.data ?? { resources: [] };
  findings.push(...schemaFindings(loaded.module, moduleSchema, moduleData));
  if (loaded.stats) findings.push(...schemaFindings(loaded.stats, statsFileSchema, statsData));
  if (loaded.resources) findings.push(...schemaFindings(loaded.resources, resourcesFileSchema, resourcesData));
  findings.push(...duplicateIdFindings({ module: loaded.module, moduleData, statsData, resourcesData, ...(loaded.stats ? { stats: loaded.stats } : {}), ...(loaded.resources ? { resources: loaded.resources } : {}) }));
  if (loaded.stats && !hasErrors(findings)) findings.push(...figureSenseFindings(loaded.stats, statsFileSchema.parse(statsData).figures));
  if (findings.some((f) => f.severity === 'error')) return { findings };

  const source = moduleSchema.parse(moduleData);
  const figures = new Map(statsFileSchema.parse(statsData).figures.map((f) => [f.id, f]));
  const resources = new Map(resourcesFileSchema.parse(resourcesData).resources.map((r) => [r.id, r]));
  const sections = new Map<string, ParsedSection & { text: SourceText }>();
  for (const [file, text] of loaded.sections) sections.set(file, { ...parseSection(text.text), text });

  const module: ValidModule = { id: source.id, dir: loaded.dir, source, figures, resources, sections, loaded };
  findings.push(...crossFileFindings(module));
  return findings.some((f) => f.severity === 'error') ? { findings } : { module, findings };
}

/** The block types an audience's file says every output for it must contain (signposting is checked above). */
function requiredBlockFindings(m: ValidModule, audience: string, visible: ModuleSource['blocks']): Finding[] {
  const profile = m.loaded.audiences.profiles.get(audience);
  if (!profile) return [];
  // The holding slide and the ground rules are added by the tailor when the profile asks for them.
  const added = new Set<string>([...(profile.holdingFirst ? ['holding'] : []), ...(profile.groundRules ? ['tips'] : [])]);
  const yaml = m.loaded.module;
  return profile.requires
    .filter((type) => type !== 'signposting' && !added.has(type) && !visible.some((block) => block.type === type))
    .map((type) => yaml.finding(yaml.keyOffset(['audiences'], audience), 'error', CODE.moduleRequiredBlock,
      `the "${audience}" audience needs a "${type}" block: its audience file says every output for it must have one`,
      `Add a "type: ${type}" block that this audience sees, or change "requires" in audiences/${audience}.yaml.`));
}

/** The rules that need more than one file, or more than the shape of a value. */
function crossFileFindings(m: ValidModule): Finding[] {
  const { source, loaded } = m;
  const yaml = loaded.module;
  const findings: Finding[] = [];
  const declared = Object.keys(source.audiences);
  const nation = source.nation;

  if (source.languages && !source.languages.includes(SOURCE_LANGUAGE)) {
    findings.push(yaml.findingAt(['languages'], 'error', CODE.schemaInvalid, `the languages must include "${SOURCE_LANGUAGE}": modules are written in English, and translated from it`,
      `Write "languages: [${[SOURCE_LANGUAGE, ...source.languages].join(', ')}]".`));
  }
  if (source.id !== loaded.folderName) {
    findings.push(yaml.findingAt(['id'], 'error', CODE.moduleIdMismatch, `the id "${source.id}" does not match the folder name "${loaded.folderName}"`,
      `Set "id: ${loaded.folderName}" or rename the folder to "${source.id}".`));
  }
  const known = loaded.audiences.ids;
  for (const audience of declared) {
    if (!known.includes(audience)) {
      findings.push(yaml.finding(yaml.keyOffset(['audiences'], audience), 'error', CODE.moduleUnknownAudience,
        `unknown audience "${audience}"`, `${didYouMean(audience, known)} Audiences are the files in audiences/ (one <id>.yaml each), beside the modules folder or shipped with workshopkit.`));
    }
  }

  const checkAudienceList = (list: unknown, path: (string | number)[]) => {
    if (!Array.isArray(list)) return;
    list.forEach((name, i) => {
      if (typeof name === 'string' && !declared.includes(name)) {
        findings.push(yaml.findingAt([...path, i], 'error', CODE.moduleUnknownAudience, `"${name}" is not one of this module's audiences`,
          `${didYouMean(name, declared)} Declare it under "audiences:" or correct the spelling.`));
      }
    });
  };
  const checkAudienceKeys = (record: unknown, path: (string | number)[]) => {
    if (!record || typeof record !== 'object' || Array.isArray(record)) return;
    for (const key of Object.keys(record)) {
      if (!declared.includes(key)) {
        findings.push(yaml.finding(yaml.keyOffset(path, key), 'error', CODE.moduleUnknownAudience, `"${key}" is not one of this module's audiences`,
          `${didYouMean(key, declared)} Use an audience declared under "audiences:".`));
      }
    }
  };

  const blockIds = new Map<string, number>();
  source.blocks.forEach((block, b) => {
    const at = ['blocks', b];
    checkAudienceList(block.audiences, [...at, 'audiences']);
    if (typeof block.minutes === 'object') checkAudienceKeys(block.minutes, [...at, 'minutes']);
    if (typeof block.notes === 'object') checkAudienceKeys(block.notes, [...at, 'notes']);
    if (block.formats && !Array.isArray(block.formats)) checkAudienceKeys(block.formats, [...at, 'formats']);
    for (const listKey of ['items', 'points', 'do', 'dont', 'questions'] as const) {
      const list = (block as Record<string, unknown>)[listKey];
      if (Array.isArray(list)) list.forEach((item, i) => {
        if (item && typeof item === 'object') checkAudienceList((item as { audiences?: unknown }).audiences, [...at, listKey, i, 'audiences']);
      });
    }
    if (block.id && !blockIds.has(block.id)) blockIds.set(block.id, b); // a repeat is reported by duplicateIdFindings
    if (block.type === 'statistics') {
      block.figures.forEach((id, i) => findings.push(...figureUse(m, id, (f) => yaml.findingAt([...at, 'figures', i], 'error', f.rule, f.message, f.hint))));
      block.compare?.forEach((pair, i) => findings.push(...changeUse(m, pair.from, pair.to, (f) => yaml.findingAt([...at, 'compare', i], 'error', f.rule, f.message, f.hint))));
    }
    if (block.type === 'signposting') {
      block.resources.forEach((id, i) => {
        if (!m.resources.has(id)) {
          findings.push(yaml.findingAt([...at, 'resources', i], 'error', CODE.resourcesUnknownResource, `no resource "${id}" in resources.yaml`,
            `${didYouMean(id, [...m.resources.keys()])} Add it to resources.yaml or correct the id.`));
        }
      });
    }
    if (block.type === 'markdown') {
      const section = m.sections.get(block.file);
      if (section) findings.push(...sectionFindings(m, section, declared));
    }
  });
  source.blocks.forEach((block, b) => {
    if (block.type === 'activity' && block['returns-to'] && !blockIds.has(block['returns-to'])) {
      findings.push(yaml.findingAt(['blocks', b, 'returns-to'], 'error', CODE.moduleUnknownBlock, `no block has the id "${block['returns-to']}"`,
        `${didYouMean(block['returns-to'], [...blockIds.keys()])} Give the baseline activity "id: ${block['returns-to']}".`));
    }
  });

  for (const audience of declared) {
    const visible = source.blocks.filter((block) => !block.audiences || block.audiences.includes(audience));
    // Every nation's build needs somewhere to get help, so a signposting block kept to some nations counts only for them.
    const withoutHelp = NATIONS.filter((n) => !visible.some((block) => block.type === 'signposting' && isKeptFor(block.nations, n)));
    if (withoutHelp.length) {
      const inNations = withoutHelp.length === NATIONS.length ? '' : ` in a build for ${withoutHelp.join(', ')}`;
      findings.push(yaml.finding(yaml.keyOffset(['audiences'], audience), 'error', CODE.safeguardingSignposting,
        `the "${audience}" audience has no signposting block${inNations}: its outputs would not say where to get help`,
        `Add a "type: signposting" block that this audience sees${inNations ? `, kept to no nations or including ${withoutHelp.join(', ')}` : ''}, naming resources from resources.yaml.`));
    }
    findings.push(...requiredBlockFindings(m, audience, visible));
  }

  for (const [name, values] of Object.entries(source.variables ?? {})) {
    if (!values[nation]) {
      findings.push(yaml.findingAt(['variables', name], 'error', CODE.moduleMissingVariable, `the variable "${name}" has no value for ${nation}, the module's nation`,
        `Add "${nation}: ..." under variables.${name}.`));
    }
  }

  for (const [text, path] of textsIn(source)) {
    findings.push(...tokenFindings(m, text, (index, needle, rule, message, hint) =>
      yaml.finding(yaml.offsetInValue(path, index, needle), 'error', rule, message, hint)));
  }
  return findings;
}

type Problem = { rule: Code; message: string; hint?: string };

function figureUse(m: ValidModule, id: string, at: (p: Problem) => Finding): Finding[] {
  const figure = m.figures.get(id);
  if (!figure) {
    return [at({ rule: CODE.statsUnknownFigure, message: `no figure "${id}" in stats.yaml`, hint: `${didYouMean(id, [...m.figures.keys()])} Add it to stats.yaml with its source, or correct the id.` })];
  }
  if (figure.status !== 'verified') {
    return [at({ rule: CODE.statsUnverified, message: `the figure "${id}" is ${figure.status} and cannot be shown`, hint: 'Check it against its primary source and set "status: verified", or leave it out.' })];
  }
  return [];
}

function changeUse(m: ValidModule, from: string, to: string, at: (p: Problem) => Finding): Finding[] {
  const problems = [...figureUse(m, from, at), ...figureUse(m, to, at)];
  if (problems.length) return problems;
  const a = m.figures.get(from)!;
  const b = m.figures.get(to)!;
  if (a.series !== b.series) {
    return [at({ rule: CODE.statsCompare, message: `"${from}" (${a.publisher}, ${a.measure}) and "${to}" (${b.publisher}, ${b.measure}) are from different series and cannot be compared`,
      hint: 'Compare only figures of one publisher and one measure (the same "series" in stats.yaml).' })];
  }
  return [];
}

type At = (index: number, needle: string, rule: Code, message: string, hint?: string) => Finding;

function tokenFindings(m: ValidModule, text: string, at: At): Finding[] {
  const findings: Finding[] = [];
  for (const token of findTokens(text)) {
    const here = (p: Problem) => at(token.index, token.raw, p.rule, p.message, p.hint);
    if (!(TOKEN_KINDS as readonly string[]).includes(token.kind)) {
      findings.push(here({ rule: CODE.textUnknownToken, message: `unknown token "${token.raw}"`, hint: `${didYouMean(token.kind, TOKEN_KINDS)} Tokens are {{stat id}}, {{change from to}} and {{var name}}.` }));
      continue;
    }
    const kind = token.kind as TokenKind;
    if (token.args.length !== ARITY[kind]) {
      findings.push(here({ rule: CODE.textTokenArguments, message: `"${token.raw}" needs ${ARITY[kind]} name${ARITY[kind] > 1 ? 's' : ''}`, hint: 'Write {{stat id}}, {{change from to}} or {{var name}}.' }));
    } else if (kind === 'stat') findings.push(...figureUse(m, token.args[0]!, here));
    else if (kind === 'change') findings.push(...changeUse(m, token.args[0]!, token.args[1]!, here));
    else if (!m.source.variables?.[token.args[0]!]) {
      findings.push(here({ rule: CODE.textUnknownVariable, message: `no variable "${token.args[0]}"`, hint: `${didYouMean(token.args[0]!, Object.keys(m.source.variables ?? {}))} Define it under "variables:" in module.yaml.` }));
    }
  }
  return findings;
}

function sectionFindings(m: ValidModule, section: ParsedSection & { text: SourceText }, declared: string[]): Finding[] {
  const { text } = section;
  const findings: Finding[] = [];
  if (section.frontMatterError) {
    findings.push(text.finding(section.frontMatterError.offset, 'error', CODE.yamlSyntax, `front matter: ${section.frontMatterError.message}`, 'Check the YAML between the two "---" lines.'));
  } else {
    const result = sectionFrontMatterSchema.safeParse(section.frontMatter);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0] ?? '')];
        for (const key of keys) {
          const offset = Math.max(0, text.text.indexOf(`${key}:`));
          findings.push(text.finding(offset, 'error', issue.code === 'unrecognized_keys' ? CODE.schemaUnknownKey : CODE.schemaInvalid,
            issue.code === 'unrecognized_keys' ? `unknown front matter key "${key}"` : `front matter "${key}": ${issue.message}`,
            issue.code === 'unrecognized_keys' ? `${didYouMean(key, ['title', 'minutes'])} Front matter takes "title" and "minutes".` : undefined));
        }
      }
    }
    const minutes = (section.frontMatter as { minutes?: unknown })?.minutes;
    if (minutes && typeof minutes === 'object') {
      for (const key of Object.keys(minutes)) if (!declared.includes(key)) {
        findings.push(text.finding(Math.max(0, text.text.indexOf(key)), 'error', CODE.moduleUnknownAudience, `"${key}" is not one of this module's audiences`, didYouMean(key, declared)));
      }
    }
  }
  if (!section.slides.length) {
    findings.push(text.finding(0, 'error', CODE.markdownEmpty, 'this section has no slides', 'Write some Markdown, or remove the block that names this file.'));
  }
  for (const slide of section.slides) {
    for (const [part, offset] of [[slide.markdown, slide.offset], [slide.notes ?? '', slide.notesOffset ?? 0]] as const) {
      for (const image of part.matchAll(/!\[[^\]]*\]\([^)]*\)|<img\b/gi)) {
        findings.push(text.finding(offset + image.index!, 'error', CODE.markdownImage, 'modules carry no images',
          'Safeguarding material on this subject never shows imagery: describe it in words instead.'));
      }
      findings.push(...tokenFindings(m, part, (index, _needle, rule, message, hint) => text.finding(offset + index, 'error', rule, message, hint)));
    }
  }
  return findings;
}
