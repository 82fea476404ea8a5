/**
 * Figures 2–4: for one topic, each viewpoint's share of the region's posts on the topic,
 * Mainland beside Hong Kong, with 95% Wilson whiskers; ✱ marks a difference that stays
 * significant after Benjamini–Hochberg correction.
 */
import type { Summary } from '../../../aggregate/summary.js';
import type { Wording } from '../wording.js';
import { CHART_WIDTH, config, MULTILINE_LABELS, regionScale, wrapLabel, type Chart } from './common.js';

export const SIGNIFICANT_MARK = '✱';

export function viewpointChart(summary: Summary, topic: string, w: Wording): Chart | undefined {
  const regions = summary.compared.filter((r) => summary.regions.includes(r)).map((region) => ({ region, name: w.region(region) }));
  const rows = summary.viewpointShares.filter((v) => v.topic === topic && regions.some((r) => r.region === v.region));
  if (rows.every((r) => r.share.total === 0)) return undefined;
  const viewpoints = [...new Set(rows.map((r) => r.viewpoint))];
  const label = (id: (typeof viewpoints)[number]) => wrapLabel(w.viewpoint(id), 36);
  const values = rows.map((r) => ({
    viewpoint: label(r.viewpoint),
    region: w.region(r.region),
    share: r.share.share,
    low: r.share.low,
    high: r.share.high,
  }));
  const marks = summary.viewpointTests
    .filter((t) => t.topic === topic && t.significant)
    .map((t) => ({ viewpoint: label(t.viewpoint), x: Math.max(t.shares[0].high, t.shares[1].high), mark: SIGNIFICANT_MARK }));
  const y = { field: 'viewpoint', type: 'nominal', title: null, sort: viewpoints.map(label), axis: MULTILINE_LABELS };
  const x = { type: 'quantitative', title: w.t.vp_axis, axis: { format: '.0%', tickCount: 8 } };
  const color = { field: 'region', type: 'nominal', title: null, scale: regionScale(summary.taxonomy, regions), sort: regions.map((r) => r.name) };
  const layers: Record<string, unknown>[] = [
    { data: { values }, mark: 'bar', encoding: { y, yOffset: { field: 'region', sort: regions.map((r) => r.name) }, x: { ...x, field: 'share' }, color } },
    {
      data: { values },
      mark: { type: 'rule', color: '#222' },
      encoding: { y, yOffset: { field: 'region', sort: regions.map((r) => r.name) }, x: { ...x, field: 'low' }, x2: { field: 'high' } },
    },
  ];
  if (marks.length > 0) {
    layers.push({
      data: { values: marks },
      mark: { type: 'text', align: 'left', dx: 6, fontSize: 13, color: '#b00' },
      encoding: { y, x: { ...x, field: 'x' }, text: { field: 'mark' } },
    });
  }
  return {
    name: `viewpoints-${topic}`,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: CHART_WIDTH + 140,
      height: { step: 14 },
      layer: layers,
      config: config(w.lang),
    },
  };
}
