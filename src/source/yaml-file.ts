// Reading the small YAML files beside modules (a theme, a brand, the project config): parsed with positions,
// checked against a zod schema, every problem at its line and column, as modules are.
import { isMap, isPair, isScalar } from 'yaml';
import type { z } from 'zod';
import type { Finding } from '../errors/finding.js';
import { displayPath } from './paths.js';
import { YamlSource } from './source-text.js';
import { schemaFindings } from './schema-findings.js';
import { CODE } from '../errors/catalogue.js';
import { readText } from '../errors/read-text.js';
import { yamlData } from './yaml-errors.js';

export interface ParsedYaml<T> {
  source: YamlSource;
  /** Set when the file has no problems. */
  data?: T;
  findings: Finding[];
}

/**
 * An unquoted colour reads as nothing, because "#" starts a YAML comment: `primary: #0d5c6b` is
 * `primary: null`. Said plainly, at the value, instead of "expected string, received null".
 */
function unquotedColours(source: YamlSource): Finding[] {
  const findings: Finding[] = [];
  const colours = source.doc.get('colours', true);
  if (!isMap(colours)) return findings;
  for (const pair of colours.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const empty = pair.value === null || (isScalar(pair.value) && pair.value.value === null);
    const keyStart = pair.key.range?.[0] ?? 0;
    const end = source.text.indexOf('\n', keyStart);
    const line = source.text.slice(keyStart, end < 0 ? undefined : end);
    const hash = line.indexOf('#');
    if (empty && hash >= 0) {
      const colour = /#[0-9a-fA-F]*/.exec(line.slice(hash))?.[0] ?? '#rrggbb';
      findings.push(source.finding(keyStart + hash, 'error', CODE.schemaInvalid, `the colour ${String(pair.key.value)} is read as empty: in YAML, "#" starts a comment`,
        `Put the colour in quotes: ${String(pair.key.value)}: "${colour}"`));
    }
  }
  return findings;
}

/** Reads and checks a YAML file; `docs` tells the user where the file's format is described. */
export function readYamlFile<S extends z.ZodType>(file: string, schema: S, docs: string, cwd = process.cwd()): ParsedYaml<z.infer<S>> {
  const shown = displayPath(file, cwd);
  const read = readText(file, shown, 'yaml');
  if ('finding' in read) return { source: new YamlSource(shown, ''), findings: [read.finding] };
  const source = new YamlSource(shown, read.text);
  const syntax = source.syntaxFindings();
  if (syntax.length) return { source, findings: syntax };
  const built = yamlData(source);
  if (built.findings.length) return { source, findings: built.findings };
  const data = built.data ?? {};
  const colours = unquotedColours(source);
  const lines = new Set(colours.map((f) => f.line));
  const findings = [...colours, ...schemaFindings(source, schema, data, docs).filter((f) => !lines.has(f.line))];
  if (findings.length) return { source, findings };
  return { source, data: schema.parse(data), findings };
}
