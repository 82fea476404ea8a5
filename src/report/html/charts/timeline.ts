/**
 * Over time: monthly volume of each topic, one panel per region, with the study windows shaded.
 * Months are drawn at mid-month on a UTC time axis, so the page does not depend on a time zone.
 */
import type { Summary } from '../../../aggregate/summary.js';
import type { Wording } from '../wording.js';
import { CHART_WIDTH, config, TOPIC_COLOURS, WINDOW_FILL, type Chart } from './common.js';

function monthStart(month: string, offset = 0): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return Date.UTC(y, m - 1 + offset, 1);
}

export function timelineChart(summary: Summary, w: Wording): Chart | undefined {
  const rows = summary.timeline.filter((t) => t.topic !== 'all');
  if (rows.length === 0) return undefined;
  const months = [...new Set(rows.map((r) => r.month))];
  const domain = [monthStart(months[0]!), monthStart(months[months.length - 1]!, 1)];
  const windows = summary.study.windows
    .map((s) => ({ start: Math.max(s.start, domain[0]!), end: Math.min(s.end, domain[1]!), label: w.t.time_window }))
    .filter((s) => s.start < s.end);
  const topicNames = summary.taxonomy.topics.map((t) => w.topic(t));
  const every = Math.ceil(months.length / 12);
  const ticks = months.filter((_, i) => i % every === 0).map((m) => monthStart(m));
  const x = { type: 'temporal', title: null, scale: { type: 'utc' }, axis: { format: '%Y-%m', values: ticks, labelAngle: 0, grid: false } };
  const panel = (region: string) => {
    const values = rows
      .filter((r) => r.region === region)
      .map((r) => ({ x: monthStart(r.month) + 14.5 * 86_400_000, topic: w.topic(r.topic), volume: r.volume }));
    const layers: Record<string, unknown>[] = [];
    if (windows.length > 0) {
      layers.push({
        data: { values: windows },
        mark: { type: 'rect', color: WINDOW_FILL },
        encoding: { x: { field: 'start', type: 'temporal' }, x2: { field: 'end' } },
      });
    }
    layers.push({
      data: { values },
      mark: { type: 'line', point: { size: 18 }, strokeWidth: 1.5 },
      encoding: {
        x: { ...x, field: 'x', scale: { type: 'utc', domain } },
        y: { field: 'volume', type: 'quantitative', title: w.t.time_axis_volume, axis: { tickMinStep: 1, format: 'd' } },
        color: {
          field: 'topic',
          type: 'nominal',
          title: null,
          scale: { domain: topicNames, range: topicNames.map((_, i) => TOPIC_COLOURS[i % TOPIC_COLOURS.length]) },
          legend: { columns: 1 },
        },
      },
    });
    return { title: w.region(region), width: 2 * CHART_WIDTH, height: 110, layer: layers };
  };
  return {
    name: 'timeline',
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      vconcat: summary.compared.filter((r) => summary.regions.includes(r)).map(panel),
      resolve: { scale: { y: 'shared' } },
      config: config(w.lang),
    },
  };
}
