/** The Markdown report's "How far to trust these numbers" section, in --lang (as the HTML report's). */
import type { ValidationWarning } from '../aggregate/warnings.js';
import { percent } from './number-format.js';
import type { Wording } from './html/wording.js';
import { table } from './markdown-table.js';
import type { ReportModel, Trust } from './model.js';
import { accuracyLabel, measuredAccuracy, sampleSentence, warningParts } from './trust-words.js';

const ratio = (x: number | null) => (x === null ? '—' : x.toFixed(3));
const points = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}`;

function bundled(trust: Trust, w: Wording): string {
  const m = measuredAccuracy(trust, w);
  if (m === null) return w.t.trust_unmeasured;
  const caveat = m.caveat === '' ? '' : `\n\n${m.caveat}`;
  return `${m.head}\n\n${m.rows.map((r) => `- ${r}`).join('\n')}${caveat}`;
}

function warning(v: ValidationWarning, w: Wording): string {
  const { where, text } = warningParts(v, w);
  return `- ${where}: ${text}`;
}

export function trustSection(model: ReportModel): string {
  const { trust, wording: w } = model;
  const v = trust.estimates.validation;
  const title = `## ${w.t.trust_title}`;
  if (v === null) return `${title}\n\n${w.t.trust_sampling_only}\n\n${bundled(trust, w)}`;
  const sample = sampleSentence(v, w);
  const accuracy = table(
    [w.t.col_label, 'tp', 'fp', 'fn', w.t.col_precision, w.t.col_recall, w.t.col_fpr],
    v.accuracy.map((a) => [
      accuracyLabel(a.label, w),
      String(a.tp),
      String(a.fp),
      String(a.fn),
      ratio(a.precision),
      ratio(a.recall),
      ratio(a.falsePositiveRate),
    ]),
  );
  const shares = table(
    [w.t.col_topic, w.t.col_region, w.t.col_n, w.t.col_raw, w.t.col_corrected, w.t.col_moved],
    trust.estimates.shares.map((s) => [
      s.viewpoint === null ? w.fill(w.t.share_of_relevant, { topic: w.topic(s.topic) }) : w.fill(w.t.share_of_topic, { viewpoint: w.viewpoint(s.viewpoint) }),
      w.region(s.region),
      String(s.n),
      percent(s.raw),
      `${percent(s.estimate)} [${(s.low * 100).toFixed(1)}–${(s.high * 100).toFixed(1)}]`,
      points(s.estimate - s.raw),
    ]),
  );
  const warnings = v.warnings.length === 0 ? w.t.trust_no_warnings : v.warnings.map((x) => warning(x, w)).join('\n');
  return [
    title,
    w.t.trust_corrected,
    sample,
    `### ${w.t.trust_accuracy_title}\n\n${accuracy}`,
    `### ${w.t.trust_shares_title}\n\n${shares}`,
    `### ${w.t.trust_warnings_title}\n\n${warnings}`,
  ].join('\n\n');
}
