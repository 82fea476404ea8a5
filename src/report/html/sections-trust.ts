/** The HTML report's "How far to trust these numbers" section: corrected shares beside raw ones, or the plain statement that intervals cover sampling only. */
import type { ValidationWarning } from '../../aggregate/warnings.js';
import { percent } from '../number-format.js';
import type { Trust } from '../model.js';
import { section, table, type Section } from './blocks.js';
import { escapeHtml as e } from './escape.js';
import type { Wording } from './wording.js';
import { accuracyLabel, measuredAccuracy, sampleSentence, warningParts } from '../trust-words.js';

const ratio = (x: number | null) => (x === null ? '—' : x.toFixed(3));
const interval = (low: number, high: number) => `<span class="ci">[${(low * 100).toFixed(1)}–${(high * 100).toFixed(1)}]</span>`;

function bundled(trust: Trust, w: Wording): string {
  const m = measuredAccuracy(trust, w);
  if (m === null) return `<p>${e(w.t.trust_unmeasured)}</p>`;
  const caveat = m.caveat === '' ? '' : `\n<p class="note">${e(m.caveat)}</p>`;
  return `<p>${e(m.head)}</p>\n<ul>${m.rows.map((r) => `<li>${e(r)}</li>`).join('')}</ul>${caveat}`;
}

function warning(v: ValidationWarning, w: Wording): string {
  const { where, text } = warningParts(v, w);
  return `<li>${e(where)}: ${e(text)}</li>`;
}

export function trustSection(trust: Trust, w: Wording): Section {
  const v = trust.estimates.validation;
  if (v === null) return section('trust', w.t.trust_title, `<p>${e(w.t.trust_sampling_only)}</p>\n${bundled(trust, w)}`);
  const sample = sampleSentence(v, w);
  const accuracy = table(
    [w.t.col_label, 'tp', 'fp', 'fn', w.t.col_precision, w.t.col_recall, w.t.col_fpr].map(e),
    v.accuracy.map((a) => [
      e(accuracyLabel(a.label, w)),
      String(a.tp),
      String(a.fp),
      String(a.fn),
      ratio(a.precision),
      ratio(a.recall),
      ratio(a.falsePositiveRate),
    ]),
    '',
    w.t.trust_accuracy_title,
  );
  const shares = table(
    [w.t.col_topic, w.t.col_region, w.t.col_n, w.t.col_raw, w.t.col_corrected, w.t.col_moved].map(e),
    trust.estimates.shares.map((s) => [
      e(
        s.viewpoint === null ? w.fill(w.t.share_of_relevant, { topic: w.topic(s.topic) }) : w.fill(w.t.share_of_topic, { viewpoint: w.viewpoint(s.viewpoint) }),
      ),
      e(w.region(s.region)),
      String(s.n),
      percent(s.raw),
      `${percent(s.estimate)} ${interval(s.low, s.high)}`,
      `${s.estimate >= s.raw ? '+' : '−'}${Math.abs((s.estimate - s.raw) * 100).toFixed(1)}`,
    ]),
    '',
    w.t.trust_shares_title,
  );
  const warnings = v.warnings.length === 0 ? `<p>${e(w.t.trust_no_warnings)}</p>` : `<ul>${v.warnings.map((x) => warning(x, w)).join('')}</ul>`;
  const body = [
    `<p>${e(w.t.trust_corrected)}</p>`,
    `<p class="note">${e(sample)}</p>`,
    `<h3>${e(w.t.trust_accuracy_title)}</h3>`,
    accuracy,
    `<h3>${e(w.t.trust_shares_title)}</h3>`,
    shares,
    `<h3>${e(w.t.trust_warnings_title)}</h3>`,
    warnings,
  ];
  return section('trust', w.t.trust_title, body.join('\n'));
}
