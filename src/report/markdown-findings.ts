/** The Markdown report's newer sections: monthly volume, key terms, and the study design rows of the manifest. */
import { windowName } from '../aggregate/study.js';
import type { StudySummary } from '../aggregate/summary.js';
import { regionName } from './labels.js';
import { named, table } from './markdown-table.js';
import type { ReportModel } from './model.js';
import { figureNumbers } from './numbering.js';

export function monthlySection(model: ReportModel): string {
  const { summary, names } = model;
  const regions = summary.compared.filter((r) => summary.regions.includes(r));
  const topics = ['all', ...summary.taxonomy.topics];
  const months = [...new Set(summary.timeline.map((t) => t.month))];
  const header = ['month', ...regions.flatMap((r) => topics.map((t) => `${regionName(summary, r)} · ${t === 'all' ? 'all relevant' : (names.topics[t] ?? t)}`))];
  const rows = months.map((month) => [
    month,
    ...regions.flatMap((region) => topics.map((topic) => String(summary.timeline.find((t) => t.month === month && t.region === region && t.topic === topic)?.volume ?? 0))),
  ]);
  const windows = summary.study.windows.length > 0 ? ` Study windows: ${summary.study.design.windows.map(windowName).join(', ')}; months outside them are counted here only.` : '';
  return `## ${model.wording.t.figure} ${figureNumbers(summary.taxonomy.topics.length).timeline} · ${model.wording.t.time_title}\n\nRelevant records per month, by region and topic, by the day in ${summary.study.design.timezone}.${windows}${undatedNote(summary.study)}\n\n${months.length > 0 ? table(header, rows) : 'No dated records.'}`;
}

/** " 3 records have no date and 2 dates could not be read (…); they are not on the timeline." or "". */
export function undatedNote(study: StudySummary): string {
  const u = study.undated;
  if (u.missing + u.unreadable === 0) return '';
  const examples = u.examples.map((e) => `"${e.value}"`).join(', ');
  const parts = [
    u.missing > 0 ? `${u.missing} record${u.missing === 1 ? ' has' : 's have'} no date` : '',
    u.unreadable > 0 ? `${u.unreadable} record${u.unreadable === 1 ? ' has' : 's have'} a date that could not be read (such as ${examples})` : '',
  ].filter((x) => x !== '');
  return ` ${parts.join(' and ')}: they are not on the timeline${study.placements.undated > 0 ? `, and ${study.placements.undated} of them are outside the study (its period or windows need a date)` : ''}.`;
}

export function keyTermsSection(model: ReportModel): string {
  const { summary, names } = model;
  const figures = figureNumbers(summary.taxonomy.topics.length);
  const parts = summary.taxonomy.topics.map((topic, i) => {
    const terms = summary.keyTerms.filter((k) => k.topic === topic);
    const rows = terms.map((k) => [
      k.form === '' ? k.term : `${k.form} (${k.term})`, regionName(summary, k.region), `${k.count}/${k.total}`, `${k.otherCount}/${k.otherTotal}`, k.g2.toFixed(2), k.logRatio.toFixed(2),
    ]);
    const body = rows.length === 0 ? 'No term passes the threshold.' : table(['term', 'used more in', 'count/words', 'other region count/words', 'G²', 'log ratio'], rows);
    return `### ${model.wording.t.figure} ${figures.firstKeyness + i} · ${model.wording.fill(model.wording.t.key_topic, { topic: named(names.topics, topic) })}\n\n${body}`;
  });
  return `## ${model.wording.t.figure} ${figures.firstKeyness}–${figures.firstKeyness + summary.taxonomy.topics.length - 1} · ${model.wording.t.key_title}\n\nWords one region uses distinctly more than the other within a topic: log-likelihood G² ≥ 6.63 (p < 0.01), at least 3 occurrences; log ratio is log2 of the ratio of relative frequencies. Both scripts counted together.\n\n${parts.join('\n\n')}`;
}

export function studyRows(study: StudySummary): string[][] {
  const d = study.design;
  const design = [
    d.from !== null || d.to !== null ? `period ${d.from ?? '…'} to ${d.to ?? '…'}` : '',
    d.windows.length > 0 ? `windows ${d.windows.map(windowName).join(', ')}` : '',
    d.sample !== null ? `sample ${d.sample.fraction} (seed ${d.sample.seed})` : '',
    `dedup ${d.dedup}`,
  ].filter((x) => x !== '');
  const flow = Object.entries(study.placements).map(([k, v]) => `${k.replace(/_/g, ' ')} ${v}`).join(', ');
  return [['study design', design.join('; ')], ['records', flow]];
}
