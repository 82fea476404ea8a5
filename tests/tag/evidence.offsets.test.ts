/**
 * Evidence offsets (io.md): `start` and `end` are UTF-16 offsets of the original text. Checked
 * against offsets counted here, not against `text.slice(start, end)` (which is `term` by construction).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/classify.js';
import { tinyClassifier } from '../helpers.js';

/** UTF-16 units of a string, counted code point by code point. */
const units = (s: string) => [...s].reduce((sum, c) => sum + (c.codePointAt(0)! > 0xffff ? 2 : 1), 0);

function evidence(text: string) {
  return analyseText(tinyClassifier(), text).tags.evidence.map((e) => [e.label, e.start, e.end]);
}

describe('evidence offsets', () => {
  it('point at the term after an emoji when normalisation keeps the length (fast path)', () => {
    const before = '😭😭';
    expect(evidence(`${before}高才通續簽好難`)).toEqual(expect.arrayContaining([['relevant', units(before), units(before) + 3]]));
  });

  it('point at the term after an emoji when a character grows in normalisation (slow path)', () => {
    // 㗲 becomes an astral character in Simplified, so offsets go through the code-point map.
    const before = '😭㗲，';
    const text = `${before}高才通續簽好難`;
    const start = units(before);
    expect(start).toBe(4);
    const got = evidence(text);
    expect(got).toEqual(
      expect.arrayContaining([
        ['relevant', start, start + 3],
        ['permanent_residency', start + 3, start + 5],
        ['pr.strict_exit', start + 3, start + 5],
        ['pr.strict_exit', start + 5, start + 7],
      ]),
    );
    // Every span starts and ends between code points: never half a surrogate pair.
    for (const [, s, e] of got) {
      for (const at of [s as number, e as number]) expect(text.charCodeAt(at) >= 0xdc00 && text.charCodeAt(at) <= 0xdfff).toBe(false);
    }
  });

  it('keep Traditional surface forms in the original script on the slow path', () => {
    const text = '㗲😭續簽好難，高才通';
    const t = analyseText(tinyClassifier(), text).tags;
    const renewal = t.evidence.find((e) => e.label === 'permanent_residency')!;
    expect([renewal.term, renewal.start, renewal.end]).toEqual(['續簽', 3, 5]);
  });
});
