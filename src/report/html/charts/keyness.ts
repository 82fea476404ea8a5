/**
 * Key terms of one topic: words each region uses distinctly more than the other, as a diverging
 * bar of G² (Mainland to the left, Hong Kong to the right), in the report's script.
 */
import type { Summary } from '../../../aggregate/summary.js';
import type { Wording } from '../wording.js';
import { CHART_WIDTH, config, regionScale, type Chart } from './common.js';

export function keynessChart(summary: Summary, topic: string, w: Wording): Chart | undefined {
  const terms = summary.keyTerms.filter((k) => k.topic === topic);
  if (terms.length === 0) return undefined;
  const [left] = summary.compared;
  const regions = summary.compared.map((region) => ({ region, name: w.region(region) }));
  // Each region's terms strongest first: Mainland's block above Hong Kong's.
  const ordered = [...terms.filter((k) => k.region === left), ...terms.filter((k) => k.region !== left)];
  const values = ordered.map((k) => ({ term: w.term(k), g2: k.region === left ? -k.g2 : k.g2, region: w.region(k.region) }));
  return {
    name: `keyness-${topic}`,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: CHART_WIDTH + 100,
      height: { step: 15 },
      data: { values },
      encoding: { y: { field: 'term', type: 'nominal', title: null, sort: values.map((v) => v.term), axis: { labelLimit: 200 } } },
      layer: [
        {
          mark: 'bar',
          encoding: {
            x: {
              field: 'g2',
              type: 'quantitative',
              title: w.fill(w.t.key_axis, { left: w.region(summary.compared[0]), right: w.region(summary.compared[1]) }),
              axis: { labelExpr: 'abs(datum.value)' },
            },
            color: { field: 'region', type: 'nominal', title: null, scale: regionScale(summary.taxonomy, regions), sort: regions.map((r) => r.name) },
          },
        },
      ],
      config: config(w.lang),
    },
  };
}
