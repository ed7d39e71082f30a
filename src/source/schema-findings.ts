// A zod schema's complaints about a YAML file, each turned into a finding at its line and column, with
// "did you mean" for misspelt keys and values. Modules, themes, brands and the project config all use it.
import type { z } from 'zod';
import { didYouMean } from '../errors/did-you-mean.js';
import type { Finding } from '../errors/finding.js';
import { CODE } from '../errors/catalogue.js';
import type { Path, YamlSource } from './source-text.js';
import { howToWrite, kindOf, wrongTypeMessage } from './type-words.js';

type ZodIssue = z.core.$ZodIssue;

/** The keys a strict object accepts at a path, for "did you mean". Follows the data through unions. */
function knownKeysAt(schema: z.ZodType, data: unknown, path: Path): string[] {
  let current: z.core.$ZodType | undefined = schema;
  let value: unknown = data;
  const unwrap = (s: z.core.$ZodType): z.core.$ZodType => {
    const def = s._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
    if (def.innerType) return unwrap(def.innerType);
    if (def.type === 'pipe' && def.in) return unwrap(def.in);
    return s;
  };
  const pickOption = (s: z.core.$ZodType, v: unknown): z.core.$ZodType => {
    const def = s._zod.def as { type: string; options?: z.core.$ZodType[] };
    if (def.type !== 'union' || !def.options) return s;
    const objects = def.options.map(unwrap).filter((o) => (o._zod.def as { type: string }).type === 'object');
    const type = (v as { type?: unknown } | null)?.type;
    const byType = objects.find((o) => {
      const literal = (o._zod.def as unknown as { shape: Record<string, z.core.$ZodType> }).shape.type;
      return literal && (literal._zod.def as { values?: unknown[] }).values?.includes(type);
    });
    return byType ?? objects[0] ?? s;
  };
  for (const segment of [...path, undefined]) {
    if (!current) return [];
    current = pickOption(unwrap(current), value);
    const def = current._zod.def as {
      type: string;
      shape?: Record<string, z.core.$ZodType>;
      element?: z.core.$ZodType;
      valueType?: z.core.$ZodType;
    };
    if (segment === undefined) return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
    value = (value as Record<string | number, unknown> | undefined)?.[segment];
    current = def.type === 'object' ? def.shape?.[segment] : def.type === 'array' ? def.element : def.valueType;
  }
  return [];
}

function describePath(path: Path, data: unknown): string {
  let value: unknown = data;
  const parts: string[] = [];
  for (const segment of path) {
    value = (value as Record<string | number, unknown> | undefined)?.[segment];
    if (typeof segment === 'number') {
      const type = (value as { type?: unknown } | null)?.type;
      parts.push(`[${segment + 1}]${typeof type === 'string' && parts.at(-1) === 'blocks' ? ` (${type})` : ''}`);
    } else parts.push(parts.length ? `.${segment}` : segment);
  }
  return parts.join('').replace(/^blocks\[/, 'block [') || 'the file';
}

/** Unions report one list of issues per branch: keep the branch that got furthest into the value. */
function flattenUnion(issue: ZodIssue): ZodIssue[] {
  if (issue.code !== 'invalid_union' || !issue.errors.length) return [issue];
  const rootTypeMismatch = (branch: ZodIssue[]) =>
    branch.some((i) => i.code === 'invalid_type' && i.path.length === 0);
  const branches = issue.errors.filter((b) => !rootTypeMismatch(b));
  if (!branches.length) {
    return [{ ...issue, errors: [], message: 'expected text, or an item with "text" and optional "detail", "audiences" and "nations"' } as ZodIssue];
  }
  return branches[0]!.flatMap((inner) => flattenUnion({ ...inner, path: [...issue.path, ...inner.path] } as ZodIssue));
}

/**
 * Every way `data` (parsed from `source`) breaks `schema`, each at its line and column. Used for module files
 * and for the other YAML files workshopkit reads (brand, theme, project config); `docs` says where to look.
 */
export function schemaFindings(source: YamlSource, schema: z.ZodType, data: unknown,
  docs = 'Compare with docs/module-format.md, or let your editor check the file against schemas/module.schema.json.'): Finding[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  const findings: Finding[] = [];
  for (const issue of result.error.issues.flatMap(flattenUnion)) {
    const path = issue.path as Path;
    const where = describePath(path.slice(0, -1), data);
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, data, path).filter((k) => k !== '$schema');
      for (const key of issue.keys) {
        findings.push(source.finding(source.keyOffset(path, key), 'error', CODE.schemaUnknownKey,
          `unknown key "${key}" in ${describePath(path, data)}`, `${didYouMean(key, known)} Remove the key or correct its spelling.`));
      }
    } else if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator) {
      const given = (data as never) && path.reduce<unknown>((v, s) => (v as Record<string | number, unknown>)?.[s], data);
      const options = (issue as unknown as { options: string[] }).options;
      // A list or mapping where the type's name belongs (an alias can put one there) is named as what it is.
      const named = given === null || typeof given !== 'object';
      findings.push(source.findingAt(path, 'error', CODE.schemaUnknownBlockType,
        given === undefined ? `${where} has no "type"`
          : named ? `unknown block type "${String(given)}"` : `${where}'s "type" is ${kindOf(given)}, not a block type`,
        `${given === undefined || !named ? '' : didYouMean(String(given), options)} Block types: ${options.join(', ')}.`.trim()));
    } else if (issue.code === 'invalid_type' && valueAt(data, path) !== undefined) {
      findings.push(source.findingAt(path, 'error', CODE.schemaWrongType, `${describePath(path, data)}: ${wrongTypeMessage(issue.expected, valueAt(data, path))}`, howToWrite(issue.expected)));
    } else if (issue.code === 'invalid_type' || (issue.code === 'invalid_value' && valueAt(data, path) === undefined)) {
      // zod reports a missing key that must be one of a list as a disallowed value; it is a missing key.
      const key = String(path.at(-1));
      findings.push(source.findingAt(path.slice(0, -1), 'error', CODE.schemaMissingKey, `${where} needs "${key}"`,
        issue.code === 'invalid_value' ? `Add "${key}:" with one of: ${issue.values.map(String).join(', ')}.`
          : `Add "${key}:" (${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}) to ${where}.`));
    } else if (issue.code === 'invalid_value') {
      const given = path.reduce<unknown>((v, s) => (v as Record<string | number, unknown>)?.[s], data);
      const values = issue.values.map(String);
      // A list or mapping where one of a few names belongs is named as what it is, not as "[object Object]".
      findings.push(given !== null && typeof given === 'object'
        ? source.findingAt(path, 'error', CODE.schemaInvalidValue, `${describePath(path, data)}: expected one of ${values.join(', ')}, got ${kindOf(given)}`, 'Write one of the names on the same line as the key.')
        : source.findingAt(path, 'error', CODE.schemaInvalidValue,
          `"${String(given)}" is not allowed for ${describePath(path, data)}`, didYouMean(String(given), values)));
    } else {
      findings.push(source.findingAt(path, 'error', CODE.schemaInvalid, `${describePath(path, data)}: ${issue.message.replace(/^Invalid input: /, '')}`, docs));
    }
  }
  return findings;
}

const valueAt = (data: unknown, path: Path): unknown => path.reduce<unknown>((v, s) => (v as Record<string | number, unknown> | undefined)?.[s], data);
