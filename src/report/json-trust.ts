/** The JSON report's `shares` (the stable shape outside tools read) and `validation` parts. */
import { round } from './number-format.js';
import type { Trust } from './model.js';
import { bundledSentence, CORRECTED, SAMPLING_ONLY, warningSentence } from './trust-sentences.js';

export function sharesJson(trust: Trust) {
  return trust.estimates.shares.map((s) => ({
    region: s.region,
    topic: s.topic,
    viewpoint: s.viewpoint,
    raw: round(s.raw),
    estimate: round(s.estimate),
    low: round(s.low),
    high: round(s.high),
    n: s.n,
    corrected: s.corrected,
  }));
}

export function validationJson(trust: Trust) {
  const v = trust.estimates.validation;
  if (v === null) {
    return { corrected: false, statement: SAMPLING_ONLY, bundled_accuracy: { ...(trust.bundled ?? { measured: false }), statement: bundledSentence(trust) } };
  }
  return {
    corrected: true,
    statement: CORRECTED,
    sample: { coded: v.source, tool_labels: v.toolSource, weighted: v.weighted, posts: v.posts, by_region: v.byRegion, seed: v.seed, draws: v.draws },
    accuracy: v.accuracy.map((a) => ({
      label: a.label,
      tp: a.tp,
      fp: a.fp,
      fn: a.fn,
      tn: a.tn,
      precision: a.precision === null ? null : round(a.precision),
      recall: a.recall === null ? null : round(a.recall),
      false_positive_rate: a.falsePositiveRate === null ? null : round(a.falsePositiveRate),
    })),
    warnings: v.warnings.map((w) => ({
      region: w.region,
      topic: w.topic,
      viewpoint: w.viewpoint,
      code: w.code,
      value: round(w.value),
      message: warningSentence(w),
    })),
  };
}
