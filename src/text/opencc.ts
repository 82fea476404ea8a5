/**
 * The OpenCC converters yuqing uses, built lazily from opencc-js's dictionaries so that a
 * command pays only for the tables it needs (the Simplified→Traditional phrase table is large).
 */
import { ConverterFactory } from 'opencc-js/core';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';

export type Converter = (text: string) => string;

let toSimplified: Converter | undefined;
let toSimplifiedByChar: Converter | undefined;

/** Hong Kong and Taiwan variants → standard Traditional → Simplified, phrase-aware. */
export function simplifiedConverter(): Converter {
  // Hong Kong and Taiwan variant tables share one pass (they map to the same standard forms).
  toSimplified ??= ConverterFactory(
    [[HKVariantsRevPhrases, HKVariantsRev, TWVariantsRevPhrases, TWVariantsRev]],
    [[TSPhrases, TSCharacters]],
  );
  return toSimplified;
}

/** The same chain with character tables only: used code point by code point where exact offsets need it. */
export function simplifiedCharConverter(): Converter {
  toSimplifiedByChar ??= ConverterFactory([[HKVariantsRev, TWVariantsRev]], [[TSCharacters]]);
  return toSimplifiedByChar;
}

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
