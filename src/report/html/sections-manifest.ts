/** The study design, the accounting of records, the run manifest and the method notes. */
import type { StudySummary } from '../../aggregate/summary.js';
import { windowName } from '../../aggregate/study.js';
import type { RunManifest } from '../manifest.js';
import { examplesMethod, taggerLine, taggerMethod } from '../tagger.js';
import { section, table, type Section } from './blocks.js';
import { escapeHtml as e } from './escape.js';
import type { Wording } from './wording.js';

/** One line saying which records count. */
export function describeDesign(study: StudySummary, w: Wording): string {
  const d = study.design;
  const parts: string[] = [];
  if (d.from !== null || d.to !== null) parts.push(w.fill(w.t.design_period, { from: d.from ?? '…', to: d.to ?? '…' }));
  if (d.windows.length > 0) parts.push(w.fill(w.t.design_windows, { windows: d.windows.map(windowName).join(', ') }));
  if (d.sample !== null) parts.push(w.fill(w.t.design_sample, { percent: `${+(d.sample.fraction * 100).toFixed(2)}%`, seed: d.sample.seed }));
  if (parts.length === 0) parts.push(w.t.design_all);
  parts.push(d.dedup === 'exact' ? w.t.design_dedup_exact : w.t.design_dedup_none);
  return parts.join(' · ');
}

export function manifestSection(manifest: RunManifest, study: StudySummary, w: Wording): Section {
  const m = manifest;
  const flow = (['in_study', 'outside_windows', 'not_sampled', 'outside_period', 'undated'] as const)
    .filter((p) => p === 'in_study' || study.placements[p] > 0)
    .map((p) => `${e(w.t[`place_${p}`])} ${study.placements[p]}`)
    .join(' · ');
  const rows = [
    [e(w.t.man_tool), `${e(m.tool.name)} ${e(m.tool.version)}`],
    [e(w.t.man_lexicon), `${e(m.lexicon.id)} ${e(m.lexicon.version)} <code>${e(m.lexicon.hash)}</code>`],
    [e(w.t.man_tagger), e(taggerLine(m.tagger, w.t, w.fill))],
    ...m.input.map((f) => [e(w.t.man_input), `${e(f.file)} <code>${e(f.sha256)}</code>`]),
    [e(w.t.man_options), `<code>${e(JSON.stringify(m.options))}</code>`],
    [e(w.t.man_counts), e(w.fill(w.t.man_counts_line, m.counts))],
    [e(w.t.man_design), e(describeDesign(study, w))],
    [e(w.t.man_flow), flow],
  ];
  return section('manifest', w.t.man_title, table(['', ''], rows, 'manifest', w.t.man_title));
}

/** The method note of this run: its tagger, its study design, then the general method and how examples were chosen. */
export function methodTexts(manifest: RunManifest, study: StudySummary, w: Wording): string[] {
  const run = [taggerMethod(manifest.tagger, w.t, w.fill), w.fill(w.t.method_run, { design: describeDesign(study, w) })];
  return [...run, ...w.t.method_text.split(/\n\s*\n/), examplesMethod(manifest.tagger, w.t)];
}

export function methodSection(manifest: RunManifest, study: StudySummary, w: Wording): Section {
  const texts = methodTexts(manifest, study, w);
  const paragraphs = texts.map((p) => `<p>${e(p.trim())}</p>`);
  return section('method', w.t.method_title, paragraphs.join('\n'));
}
