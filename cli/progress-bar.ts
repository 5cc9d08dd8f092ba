import type { CliIo } from './koers';

const WIDTH = 30;

/** `[#########.....................]  30% 300/1000`: plain text, no dependency. */
export function progressBar(done: number, total: number): string {
  const fraction = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(fraction * WIDTH);
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  return `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${percent} ${done}/${total}`;
}

/** Redraws the bar on a terminal; elsewhere (a pipe, a log, CI) it stays quiet until `finish`. */
export function progressReporter(io: CliIo) {
  return {
    update: (done: number, total: number) => io.status?.(progressBar(done, total)),
    finish: (summary: string) => {
      if (io.status) io.err('');
      io.err(summary);
    },
  };
}
