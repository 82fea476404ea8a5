/** The Markdown report: the bulletin's figure 1, figures 2–4 and table 2, with 95% intervals. */
import { TOPIC_IDS } from '../taxonomy.js';
import { percent, shareWithInterval } from './format.js';
import { REGION_NAMES } from './labels.js';
import type { ReportModel } from './model.js';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

/** "label (id)", or the id alone when the lexicon gives no label. */
function named(labels: Readonly<Record<string, string>>, id: string): string {
  const label = labels[id];
  return label === undefined ? id : `${label} (${id})`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [`| ${header.map(cell).join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const r of rows) lines.push(`| ${r.map(cell).join(' | ')} |`);
  return lines.join('\n');
}

function figure1(model: ReportModel): string {
  const { summary, names } = model;
  const header = ['topic', ...summary.regions.flatMap((r) => [`${REGION_NAMES[r]} volume`, `${REGION_NAMES[r]} share of relevant`])];
  const rows = TOPIC_IDS.map((topic) => [
    named(names.topics, topic),
    ...summary.regions.flatMap((region) => {
      const t = summary.topicVolumes.find((x) => x.topic === topic && x.region === region)!;
      return [String(t.volume), shareWithInterval(t.shareOfRelevant)];
    }),
  ]);
  return `## Figure 1 · Topic volume by region\n\nVolume (the bulletin's "voice volume") counts posts, comments and articles. Shares carry 95% Wilson intervals.\n\n${table(header, rows)}`;
}

function viewpointFigures(model: ReportModel): string {
  const { summary, names } = model;
  return TOPIC_IDS.map((topic, i) => {
    const views = [...new Set(summary.viewpointShares.filter((v) => v.topic === topic).map((v) => v.viewpoint))];
    const header = ['viewpoint', ...summary.regions.map((r) => REGION_NAMES[r])];
    const rows = views.map((viewpoint) => [
      named(names.viewpoints, viewpoint),
      ...summary.regions.map((region) => {
        const s = summary.viewpointShares.find((v) => v.viewpoint === viewpoint && v.region === region)!.share;
        return s.total === 0 ? '—' : `${shareWithInterval(s)} (${s.count}/${s.total})`;
      }),
    ]);
    return `## Figure ${i + 2} · Viewpoints on ${named(names.topics, topic)}\n\nShare of the region's posts on the topic that express each viewpoint.\n\n${table(header, rows)}`;
  }).join('\n\n');
}

function table2(model: ReportModel): string {
  const { summary, names } = model;
  const p = summary.profiles;
  const rows: string[][] = [
    ['volume (records)', ...p.map((x) => String(x.volume))],
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

function manifestSection(model: ReportModel): string {
  const m = model.manifest;
  const rows = [
    ['tool', `${m.tool.name} ${m.tool.version}`],
    ['lexicon', `${m.lexicon.id} ${m.lexicon.version} (${m.lexicon.hash})`],
    ...m.input.map((f) => ['input', `${f.file} (${f.sha256})`]),
    ['options', JSON.stringify(m.options)],
    ['counts', `read ${m.counts.read} = classified ${m.counts.classified} + rejected ${m.counts.rejected}`],
  ];
  return `## Run manifest\n\n${table(['', ''], rows)}`;
}

export function renderMarkdown(model: ReportModel): string {
  const parts = [
    `# yuqing report: talent-scheme discourse, Mainland and Hong Kong\n\n${model.summary.records} records.`,
    figure1(model),
    viewpointFigures(model),
    table2(model),
    manifestSection(model),
  ];
  return `${parts.join('\n\n')}\n`;
}
