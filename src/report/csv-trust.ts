/**
 * The CSV report's rows on how far to trust the shares: every share's estimate (share = the
 * estimate, statistic = the raw share, count/total = the raw counts), the tagger's accuracy on the
 * coded posts, the unstable corrections, or, without a validation sample, the plain statement.
 */
import { round } from './number-format.js';
import type { ReportModel } from './model.js';
import { bundledSentence, SAMPLING_ONLY, warningSentence } from './trust-sentences.js';

type Row = (string | number)[];

export function trustRows(model: ReportModel): Row[] {
  const { trust } = model;
  const rows: Row[] = trust.estimates.shares.map((s) => [
    s.corrected ? 'share_corrected' : 'share_uncorrected',
    s.region,
    s.topic,
    s.viewpoint ?? '',
    round(s.raw * s.n, 2),
    s.n,
    round(s.estimate),
    round(s.low),
    round(s.high),
    round(s.raw),
    '',
    '',
  ]);
  const v = trust.estimates.validation;
  if (v === null) {
    rows.push(
      ['validation_none', '', '', SAMPLING_ONLY, '', '', '', '', '', '', '', ''],
      ['bundled_accuracy', '', '', bundledSentence(trust), '', '', '', '', '', '', '', ''],
    );
    return rows;
  }
  for (const a of v.accuracy)
    rows.push([
      'validation_accuracy',
      '',
      '',
      a.label,
      a.tp,
      a.tp + a.fn,
      a.recall === null ? '' : round(a.recall),
      '',
      '',
      a.precision === null ? '' : round(a.precision),
      '',
      '',
    ]);
  for (const w of v.warnings)
    rows.push([
      'validation_warning',
      w.region,
      w.topic,
      `${w.viewpoint ?? ''} ${w.code}: ${warningSentence(w)}`.trim(),
      '',
      '',
      '',
      '',
      '',
      round(w.value),
      '',
      '',
    ]);
  return rows;
}
