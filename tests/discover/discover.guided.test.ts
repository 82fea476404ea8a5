/**
 * Guided discovery: the viewpoints the lexicon tags are fixed themes (the centroid of their tagged
 * posts), never updated by the fit, so the free themes form on what they do not explain; and words
 * spread over several known viewpoints (a topic's subject words) weigh less.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/aggregate/random.js';
import { knownRows, sharedDown } from '../../src/discover/fit.js';
import { fitNmf, themeWeights } from '../../src/discover/nmf.js';
import { buildVocabulary, tfidfVector } from '../../src/discover/vectors.js';

const WORDS = { a: ['a1', 'a2', 'a3', 'a4'], b: ['b1', 'b2', 'b3', 'b4'], c: ['c1', 'c2', 'c3', 'c4'] } as const;
type Group = keyof typeof WORDS;
/** Units of two of the group's words, every pair once. */
function units(group: Group): string[][] {
  const w = WORDS[group];
  return w.flatMap((x, i) => w.slice(i + 1).map((y) => [x, y]));
}

const all = [...units('a'), ...units('b'), ...units('c')];
const vocabulary = buildVocabulary(all, { minUnits: 1, maxShare: 1, maxSize: 100 });
const size = vocabulary.terms.length;

describe('guided NMF', () => {
  it('keeps the fixed theme as given, and the free themes take the groups it does not explain', () => {
    const fixed = knownRows([{ label: 'known.a', units: units('a') }], vocabulary);
    expect(fixed.labels).toEqual(['known.a']);
    const xs = all.map((u) => tfidfVector(u, vocabulary));
    const model = fitNmf(xs, 2, size, seededRandom(1, 'test'), 80, fixed.rows);
    expect(model.k).toBe(3);
    expect([...model.h.subarray(0, size)]).toEqual([...fixed.rows]);
    const winner = (u: string[]) => {
      const w = themeWeights(model, tfidfVector(u, vocabulary));
      return w.indexOf(Math.max(...w));
    };
    for (const u of units('a')) expect(winner(u)).toBe(0);
    const b = new Set(units('b').map(winner));
    const c = new Set(units('c').map(winner));
    expect(b.size).toBe(1);
    expect(c.size).toBe(1);
    expect([...b, ...c].sort()).toEqual([1, 2]);
  });

  it('leaves out a known label none of whose words is in the vocabulary', () => {
    expect(
      knownRows(
        [
          { label: 'known.x', units: [['zz']] },
          { label: 'known.b', units: units('b') },
        ],
        vocabulary,
      ).labels,
    ).toEqual(['known.b']);
  });
});

describe('shared words weigh less', () => {
  it("divides a word's idf by the square root of the number of known themes it is spread over evenly", () => {
    // 'a1' and 'b1' each belong to one known theme; 's' is in both, evenly.
    const v = buildVocabulary([['a1', 's'], ['b1', 's'], ['a1'], ['b1'], ['c1']], { minUnits: 1, maxShare: 1, maxSize: 100 });
    const rows = knownRows(
      [
        { label: 'x', units: [['a1', 's']] },
        { label: 'y', units: [['b1', 's']] },
      ],
      v,
    ).rows;
    const down = sharedDown(v, rows, 0.5);
    const at = (t: string) => v.index.get(t)!;
    expect(down.idf[at('s')]).toBeCloseTo(v.idf[at('s')]! / Math.sqrt(2), 12);
    expect(down.idf[at('a1')]).toBeCloseTo(v.idf[at('a1')]!, 12);
    expect(down.idf[at('c1')]).toBe(v.idf[at('c1')]);
    expect(sharedDown(v, new Float64Array(0), 0.5)).toBe(v);
  });
});
