/**
 * A study folder → a plain readonly Study: its taxonomy and the resolved paths of its lexicon,
 * platform table, corpus and model (docs/study-format.md). Reading is here, at the edge; the
 * checks are schema.ts's. Errors carry E_STUDY_YAML / E_STUDY_SCHEMA / E_STUDY_MISSING and
 * file:line:column.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import { YuqingError } from '../errors.js';
import { sourceIssueSentence, yamlFileIssues, type YamlValueCache } from '../yaml-source.js';
import { studyFileSchema, taxonomyFileSchema, type Names, type StudyFile } from './schema.js';
import { taxonomyOf, type Taxonomy } from './taxonomy.js';

export const STUDY_FILE = 'study.yaml';

export interface Study {
  readonly id: string;
  readonly version: string;
  readonly names: Names;
  readonly description: string;
  /** The folder as given. */
  readonly dir: string;
  readonly taxonomy: Taxonomy;
  /** The taxonomy file's path. */
  readonly taxonomyFile: string;
  readonly lexiconDir: string;
  readonly platformsFile: string;
  readonly corpusDir?: string;
  /** Absent: the study tags with its lexicon alone. */
  readonly modelFile?: string;
  /** Report wording overrides (study.yaml `report:`); absent: the generic wording of lexicons/report/ui.yaml. */
  readonly reportFile?: string;
  /** Measured accuracy (study.yaml `accuracy:`); absent: reports say the tagger's accuracy is unmeasured. */
  readonly accuracyFile?: string;
  /** The study's own stop words (study.yaml `stopwords:`); absent: the shared lists alone. */
  readonly stopwordsFile?: string;
  /** sha256 of study.yaml and taxonomy.yaml as read (the lexicon, platform table and model are hashed on their own). */
  readonly hash: string;
}

/**
 * Parse one YAML file of a study with its schema; problems become study errors with their place.
 * `cache`: parsed values kept between runs (io/bundled/yaml-cache.ts), still checked by the schema.
 */
export function parseStudyYaml<S extends z.ZodType>(path: string, content: string, schema: S, cache?: YamlValueCache): z.output<S> {
  const { issues, data } = yamlFileIssues({ path, content }, schema, cache);
  const first = issues[0];
  if (first === undefined) return data as z.output<S>;
  const message = sourceIssueSentence(first).replace('docs/lexicon-format.md', 'docs/study-format.md');
  throw new YuqingError(first.code === 'E_LEXICON_YAML' ? 'E_STUDY_YAML' : 'E_STUDY_SCHEMA', message, first.place);
}

function readStudyFile(dir: string, name: string, what: string): { path: string; content: string } {
  const path = join(dir, name);
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new YuqingError(
      'E_STUDY_MISSING',
      `${path}: no ${what} here. ${name === STUDY_FILE ? 'Give --study a folder holding study.yaml (see docs/study-format.md).' : `Fix the path in ${join(dir, STUDY_FILE)}.`}`,
      { file: path },
    );
  }
  return { path, content: readFileSync(path, 'utf8') };
}

/**
 * A study from its files' contents (paths resolved against `dir`). `stopWords`: the content of its
 * stop words file, when it names one, hashed with study.yaml and taxonomy.yaml (it changes key terms).
 */
export function studyFrom(
  dir: string,
  study: { path: string; content: string },
  taxonomy: { path: string; content: string },
  stopWords?: string,
  cache?: YamlValueCache,
): Study {
  const file: StudyFile = parseStudyYaml(study.path, study.content, studyFileSchema, cache);
  const at = (p: string) => resolve(dir, p);
  return {
    id: file.id,
    version: file.version,
    names: file.names,
    description: file.description,
    dir,
    taxonomy: taxonomyOf(parseStudyYaml(taxonomy.path, taxonomy.content, taxonomyFileSchema, cache)),
    taxonomyFile: taxonomy.path,
    lexiconDir: at(file.lexicon),
    platformsFile: at(file.platforms),
    ...(file.corpus === undefined ? {} : { corpusDir: at(file.corpus) }),
    ...(file.model === undefined ? {} : { modelFile: at(file.model) }),
    ...(file.report === undefined ? {} : { reportFile: at(file.report) }),
    ...(file.accuracy === undefined ? {} : { accuracyFile: at(file.accuracy) }),
    ...(file.stopwords === undefined ? {} : { stopwordsFile: at(file.stopwords) }),
    hash: studyHash([study.content, taxonomy.content, ...(stopWords === undefined ? [] : [stopWords])]),
  };
}

function studyHash(contents: readonly string[]): string {
  const hash = createHash('sha256');
  contents.forEach((content, i) => {
    if (i > 0) hash.update('\u0000');
    hash.update(content);
  });
  return `sha256:${hash.digest('hex')}`;
}

export function loadStudy(dir: string, cache?: YamlValueCache): Study {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new YuqingError('E_STUDY_MISSING', `${dir}: no study folder here. Give --study a folder holding study.yaml (see docs/study-format.md).`, {
      file: dir,
    });
  }
  const study = readStudyFile(dir, STUDY_FILE, 'study file');
  const file = parseStudyYaml(study.path, study.content, studyFileSchema, cache);
  const stopWords = file.stopwords === undefined ? undefined : resolve(dir, file.stopwords);
  // A missing stop words file is reported where it is read (report-data.ts), with its own message.
  const stopWordsContent = stopWords !== undefined && existsSync(stopWords) ? readFileSync(stopWords, 'utf8') : undefined;
  return studyFrom(dir, study, readStudyFile(dir, file.taxonomy, 'taxonomy file'), stopWordsContent, cache);
}
