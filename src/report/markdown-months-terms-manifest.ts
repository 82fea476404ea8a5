/** The Markdown report's monthly volume, key terms and run manifest, in --lang (lexicons/report/ui.yaml). */
import { windowName } from '../aggregate/study.js';
import type { StudySummary } from '../aggregate/summary.js';
import { describeDesign } from './html/sections-manifest.js';
import type { Wording } from './html/wording.js';
import { named, table } from './markdown-table.js';
import type { ReportModel } from './model.js';
import { figureNumbers } from './numbering.js';
import { taggerLine } from './tagger.js';

export function monthlySection(model: ReportModel): string {
  const { summary, wording: w } = model;
  const regions = summary.compared.filter((r) => summary.regions.includes(r));
  const topics = ['all', ...summary.taxonomy.topics];
  const months = [...new Set(summary.timeline.map((t) => t.month))];
  const header = [w.t.col_month, ...regions.flatMap((r) => topics.map((t) => `${w.region(r)} · ${t === 'all' ? w.t.time_all : w.topic(t)}`))];
  const rows = months.map((month) => [
    month,
    ...regions.flatMap((region) =>
      topics.map((topic) => String(summary.timeline.find((t) => t.month === month && t.region === region && t.topic === topic)?.volume ?? 0)),
    ),
  ]);
  const study = summary.study;
  const notes = [
    w.fill(w.t.time_table_note, { zone: study.design.timezone }),
    ...(study.windows.length > 0 ? [w.fill(w.t.time_windows_note, { windows: study.design.windows.map(windowName).join(', ') })] : []),
    ...undatedNotes(study, w),
  ];
  return `## ${w.t.figure} ${figureNumbers(summary.taxonomy.topics.length).timeline} · ${w.t.time_title}\n\n${notes.join(' ')}\n\n${months.length > 0 ? table(header, rows) : w.t.time_none}`;
}

/** Sentences on records without a readable date (off the timeline, and outside the study when its design needs a date). */
export function undatedNotes(study: StudySummary, w: Wording): string[] {
  const u = study.undated;
  const examples = u.examples.map((e) => `"${e.value}"`).join(', ');
  return [
    ...(u.missing > 0 ? [w.fill(w.t.undated_missing, { n: u.missing })] : []),
    ...(u.unreadable > 0 ? [w.fill(w.t.undated_unreadable, { n: u.unreadable, examples })] : []),
    ...(u.missing + u.unreadable > 0 && study.placements.undated > 0 ? [w.fill(w.t.undated_outside, { n: study.placements.undated })] : []),
  ];
}

export function keyTermsSection(model: ReportModel): string {
  const { summary, wording: w } = model;
  const figures = figureNumbers(summary.taxonomy.topics.length);
  const parts = summary.taxonomy.topics.map((topic, i) => {
    const terms = summary.keyTerms.filter((k) => k.topic === topic);
    const rows = terms.map((k) => [
      k.form === '' ? k.term : `${k.form} (${k.term})`,
      w.region(k.region),
      `${k.count}/${k.total}`,
      `${k.otherCount}/${k.otherTotal}`,
      k.g2.toFixed(2),
      k.logRatio.toFixed(2),
    ]);
    const body =
      rows.length === 0 ? w.t.key_none : table([w.t.col_term, w.t.col_used_more_in, w.t.col_count, w.t.col_other_count, w.t.col_g2, w.t.col_log_ratio], rows);
    return `### ${w.t.figure} ${figures.firstKeyness + i} · ${w.fill(w.t.key_topic, { topic: named(w.topic(topic), topic) })}\n\n${body}`;
  });
  return `## ${w.t.figure} ${figures.firstKeyness}–${figures.firstKeyness + summary.taxonomy.topics.length - 1} · ${w.t.key_title}\n\n${w.t.key_note}\n\n${parts.join('\n\n')}`;
}

export function manifestSection(model: ReportModel): string {
  const { manifest: m, summary, wording: w } = model;
  const flow = (['in_study', 'outside_windows', 'not_sampled', 'outside_period', 'undated'] as const)
    .map((p) => `${w.t[`place_${p}`]} ${summary.study.placements[p]}`)
    .join(' · ');
  const rows = [
    [w.t.man_tool, `${m.tool.name} ${m.tool.version}`],
    [w.t.man_lexicon, `${m.lexicon.id} ${m.lexicon.version} (${m.lexicon.hash})`],
    [w.t.man_tagger, taggerLine(m.tagger, w.t, w.fill)],
    ...m.input.map((f) => [w.t.man_input, `${f.file} (${f.sha256})`]),
    [w.t.man_options, JSON.stringify(m.options)],
    [w.t.man_counts, w.fill(w.t.man_counts_line, m.counts)],
    [w.t.man_design, describeDesign(summary.study, w)],
    [w.t.man_flow, flow],
  ];
  return `## ${w.t.man_title}\n\n${table(['', ''], rows)}`;
}
