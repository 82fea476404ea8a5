/**
 * The HTML report: one self-contained page (see page.ts) with the charts rendered to inline SVG
 * when the report is built. Returns the page and every chart (spec and SVG) so they can also be
 * written as files.
 */
import type { Summary } from '../../aggregate/summary.js';
import type { ReportModel } from '../model.js';
import { fontStack, type Chart } from './charts/common.js';
import { coverageChart } from './charts/coverage.js';
import { keynessChart } from './charts/keyness.js';
import { timelineChart } from './charts/timeline.js';
import { viewpointChart } from './charts/viewpoints.js';
import { topicVolumeChart } from './charts/volume.js';
import { page } from './page.js';
import { figureNumbers, TABLES } from '../numbering.js';
import { findingsSection, sourcesSection } from './sections-key-findings-sources.js';
import { renderChartsHere, type ChartRenderer } from './chart-renderer.js';
import type { RenderedChart } from './render-svg.js';
import { compareSection, coverageSection, viewpointSections, volumeSection, type FigureContext } from './sections-figures.js';
import { examplesSection } from './sections-examples.js';
import { describeDesign, manifestSection, methodSection } from './sections-manifest.js';
import { keynessSection, timelineSection } from './sections-time-terms.js';
import { otherThemesSection } from './sections-themes.js';
import { trustSection } from './sections-trust.js';
import { wordingFor, type ReportLanguage, type UiStrings, type Wording } from './wording.js';

export interface HtmlOptions {
  readonly lang: ReportLanguage;
  readonly strings: UiStrings;
  /** What draws the charts (default: this thread). */
  readonly charts?: ChartRenderer;
}

export interface HtmlReport {
  readonly html: string;
  readonly charts: readonly RenderedChart[];
}

export function reportCharts(summary: Summary, w: Wording): Chart[] {
  const charts = [
    topicVolumeChart(summary, w),
    ...summary.taxonomy.topics.map((topic) => viewpointChart(summary, topic, w)),
    timelineChart(summary, w),
    ...summary.taxonomy.topics.map((topic) => keynessChart(summary, topic, w)),
    coverageChart(summary, w),
  ];
  return charts.filter((c): c is Chart => c !== undefined);
}

export async function renderHtml(model: ReportModel, options: HtmlOptions): Promise<HtmlReport> {
  const { summary, manifest } = model;
  const w = wordingFor(options.strings, options.lang, summary.taxonomy);
  const figures = figureNumbers(summary.taxonomy.topics.length);
  const charts = await (options.charts ?? renderChartsHere).render(reportCharts(summary, w));
  const context: FigureContext = { summary, w, chart: (name) => charts.find((c) => c.name === name) };
  const sections = [
    volumeSection(context, figures.volume),
    ...viewpointSections(context, figures.firstViewpoint),
    compareSection(context, TABLES.compare),
    sourcesSection(model, w, TABLES.sources),
    timelineSection(context, figures.timeline),
    keynessSection(context, figures.firstKeyness),
    examplesSection(context),
    coverageSection(context, figures.coverage),
    ...otherThemesSection(model.otherThemes, w),
    trustSection(model.trust, w),
    manifestSection(manifest, summary.study, w),
    methodSection(model.manifest, summary.study, w),
  ];
  const counted = summary.study.placements.in_study;
  const html = page(
    {
      title: w.t.title,
      subtitle: w.fill(w.t.subtitle, { records: summary.records, counted, lexicon: `${manifest.lexicon.id} ${manifest.lexicon.version}` }),
      design: describeDesign(summary.study, w),
      findings: findingsSection(model, w),
      sections,
      footer: w.fill(w.t.footer, { tool: `${manifest.tool.name} ${manifest.tool.version}` }),
    },
    w,
    fontStack(options.lang),
  );
  return { html, charts };
}
