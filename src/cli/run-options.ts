/** Options for runs over big dumps: threads, encoding, reject limits, progress. */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { YuqingError } from '../errors.js';
import type { ClassifyCounts } from '../run/classify-file.js';
import { describeWarnings } from '../io/read/field-warnings.js';
import { addLimitOptions, type LimitOptions } from './limit-options.js';

export interface RunOptions extends LimitOptions {
  readonly workers?: string;
  readonly maxRejects?: string;
  readonly quiet?: boolean;
}

export function addRunOptions(command: Command): Command {
  const run = command
    .option(
      '--workers <n>',
      `threads classifying in parallel (this one and n − 1 workers), output order kept (default: the machine's cores, ${availableParallelism()}; 1 for files under 4 MB)`,
    )
    .option('--max-rejects <n|p%>', 'fail (exit 3) when more records than this are rejected, e.g. 100 or 0.5%')
    .option('-q, --quiet', 'no progress on stderr');
  return addLimitOptions(run);
}

/** Below this input size, starting worker threads (about a second each) costs more than it saves. */
const SMALL_INPUT_BYTES = 4 * 1024 * 1024;

export function workerCount(o: RunOptions, input?: string): number {
  if (o.workers === undefined) {
    const small = input !== undefined && input !== '-' && existsSync(input) && statSync(input).size < SMALL_INPUT_BYTES;
    return small ? 1 : availableParallelism();
  }
  const n = Number(o.workers);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new YuqingError('E_OPTION', `--workers ${o.workers}: expected a whole number from 1 to 64.`);
  return n;
}

/** Parse --max-rejects early, so a typo fails before a long run. */
export function rejectLimit(o: RunOptions): ((counts: Pick<ClassifyCounts, 'read' | 'rejected'>) => string | undefined) | undefined {
  if (o.maxRejects === undefined) return undefined;
  const m = /^(\d+(?:\.\d+)?)(%?)$/.exec(o.maxRejects.trim());
  if (!m) throw new YuqingError('E_OPTION', `--max-rejects ${o.maxRejects}: expected a count (100) or a percentage (0.5%).`);
  const value = Number(m[1]);
  const percent = m[2] === '%';
  return (c) => {
    const limit = percent ? (value / 100) * c.read : value;
    return c.rejected > limit
      ? `${c.rejected} records were rejected, more than --max-rejects ${o.maxRejects} allows (${percent ? `${limit.toFixed(1)} of ${c.read}` : limit}). See the rejects file for reasons.`
      : undefined;
  };
}

export function countsSummary(c: Omit<ClassifyCounts, 'dates'>): string {
  const duplicates = c.duplicateIds > 0 ? `\nnote: ${c.duplicateIds} records reuse an id seen earlier in the input; they were classified and kept.` : '';
  const warnings = describeWarnings(c.warnings ?? {})
    .map((line) => `\n${line}`)
    .join('');
  return `read ${c.read} = classified ${c.classified} + rejected ${c.rejected}${duplicates}${warnings}`;
}
