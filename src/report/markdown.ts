/**
 * The Markdown report: the findings summary, then the bulletin's figures and tables with 95%
 * intervals, numbered as in HTML and JSON (numbering.ts); title, summary and headings in --lang.
 */
import { percent, shareWithInterval } from './format.js';
import { regionName } from './labels.js';
import { keyTermsSection, monthlySection, studyRows } from './markdown-findings.js';
import { named, table } from './markdown-table.js';
import type { RunManifest } from './manifest.js';
import { trustSection } from './markdown-trust.js';
import type { ReportModel } from './model.js';
import { findingsSentences } from './findings-text.js';
import { figureNumbers, TABLES } from './numbering.js';
import { shareWithInterval as cell } from './format.js';
import { sourceRows } from './sources.js';
import { methodTexts } from './html/sections-manifest.js';


function figure1(model: ReportModel): string {
  const { summary, names } = model;
  const raw = summary.study.design.dedup === 'exact';
  const header = ['topic', ...summary.regions.flatMap((r) => [`${regionName(summary, r)} volume`, ...(raw ? [`${regionName(summary, r)} raw volume`] : []), `${regionName(summary, r)} share of relevant`])];
  const rows = summary.taxonomy.topics.map((topic) => [
    named(names.topics, topic),
    ...summary.regions.flatMap((region) => {
      const t = summary.topicVolumes.find((x) => x.topic === topic && x.region === region)!;
      return [String(t.volume), ...(raw ? [String(t.rawVolume)] : []), shareWithInterval(t.shareOfRelevant)];
    }),
  ]);
  const w = model.wording;
  return `## ${w.t.figure} ${figureNumbers(summary.taxonomy.topics.length).volume} · ${w.t.fig1_title}\n\nVolume (the bulletin's "voice volume") counts posts, comments and articles. Shares are of the region's relevant records and carry 95% Wilson intervals; a record can carry several topics, so a region's shares can add to more than 100%.\n\n${table(header, rows)}`;
}

function qCell(test: ReportModel['summary']['viewpointTests'][number] | undefined): string {
  if (test === undefined) return '—';
  return `${test.q < 0.001 ? '<0.001' : test.q.toFixed(3)}${test.significant ? ' ✱' : ''}`;
}

function viewpointFigures(model: ReportModel): string {
  const { summary, names } = model;
  const [a, b] = summary.compared;
  return summary.taxonomy.topics.map((topic, i) => {
    const views = [...new Set(summary.viewpointShares.filter((v) => v.topic === topic).map((v) => v.viewpoint))];
    const header = ['viewpoint', ...summary.regions.map((r) => regionName(summary, r)), `q (BH), ${regionName(summary, a)} vs ${regionName(summary, b)}`];
    const rows = views.map((viewpoint) => [
      named(names.viewpoints, viewpoint),
      ...summary.regions.map((region) => {
        const s = summary.viewpointShares.find((v) => v.viewpoint === viewpoint && v.region === region)!.share;
        return s.total === 0 ? '—' : `${shareWithInterval(s)} (${s.count}/${s.total})`;
      }),
      qCell(summary.viewpointTests.find((t) => t.viewpoint === viewpoint)),
    ]);
    return `## ${model.wording.t.figure} ${figureNumbers(summary.taxonomy.topics.length).firstViewpoint + i} · ${model.wording.fill(model.wording.t.vp_title, { topic: named(names.topics, topic) })}\n\nShare of the region's posts on the topic that express each viewpoint. q: two-proportion z test, Benjamini–Hochberg adjusted over all viewpoints; ✱ q < 0.05.\n\n${table(header, rows)}`;
  }).join('\n\n');
}

