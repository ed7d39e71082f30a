// The terms to avoid: the built-in list in data/terminology.yaml, plus what a module adds with
// `check: { terminology: ... }` (a YAML file in its folder, or the terms themselves).
import fs from 'node:fs';
import path from 'node:path';
import type { Finding } from '../errors/finding.js';
import { PROJECT_ROOT } from '../project-root.js';
import { displayPath, resolveInside } from '../source/paths.js';
import { YamlSource, type Path } from '../source/source-text.js';
import type { ValidModule } from '../module/validate.js';
import { terminologySchema, type TerminologySource } from '../schema/module-schema.js';
import { phrasePattern } from './prose.js';
import { CODE } from '../errors/catalogue.js';
import { readText } from '../errors/read-text.js';
import { yamlData } from '../source/yaml-errors.js';

export const BUILT_IN_TERMINOLOGY = path.join(PROJECT_ROOT, 'src/check/data/terminology.yaml');

export interface Term {
  avoid: string[];
  say: string;
  why?: string;
  for: 'everyone' | 'adults' | 'pupils';
  level?: 'error' | 'warning';
  quoted: 'allowed' | 'flagged';
  pattern: RegExp;
  /** The term is fine once one of these has been seen. */
  explainedBy?: RegExp;
}

export interface Terminology {
  terms: Term[];
  /** Names that contain a term but keep their wording. */
  allow?: RegExp;
  /** The module's own terms file, when it has one: its comments can excuse problems like any other file. */
  source?: YamlSource;
}

function compile(sources: TerminologySource[]): Omit<Terminology, 'source'> {
  const terms = sources.flatMap((s) => s.terms).map((t): Term => ({
    avoid: t.avoid,
    say: t.say,
    ...(t.why ? { why: t.why } : {}),
    for: t.for,
    ...(t.level ? { level: t.level } : {}),
    quoted: t.quoted,
    pattern: phrasePattern(t.avoid),
    ...(t['explained-by']?.length ? { explainedBy: phrasePattern(t['explained-by']) } : {}),
  }));
  const allow = sources.flatMap((s) => s.allow);
  return { terms, ...(allow.length ? { allow: phrasePattern(allow) } : {}) };
}

let builtIn: TerminologySource | undefined;

/** The list that ships with workshopkit. A mistake in it is a bug, so it throws. */
export function builtInTerminology(): TerminologySource {
  if (!builtIn) {
    const source = new YamlSource(BUILT_IN_TERMINOLOGY, fs.readFileSync(BUILT_IN_TERMINOLOGY, 'utf8'));
    builtIn = terminologySchema.parse(source.doc.toJS());
  }
  return builtIn;
}

let builtInOnly: Omit<Terminology, 'source'> | undefined;
const loadedFor = new WeakMap<ValidModule, { terminology: Terminology; findings: Finding[] }>();

/**
 * The built-in terms and the module's own, with any problem in the module's list as a finding. Compiled once
 * per module (and the built-in list once in all): the rules remember what a pattern found in a text, and a
 * module is checked once for each nation it keeps content to.
 */
export function loadTerminology(m: ValidModule): { terminology: Terminology; findings: Finding[] } {
  let loaded = loadedFor.get(m);
  if (!loaded) loadedFor.set(m, (loaded = loadTerminologyOnce(m)));
  return { terminology: loaded.terminology, findings: loaded.findings.map((f) => ({ ...f })) };
}

function builtInCompiled(): Omit<Terminology, 'source'> {
  return (builtInOnly ??= compile([builtInTerminology()]));
}

function loadTerminologyOnce(m: ValidModule): { terminology: Terminology; findings: Finding[] } {
  const setting = m.source.check?.terminology;
  const yaml = m.loaded.module;
  const at: Path = ['check', 'terminology'];
  if (setting === undefined) return { terminology: builtInCompiled(), findings: [] };
  if (typeof setting === 'object') return { terminology: compile([builtInTerminology(), setting]), findings: [] };

  const problem = (message: string, hint: string) => ({
    terminology: builtInCompiled(),
    findings: [yaml.findingAt(at, 'error', CODE.checkConfig, message, hint)],
  });
  const file = resolveInside(m.dir, setting);
  if (!file) return problem(`"${setting}" is outside the module's folder`, 'Keep the terms file inside the module folder.');
  if (!fs.existsSync(file)) return problem(`"${setting}" does not exist`, 'Create the file, or correct the path (relative to the module folder).');
  const read = readText(file, displayPath(file), 'yaml');
  if ('finding' in read) return { terminology: builtInCompiled(), findings: [read.finding] };
  const source = new YamlSource(displayPath(file), read.text);
  const built = yamlData(source);
  const findings = [...source.syntaxFindings(), ...(source.doc.errors.length ? [] : built.findings)];
  if (findings.length) return { terminology: builtInCompiled(), findings };
  const parsed = terminologySchema.safeParse(built.data ?? {});
  if (!parsed.success) {
    return {
      terminology: builtInCompiled(),
      findings: parsed.error.issues.map((issue) =>
        source.findingAt(issue.path as Path, 'error', CODE.checkConfig, `terms file: ${issue.path.join('.') || 'the file'}: ${issue.message}`,
          'Each term needs "avoid" (a list) and "say"; see src/check/data/terminology.yaml for the format.')),
    };
  }
  return { terminology: { ...compile([builtInTerminology(), parsed.data]), source }, findings: [] };
}
