/**
 * The Markdown report: the findings summary, then the bulletin's figures and tables with 95%
 * intervals, numbered as in HTML and JSON (numbering.ts); every heading, column head and note in
 * --lang, from lexicons/report/ui.yaml as the HTML report's.
 */
import { percent, shareWithInterval } from './number-format.js';
import { keyTermsSection, manifestSection, monthlySection } from './markdown-months-terms-manifest.js';
import { named, table } from './markdown-table.js';
import { trustSection } from './markdown-trust.js';
import type { ReportModel } from './model.js';
import { findingsSentences } from './key-findings-sentences.js';
import { figureNumbers, TABLES } from './numbering.js';
import { sourceRows } from './platform-kind-rows.js';
import { methodTexts } from './html/sections-manifest.js';

function figure1(model: ReportModel): string {
  const { summary, wording: w } = model;
  const raw = summary.study.design.dedup === 'exact';
  const columns = [w.t.col_volume, ...(raw ? [w.t.col_raw_volume] : []), w.t.col_share_relevant];
  const header = [w.t.col_topic, ...summary.regions.flatMap((r) => columns.map((c) => `${w.region(r)} · ${c}`))];
  const rows = summary.taxonomy.topics.map((topic) => [
    named(w.topic(topic), topic),
    ...summary.regions.flatMap((region) => {
      const t = summary.topicVolumes.find((x) => x.topic === topic && x.region === region)!;
      return [String(t.volume), ...(raw ? [String(t.rawVolume)] : []), shareWithInterval(t.shareOfRelevant)];
    }),
  ]);
  const note = `${w.t.fig1_table_note} ${w.t.interval_note}${raw ? ` ${w.t.fig1_raw_note}` : ''}`;
  return `## ${w.t.figure} ${figureNumbers(summary.taxonomy.topics.length).volume} · ${w.t.fig1_title}\n\n${note}\n\n${table(header, rows)}`;
}

function qCell(test: ReportModel['summary']['viewpointTests'][number] | undefined): string {
  if (test === undefined) return '—';
  return `${test.q < 0.001 ? '<0.001' : test.q.toFixed(3)}${test.significant ? ' ✱' : ''}`;
}

function viewpointFigures(model: ReportModel): string {
  const { summary, wording: w } = model;
  return summary.taxonomy.topics
    .map((topic, i) => {
      const views = [...new Set(summary.viewpointShares.filter((v) => v.topic === topic).map((v) => v.viewpoint))];
      const header = [w.t.col_viewpoint, ...summary.regions.map((r) => w.region(r)), w.t.col_q];
      const rows = views.map((viewpoint) => [
        named(w.viewpoint(viewpoint), viewpoint),
        ...summary.regions.map((region) => {
          const s = summary.viewpointShares.find((v) => v.viewpoint === viewpoint && v.region === region)!.share;
          return s.total === 0 ? '—' : `${shareWithInterval(s)} (${s.count}/${s.total})`;
        }),
        qCell(summary.viewpointTests.find((t) => t.viewpoint === viewpoint)),
      ]);
      const title = w.fill(w.t.vp_title, { topic: named(w.topic(topic), topic) });
      return `## ${w.t.figure} ${figureNumbers(summary.taxonomy.topics.length).firstViewpoint + i} · ${title}\n\n${w.t.vp_table_note} ${w.t.vp_sig_note}\n\n${table(header, rows)}`;
    })
    .join('\n\n');
}

function compareTable(model: ReportModel): string {
  const { summary, wording: w } = model;
  const p = summary.profiles;
  const list = (items: readonly string[], separator: string) => items.join(separator) || '—';
  const rows: string[][] = [
    [w.t.row_volume, ...p.map((x) => String(x.volume))],
    ...(summary.study.design.dedup === 'exact' ? [[w.t.row_raw_volume, ...p.map((x) => String(x.rawVolume))]] : []),
    [w.t.row_relevant, ...p.map((x) => `${x.relevant} (${percent(x.volume ? x.relevant / x.volume : 0)})`)],
    [
      w.t.row_kinds,
      ...p.map((x) =>
        list(
          x.kinds.map((k) => `${w.kind(k.kind)} ${percent(k.share.share)}`),
          ', ',
        ),
      ),
    ],
    [
      w.t.row_topics,
      ...p.map((x) =>
        list(
          x.topTopics.filter((t) => t.share.count > 0).map((t) => `${w.topic(t.topic)} ${percent(t.share.share)}`),
          '; ',
        ),
      ),
    ],
    [
      w.t.row_focus,
      ...p.map((x) =>
        list(
          x.focus.map((f) => `${w.viewpoint(f.viewpoint)} ${percent(f.share.share)}`),
          '; ',
        ),
      ),
    ],
    [
      w.t.row_polarity,
      ...p.map((x) =>
        list(
          x.polarity.map((y) => `${w.polarity(y.polarity)} ${percent(y.share.share)}`),
          ', ',
        ),
      ),
    ],
    [w.t.cov_no_topic, ...p.map((x) => shareWithInterval(x.noTopic))],
    [w.t.cov_no_viewpoint, ...p.map((x) => shareWithInterval(x.noViewpoint))],
  ];
  return `## ${w.t.table} ${TABLES.compare} · ${w.t.cmp_title}\n\n${w.t.cmp_note} ${w.t.cmp_denominators}\n\n${table(['', ...p.map((x) => w.region(x.region))], rows)}`;
}

function findingsSection(model: ReportModel): string {
  const w = model.wording;
  return `## ${w.t.findings_title}\n\n${findingsSentences(model.findings, w)
    .map((s) => `- ${s}`)
    .join('\n')}`;
}

function sourcesTable(model: ReportModel): string {
  const { summary, wording: w } = model;
  const rows = sourceRows(summary, w).map((r) => [
    r.label,
    ...r.shares.map((s) => (s === undefined ? '—' : `${shareWithInterval(s)} (${s.count}/${s.total})`)),
  ]);
  return `## ${w.t.table} ${TABLES.sources} · ${w.t.sources_title}\n\n${w.t.sources_note}\n\n${table(['', ...summary.regions.map((r) => w.region(r))], rows)}`;
}

function heading(model: ReportModel): string {
  const { summary, manifest, wording: w } = model;
  const subtitle = w.fill(w.t.subtitle, {
    records: summary.records,
    counted: summary.study.placements.in_study,
    lexicon: `${manifest.lexicon.id} ${manifest.lexicon.version}`,
  });
  return `# ${w.t.title}\n\n${subtitle}`;
}

export function renderMarkdown(model: ReportModel): string {
  const parts = [
    heading(model),
    findingsSection(model),
    figure1(model),
    viewpointFigures(model),
    compareTable(model),
    sourcesTable(model),
    monthlySection(model),
    keyTermsSection(model),
    trustSection(model),
    manifestSection(model),
    `## ${model.wording.t.method_title}\n\n${methodTexts(model.manifest, model.summary.study, model.wording)
      .map((p) => p.trim())
      .join('\n\n')}`,
  ];
  return `${parts.join('\n\n')}\n`;
}
