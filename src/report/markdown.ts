/** The Markdown report: the bulletin's figure 1, figures 2–4 and table 2, with 95% intervals. */
import { TOPIC_IDS } from '../taxonomy.js';
import { percent, shareWithInterval } from './format.js';
import { REGION_NAMES } from './labels.js';
import { keyTermsSection, monthlySection, studyRows } from './markdown-findings.js';
import { named, table } from './markdown-table.js';
import type { RunManifest } from './manifest.js';
import { trustSection } from './markdown-trust.js';
import type { ReportModel } from './model.js';


function figure1(model: ReportModel): string {
  const { summary, names } = model;
  const raw = summary.study.design.dedup === 'exact';
  const header = ['topic', ...summary.regions.flatMap((r) => [`${REGION_NAMES[r]} volume`, ...(raw ? [`${REGION_NAMES[r]} raw volume`] : []), `${REGION_NAMES[r]} share of relevant`])];
  const rows = TOPIC_IDS.map((topic) => [
    named(names.topics, topic),
    ...summary.regions.flatMap((region) => {
      const t = summary.topicVolumes.find((x) => x.topic === topic && x.region === region)!;
      return [String(t.volume), ...(raw ? [String(t.rawVolume)] : []), shareWithInterval(t.shareOfRelevant)];
    }),
  ]);
  return `## Figure 1 · Topic volume by region\n\nVolume (the bulletin's "voice volume") counts posts, comments and articles. Shares carry 95% Wilson intervals.\n\n${table(header, rows)}`;
}

function qCell(test: ReportModel['summary']['viewpointTests'][number] | undefined): string {
  if (test === undefined) return '—';
  return `${test.q < 0.001 ? '<0.001' : test.q.toFixed(3)}${test.significant ? ' ✱' : ''}`;
}

function viewpointFigures(model: ReportModel): string {
  const { summary, names } = model;
  return TOPIC_IDS.map((topic, i) => {
    const views = [...new Set(summary.viewpointShares.filter((v) => v.topic === topic).map((v) => v.viewpoint))];
    const header = ['viewpoint', ...summary.regions.map((r) => REGION_NAMES[r]), 'q (BH), Mainland vs Hong Kong'];
    const rows = views.map((viewpoint) => [
      named(names.viewpoints, viewpoint),
      ...summary.regions.map((region) => {
        const s = summary.viewpointShares.find((v) => v.viewpoint === viewpoint && v.region === region)!.share;
        return s.total === 0 ? '—' : `${shareWithInterval(s)} (${s.count}/${s.total})`;
      }),
      qCell(summary.viewpointTests.find((t) => t.viewpoint === viewpoint)),
    ]);
    return `## Figure ${i + 2} · Viewpoints on ${named(names.topics, topic)}\n\nShare of the region's posts on the topic that express each viewpoint. q: two-proportion z test, Benjamini–Hochberg adjusted over all viewpoints; ✱ q < 0.05.\n\n${table(header, rows)}`;
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
  return `## Table 2 · The regions compared\n\n${table(['', ...p.map((x) => REGION_NAMES[x.region])], rows)}`;
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

export function renderMarkdown(model: ReportModel): string {
  const parts = [
    `# yuqing report: talent-scheme discourse, Mainland and Hong Kong\n\n${model.summary.records} records.`,
    figure1(model),
    viewpointFigures(model),
    table2(model),
    monthlySection(model),
    keyTermsSection(model),
    trustSection(model),
    manifestSection(model),
  ];
  return `${parts.join('\n\n')}\n`;
}
