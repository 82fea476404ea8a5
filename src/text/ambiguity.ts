/**
 * Characters whose conversion between scripts is one-to-many: one Simplified character that
 * stands for several Traditional ones (后 → 後/后, 发 → 發/髮, 干 → 幹/乾/干). Normalisation folds
 * all of them into one, so a term with such a character matches each of its Traditional forms.
 *
 * OpenCC's STCharacters.txt lists these alternatives, but opencc-js ships only the first of each
 * entry. So the alternatives are read from where OpenCC needs them: its Simplified→Traditional
 * phrase table, where a phrase converts a character to something other than the default
 * (hair: 发 → 髮, queen: 后 → 后, clean: 干 → 乾). Mere glyph variants (証/證, 産/產) are not there.
 */
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import { converterFor } from './convert.js';
import { parseDictionary } from './opencc.js';
import { lazy } from '../lazy.js';

/** An alternative needs this many phrases in OpenCC's table to count (drops rare literary forms). */
const MIN_PHRASES = 3;

function build(): Map<string, readonly string[]> {
  const defaults = new Map<string, string>();
  for (const [s, [t]] of parseDictionary(STCharacters)) if (t !== undefined) defaults.set(s, t);
  const seen = new Map<string, Map<string, number>>();
  for (const [phrase, [converted]] of parseDictionary(STPhrases)) {
    const s = [...phrase];
    const t = [...(converted ?? '')];
    if (s.length !== t.length) continue;
    s.forEach((ch, i) => {
      const other = t[i]!;
      if (other === (defaults.get(ch) ?? ch)) return;
      const counts = seen.get(ch) ?? new Map<string, number>();
      counts.set(other, (counts.get(other) ?? 0) + 1);
      seen.set(ch, counts);
    });
  }
  const out = new Map<string, readonly string[]>();
  for (const [ch, counts] of seen) {
    const others = [...counts].filter(([, n]) => n >= MIN_PHRASES).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (others.length > 0) out.set(ch, [defaults.get(ch) ?? ch, ...others.map(([t]) => t)]);
  }
  return out;
}

/** Simplified character → its Traditional forms (the default first), only where there are two or more. */
export const ambiguousCharacters: () => ReadonlyMap<string, readonly string[]> = lazy(build);

/** The Traditional form OpenCC's phrase-aware conversion gives a Simplified text. */
export function likelyTraditional(simplified: string): string {
  return converterFor('hant')(simplified);
}
