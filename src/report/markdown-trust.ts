/** The Markdown report's "How far to trust these numbers" section. */
import { percent } from './format.js';
import { named, table } from './markdown-table.js';
import type { ReportModel } from './model.js';
import { bundledSentence, CORRECTED, SAMPLING_ONLY, warningSentence } from './trust-text.js';

const ratio = (x: number | null) => (x === null ? '—' : x.toFixed(3));
const points = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}`;

export function trustSection(model: ReportModel): string {
  const { trust, names } = model;
  const region = (r: string) => names.regions[r] ?? r;
  const v = trust.estimates.validation;
  const title = '## How far to trust these numbers';
  if (v === null) return `${title}\n\n${SAMPLING_ONLY}\n\n${bundledSentence(trust)}`;
  const label = (id: string) => (id === 'relevant' ? 'relevant' : named({ ...names.topics, ...names.viewpoints }, id));
  const counts = Object.entries(v.byRegion).map(([r, n]) => `${region(r)} ${n}`).join(', ');
  const accuracy = table(['label', 'tp', 'fp', 'fn', 'precision', 'recall', 'false-positive rate'], v.accuracy.map((a) => [label(a.label), String(a.tp), String(a.fp), String(a.fn), ratio(a.precision), ratio(a.recall), ratio(a.falsePositiveRate)]));
  const shares = table(['share', 'region', 'n', 'raw', 'corrected [95% interval]', 'moved (points)'], trust.estimates.shares.map((s) => [
    s.viewpoint === null ? `${named(names.topics, s.topic)} of relevant` : `${named(names.viewpoints, s.viewpoint)} of ${s.topic}`,
    region(s.region), String(s.n), percent(s.raw), `${percent(s.estimate)} [${(s.low * 100).toFixed(1)}–${(s.high * 100).toFixed(1)}]`, points(s.estimate - s.raw),
  ]));
  const warnings = v.warnings.length === 0 ? 'No share is flagged as unstable.' : v.warnings.map((w) => `- ${region(w.region)} · ${w.viewpoint ?? w.topic}: ${warningSentence(w)}.`).join('\n');
  return [
    title, CORRECTED,
    `Validation sample: ${v.posts} coded posts (${counts}) from ${v.source}; the tagger's labels from ${v.toolSource}; ${v.weighted ? 'design weights applied' : 'equal weights (a simple random sample)'}; ${v.draws} draws, seed ${v.seed}.`,
    `### The tagger on the coded posts\n\n${accuracy}`,
    `### Shares, raw and corrected\n\n${shares}`,
    `### Unstable corrections\n\n${warnings}`,
  ].join('\n\n');
}
