/**
 * The report's data files: UI strings (lexicons/report/ui.yaml), the stop lists for key terms
 * (lexicons/report/stopwords.yaml) and themes (theme-stopwords.yaml), and the tagger's measured accuracy (lexicons/report/accuracy.yaml),
 * read and validated here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stopListSchema, type StopList } from '../../aggregate/terms.js';
import { YuqingError } from '../../errors.js';
import { parseYamlFile } from '../../yaml-source.js';
import { yamlValueCache } from './yaml-cache.js';
import { bundledAccuracySchema, type BundledAccuracy } from '../../report/bundled-accuracy.js';
import { uiStringsSchema, type UiStrings } from '../../report/html/wording.js';
import { PACKAGE_ROOT } from './lexicon-files.js';

export const REPORT_DATA_DIR = join(PACKAGE_ROOT, 'lexicons', 'report');

function readData(name: string): { path: string; content: string } {
  const path = join(REPORT_DATA_DIR, name);
  if (!existsSync(path)) {
    throw new YuqingError('E_LEXICON_MISSING', `${path}: the report's data file is missing. Reinstall yuqing, or restore lexicons/report/${name}.`, {
      file: path,
    });
  }
  return { path, content: readFileSync(path, 'utf8') };
}

export function readReportStrings(): UiStrings {
  return parseYamlFile(readData('ui.yaml'), uiStringsSchema, yamlValueCache());
}

export function readStopList(): StopList {
  return parseYamlFile(readData('stopwords.yaml'), stopListSchema, yamlValueCache());
}

/**
 * The stop list of yuqing discover's theme features: stopwords.yaml and theme-stopwords.yaml
 * together (the larger min_length of the two).
 */
export function readThemeStopList(): StopList {
  const report = readStopList();
  const themes = parseYamlFile(readData('theme-stopwords.yaml'), stopListSchema);
  return { min_length: Math.max(report.min_length, themes.min_length), words: [...report.words, ...themes.words] };
}

export function readBundledAccuracy(): BundledAccuracy {
  return parseYamlFile(readData('accuracy.yaml'), bundledAccuracySchema, yamlValueCache());
}
