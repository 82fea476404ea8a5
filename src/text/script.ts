/**
 * Script detection: which characters only Traditional or only Simplified writing uses.
 */
import STCharacters from 'opencc-js/dict/STCharacters';
import { parseDictionary, traditionalToSimplifiedCharacters } from './opencc.js';
import { lazy } from '../lazy.js';

export type Script = 'hans' | 'hant' | 'mixed' | 'none';

/** A minority script below this share of the majority is treated as noise (a quoted word, a variant). */
const MIXED_MINORITY_SHARE = 0.1;

/** The sources of an OpenCC character dictionary that no target keeps as they are: the script's own characters. */
export function charactersThatChange(dictionary: string): Set<string> {
  const changing = new Set<string>();
  for (const [source, targets] of parseDictionary(dictionary)) {
    if (!targets.includes(source)) changing.add(source);
  }
  return changing;
}

const distinctiveCharacters: () => { readonly traditional: ReadonlySet<string>; readonly simplified: ReadonlySet<string> } = lazy(() => ({
  traditional: charactersThatChange(traditionalToSimplifiedCharacters),
  simplified: charactersThatChange(STCharacters),
}));

export interface ScriptCounts {
  readonly traditional: number;
  readonly simplified: number;
}

export function countScriptCharacters(text: string): ScriptCounts {
  const { traditional, simplified } = distinctiveCharacters();
  let t = 0;
  let s = 0;
  for (const ch of text) {
    if (traditional.has(ch)) t++;
    else if (simplified.has(ch)) s++;
  }
  return { traditional: t, simplified: s };
}

/** hans / hant by the characters only one script uses; mixed when both are substantial; none when neither. */
export function detectScript(text: string): Script {
  const { traditional, simplified } = countScriptCharacters(text);
  if (traditional === 0 && simplified === 0) return 'none';
  const major = Math.max(traditional, simplified);
  const minor = Math.min(traditional, simplified);
  if (minor > 0 && minor > major * MIXED_MINORITY_SHARE) return 'mixed';
  return traditional > simplified ? 'hant' : 'hans';
}
