import { describe, expect, it } from 'vitest';
import { otherThemesSection } from '../../src/report/html/sections-themes.js';
import { wordingFor } from '../../src/report/html/wording.js';
import { bottomSample, sampleKey } from '../../src/discover/sample.js';
import { inScope } from '../../src/discover/scope.js';
import { bestTheme } from '../../src/evaluate/themes.js';
import { readReportStrings } from '../../src/io/bundled/report-data.js';
import { themeStringsSchema, themesFileSchema } from '../../src/report/themes.js';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { talentTaxonomy } from '../helpers.js';

describe('discover: the fit sample', () => {
  it('keeps the posts with the smallest keys, whatever the input order', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `post-${i}`);
    const draw = (order: string[]) => {
      const s = bottomSample<string>(40);
      for (const id of order) s.offer(sampleKey(3, id), id);
      return s.items();
    };
    const forward = draw(ids);
    expect(forward).toHaveLength(40);
    expect(draw([...ids].reverse())).toEqual(forward);
    expect(draw(ids.filter((_, i) => i % 2 === 0).concat(ids.filter((_, i) => i % 2 === 1)))).toEqual(forward);
    expect(new Set(draw(ids))).not.toEqual(
      new Set(
        ((s) => {
          for (const id of ids) s.offer(sampleKey(4, id), id);
          return s.items();
        })(bottomSample<string>(40)),
      ),
    );
  });
});

describe('discover: the scope', () => {
  const record = (relevant: boolean, topics: string[], viewpoints: string[]) => ({ relevant, topics, viewpoints });
  it('takes relevant posts with no viewpoint by default, a topic with --within, every relevant post with --all-relevant', () => {
    expect(inScope({ kind: 'unlabelled' }, record(true, ['a'], []))).toBe(true);
    expect(inScope({ kind: 'unlabelled' }, record(true, ['a'], ['a.x']))).toBe(false);
    expect(inScope({ kind: 'unlabelled' }, record(false, [], []))).toBe(false);
    expect(inScope({ kind: 'within', topic: 'a' }, record(true, ['a'], ['a.x']))).toBe(true);
    expect(inScope({ kind: 'within', topic: 'b' }, record(true, ['a'], []))).toBe(false);
    expect(inScope({ kind: 'all-relevant' }, record(true, [], ['a.x']))).toBe(true);
  });
});

describe('rediscovery scoring', () => {
  it('picks the theme with the best F1 and measures recall among the posts in scope', () => {
    const labelled = new Set(['a', 'b', 'c', 'z']);
    const inScopeIds = new Set(['a', 'b', 'c', 'd', 'e', 'f']);
    const best = bestTheme(
      [
        { rank: 1, posts: ['a', 'd', 'e', 'f'] },
        { rank: 2, posts: ['b', 'c'] },
      ],
      labelled,
      inScopeIds,
    )!;
    expect(best).toMatchObject({ rank: 2, size: 2, hits: 2, purity: 1 });
    expect(best.recall).toBeCloseTo(2 / 3);
  });
});

describe('report: the optional section "Other themes"', () => {
  const strings = themeStringsSchema.parse(parse(readFileSync(new URL('../../lexicons/report/themes.yaml', import.meta.url), 'utf8')));
  const share = (count: number, total: number) => ({ count, total, share: count / total, low: 0, high: 1 });
  const themes = themesFileSchema.parse({
    format: 'yuqing-themes/1',
    input: { file: 'c.jsonl', sha256: 'sha256:x' },
    scope: { kind: 'unlabelled', description: 'relevant posts with no viewpoint' },
    seed: 1,
    fit: { method: 'nmf', k: 2 },
    regions: { hk: 10, mainland: 5 },
    themes: [
      {
        rank: 1,
        size: 6,
        written: ['租金', '<b>'],
        regions: { hk: share(6, 10), mainland: share(0, 5) },
        examples: [{ id: 'p1', region: 'hk', text: '租金<script>x</script>', spans: [{ start: 0, end: 19 }], highlights: [{ start: 0, end: 2 }] }],
      },
      { rank: 2, size: 4, written: ['學位'], regions: { hk: share(1, 10), mainland: share(3, 5) }, examples: [] },
    ],
  });
  it('lists the largest themes region by region, escaped, in the report language', () => {
    const w = wordingFor(readReportStrings(), 'en', talentTaxonomy());
    const [section] = otherThemesSection({ file: 'themes.json', themes, strings }, w);
    expect(section!.id).toBe('other-themes');
    expect(section!.html).toContain('<h2>Other themes</h2>');
    expect(section!.html).not.toMatch(/<script|<b>/);
    expect(section!.html).toContain('<mark>租金</mark>&lt;script&gt;');
    const mainland = section!.html.slice(section!.html.indexOf('<h3>Mainland'));
    expect(mainland.indexOf('學位')).toBeGreaterThan(-1);
    expect(mainland).not.toContain('租金');
  });
  it('is left out when the report has no themes file', () => {
    expect(otherThemesSection(undefined, wordingFor(readReportStrings(), 'zh-Hant', talentTaxonomy()))).toEqual([]);
  });
});
