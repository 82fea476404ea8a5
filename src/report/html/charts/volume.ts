/** Figure 1: topic volume by region, and the topics' share of each region's relevant posts with 95% intervals (the denominator report.md and report.json name too). */
import type { Summary } from '../../../aggregate/summary.js';
import type { Wording } from '../wording.js';
import { CHART_WIDTH, config, MULTILINE_LABELS, regionScale, wrapLabel, type Chart } from './common.js';

export function topicVolumeChart(summary: Summary, w: Wording): Chart {
  const values = summary.topicVolumes.map((t) => ({
    topic: wrapLabel(w.topic(t.topic), 20),
    region: w.region(t.region),
    volume: t.volume,
    share: t.shareOfRelevant.share,
    low: t.shareOfRelevant.low,
    high: t.shareOfRelevant.high,
  }));
  const regions = summary.regions.map((region) => ({ region, name: w.region(region) }));
  const y = { field: 'topic', type: 'nominal', title: null, sort: summary.taxonomy.topics.map((id) => wrapLabel(w.topic(id), 20)), axis: MULTILINE_LABELS };
  const yOffset = { field: 'region', sort: regions.map((r) => r.name) };
  const color = { field: 'region', type: 'nominal', title: null, scale: regionScale(summary.taxonomy, regions), sort: regions.map((r) => r.name) };
  const step = { step: 16 };
  return {
    name: 'topic-volume',
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      data: { values },
      hconcat: [
        {
          width: CHART_WIDTH - 60,
          height: step,
          title: w.t.fig1_volume_axis,
          encoding: { y, yOffset },
          layer: [
            { mark: 'bar', encoding: { x: { field: 'volume', type: 'quantitative', title: null, axis: { tickMinStep: 1, format: 'd' } }, color } },
            {
              mark: { type: 'text', align: 'left', dx: 3, fontSize: 10 },
              encoding: { x: { field: 'volume', type: 'quantitative' }, text: { field: 'volume' } },
            },
          ],
        },
        {
          width: CHART_WIDTH - 60,
          height: step,
          title: w.t.fig1_share_axis,
          encoding: { y: { ...y, axis: null }, yOffset },
          layer: [
            { mark: 'bar', encoding: { x: { field: 'share', type: 'quantitative', title: null, axis: { format: '.0%' } }, color } },
            { mark: { type: 'rule', color: '#222' }, encoding: { x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } } },
          ],
        },
      ],
      config: config(w.lang),
    },
  };
}
