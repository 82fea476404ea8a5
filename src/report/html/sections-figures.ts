/** The figure sections: topic volume, viewpoints per topic, the regions compared, coverage. */
import type { Summary } from '../../aggregate/summary.js';
import { percent } from '../number-format.js';
import { figure, section, shareCell, table, type Section } from './blocks.js';
import { SIGNIFICANT_MARK } from './charts/viewpoints.js';
import { escapeHtml as e } from './escape.js';
import type { RenderedChart } from './render-svg.js';
import type { Wording } from './wording.js';

export interface FigureContext {
  readonly summary: Summary;
  readonly w: Wording;
  readonly chart: (name: string) => RenderedChart | undefined;
}

const dedup = (c: FigureContext) => c.summary.study.design.dedup === 'exact';

export function volumeSection({ summary, w, chart }: FigureContext, n: number): Section {
  const withRaw = summary.study.design.dedup === 'exact';
  const head = [w.t.col_topic, w.t.col_region, w.t.col_volume, ...(withRaw ? [w.t.col_raw_volume] : []), w.t.col_share_relevant, w.t.col_share_sample].map(e);
  const rows = summary.topicVolumes.map((t, i) => [
    i > 0 && summary.topicVolumes[i - 1]!.topic === t.topic ? '' : e(w.topic(t.topic)),
    e(w.region(t.region)),
    String(t.volume),
    ...(withRaw ? [String(t.rawVolume)] : []),
    shareCell(t.shareOfRelevant),
    shareCell(t.shareOfSample),
  ]);
  const note = `${e(w.t.fig1_note)} ${e(w.t.interval_note)}${withRaw ? ` ${e(w.t.fig1_raw_note)}` : ''}`;
  const caption = `<strong>${e(w.t.figure)} ${n}</strong> ${e(w.t.fig1_title)}`;
  return section(
    'volume',
    `${w.t.figure} ${n} · ${w.t.fig1_title}`,
    `<p class="note">${note}</p>\n${figure(chart('topic-volume'), caption, w.t.no_data, w.t.chart_desc)}\n${table(head, rows, '', `${w.t.figure} ${n} · ${w.t.fig1_title}`)}`,
  );
}

function viewpointTable(c: FigureContext, topic: string): string {
  const { summary, w } = c;
  const regions = summary.regions;
  const views = [...new Set(summary.viewpointShares.filter((v) => v.topic === topic).map((v) => v.viewpoint))];
  const head = [w.t.col_viewpoint, ...regions.map((r) => w.region(r)), w.t.col_q].map(e);
  const rows = views.map((viewpoint) => {
    const test = summary.viewpointTests.find((t) => t.viewpoint === viewpoint);
    const q =
      test === undefined
        ? '—'
        : `${test.q < 0.001 ? '&lt;0.001' : test.q.toFixed(3)}${test.significant ? ` <span class="sig" title="${e(w.t.sig_yes)}">${SIGNIFICANT_MARK}</span>` : ''}`;
    return [
      e(w.viewpoint(viewpoint)),
      ...regions.map((region) => shareCell(summary.viewpointShares.find((v) => v.viewpoint === viewpoint && v.region === region)!.share, true)),
      q,
    ];
  });
  return table(head, rows, '', w.fill(w.t.vp_title, { topic: w.topic(topic) }));
}

export function viewpointSections(c: FigureContext, first: number): Section[] {
  const { w, summary } = c;
  return summary.taxonomy.topics.map((topic, i) => {
    const n = first + i;
    const title = w.fill(w.t.vp_title, { topic: w.topic(topic) });
    const caption = `<strong>${e(w.t.figure)} ${n}</strong> ${e(title)}`;
    const body = `<p class="note">${e(w.t.vp_note)} ${e(w.t.interval_note)} ${e(w.t.vp_sig_note)}</p>\n${figure(c.chart(`viewpoints-${topic}`), caption, w.t.no_data, w.t.chart_desc)}\n${viewpointTable(c, topic)}`;
    return section(`viewpoints-${topic}`, `${w.t.figure} ${n} · ${title}`, body);
  });
}

export function compareSection(c: FigureContext, n: number): Section {
  const { summary, w } = c;
  const p = summary.profiles;
  const list = (items: readonly string[]) => (items.length === 0 ? '—' : `<ul>${items.map((x) => `<li>${x}</li>`).join('')}</ul>`);
  const rows: string[][] = [
    [e(w.t.row_volume), ...p.map((x) => String(x.volume))],
    ...(dedup(c) ? [[e(w.t.row_raw_volume), ...p.map((x) => String(x.rawVolume))]] : []),
    [e(w.t.row_relevant), ...p.map((x) => `${x.relevant} (${percent(x.volume ? x.relevant / x.volume : 0)})`)],
    [e(w.t.row_kinds), ...p.map((x) => list(x.kinds.map((k) => `${e(w.kind(k.kind))} ${shareCell(k.share)}`)))],
    [e(w.t.row_topics), ...p.map((x) => list(x.topTopics.filter((t) => t.share.count > 0).map((t) => `${e(w.topic(t.topic))} ${shareCell(t.share)}`)))],
    [e(w.t.row_focus), ...p.map((x) => list(x.focus.map((f) => `${e(w.viewpoint(f.viewpoint))} ${shareCell(f.share)}`)))],
    [e(w.t.row_polarity), ...p.map((x) => list(x.polarity.map((y) => `${e(w.polarity(y.polarity))} ${shareCell(y.share)}`)))],
  ];
  const head = ['', ...p.map((x) => e(w.region(x.region)))];
  return section(
    'compare',
    `${w.t.table} ${n} · ${w.t.cmp_title}`,
    `<p class="note">${e(w.t.cmp_note)} ${e(w.t.cmp_denominators)} ${e(w.t.interval_note)}</p>\n${table(head, rows, 'compare', `${w.t.table} ${n} · ${w.t.cmp_title}`)}`,
  );
}

export function coverageSection(c: FigureContext, n: number): Section {
  const { summary, w } = c;
  const head = [w.t.col_region, w.t.row_relevant, w.t.cov_no_topic, w.t.cov_no_viewpoint].map(e);
  const rows = summary.profiles.map((p) => [e(w.region(p.region)), String(p.relevant), shareCell(p.noTopic, true), shareCell(p.noViewpoint, true)]);
  const caption = `<strong>${e(w.t.figure)} ${n}</strong> ${e(w.t.cov_title)}`;
  return section(
    'coverage',
    `${w.t.figure} ${n} · ${w.t.cov_title}`,
    `<p class="note">${e(w.t.cov_note)}</p>\n${figure(c.chart('coverage'), caption, w.t.no_data, w.t.chart_desc)}\n${table(head, rows, '', `${w.t.figure} ${n} · ${w.t.cov_title}`)}`,
  );
}
