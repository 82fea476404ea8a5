/**
 * What draws a report's charts: a value passed to the HTML report. Here on this thread by default;
 * an analysis may pass one backed by a worker thread (io/pool/chart-pool.ts), which loads the
 * chart libraries while the posts are classified. Either gives the same SVG, byte for byte.
 */
import type { Chart } from './charts/common.js';
import { renderChart, type RenderedChart } from './render-svg.js';

export interface ChartRenderer {
  /** The charts drawn, in the order given. */
  render(charts: readonly Chart[]): Promise<RenderedChart[]>;
}

/** Draws on the calling thread, one chart after another. */
export const renderChartsHere: ChartRenderer = {
  async render(charts) {
    const rendered: RenderedChart[] = [];
    for (const chart of charts) rendered.push(await renderChart(chart));
    return rendered;
  },
};
