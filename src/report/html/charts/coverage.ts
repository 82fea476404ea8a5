/** Coverage: the share of each region's relevant records that got no topic, and no viewpoint, with 95% intervals. */
import type { Summary } from '../../../aggregate/summary.js';
import type { Wording } from '../wording.js';
import { CHART_WIDTH, config, regionScale, type Chart } from './common.js';

export function coverageChart(summary: Summary, w: Wording): Chart | undefined {
  const profiles = summary.profiles.filter((p) => p.relevant > 0);
  if (profiles.length === 0) return undefined;
  const regions = profiles.map((p) => ({ region: p.region, name: w.region(p.region) }));
  const measures = [w.t.cov_no_topic, w.t.cov_no_viewpoint];
  const values = profiles.flatMap((p) => [
    { measure: measures[0], region: w.region(p.region), share: p.noTopic.share, low: p.noTopic.low, high: p.noTopic.high },
    { measure: measures[1], region: w.region(p.region), share: p.noViewpoint.share, low: p.noViewpoint.low, high: p.noViewpoint.high },
  ]);
  const y = { field: 'measure', type: 'nominal', title: null, sort: measures };
  const yOffset = { field: 'region', sort: regions.map((r) => r.name) };
  const x = { type: 'quantitative', title: w.t.cov_axis, axis: { format: '.0%', tickCount: 6 } };
  return {
    name: 'coverage',
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: CHART_WIDTH + 140,
      height: { step: 16 },
      data: { values },
      encoding: { y, yOffset },
      layer: [
        {
          mark: 'bar',
          encoding: {
            x: { ...x, field: 'share' },
            color: { field: 'region', type: 'nominal', title: null, scale: regionScale(summary.taxonomy, regions), sort: regions.map((r) => r.name) },
          },
        },
        { mark: { type: 'rule', color: '#222' }, encoding: { x: { ...x, field: 'low' }, x2: { field: 'high' } } },
      ],
      config: config(w.lang),
    },
  };
}