function table2(model: ReportModel): string {
  const { summary, names } = model;
  const p = summary.profiles;
  const rows: string[][] = [
    ['volume (records)', ...p.map((x) => String(x.volume))],
    ...(summary.study.design.dedup === 'exact' ? [['raw volume (reposts included)', ...p.map((x) => String(x.rawVolume))]] : []),
    ['relevant', ...p.map((x) => `${x.relevant} (${percent(x.volume ? x.relevant / x.volume : 0)})`)],
    ['kind of content', ...p.map((x) => x.kinds.map((k) => `${k.kind} ${percent(k.share.share)}`).join(', ') || '—')],
    ['topics', ...p.map((x) => x.topTopics.filter((t) => t.share.count > 0).map((t) => `${names.topics[t.topic] ?? t.topic} ${percent(t.share.share)}`).join('; ') || '—')],
    ['focus (top viewpoints)', ...p.map((x) => x.focus.map((f) => `${names.viewpoints[f.viewpoint] ?? f.viewpoint} ${percent(f.share.share)}`).join('; ') || '—')],
    ['polarity', ...p.map((x) => x.polarity.map((y) => `${y.polarity} ${percent(y.share.share)}`).join(', '))],
    ['relevant with no topic', ...p.map((x) => shareWithInterval(x.noTopic))],
    ['relevant with no viewpoint', ...p.map((x) => shareWithInterval(x.noViewpoint))],
  ];
  return `## ${model.wording.t.table} ${TABLES.compare} · ${model.wording.t.cmp_title}\n\nShares of the region's records (volume, kind), or of its relevant records (topics, focus, polarity, coverage).\n\n${table(['', ...p.map((x) => regionName(summary, x.region))], rows)}`;
}

function taggerSummary(tagger: RunManifest['tagger']): string {
  if (tagger === undefined) return 'not recorded';
  const lexicon = `lexicon ${tagger.lexicon.dir} (${tagger.lexicon.hash})`;
  return tagger.model === false ? `lexicon alone: ${lexicon}` : `hybrid: ${lexicon} + model ${tagger.model.file} (${tagger.model.sha256})`;
}

function manifestSection(model: ReportModel): string {
  const m = model.manifest;
  const rows = [
    ['tool', `${m.tool.name} ${m.tool.version}`],
    ['lexicon', `${m.lexicon.id} ${m.lexicon.version} (${m.lexicon.hash})`],
    ['tagger', taggerSummary(m.tagger)],
    ...m.input.map((f) => ['input', `${f.file} (${f.sha256})`]),
    ['options', JSON.stringify(m.options)],
    ['counts', `read ${m.counts.read} = classified ${m.counts.classified} + rejected ${m.counts.rejected}`],
    ...studyRows(model.summary.study),
  ];
  return `## Run manifest\n\n${table(['', ''], rows)}`;
}

function findingsSection(model: ReportModel): string {
  const w = model.wording;
  return `## ${w.t.findings_title}\n\n${findingsSentences(model.findings, w).map((s) => `- ${s}`).join('\n')}`;
}

function sourcesTable(model: ReportModel): string {
  const { summary, wording: w } = model;
  const rows = sourceRows(summary, w).map((r) => [r.label, ...r.shares.map((s) => (s === undefined ? '—' : `${cell(s)} (${s.count}/${s.total})`))]);
  return `## ${w.t.table} ${TABLES.sources} · ${w.t.sources_title}\n\n${w.t.sources_note}\n\n${table(['', ...summary.regions.map((r) => regionName(summary, r))], rows)}`;
}

export function renderMarkdown(model: ReportModel): string {
  const parts = [
    `# ${model.wording.t.title}\n\n${model.summary.records} records.`,
    findingsSection(model),
    figure1(model),
    viewpointFigures(model),
    table2(model),
    sourcesTable(model),
    monthlySection(model),
    keyTermsSection(model),
    trustSection(model),
    manifestSection(model),
    `## ${model.wording.t.method_title}\n\n${methodTexts(model.manifest, model.summary.study, model.wording).map((p) => p.trim()).join('\n\n')}`,
  ];
  return `${parts.join('\n\n')}\n`;
}
