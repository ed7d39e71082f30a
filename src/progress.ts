// Shows how a build is going: a bar on a terminal, plain lines otherwise (CI logs, pipes).
import cliProgress from 'cli-progress';
import type { PrintProgress } from './pipeline/print.js';

export interface ProgressReporter {
  onProgress: (progress: PrintProgress) => void;
  stop: () => void;
}

export function createProgressReporter(stream: NodeJS.WriteStream | undefined, writeLine: (line: string) => void): ProgressReporter {
  if (stream?.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: 'printing [{bar}] {value}/{total} PDFs  {label}', stream, hideCursor: true, clearOnComplete: true },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      onProgress: ({ job, done, total }) => {
        if (!started) {
          bar.start(total, 0, { label: '' });
          started = true;
        }
        bar.setTotal(total);
        bar.update(done, { label: job.label });
      },
      stop: () => started && bar.stop(),
    };
  }
  return {
    onProgress: ({ job, done, total, more, seconds }) => writeLine(`printed ${job.label} (${done} of ${total}${more ? ' so far' : ''}, ${seconds.toFixed(1)} s)`),
    stop: () => undefined,
  };
}
