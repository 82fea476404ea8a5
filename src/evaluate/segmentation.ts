/**
 * Word segmentation scores as in the SIGHAN bakeoff scorer: a predicted word counts when its start
 * and end character offsets both match a gold word; precision, recall and F1 pooled over a file.
 */
import { prf, type Prf } from './prf.js';

function spans(line: string): Set<string> {
  const out = new Set<string>();
  let offset = 0;
  for (const word of line.split(/\s+/).filter((w) => w !== '')) {
    const length = [...word].length;
    out.add(`${offset}:${offset + length}`);
    offset += length;
  }
  return out;
}

export interface SegmentationScores extends Prf {
  readonly sentences: number;
  /** Sentences whose characters differ between gold and prediction (a scorer input error). */
  readonly mismatched: number;
}

/** Gold and predicted lines, one sentence a line, words separated by spaces. */
export function wordSpanScores(gold: readonly string[], predicted: readonly string[]): SegmentationScores {
  let tp = 0;
  let goldWords = 0;
  let predictedWords = 0;
  let mismatched = 0;
  let sentences = 0;
  gold.forEach((line, i) => {
    const other = predicted[i] ?? '';
    if (line.trim() === '' && other.trim() === '') return;
    sentences++;
    if (line.replace(/\s+/g, '') !== other.replace(/\s+/g, '')) mismatched++;
    const g = spans(line);
    const p = spans(other);
    goldWords += g.size;
    predictedWords += p.size;
    for (const s of p) if (g.has(s)) tp++;
  });
  return { ...prf(tp, predictedWords - tp, goldWords - tp), sentences, mismatched };
}
