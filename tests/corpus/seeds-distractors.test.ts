/**
 * Real news paragraphs about other places' talent policies (shared/seeds 000–003) must be marked
 * not relevant: at most 2% of paragraphs. Skips when ../shared/seeds is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadClassifier } from '../../src/analyse.js';
import { classifyPost } from '../../src/classify.js';

const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const present = existsSync(SEEDS);

describe.skipIf(!present)('other places’ talent-policy news (shared/seeds 000–003)', () => {
  it('marks at most 2% of paragraphs relevant', () => {
    const classifier = loadClassifier();
    const paragraphs = readdirSync(SEEDS)
      .filter((f) => /^00[0-3]_/.test(f))
      .flatMap((f) => readFileSync(`${SEEDS}${f}`, 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length >= 20));
    expect(paragraphs.length).toBeGreaterThan(100);
    const relevant = paragraphs.filter((text, i) => classifyPost(classifier, { id: String(i), platform: 'hk_news', text }).relevant);
    expect(relevant.length / paragraphs.length).toBeLessThanOrEqual(0.02);
  });
});
