/** The date words (lexicons/dates/words.yaml), read and validated. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { YuqingError } from '../../errors.js';
import { parseYamlFile } from '../../yaml-source.js';
import { dateWordsSchema, type DateWords } from '../../time/words.js';
import { PACKAGE_ROOT } from './lexicon-files.js';
import { yamlValueCache } from './yaml-cache.js';

export const DATE_WORDS_FILE = join(PACKAGE_ROOT, 'lexicons', 'dates', 'words.yaml');

export function readDateWords(): DateWords {
  if (!existsSync(DATE_WORDS_FILE)) {
    throw new YuqingError('E_LEXICON_MISSING', `${DATE_WORDS_FILE}: the date words are missing. Reinstall yuqing, or restore lexicons/dates/words.yaml.`, {
      file: DATE_WORDS_FILE,
    });
  }
  return parseYamlFile({ path: DATE_WORDS_FILE, content: readFileSync(DATE_WORDS_FILE, 'utf8') }, dateWordsSchema, yamlValueCache());
}
