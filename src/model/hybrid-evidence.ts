/**
 * Evidence for what the model decides: the sentence (scoring unit) that scored highest for a head,
 * as a span of the original text. A text of one sentence is its own evidence. Polarity keeps the
 * lexicon's cues of the side it names when there are any, and otherwise the sentence its class
 * head scores highest, so that no positive, negative or mixed post goes without a reason.
 */
import type { TextAnalysis } from '../classify.js';
import type { Evidence } from '../records.js';
import { toOriginalSpan } from '../text/normalise.js';
import type { PreparedModel, TextScores } from './predict.js';
import { trimmed, type Unit } from './units.js';

/** The unit with the highest logit for head h (ties: the first). */
function bestUnit(prepared: PreparedModel, scores: TextScores, h: number): number {
  const { heads, weights } = prepared.linear;
  let best = -1;
  let bestLogit = -Infinity;
  scores.unitVectors.forEach((v, u) => {
    let z = 0;
    for (let k = 0; k < v.indices.length; k++) z += weights[v.indices[k]! * heads + h]! * v.values[k]!;
    if (z > bestLogit) {
      bestLogit = z;
      best = u;
    }
  });
  return best;
}

function spanEvidence(analysis: TextAnalysis, label: string, unit: Unit): Evidence {
  const span = toOriginalSpan(analysis.normalised, unit.start, unit.end);
  return { label, term: analysis.normalised.original.slice(span.start, span.end), start: span.start, end: span.end };
}

/** The sentence behind head h's probability, as evidence for `label` (default: the head's name). */
export function modelEvidence(prepared: PreparedModel, analysis: TextAnalysis, scores: TextScores, h: number, label = prepared.model.heads[h]!.name): Evidence {
  const chosen = scores.unit[h]! >= 0 ? scores.unit[h]! : bestUnit(prepared, scores, h);
  const { text } = analysis.normalised;
  // A text of one sentence is its own evidence.
  const unit = chosen >= 0 ? scores.units[chosen]! : (trimmed(text, 0, text.length) ?? { start: 0, end: text.length });
  return spanEvidence(analysis, label, unit);
}

const SIDES: Readonly<Record<string, readonly string[]>> = { positive: ['positive'], negative: ['negative'], mixed: ['positive', 'negative'] };

export function polarityEvidence(
  prepared: PreparedModel,
  analysis: TextAnalysis,
  scores: TextScores,
  polarity: string,
  lexicon: readonly Evidence[],
): Evidence[] {
  const out: Evidence[] = [];
  for (const side of SIDES[polarity] ?? []) {
    const cues = lexicon.filter((e) => e.label === side);
    if (cues.length > 0) {
      out.push(...cues);
      continue;
    }
    const h = prepared.headIndex.get(`polarity=${side}`) ?? prepared.headIndex.get(`polarity=${polarity}`);
    if (h !== undefined) out.push(modelEvidence(prepared, analysis, scores, h, side));
  }
  return out;
}
