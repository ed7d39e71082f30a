// Ids must be unique: a second resource or figure with an id already used would silently replace the first
// (a "Fake Childline" with another number reaching the pupils' slides). The second one is the error, at its
// own line, naming where the first is.
import path from 'node:path';
import { CODE, type Code } from '../errors/catalogue.js';
import type { Finding } from '../errors/finding.js';
import type { YamlSource } from '../source/source-text.js';

/** Findings for every repeated `id` in the list at `listKey` of a file's data. */
export function duplicateIds(source: YamlSource, data: unknown, listKey: string, rule: Code, what: string): Finding[] {
  const list = (data as Record<string, unknown> | null)?.[listKey];
  if (!Array.isArray(list)) return [];
  const firstAt = new Map<string, number>();
  const findings: Finding[] = [];
  list.forEach((item, i) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    const first = firstAt.get(id);
    if (first === undefined) {
      firstAt.set(id, i);
      return;
    }
    const firstLine = source.positionOf(source.offsetAt([listKey, first, 'id'])).line;
    findings.push(source.findingAt([listKey, i, 'id'], 'error', rule, `"${id}" is already defined at ${path.basename(source.displayPath)}:${firstLine}`,
      `Each ${what} needs its own id: rename this one, or remove it if it repeats the first.`));
  });
  return findings;
}

/** Repeated ids among resources, figures and blocks (audiences are map keys: YAML itself refuses a repeat). */
export function duplicateIdFindings(files: { module: YamlSource; moduleData: unknown; stats?: YamlSource; statsData: unknown; resources?: YamlSource; resourcesData: unknown }): Finding[] {
  return [
    ...duplicateIds(files.module, files.moduleData, 'blocks', CODE.moduleDuplicateId, 'block'),
    ...(files.stats ? duplicateIds(files.stats, files.statsData, 'figures', CODE.statsDuplicateId, 'figure') : []),
    ...(files.resources ? duplicateIds(files.resources, files.resourcesData, 'resources', CODE.resourcesDuplicateId, 'resource') : []),
  ];
}
