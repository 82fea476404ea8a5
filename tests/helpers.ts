import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createClassifier, type Classifier } from '../src/classify.js';
import type { CliIo } from '../src/cli/io.js';
import { DEFAULT_PLATFORMS_FILE, DEFAULT_STUDY_DIR, readLexiconSource, readPlatformsFile } from '../src/io/bundled/lexicon-files.js';
import { segmenterOf, writeSegmenterDictionary } from '../src/io/bundled/segmenter-dictionary.js';
import { readReportData, type ReportData } from '../src/io/bundled/report-data.js';
import { loadStudy } from '../src/study/load.js';
import type { Taxonomy } from '../src/study/taxonomy.js';

export const TINY_LEXICON = fileURLToPath(new URL('./fixtures/lexicon', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));

let talent: Taxonomy | undefined;
/** The bundled talent study's taxonomy (the IDs the fixtures and inline records use). */
export function talentTaxonomy(): Taxonomy {
  talent ??= loadStudy(DEFAULT_STUDY_DIR).taxonomy;
  return talent;
}

let tiny: Classifier | undefined;
/** The bundled talent study's report wording and measured accuracy (studies/talent/report.yaml, accuracy.yaml). */
export function talentReportData(): ReportData {
  return readReportData(loadStudy(DEFAULT_STUDY_DIR));
}

export function tinyClassifier(): Classifier {
  tiny ??= createClassifier({
    taxonomy: talentTaxonomy(),
    lexicon: readLexiconSource(TINY_LEXICON),
    platforms: readPlatformsFile(DEFAULT_PLATFORMS_FILE, talentTaxonomy()),
    segmenterFor: (words, options) => segmenterOf(writeSegmenterDictionary(words, options)),
  });
  return tiny;
}

export interface CapturedIo extends CliIo {
  out(): string;
  err(): string;
}

export function captureIo(stdinText = ''): CapturedIo {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const outChunks: Buffer[] = [];
  const errChunks: Buffer[] = [];
  stdout.on('data', (c: Buffer) => outChunks.push(c));
  stderr.on('data', (c: Buffer) => errChunks.push(c));
  return {
    stdout,
    stderr,
    stdin: Readable.from([stdinText]),
    stderrIsTTY: false,
    out: () => Buffer.concat(outChunks).toString('utf8'),
    err: () => Buffer.concat(errChunks).toString('utf8'),
  };
}
