/**
 * Conversion for output, in either direction: Simplified, standard Traditional,
 * Hong Kong or Taiwan variants.
 */
import { ConverterFactory } from 'opencc-js/core';
import STPhrases from 'opencc-js/dict/STPhrases';
import STCharacters from 'opencc-js/dict/STCharacters';
import HKVariantsPhrases from 'opencc-js/dict/HKVariantsPhrases';
import HKVariants from 'opencc-js/dict/HKVariants';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';
import { simplifiedConverter, type Converter } from './opencc.js';

export const SCRIPT_TARGETS = ['hans', 'hant', 'hk', 'tw'] as const;
export type ScriptTarget = (typeof SCRIPT_TARGETS)[number];

const built = new Map<ScriptTarget, Converter>();

function build(target: ScriptTarget): Converter {
  switch (target) {
    case 'hans':
      return simplifiedConverter();
    case 'hant':
      return ConverterFactory([[STPhrases, STCharacters]]);
    case 'hk':
      return ConverterFactory([[STPhrases, STCharacters]], [[HKVariantsPhrases, HKVariants]]);
    case 'tw':
      return ConverterFactory([[STPhrases, STCharacters]], [[TWVariantsPhrases, TWVariants]]);
  }
}

export function converterFor(target: ScriptTarget): Converter {
  let converter = built.get(target);
  if (converter === undefined) {
    converter = build(target);
    built.set(target, converter);
  }
  return converter;
}

export function convertScript(text: string, target: ScriptTarget): string {
  return converterFor(target)(text);
}
