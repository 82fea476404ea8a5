/** The JSON report's study design, significance tests, key terms, monthly volume and examples. */
import { round, shareRecord as share } from './number-format.js';
import type { ReportModel } from './model.js';

export function studyTestsTermsJson(model: ReportModel) {
  const { summary } = model;
  return {
    study: {
      design: summary.study.design,
      records: summary.study.placements,
      relevant_without_text: summary.study.textless,
      undated: {
        missing: summary.study.undated.missing,
        unreadable: summary.study.undated.unreadable,
        examples: summary.study.undated.examples.map((e) => ({ id: e.id, value: e.value })),
      },
    },
    viewpoint_tests: summary.viewpointTests.map((t) => ({
      topic: t.topic,
      viewpoint: t.viewpoint,
      regions: summary.compared,
      shares: t.shares.map(share),
      z: round(t.z),
      p: round(t.p, 6),
      q_bh: round(t.q, 6),
      significant: t.significant,
      corrected: t.corrected ?? false,
    })),
    key_terms: summary.keyTerms.map((k) => ({
      topic: k.topic,
      region: k.region,
      other: k.other,
      term: k.term,
      form: k.form || null,
      count: k.count,
      total: k.total,
      other_count: k.otherCount,
      other_total: k.otherTotal,
      g2: round(k.g2),
      log_ratio: round(k.logRatio),
    })),
    monthly_volume: summary.timeline.map((t) => ({ month: t.month, region: t.region, topic: t.topic, volume: t.volume })),
    study_windows: summary.study.windows.map((w) => ({
      window: w.name,
      start: new Date(w.start).toISOString().slice(0, 10),
      end_exclusive: new Date(w.end).toISOString().slice(0, 10),
    })),
    examples: summary.examples.map((x) => ({
      topic: x.topic,
      viewpoint: x.viewpoint,
      region: x.region,
      posts: x.posts.map((p) => ({
        id: p.id,
        url: p.url,
        platform: p.platform,
        month: p.month,
        given_by: p.given,
        model_probability: p.probability,
        cues: p.cues,
        excerpt: p.text,
        cut_before: p.cutBefore,
        cut_after: p.cutAfter,
        evidence: p.evidence,
      })),
    })),
  };
}
