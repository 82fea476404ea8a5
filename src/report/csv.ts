/**
 * The CSV report: one long table (section, region, topic, label, count, total, share, ci).
 * Cells that a spreadsheet would run as a formula (= + - @, tab, CR) are neutralised with a quote.
 */
import { stringify } from 'csv-stringify/sync';
import type { Share } from '../aggregate/wilson.js';
import { round } from './number-format.js';
import { testTermMonthRows } from './csv-tests-terms-months.js';
import { trustRows } from './csv-trust.js';
import { findingsSentences } from './key-findings-sentences.js';
import { sourceRows } from './platform-kind-rows.js';
import type { ReportModel } from './model.js';

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string | number): string | number {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

type Cell = string | number;
type Row = Cell[];

/** section, region, topic, label, count, total, share, ci95_low, ci95_high, statistic, p_value, q_value */
function row(section: string, region: string, topic: string, label: string, s: Share): Row {
  return [section, region, topic, label, s.count, s.total, round(s.share), round(s.low), round(s.high), '', '', ''];
}

export function renderCsv(model: ReportModel): string {
  const { summary } = model;
  const rows: Row[] = findingsSentences(model.findings, model.wording).map((s, i) => ['summary_of_findings', '', '', s, i + 1, '', '', '', '', '', '', '']);
  for (const t of summary.topicVolumes) {
    rows.push(['topic_raw_volume', t.region, t.topic, '', t.rawVolume, '', '', '', '', '', '', '']);
    rows.push(row('topic_share_of_relevant', t.region, t.topic, '', t.shareOfRelevant));
    rows.push(row('topic_share_of_sample', t.region, t.topic, '', t.shareOfSample));
  }
  for (const v of summary.viewpointShares) rows.push(row('viewpoint_share', v.region, v.topic, v.viewpoint, v.share));
  for (const p of summary.profiles) {
    for (const k of p.kinds) rows.push(row('kind_share', p.region, '', k.kind, k.share));
    for (const f of p.focus) rows.push(row('focus', p.region, '', f.viewpoint, f.share));
    for (const x of p.polarity) rows.push(row('polarity_share', p.region, '', x.polarity, x.share));
    rows.push(row('coverage_no_topic', p.region, '', '', p.noTopic));
    rows.push(row('coverage_no_viewpoint', p.region, '', '', p.noViewpoint));
  }
  // Kinds are kind_share above; platforms, relevant records and topics within each platform and kind are here.
  for (const r of sourceRows(summary, model.wording).filter((x) => x.group !== 'kind')) {
    summary.regions.forEach((region, i) => {
      const s = r.shares[i];
      if (s !== undefined) rows.push(row(`${r.group}_share`, region, r.topic ?? '', r.key, s));
    });
  }
  rows.push(...testTermMonthRows(model));
  rows.push(...trustRows(model));
  const header = ['section', 'region', 'topic', 'label', 'count', 'total', 'share', 'ci95_low', 'ci95_high', 'statistic', 'p_value', 'q_value'];
  return stringify([header, ...rows.map((r) => r.map(neutraliseCell))], { record_delimiter: '\n' });
}
