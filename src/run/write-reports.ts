/**
 * Writing reports to disk, atomically: the Markdown, JSON, CSV and HTML reports into a folder,
 * and each chart as charts/<name>.svg with its Vega-Lite spec charts/<name>.vl.json.
 */
import { join } from 'node:path';
import type { ChartRenderer } from '../report/html/chart-renderer.js';
import type { RenderedChart } from '../report/html/render-svg.js';
import type { ReportLanguage } from '../report/html/wording.js';
import type { ReportModel } from '../report/model.js';
import { renderReport } from '../report/render-report.js';
import { writeFileAtomic } from '../io/write/atomic.js';

/** charts/<name>.svg and .vl.json; returns the file names written. */
export function writeCharts(dir: string, charts: readonly RenderedChart[]): string[] {
  const names: string[] = [];
  for (const chart of charts) {
    writeFileAtomic(join(dir, `${chart.name}.svg`), `${chart.svg}\n`);
    writeFileAtomic(join(dir, `${chart.name}.vl.json`), `${JSON.stringify(chart.spec, null, 2)}\n`);
    names.push(`${chart.name}.svg`, `${chart.name}.vl.json`);
  }
  return names;
}

/** report.{md,json,csv,html} and charts/ into `dir`; returns the names written. */
export async function writeReports(
  dir: string,
  model: ReportModel,
  options: { readonly lang: ReportLanguage; readonly charts?: ChartRenderer },
): Promise<string[]> {
  const rendered = await renderReport(model, {
    formats: ['md', 'json', 'csv', 'html'],
    lang: options.lang,
    ...(options.charts ? { charts: options.charts } : {}),
  });
  writeFileAtomic(join(dir, 'report.md'), rendered.markdown!);
  writeFileAtomic(join(dir, 'report.json'), rendered.json!);
  writeFileAtomic(join(dir, 'report.csv'), rendered.csv!);
  writeFileAtomic(join(dir, 'report.html'), rendered.html!.html);
  writeCharts(join(dir, 'charts'), rendered.html!.charts);
  return ['report.md', 'report.json', 'report.csv', 'report.html', 'charts/'];
}
