import type { Code } from './catalogue.js';

// Content problems are data: collected into a list by every stage, printed by one reporter (report.ts).

export type Severity = 'error' | 'warning';

export interface Finding {
  /** Path as the user would type it, relative to the working directory. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  col: number;
  severity: Severity;
  /** A stable rule id, e.g. "schema/unknown-key". */
  rule: Code;
  message: string;
  /** What to do about it. */
  hint?: string;
}

export const hasErrors = (findings: readonly Finding[]): boolean => findings.some((f) => f.severity === 'error');

/** A mistake in a module or its content: exit 1, printed as findings, never with a stack trace. */
export class ContentError extends Error {
  constructor(readonly findings: Finding[], options?: { cause?: unknown }) {
    super(`${findings.length} problem(s) in the module`, options);
    this.name = 'ContentError';
  }
}

/** A mistake on the command line or in the environment: exit 2, one clear message, no stack trace. */
export class UsageError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Something the user can fix that is not in a module (no browser, a disk problem): exit 1, a message. */
export class EnvironmentError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EnvironmentError';
  }
}

/** Each problem once: a shared file (an audience) is read with every module, and its problems with it. */
export function uniqueFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.file}:${f.line}:${f.col}:${f.rule}:${f.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
