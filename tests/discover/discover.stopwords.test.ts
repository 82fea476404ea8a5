/**
 * Theme features leave out the report's stop list and, on top of it, the theme stop list
 * (lexicons/report/theme-stopwords.yaml): general adverbs and fillers that only group posts by
 * register. Both are data, written in either script.
 */
import { describe, expect, it } from 'vitest';
import { discoveryTokeniser } from '../../src/discover/tokens.js';
import { readStopList, readThemeStopList } from '../../src/io/bundled/report-data.js';
import { normaliseTerm } from '../../src/text/normalise.js';
import { tinyClassifier } from '../helpers.js';

describe('discover: the theme stop list', () => {
  it('holds every word of the report stop list and more', () => {
    const report = readStopList();
    const themes = readThemeStopList();
    expect(themes.min_length).toBeGreaterThanOrEqual(report.min_length);
    for (const w of report.words) expect(themes.words).toContain(w);
    expect(themes.words.length).toBeGreaterThan(report.words.length);
  });

  it('drops its words from the features in either script, alone and in bigrams, and keeps the rest', () => {
    const word = '感覺';
    expect(readThemeStopList().words).toContain(word);
    expect(readStopList().words).not.toContain(word);
    const features = (stop: ReturnType<typeof readStopList>, text: string) => discoveryTokeniser(tinyClassifier(), stop)(text).units.flatMap((u) => u.features);
    for (const text of [`${word}樓價`, `${normaliseTerm(word)}樓價`]) {
      expect(features(readStopList(), text)).toContain(normaliseTerm(word));
      const themed = features(readThemeStopList(), text);
      expect(themed.some((f) => f.includes(normaliseTerm(word)))).toBe(false);
      expect(themed).toContain(normaliseTerm('樓價'));
    }
  });
});
