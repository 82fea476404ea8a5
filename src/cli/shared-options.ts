/** Options several commands share, and turning them into a classifier and field map. */
import type { Command } from 'commander';
import { DEFAULT_STUDY_DIR, readStudy } from '../io/bundled/lexicon-files.js';
import type { Study } from '../study/load.js';
import type { Taxonomy } from '../study/taxonomy.js';
import { YuqingError } from '../errors.js';
import type { Classifier } from '../classify.js';
import type { FieldMap } from '../io/read/map-record.js';
import type { ReadOptions } from '../io/read/read-records.js';
import type { InputFormat } from '../io/read/sniff.js';
import { buildClassifier } from '../classifier/load-classifier.js';
import type { CliIo } from './io.js';

export interface LexiconOptions {
  readonly study?: string;
  readonly lexicon?: string;
  readonly platforms?: string;
}

export function addLexiconOptions(command: Command): Command {
  return command
    .option('--study <dir>', STUDY_HELP)
    .option('--lexicon <dir>', "lexicon folder instead of the study's (the bundled study's: studies/talent/lexicon)")
    .option('--platforms <file>', "platform → region table instead of the study's (the bundled study's: studies/talent/platforms.yaml)");
}

export function classifierFrom(options: LexiconOptions): Classifier {
  return buildClassifier({ study: options.study, lexicon: options.lexicon, platforms: options.platforms });
}

export const STUDY_HELP = 'study folder: taxonomy, lexicon, platform table, model (default: the bundled studies/talent; docs/study-format.md)';

/** The study of --study (default: the bundled one). */
export function studyFrom(options: { readonly study?: string }): Study {
  return readStudy(options.study ?? DEFAULT_STUDY_DIR);
}

/** The taxonomy of --study (default: the bundled study), without building a classifier. */
export function taxonomyFrom(options: { readonly study?: string }): Taxonomy {
  return studyFrom(options).taxonomy;
}

export interface InputOptions extends LexiconOptions {
  readonly inputFormat?: InputFormat;
  readonly encoding?: string;
  readonly idField?: string;
  readonly textField?: string;
  readonly titleField?: string;
  readonly contentField?: string;
  readonly platformField?: string;
  readonly regionField?: string;
  readonly dateField?: string;
  readonly kindField?: string;
}

/** The reader options every command that reads posts takes: format, encoding and the column mapping. */
export function addInputOptions(command: Command): Command {
  return command
    .option(
      '--input-format <format>',
      'jsonl, csv or xlsx (default: read from the content — gzip and xlsx by their bytes, JSON Lines when a line opens a JSON value, else CSV; .tsv means tabs)',
    )
    .option('--encoding <name>', 'utf-8, utf-16le, utf-16be, big5, big5-hkscs or gb18030 (default: detected)')
    .option('--id-field <name>', 'column holding the post id (default: id)')
    .option('--text-field <name>', 'column holding the text (default: text)')
    .option('--title-field <name>', 'column holding a title, joined before the content (default: title)')
    .option('--content-field <name>', 'column holding the body when there is no text column (default: content)')
    .option('--platform-field <name>', 'column holding the platform (default: platform)')
    .option('--region-field <name>', 'column holding an explicit region (default: region)')
    .option('--date-field <name>', 'column holding the date (default: published_at)')
    .option('--kind-field <name>', 'column holding post / comment / article (default: kind)');
}

const INPUT_FORMATS: readonly InputFormat[] = ['jsonl', 'csv', 'xlsx'];

export function fieldMapFrom(o: InputOptions): FieldMap {
  return {
    id: o.idField,
    text: o.textField,
    title: o.titleField,
    content: o.contentField,
    platform: o.platformField,
    region: o.regionField,
    date: o.dateField,
    kind: o.kindField,
  };
}

/** The reader's options from the command line (checked: a bad --input-format fails before reading). */
export function readOptionsFrom(o: InputOptions, io: CliIo): ReadOptions {
  if (o.inputFormat !== undefined && !INPUT_FORMATS.includes(o.inputFormat)) {
    throw new YuqingError('E_OPTION', `--input-format ${o.inputFormat}: expected ${INPUT_FORMATS.join(', ')} (or leave it out: the content decides).`);
  }
  return { format: o.inputFormat, encoding: o.encoding, fields: fieldMapFrom(o), stdin: io.stdin };
}
