/** The timeline section and the key-terms sections. */
import { figure, section, table, type Section } from './blocks.js';
import { escapeHtml as e } from './escape.js';
import type { FigureContext } from './sections-figures.js';

function inWindow(month: string, windows: FigureContext['summary']['study']['windows']): boolean {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const start = Date.UTC(y, m - 1, 1);
  const end = Date.UTC(y, m, 1);
  return windows.some((s) => start < s.end && end > s.start);
}

export function timelineSection(c: FigureContext, n: number): Section {
  const { summary, w } = c;
  const regions = summary.compared.filter((r) => summary.regions.includes(r));
  const topics = ['all', ...summary.taxonomy.topics];
  const head = [e(w.t.col_month), ...regions.flatMap((r) => topics.map((t) => `${e(w.region(r))} · ${e(t === 'all' ? w.t.time_all : w.topic(t))}`))];
  const months = [...new Set(summary.timeline.map((t) => t.month))];
  const windows = summary.study.windows;
  const rows = months.map((month) => [
    `${e(month)}${windows.length > 0 && inWindow(month, windows) ? ' <span class="win" title="' + e(w.t.time_window) + '">▪</span>' : ''}`,
    ...regions.flatMap((region) =>
      topics.map((topic) => String(summary.timeline.find((t) => t.month === month && t.region === region && t.topic === topic)?.volume ?? 0)),
    ),
  ]);
  const caption = `<strong>${e(w.t.figure)} ${n}</strong> ${e(w.t.time_title)}`;
  const body = `<p class="note">${e(w.t.time_note)}</p>\n${figure(c.chart('timeline'), caption, w.t.no_data, w.t.chart_desc)}\n${months.length > 0 ? table(head, rows, 'timeline', `${w.t.figure} ${n} · ${w.t.time_title}`) : ''}`;
  return section('timeline', `${w.t.figure} ${n} · ${w.t.time_title}`, body);
}

export function keynessSection(c: FigureContext, first: number): Section {
  const { summary, w } = c;
  const parts = summary.taxonomy.topics.map((topic, i) => {
    const n = first + i;
    const title = w.fill(w.t.key_topic, { topic: w.topic(topic) });
    const terms = summary.keyTerms.filter((k) => k.topic === topic);
    const head = [w.t.col_term, w.t.col_region, w.t.col_count, w.t.col_g2, w.t.col_log_ratio].map(e);
    const rows = terms.map((k) => [
      e(w.term(k)),
      e(w.region(k.region)),
      `${k.count}/${k.total} <span class="n">· ${e(w.region(k.other))} ${k.otherCount}/${k.otherTotal}</span>`,
      k.g2.toFixed(1),
      k.logRatio.toFixed(2),
    ]);
    const caption = `<strong>${e(w.t.figure)} ${n}</strong> ${e(title)}`;
    const body =
      terms.length === 0
        ? `<p class="no-data">${e(w.t.key_none)}</p>`
        : `${figure(c.chart(`keyness-${topic}`), caption, w.t.no_data, w.t.chart_desc)}\n${table(head, rows, '', `${w.t.figure} ${n} · ${title}`)}`;
    return `<h3>${e(w.t.figure)} ${n} · ${e(title)}</h3>\n${body}`;
  });
  return section('keyness', w.t.key_title, `<p class="note">${e(w.t.key_note)}</p>\n${parts.join('\n')}`);
}
