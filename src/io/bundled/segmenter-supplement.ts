/**
 * Reading the bundled segmenter supplement (lexicons/segmenter/cantonese.yaml) and the amount words
 * (lexicons/segmenter/tokens.yaml) once per process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYamlFile } from '../../yaml-source.js';
import { yamlValueCache } from './yaml-cache.js';
import { segmenterSupplementSchema, type SegmenterSupplement } from '../../segment/supplement.js';
import { tokenRulesSchema, type TokenRulesFile } from '../../segment/token-rules.js';
import { PACKAGE_ROOT } from './lexicon-files.js';

export const DEFAULT_SUPPLEMENT_FILE = join(PACKAGE_ROOT, 'lexicons', 'segmenter', 'cantonese.yaml');
export const DEFAULT_TOKEN_RULES_FILE = join(PACKAGE_ROOT, 'lexicons', 'segmenter', 'tokens.yaml');

const cache = new Map<string, SegmenterSupplement>();

/** The supplement word list; an absent file is an empty supplement. */
export function readSegmenterSupplement(path: string = DEFAULT_SUPPLEMENT_FILE): SegmenterSupplement {
  let supplement = cache.get(path);
  if (supplement === undefined) {
    supplement = existsSync(path)
      ? parseYamlFile({ path, content: readFileSync(path, 'utf8') }, segmenterSupplementSchema, yamlValueCache())
      : { frequency: 1, words: [], split_frequency: 1, split: [] };
    cache.set(path, supplement);
  }
  return supplement;
}

const rulesCache = new Map<string, TokenRulesFile>();

/** The amount words of the token policy; an absent file has none. */
export function readTokenRules(path: string = DEFAULT_TOKEN_RULES_FILE): TokenRulesFile {
  let rules = rulesCache.get(path);
  if (rules === undefined) {
    rules = existsSync(path)
      ? parseYamlFile({ path, content: readFileSync(path, 'utf8') }, tokenRulesSchema, yamlValueCache())
      : { currencies: [], magnitudes: [] };
    rulesCache.set(path, rules);
  }
  return rules;
}
