/**
 * Charts drawn on the chart thread (io/pool/chart-pool.ts) are the charts drawn here, byte for
 * byte, and the report around them is the same page; a pool whose thread is gone draws here.
 */
import { describe, expect, it } from 'vitest';
import { startChartPool } from '../../src/io/pool/chart-pool.js';
import { renderChartsHere } from '../../src/report/html/chart-renderer.js';
import { renderReport } from '../../src/report/render-report.js';
import { fixtureModel } from './html-fixture.js';

describe('the chart thread', () => {
  it('gives the same HTML page and the same charts, name, spec and SVG, as drawing on this thread', async () => {
    const model = fixtureModel();
    const here = await renderReport(model, { formats: ['html'], lang: 'zh-Hant', charts: renderChartsHere });
    const pool = startChartPool();
    try {
      const there = await renderReport(model, { formats: ['html'], lang: 'zh-Hant', charts: pool });
      expect(there.html!.charts.length).toBeGreaterThan(3);
      expect(there.html!.charts.map((c) => c.name)).toEqual(here.html!.charts.map((c) => c.name));
      expect(there.html!.charts.map((c) => JSON.stringify(c.spec))).toEqual(here.html!.charts.map((c) => JSON.stringify(c.spec)));
      expect(there.html!.charts.map((c) => c.svg)).toEqual(here.html!.charts.map((c) => c.svg));
      expect(there.html!.html).toBe(here.html!.html);
      // A second request on the same thread.
      const again = await pool.render(here.html!.charts.slice(0, 1));
      expect(again.map((c) => c.svg)).toEqual([here.html!.charts[0]!.svg]);
      expect(pool.drawnOnThread()).toBe(here.html!.charts.length + 1);
    } finally {
      await pool.close();
    }
  });

  it('draws here once its thread is closed, with the same result', async () => {
    const model = fixtureModel();
    const pool = startChartPool();
    await pool.close();
    const here = await renderReport(model, { formats: ['html'], lang: 'en' });
    const after = await renderReport(model, { formats: ['html'], lang: 'en', charts: pool });
    expect(after.html!.html).toBe(here.html!.html);
    expect(pool.drawnOnThread()).toBe(0);
  });
});
