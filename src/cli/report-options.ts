/**
 * Options of the commands that report (report, analyse): the study design (--sample --seed
 * --from --to --window --dedup) and the report's language (--lang), parsed into checked values.
 */
import type { Command } from 'commander';
import { DEDUP_MODES, studyDesignSchema, type StudyDesign } from '../aggregate/study.js';
import type { Classifier } from '../classify.js';
import { YuqingError } from '../errors.js';
import { REPORT_LANGUAGES, type ReportLanguage } from '../report/html/wording.js';
import { withCompared } from '../study/taxonomy.js';
import { createZone, DEFAULT_TIMEZONE } from '../time/zone.js';

export interface ReportOptions {
  readonly sample?: string;
  readonly seed?: string;
  readonly from?: string;
  readonly to?: string;
  readonly window?: readonly string[];
  readonly dedup?: string;
  readonly lang?: string;
  readonly timezone?: string;
  readonly compare?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function addReportOptions(command: Command): Command {
  return command
    .option('--sample <fraction>', 'count only this fraction of records (0 < f ≤ 1), chosen by a hash of id and --seed: the same on every run and shard')
    .option('--seed <n>', 'seed of --sample (an integer; default 0)')
    .option('--from <date>', 'first month or day counted (YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'last month or day counted, inclusive (YYYY-MM or YYYY-MM-DD)')
    .option(
      '--window <from..to>',
      'a study window, e.g. 2024-10..2024-12; repeat for several. Records outside every window appear only on the timeline',
      collect,
    )
    .option(
      '--dedup <mode>',
      `${DEDUP_MODES.join(' or ')}: count exact reposts (same text, same region) once with "exact"; raw volumes are shown beside`,
      'none',
    )
    .option('--lang <lang>', `language of the report, every format: ${REPORT_LANGUAGES.join(', ')}`, 'zh-Hant')
    .option('--compare <A,B>', "the two regions the report sets side by side and tests (default: the study's compare:, or its first two regions)");
}

/** The classifier whose taxonomy compares the regions of --compare (unchanged without it). */
export function withCompareOption(o: { readonly compare?: string }, classifier: Classifier): Classifier {
  if (o.compare === undefined) return classifier;
  const taxonomy = withCompared(
    classifier.taxonomy,
    o.compare.split(',').map((r) => r.trim()),
  );
  if (typeof taxonomy === 'string') throw new YuqingError('E_OPTION', `--compare ${o.compare}: ${taxonomy}.`);
  return { ...classifier, taxonomy };
}

const BOUND = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

function bound(option: string, value: string): string {
  if (!BOUND.test(value)) throw new YuqingError('E_OPTION', `${option} ${value}: expected a month YYYY-MM or a day YYYY-MM-DD, for example 2024-10.`);
  return value;
}

function window(value: string) {
  const parts = value.split('..');
  if (parts.length !== 2) throw new YuqingError('E_OPTION', `--window ${value}: expected FROM..TO, for example --window 2024-10..2024-12.`);
  const from = bound('--window', parts[0]!);
  const to = bound('--window', parts[1]!);
  if (from.slice(0, to.length) > to) throw new YuqingError('E_OPTION', `--window ${value}: the window ends before it starts; write the earlier date first.`);
  return { from, to };
}

function sample(o: ReportOptions): StudyDesign['sample'] {
  if (o.sample === undefined) {
    if (o.seed !== undefined)
      throw new YuqingError('E_OPTION', `--seed ${o.seed} has no effect without --sample; add --sample FRACTION (for example --sample 0.1).`);
    return null;
  }
  const fraction = Number(o.sample);
  if (!(fraction > 0 && fraction <= 1))
    throw new YuqingError('E_OPTION', `--sample ${o.sample}: expected a fraction above 0 and at most 1, for example 0.1 for 10%.`);
  const seed = o.seed === undefined ? 0 : Number(o.seed);
  if (!Number.isSafeInteger(seed)) throw new YuqingError('E_OPTION', `--seed ${o.seed}: expected an integer, for example 42.`);
  return { fraction, seed };
}

export function studyDesignFrom(o: ReportOptions): StudyDesign {
  const dedup = o.dedup ?? 'none';
  if (!(DEDUP_MODES as readonly string[]).includes(dedup)) throw new YuqingError('E_OPTION', `--dedup ${dedup}: expected one of ${DEDUP_MODES.join(', ')}.`);
  const from = o.from === undefined ? null : bound('--from', o.from);
  const to = o.to === undefined ? null : bound('--to', o.to);
  if (from !== null && to !== null && from.slice(0, to.length) > to) throw new YuqingError('E_OPTION', `--from ${from} is after --to ${to}; swap them.`);
  const timezone = createZone(o.timezone ?? DEFAULT_TIMEZONE).name;
  return studyDesignSchema.parse({ sample: sample(o), from, to, windows: (o.window ?? []).map(window), dedup, timezone });
}

/** Whether any study-design option was given (they belong to the aggregation, not to a merge). */
export function studyOptionsGiven(o: ReportOptions): boolean {
  return (
    o.sample !== undefined ||
    o.seed !== undefined ||
    o.from !== undefined ||
    o.to !== undefined ||
    (o.window ?? []).length > 0 ||
    (o.dedup !== undefined && o.dedup !== 'none') ||
    o.timezone !== undefined
  );
}

export function reportLanguageFrom(o: ReportOptions): ReportLanguage {
  const lang = o.lang ?? 'zh-Hant';
  if (!(REPORT_LANGUAGES as readonly string[]).includes(lang))
    throw new YuqingError('E_OPTION', `--lang ${lang}: expected one of ${REPORT_LANGUAGES.join(', ')}.`);
  return lang as ReportLanguage;
}
