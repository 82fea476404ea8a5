/**
 * Progress on stderr: a bar with count, rate and ETA when stderr is a terminal, a plain line
 * every few seconds otherwise, nothing with --quiet.
 */
import cliProgress from 'cli-progress';
import type { ClassifyCounts } from '../run/classify-file.js';
import type { CliIo } from './io.js';

const PLAIN_EVERY_MS = 5000;

export interface Progress {
  update(counts: Readonly<ClassifyCounts>, fraction: number | undefined): void;
  stop(): void;
}

const silent: Progress = { update: () => undefined, stop: () => undefined };

export function startProgress(io: CliIo, quiet: boolean, clock: () => number = Date.now): Progress {
  if (quiet) return silent;
  const started = clock();
  const rate = (n: number) => n / Math.max(0.001, (clock() - started) / 1000);
  if (io.stderrIsTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: io.stderr as unknown as NodeJS.WritableStream,
        format: ' {bar} {percentage}% | {count} records | {rate}/s | ETA {eta_formatted}',
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(1000, 0, { count: 0, rate: 0 });
    return {
      update: (c, fraction) => bar.update(Math.round((fraction ?? 0) * 1000), { count: c.read, rate: Math.round(rate(c.read)) }),
      stop: () => bar.stop(),
    };
  }
  let last = started;
  return {
    update(c, fraction) {
      const now = clock();
      if (now - last < PLAIN_EVERY_MS) return;
      last = now;
      const eta = fraction && fraction > 0 ? ` · ETA ${Math.round(((now - started) / 1000) * (1 / fraction - 1))} s` : '';
      io.stderr.write(
        `progress: ${c.read} records · ${Math.round(rate(c.read))}/s${fraction !== undefined ? ` · ${Math.round(fraction * 100)}%` : ''}${eta}\n`,
      );
    },
    stop: () => undefined,
  };
}
