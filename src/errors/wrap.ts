// Errors from the file system and the browser that are the user's machine, not a bug: said in one line
// that names the path (or the browser) and what to do, exit 1, with the original kept as `cause`.
// Anything not recognised here is returned as it was, so a real bug still shows its stack.
import path from 'node:path';
import { EnvironmentError } from './finding.js';

const shown = (file: string, cwd: string) => {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
};

/** A file-system error met while writing outputs under `outDir`, as the user's problem to fix. */
export function outputProblem(error: unknown, outDir: string, cwd = process.cwd()): unknown {
  if (error instanceof EnvironmentError || !(error instanceof Error)) return error;
  const { code, path: at } = error as NodeJS.ErrnoException;
  const where = shown(at ?? outDir, cwd);
  const out = shown(outDir, cwd);
  const problem = (message: string) => new EnvironmentError(message, { cause: error });
  switch (code) {
    case 'EEXIST':
    case 'ENOTDIR':
      return problem(`cannot write the outputs to ${out}: ${where === out ? out : `a part of ${where}`} is a file, where a folder belongs. ` +
        'Choose another folder with --out, or move the file away.');
    case 'EISDIR':
      return problem(`cannot write ${where}: it is a folder, where an output file belongs. Move the folder away.`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return problem(`cannot write to ${where}: ${code === 'EROFS' ? 'the disk is read-only' : 'permission denied'}. ` +
        `Choose a folder you can write to with --out, or change the permissions of ${out}.`);
    case 'ENOSPC':
    case 'EDQUOT':
      return problem(`cannot write to ${where}: the disk is full. Free some space and build again; the previous outputs in ${out} are as they were.`);
    case 'EMFILE':
    case 'ENFILE':
      return problem(`cannot write to ${where}: too many files are open. Close some programs and build again.`);
    default:
      return error;
  }
}

/** Runs a step that writes outputs, turning the machine's refusals into EnvironmentErrors. */
export function writingTo<T>(outDir: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw outputProblem(error, outDir);
  }
}

/**
 * Puppeteer's failures that are the machine's (a page that does not finish in time, a browser that
 * crashed or was killed), as one line. The print stage reports its own failures; this is the last word.
 */
export function browserProblem(error: unknown): unknown {
  if (error instanceof EnvironmentError || !(error instanceof Error)) return error;
  if (error.name === 'TimeoutError') {
    return new EnvironmentError(`the browser did not finish printing in time (${error.message.split('\n')[0]}). ` +
      'A very long module, or a machine busy with other work, can do this: build fewer audiences or formats at once, or try again.', { cause: error });
  }
  if (error.name === 'TargetCloseError' || /Target closed|Session closed|Browser has disconnected|browser has disconnected/i.test(error.message)) {
    return new EnvironmentError('the browser closed while printing (it crashed, or was stopped). Build again; if it keeps happening, ' +
      'check the machine has memory to spare.', { cause: error });
  }
  return error;
}
