// What a check rule is: an id, a one-line doc, a default level and a function that reports problems in a
// validated module, looking at what each audience sees.
import type { z } from 'zod';
import type { Code } from '../errors/catalogue.js';
import type { Severity } from '../errors/finding.js';
import type { Nation } from '../schema/module-schema.js';
import type { SourceText } from '../source/source-text.js';
import type { ValidModule } from '../module/validate.js';
import type { AudienceView, TextSegment } from './texts.js';
import type { Terminology } from './terminology.js';

/** A place in one of the module's files. */
export interface Location {
  source: SourceText;
  offset: number;
}

export interface RuleFinding {
  at: Location;
  message: string;
  hint?: string;
  /** The audiences the problem is for; findings at one spot for several audiences are merged. */
  audiences?: readonly string[];
  /** Only for rules whose findings differ in weight; a level set in module.yaml overrides it. */
  severity?: Severity;
}

export interface RuleContext<Options> {
  module: ValidModule;
  /** Every audience of the module, as tailored, with its text in the order it is seen. */
  audiences: readonly AudienceView[];
  /** Every piece of text any audience sees, once each. */
  segments: readonly TextSegment[];
  /** The date the module is judged against (the build date), YYYY-MM-DD. */
  today: string;
  nation: Nation;
  terminology: Terminology;
  /** The format whose blocks a format shows (a block's `formats:` list is read as this one): the
   * registry's answer, passed down, since formats sit above the check. */
  filterAs(format: string): string;
  options: Options;
  report(finding: RuleFinding): void;
}

export interface Rule<Options = Record<string, never>> {
  /** "group/name", e.g. "language/terminology". */
  id: Code;
  /** One line, shown by the README and in SARIF output. */
  doc: string;
  severity: Severity;
  /**
   * Problems the validator finds, under their validator ids, that this rule reports as its own. They
   * stop a build before any rule runs, so the rule can be neither turned off nor excused.
   */
  validates?: readonly Code[];
  /** Options a module may set: `check: { rules: { <id>: { level: warning, ...options } } }`. */
  options?: z.ZodType<Options>;
  run(context: RuleContext<Options>): void;
}

/** Keeps the options type of a rule when it is put in a list with others. */
export function defineRule<Options = Record<string, never>>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

export type AnyRule = Rule<any>;
