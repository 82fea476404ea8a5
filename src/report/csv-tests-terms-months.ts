/**
 * The CSV report's rows of statistics beside the shares, in the same long table: viewpoint tests (statistic z, p, q),
 * key terms (statistic G², p of chi-square with 1 df), monthly volume and the study's record counts.
 */
import { round } from './number-format.js';
import type { ReportModel } from './model.js';

type Row = (string | number)[];

export function testTermMonthRows(model: ReportModel): Row[] {
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
    rows.push(['key_term', k.region, k.topic, k.form || k.term, k.count, k.total, round(k.count / k.total, 6), '', '', round(k.g2), round(k.p, 6), '']);
  }
  for (const t of summary.timeline) rows.push(['monthly_volume', t.region, t.topic, t.month, t.volume, '', '', '', '', '', '', '']);
  for (const [placement, n] of Object.entries(summary.study.placements))
    rows.push(['study_records', '', '', placement, n, summary.records, '', '', '', '', '', '']);
  return rows;
}
