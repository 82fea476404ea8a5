/**
 * The one entry point of rendering: the requested formats of one report model. Markdown, JSON and
 * CSV are text and render at once (`renderTextReports`, which the in-memory `analyse` uses); HTML
 * also renders its charts (SVG and Vega-Lite specs), which takes a promise.
 */
import { renderCsv } from './csv.js';
import type { ChartRenderer } from './html/chart-renderer.js';
import { renderHtml, type HtmlReport } from './html/index.js';
import type { ReportLanguage } from './html/wording.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { ReportModel } from './model.js';

export const REPORT_FORMATS = ['md', 'json', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The Markdown, JSON and CSV reports. */
export interface TextReports {
  readonly markdown: string;
  readonly json: string;
  readonly csv: string;
}

/** The formats asked for, each under its own key. */
export interface RenderedReport extends Partial<TextReports> {
  readonly html?: HtmlReport;
}

export interface RenderOptions {
  readonly formats: readonly ReportFormat[];
  /** The HTML report's language (the text formats take theirs from the model's wording). */
  readonly lang: ReportLanguage;
  /** What draws the HTML report's charts (default: this thread). */
  readonly charts?: ChartRenderer;
}

export function renderTextReports(model: ReportModel): TextReports {
  return { markdown: renderMarkdown(model), json: renderJson(model), csv: renderCsv(model) };
}

export async function renderReport(model: ReportModel, options: RenderOptions): Promise<RenderedReport> {
  const wants = (format: ReportFormat) => options.formats.includes(format);
  // The HTML report starts first: its charts may be drawn elsewhere while the text reports render here.
  const html = wants('html')
    ? renderHtml(model, { lang: options.lang, strings: model.strings, ...(options.charts ? { charts: options.charts } : {}) })
    : undefined;
  const text = {
    ...(wants('md') ? { markdown: renderMarkdown(model) } : {}),
    ...(wants('json') ? { json: renderJson(model) } : {}),
    ...(wants('csv') ? { csv: renderCsv(model) } : {}),
  };
  return { ...text, ...(html ? { html: await html } : {}) };
}
