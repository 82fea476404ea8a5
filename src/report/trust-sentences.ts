/** The English sentences of the "how far to trust these numbers" parts of the Markdown, JSON and CSV reports. */
import type { ValidationWarning } from '../aggregate/warnings.js';
import type { Trust } from './model.js';

export const SAMPLING_ONLY =
  "These shares are the tagger's labels counted as they are. Their 95% intervals cover sampling only, not the tagger's own errors: on unseen writing its recall differs by topic and region, so a share can be biased by more than its interval is wide. To correct the shares, code a sample by hand (yuqing sample) and report with --validation.";

export const CORRECTED =
  "Shares are corrected for the tagger's errors measured on the coded sample (two-phase misclassification estimator, region rates shrunk towards the pooled rate); their 95% intervals carry both the sampling uncertainty and the uncertainty of the error rates (posterior simulation). Viewpoint tests between regions use the corrected shares.";

export const UNMEASURED =
  'This study names no measured accuracy of its tagger (study.yaml has no accuracy file), so how far its labels can be trusted on this writing has not been measured. Code a sample by hand (yuqing sample) and report with --validation.';

export function bundledSentence(trust: Trust): string {
  const b = trust.bundled;
  if (b === null) return UNMEASURED;
  const parts = b.taggers.map(
    (t) =>
      `${t.tagger}: relevance F1 ${t.relevance_f1.toFixed(3)}, topic macro-F1 ${t.topic_macro_f1.toFixed(3)}, viewpoint micro-F1 ${t.viewpoint_micro_f1.toFixed(3)}, polarity macro-F1 ${t.polarity_macro_f1.toFixed(3)}, mean topic-share error ${t.topic_share_error_pp.toFixed(2)} points`,
  );
  const caveat = trust.bundledApplies ? '' : ` These were measured with the bundled lexicon; this report's lexicon is another, whose accuracy is unmeasured.`;
  return `The tagger's accuracy on the bundled labelled corpus ${b.corpus} (${b.posts} posts, lexicon ${b.lexicon.id} ${b.lexicon.version}): ${parts.join('; ')}.${caveat}`;
}

export function warningSentence(w: ValidationWarning): string {
  switch (w.code) {
    case 'few_coded_positives':
      return `only ${w.value} coded post${w.value === 1 ? '' : 's'} of this region carry the label: the correction leans on the other regions' rates`;
    case 'weak_separation':
      return `the tagger barely tells this label apart on the coded posts (recall minus false-positive rate ${w.value.toFixed(2)}): the estimate rests on the coded sample more than on the tagger`;
    case 'uncoded_tool_category':
      return `${w.value} posts fall in a category of the tagger's labels that no coded post falls in: their error rate is a guess`;
    case 'wide_interval':
      return `the interval is ${(w.value * 100).toFixed(0)} points wide: code more posts`;
  }
}
