/**
 * The words of the "How far to trust these numbers" section that the HTML and Markdown reports
 * share, as plain text in the report's language: each renderer only escapes and lays them out.
 */
import type { ValidationSummary } from '../aggregate/estimates.js';
import type { ValidationWarning } from '../aggregate/warnings.js';
import type { Wording } from './html/wording.js';
import type { Trust } from './model.js';

/** The study's measured accuracy: a head sentence, one line per tagger and the caveat ('' when it applies); null when unmeasured. */
export function measuredAccuracy(trust: Trust, w: Wording): { readonly head: string; readonly rows: readonly string[]; readonly caveat: string } | null {
  const b = trust.bundled;
  if (b === null) return null;
  const rows = b.taggers.map((t) =>
    w.fill(w.t.trust_bundled_row, {
      tagger: t.tagger,
      relevance: t.relevance_f1.toFixed(3),
      topic: t.topic_macro_f1.toFixed(3),
      viewpoint: t.viewpoint_micro_f1.toFixed(3),
      polarity: t.polarity_macro_f1.toFixed(3),
      error: t.topic_share_error_pp.toFixed(2),
    }),
  );
  const head = w.fill(w.t.trust_bundled, { corpus: b.corpus, posts: b.posts, lexicon: `${b.lexicon.id} ${b.lexicon.version}` });
  return { head, rows, caveat: trust.bundledApplies ? '' : w.t.trust_bundled_other };
}

/** Where a validation warning applies and what it says. */
export function warningParts(v: ValidationWarning, w: Wording): { readonly where: string; readonly text: string } {
  const value = v.code === 'wide_interval' ? (v.value * 100).toFixed(0) : v.code === 'weak_separation' ? v.value.toFixed(2) : String(v.value);
  const where = `${w.region(v.region)} · ${v.viewpoint === null ? w.topic(v.topic) : w.viewpoint(v.viewpoint)}`;
  return { where, text: w.fill(w.t[`warn_${v.code}`], { value }) };
}

/** The sentence naming the validation sample: posts by region, sources, weights, draws and seed. */
export function sampleSentence(v: ValidationSummary, w: Wording): string {
  const regions = Object.entries(v.byRegion)
    .map(([r, n]) => `${w.region(r)} ${n}`)
    .join(', ');
  return w.fill(w.t.trust_sample, {
    posts: v.posts,
    regions,
    source: v.source,
    tool: v.toolSource,
    weights: v.weighted ? w.t.trust_weighted : w.t.trust_unweighted,
    draws: v.draws,
    seed: v.seed,
  });
}

/** A label's name in the accuracy table: relevance, a topic or a viewpoint. */
export function accuracyLabel(id: string, w: Wording): string {
  return id === 'relevant' ? w.t.row_relevant : w.topic(id) !== id ? w.topic(id) : w.viewpoint(id);
}
