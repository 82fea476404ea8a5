/**
 * The CSV report's newer rows, in the same long table: viewpoint tests (statistic z, p, q),
 * key terms (statistic G², p of chi-square with 1 df), monthly volume and the study's record counts.
 */
import { twoSidedP } from '../aggregate/significance.js';
import { round } from './number-format.js';
import type { ReportModel } from './model.js';

type Row = (string | number)[];

export function findingRows(model: ReportModel): Row[] {
  const { summary } = model;
  const rows: Row[] = [];
  for (const t of summary.viewpointTests) {
    const [a, b] = t.shares;
    rows.push([
      'viewpoint_test',
      summary.compared.join('-'),
      t.topic,
      t.viewpoint,
      `${a.count}-${b.count}`,
      `${a.total}-${b.total}`,
      round(a.share - b.share),
      '',
      '',
      round(t.z),
      round(t.p, 6),
      round(t.q, 6),
    ]);
  }
  for (const k of summary.keyTerms) {
    // G² follows chi-square with 1 df: p = P(|Z| ≥ √G²).
    rows.push([
      'key_term',
      k.region,
      k.topic,
      k.form || k.term,
      k.count,
      k.total,
      round(k.count / k.total, 6),
      '',
      '',
      round(k.g2),
      round(twoSidedP(Math.sqrt(k.g2)), 6),
      '',
    ]);
  }
  for (const t of summary.timeline) rows.push(['monthly_volume', t.region, t.topic, t.month, t.volume, '', '', '', '', '', '', '']);
  for (const [placement, n] of Object.entries(summary.study.placements))
    rows.push(['study_records', '', '', placement, n, summary.records, '', '', '', '', '', '']);
  return rows;
}
