/**
 * Real news paragraphs about other places' talent policies (shared/seeds 000–003) must be marked
 * not relevant: at most 2% of paragraphs, by the lexicon alone and by the default hybrid tagging
 * (lexicon + bundled model). Skips when ../shared/seeds is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildClassifier } from '../../src/classifier/load-classifier.js';
import { classifyPost } from '../../src/classify.js';
import { readModel } from '../../src/io/bundled/model-file.js';
import { classifyWithModel } from '../../src/model/apply.js';
import { prepareModel } from '../../src/model/predict.js';

const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const present = existsSync(SEEDS);

function paragraphs(): string[] {
  return readdirSync(SEEDS)
    .filter((f) => /^00[0-3]_/.test(f))
    .flatMap((f) =>
      readFileSync(`${SEEDS}${f}`, 'utf8')
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter((p) => p.length >= 20),
    );
}

describe.skipIf(!present)('other places’ talent-policy news (shared/seeds 000–003)', () => {
  const classifier = buildClassifier();
  const texts = present ? paragraphs() : [];

  it('the lexicon alone marks at most 2% of paragraphs relevant', () => {
    expect(texts.length).toBeGreaterThan(100);
    const relevant = texts.filter((text, i) => classifyPost(classifier, { id: String(i), platform: 'hk_news', text }).relevant);
    expect(relevant.length / texts.length).toBeLessThanOrEqual(0.02);
  });

  it('hybrid tagging with the bundled model marks at most 2% of paragraphs relevant', () => {
    const prepared = prepareModel(readModel(fileURLToPath(new URL('../../studies/talent/model.json', import.meta.url))));
    const relevant = texts.filter((text, i) => classifyWithModel(classifier, prepared, { id: String(i), platform: 'hk_news', text }).relevant);
    expect(relevant.length / texts.length).toBeLessThanOrEqual(0.02);
  });
});
