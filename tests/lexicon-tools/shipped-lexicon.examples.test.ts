/** The shipped lexicon loads, and its own examples pass (the same check as `yuqing lexicon test`). */
import { describe, expect, it } from 'vitest';
import { buildClassifier } from '../../src/classifier/load-classifier.js';
import { analyseText } from '../../src/classify.js';
import { exampleCases, runExamples } from '../../src/lexicon-tools/examples.js';
import { talentTaxonomy } from '../helpers.js';

const classifier = buildClassifier();
const data = classifier.lexicon.data;

describe('shipped lexicon', () => {
  it('covers every topic and viewpoint of the taxonomy', () => {
    for (const t of talentTaxonomy().topics) expect(data.topics[t]!.cues.length, t).toBeGreaterThan(0);
    for (const v of talentTaxonomy().viewpoints) expect(data.viewpoints[v]?.cues.length ?? 0, v).toBeGreaterThan(0);
  });

  it('has examples for every viewpoint', () => {
    const labels = new Set(exampleCases(data).map((c) => c.label));
    for (const v of talentTaxonomy().viewpoints) expect(labels.has(v), v).toBe(true);
  });

  it('passes its own examples', () => {
    const failures = runExamples(data, (text) => analyseText(classifier, text).tags);
    expect(failures.map((f) => `${f.label} ${f.expect}: ${f.text} → [${f.got.labels.join(', ')}]`)).toEqual([]);
  });
});
