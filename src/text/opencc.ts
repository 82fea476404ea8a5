/**
 * The OpenCC converters yuqing uses, built lazily from opencc-js's dictionaries so that a
 * command pays only for the tables it needs (the Simplified→Traditional phrase table is large).
 */
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { dictionaryConverter, type DictionaryGroup } from './dictionary-converter.js';
import { lazy } from '../lazy.js';

export type Converter = (text: string) => string;

/**
 * The dictionary groups of the conversion to Simplified, as opencc-js's ConverterFactory takes them:
 * Hong Kong and Taiwan variant tables share one pass (they map to the same standard forms), then
 * standard Traditional → Simplified. Run by src/text/dictionary-converter.ts, which gives opencc-js's
 * results faster (tests/text/dictionary-converter.test.ts).
 */
export const SIMPLIFIED_CHAIN: readonly DictionaryGroup[] = [
  [HKVariantsRevPhrases, HKVariantsRev, TWVariantsRevPhrases, TWVariantsRev],
  [TSPhrases, TSCharacters],
];
export const SIMPLIFIED_CHAR_CHAIN: readonly DictionaryGroup[] = [[HKVariantsRev, TWVariantsRev], [TSCharacters]];

/** Hong Kong and Taiwan variants → standard Traditional → Simplified, phrase-aware. */
export const simplifiedConverter: () => Converter = lazy(() => dictionaryConverter(SIMPLIFIED_CHAIN));

/** The same chain with character tables only: used code point by code point where exact offsets need it. */
export const simplifiedCharConverter: () => Converter = lazy(() => dictionaryConverter(SIMPLIFIED_CHAR_CHAIN));

/** Parse an opencc dictionary string into source → alternatives. */
export function parseDictionary(dictionary: string): Map<string, readonly string[]> {
  const table = new Map<string, readonly string[]>();
  for (const entry of dictionary.split('|')) {
    const [source, ...targets] = entry.split(' ');
    if (source !== undefined && source !== '' && targets.length > 0) table.set(source, targets);
  }
  return table;
}

export { TSCharacters as traditionalToSimplifiedCharacters };
