/** The input limits as command-line options (src/io/read/limits.ts): sizes as 8MiB, 512k, 2G or bytes. */
import type { Command } from 'commander';
import { YuqingError } from '../errors.js';
import { DEFAULT_LIMITS, grouped, type InputLimits } from '../io/read/limits.js';

export interface LimitOptions {
  readonly maxRecordBytes?: string;
  readonly maxJsonDepth?: string;
  readonly maxFields?: string;
  readonly maxInflateRatio?: string;
  readonly maxInflatedBytes?: string;
  readonly maxXlsxBytes?: string;
  readonly maxSheetCells?: string;
}

const d = DEFAULT_LIMITS;
const mib = (n: number) => (n >= 1024 ** 3 ? `${n / 1024 ** 3} GiB` : `${n / 1024 ** 2} MiB`);

export function addLimitOptions(command: Command): Command {
  return command
    .option(
      '--max-record-bytes <size>',
      `a record longer than this is rejected (too_large): a JSON line's bytes, a CSV or Excel record's characters (default ${mib(d.maxRecordBytes)})`,
    )
    .option('--max-json-depth <n>', `a JSON record nested deeper than this is rejected (too_deep) (default ${d.maxJsonDepth})`)
    .option('--max-fields <n>', `a CSV or Excel row with more fields is rejected (too_large); a wider header stops the run (default ${d.maxFields})`)
    .option(
      '--max-inflate-ratio <n>',
      `stop when gzip or an xlsx inflates more than n-fold, past ${mib(16 * 1024 * 1024)} (a decompression bomb); 0: no check (default ${d.maxInflateRatio})`,
    )
    .option('--max-inflated-bytes <size>', `stop when gzip inflates to more than this; 0: no limit (default ${mib(d.maxInflatedBytes)})`)
    .option('--max-xlsx-bytes <size>', `stop when an xlsx unzips to more than this (it is read in memory) (default ${mib(d.maxXlsxBytes)})`)
    .option('--max-sheet-cells <n>', `stop when an xlsx sheet spans more rows × columns than this (default ${grouped(d.maxSheetCells)})`);
}

const UNITS: Readonly<Record<string, number>> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
};

function size(option: string, value: string | undefined, fallback: number, zeroAllowed: boolean): number {
  if (value === undefined) return fallback;
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  const n = m && unit !== undefined ? Math.floor(Number(m[1]) * unit) : NaN;
  if (!Number.isFinite(n) || n < (zeroAllowed ? 0 : 1) || n > Number.MAX_SAFE_INTEGER) {
    throw new YuqingError('E_OPTION', `${option} ${value}: expected a size such as 8MiB, 512k, 2G or a number of bytes${zeroAllowed ? ' (0: no limit)' : ''}.`);
  }
  return n;
}

function count(option: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value.replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n < min || n > max)
    throw new YuqingError('E_OPTION', `${option} ${value}: expected a whole number from ${min} to ${grouped(max)}.`);
  return n;
}

/** Parsed early, so a typo fails before a long run. */
export function limitsFrom(o: LimitOptions): InputLimits {
  return {
    maxRecordBytes: size('--max-record-bytes', o.maxRecordBytes, d.maxRecordBytes, false),
    // The depth check recurses once per level: a few thousand is as far as it safely goes.
    maxJsonDepth: count('--max-json-depth', o.maxJsonDepth, d.maxJsonDepth, 1, 2000),
    maxFields: count('--max-fields', o.maxFields, d.maxFields, 1, 1_000_000),
    maxInflateRatio: count('--max-inflate-ratio', o.maxInflateRatio, d.maxInflateRatio, 0, 1_000_000),
    maxInflatedBytes: size('--max-inflated-bytes', o.maxInflatedBytes, d.maxInflatedBytes, true),
    // Past about 512 MiB the XML no longer fits in one JavaScript string.
    maxXlsxBytes: Math.min(size('--max-xlsx-bytes', o.maxXlsxBytes, d.maxXlsxBytes, false), 0x1fffffe8),
    maxSheetCells: count('--max-sheet-cells', o.maxSheetCells, d.maxSheetCells, 1, 1e12),
  };
}
