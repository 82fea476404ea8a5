/**
 * The report's data files: UI strings (lexicons/report/ui.yaml, with the study's own wording laid
 * over them: study.yaml `report:`), the stop lists for key terms (lexicons/report/stopwords.yaml)
 * and themes (theme-stopwords.yaml), and the study's measured accuracy (study.yaml `accuracy:`),
 * read and validated here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stopListSchema, studyStopWordsSchema, withStudyStopWords, type StopList, type StudyStopWords } from '../../aggregate/terms.js';
import { YuqingError } from '../../errors.js';
import { parseYamlFile } from '../../yaml-source.js';
import { yamlValueCache } from './yaml-cache.js';
import { bundledAccuracySchema, type BundledAccuracy } from '../../report/bundled-accuracy.js';
import { uiOverridesSchema, uiStringsSchema, withOverrides, type UiStrings } from '../../report/html/wording.js';
import { parseStudyYaml, type Study } from '../../study/load.js';
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

/** The generic report wording (lexicons/report/ui.yaml), with no study's overrides. */
export function readReportStrings(): UiStrings {
  return parseYamlFile(readData('ui.yaml'), uiStringsSchema, yamlValueCache());
}

function readStudyData(path: string, what: string): { path: string; content: string } {
  if (!existsSync(path)) {
    throw new YuqingError('E_STUDY_MISSING', `${path}: no ${what} here. Fix the path in the study's study.yaml, or remove the key.`, { file: path });
  }
  return { path, content: readFileSync(path, 'utf8') };
}

const parseStudyFile = <S extends Parameters<typeof parseStudyYaml>[2]>(file: { path: string; content: string }, schema: S) =>
  parseStudyYaml(file.path, file.content, schema, yamlValueCache());

/** What a study's reports say beside the shares: its wording, and its tagger's measured accuracy (null when the study has none). */
export interface ReportData {
  readonly strings: UiStrings;
  readonly accuracy: BundledAccuracy | null;
}

export function readReportData(study: Pick<Study, 'reportFile' | 'accuracyFile'>): ReportData {
  const base = readReportStrings();
  const strings =
    study.reportFile === undefined ? base : withOverrides(base, parseStudyFile(readStudyData(study.reportFile, 'report wording file'), uiOverridesSchema));
  const accuracy = study.accuracyFile === undefined ? null : parseStudyFile(readStudyData(study.accuracyFile, 'accuracy file'), bundledAccuracySchema);
  return { strings, accuracy };
}

/** A study's own stop words, when its study.yaml names a file (`stopwords:`). */
function readStudyStopWords(study: Pick<Study, 'stopwordsFile'> | undefined): StudyStopWords | undefined {
  if (study?.stopwordsFile === undefined) return undefined;
  return parseStudyFile(readStudyData(study.stopwordsFile, 'stop words file'), studyStopWordsSchema);
}

/** The stop list of key terms: lexicons/report/stopwords.yaml, with the study's own words added. */
export function readStopList(study?: Pick<Study, 'stopwordsFile'>): StopList {
  return withStudyStopWords(parseYamlFile(readData('stopwords.yaml'), stopListSchema, yamlValueCache()), readStudyStopWords(study));
}

/**
 * The stop list of yuqing discover's theme features: stopwords.yaml and theme-stopwords.yaml
 * together (the larger min_length of the two), with the study's own words added.
 */
export function readThemeStopList(study?: Pick<Study, 'stopwordsFile'>): StopList {
  const report = parseYamlFile(readData('stopwords.yaml'), stopListSchema, yamlValueCache());
  const themes = parseYamlFile(readData('theme-stopwords.yaml'), stopListSchema, yamlValueCache());
  const own = readStudyStopWords(study);
  return {
    min_length: Math.max(report.min_length, themes.min_length),
    words: [...report.words, ...themes.words, ...(own?.words ?? [])],
  };
}
