/** The findings summary (the first thing under the title) and the platforms and kinds table. */
import { findingsSentences } from '../key-findings-sentences.js';
import type { ReportModel } from '../model.js';
import { sourceRows } from '../platform-kind-rows.js';
import { section, shareCell, table, type Section } from './blocks.js';
import { escapeHtml as e } from './escape.js';
import type { Wording } from './wording.js';

export function findingsSection(model: ReportModel, w: Wording): Section {
  const items = findingsSentences(model.findings, w)
    .map((s) => `<li>${e(s)}</li>`)
    .join('\n');
  return section('findings', w.t.findings_title, `<ul class="findings">\n${items}\n</ul>`);
}

export function sourcesSection(model: ReportModel, w: Wording, n: number): Section {
  const { summary } = model;
  const head = ['', ...summary.regions.map((r) => w.region(r))].map(e);
  const rows = sourceRows(summary, w).map((r) => [e(r.label), ...r.shares.map((s) => (s === undefined ? '—' : shareCell(s, true)))]);
  const title = `${w.t.table} ${n} · ${w.t.sources_title}`;
  return section('sources', title, `<p class="note">${e(w.t.sources_note)}</p>\n${table(head, rows, 'sources', title)}`);
}
