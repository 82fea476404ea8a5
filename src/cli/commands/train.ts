/** `yuqing train`: a classifier beside the lexicon, from a labelled corpus or an analyst's coding. */
import type { Command } from 'commander';
import { analyseText } from '../../classify.js';
import { YuqingError } from '../../errors.js';
import { hashFile } from '../../io/read/hash-file.js';
import { writeModel } from '../../io/bundled/model-file.js';
import { readLabelledRecords, readTaxonomyGold } from '../../io/read/read-training.js';
import { buildGenericModel, buildTaxonomyModel, type ModelMeta } from '../../model/build.js';
import { exampleOf } from '../../model/cv.js';
import { DEFAULT_FEATURES, DEFAULT_GENERIC_FEATURES, extractFeatures } from '../../model/features.js';
import { DEFAULT_GENERIC_TRAIN, DEFAULT_TRAIN, lexiconLabelSet } from '../../model/train.js';
import type { CliIo } from '../io.js';
import { descriptionOf } from '../catalogue.js';
import { addInputOptions, addLexiconOptions, classifierFrom, readOptionsFrom, type InputOptions } from '../shared-options.js';

interface TrainOptions extends InputOptions {
  readonly gold: string;
  readonly output: string;
  readonly labelField?: string;
  readonly lexiconFeatures: boolean;
  readonly sentences: boolean;
  readonly charNgrams?: string;
  readonly minDf?: string;
  readonly epochs?: string;
  readonly l2?: string;
  readonly nb?: boolean;
  readonly thresholdFolds?: string;
}

function number(name: string, value: string, integer: boolean): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n))) {
    throw new YuqingError('E_OPTION', `${name} ${value}: expected a ${integer ? 'whole ' : ''}number ≥ 0.`);
  }
  return n;
}

function ngramSizes(value: string): number[] {
  const sizes = value === '' || value === 'none' ? [] : value.split(',').map((v) => Number(v.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 4))
    throw new YuqingError('E_OPTION', `--char-ngrams ${value}: expected lengths from 1 to 4 separated by commas (e.g. 2,3), or none.`);
  return [...new Set(sizes)].sort();
}

/** The mode's defaults, overridden by the options given. */
function settingsFor(o: TrainOptions): Pick<ModelMeta, 'features' | 'train'> {
  const generic = o.labelField !== undefined;
  const features = generic ? DEFAULT_GENERIC_FEATURES : DEFAULT_FEATURES;
  const train = generic ? DEFAULT_GENERIC_TRAIN : DEFAULT_TRAIN;
  return {
    features: {
      ...features,
      lexicon: o.lexiconFeatures && features.lexicon,
      sentenceKinds: o.sentences ? features.sentenceKinds : [],
      ...(o.charNgrams !== undefined ? { charNgrams: ngramSizes(o.charNgrams) } : {}),
      ...(o.minDf !== undefined ? { minDocumentFrequency: Math.max(1, number('--min-df', o.minDf, true)) } : {}),
    },
    train: {
      ...train,
      ...(o.epochs !== undefined ? { epochs: Math.max(1, number('--epochs', o.epochs, true)) } : {}),
      ...(o.l2 !== undefined ? { l2: number('--l2', o.l2, false) } : {}),
      ...(o.nb !== undefined ? { nbScaling: o.nb } : {}),
      ...(o.thresholdFolds !== undefined ? { thresholdFolds: number('--threshold-folds', o.thresholdFolds, true) } : {}),
    },
  };
}

async function run(o: TrainOptions, io: CliIo): Promise<void> {
  const classifier = classifierFrom(o);
  const meta: ModelMeta = {
    lexicon: classifier.lexicon.data,
    segmenter: classifier.segmenter.key,
    ...settingsFor(o),
    data: await hashFile(o.gold),
    labelField: o.labelField,
    textField: o.labelField !== undefined ? (o.textField ?? 'text') : undefined,
  };
  const exampleFor = (id: string, text: string) => {
    const analysis = analyseText(classifier, text);
    return { id, entries: extractFeatures(analysis, meta.features, classifier.lexicon), text: analysis.normalised.text, lexicon: new Set<string>() };
  };
  let model: ReturnType<typeof buildTaxonomyModel>;
  if (o.labelField === undefined) {
    const gold = await readTaxonomyGold(o.gold, classifier.taxonomy, readOptionsFrom(o, io));
    model = buildTaxonomyModel(
      gold.map((g) => exampleOf(classifier, analyseText(classifier, g.text), g.id, g, meta)),
      lexiconLabelSet(classifier),
      meta,
    );
  } else {
    const { records, skipped } = await readLabelledRecords(o.gold, o.labelField, readOptionsFrom(o, io));
    for (const reason of skipped) io.stderr.write(`skipped: ${reason}\n`);
    model = buildGenericModel(
      records.map((r) => ({ ...exampleFor(r.id, r.text), label: r.label })),
      meta,
    );
  }
  writeModel(o.output, model);
  const heads = model.mode === 'generic' ? `classes ${model.groups[0]?.classes.join(', ') ?? ''}` : `${model.heads.length} heads`;
  io.stderr.write(`trained a ${model.mode} model on ${model.training.records} records: ${model.vocabulary.length} features, ${heads} → ${o.output}\n`);
}

export function registerTrain(program: Command, io: CliIo): void {
  const command = program
    .command('train')
    .description(descriptionOf('train'))
    .requiredOption(
      '--gold <file>',
      'labelled records: io.md labels (taxonomy mode), or any JSON Lines, CSV/TSV or .xlsx with --label-field; columns mapped as for classify',
    )
    .requiredOption('-o, --output <model>', 'where to write the model (JSON, atomically)')
    .option('--label-field <name>', "generic mode: the column holding the label (an analyst's own coding scheme)")
    .option('--no-lexicon-features', 'leave out lexicon features (tokens and n-grams only)')
    .option('--no-sentences', 'taxonomy mode: score viewpoints on whole texts only, not sentence by sentence as well')
    .option(
      '--char-ngrams <sizes>',
      `lengths of Han character n-grams, e.g. 2,3 or none (default: ${DEFAULT_FEATURES.charNgrams.join(',')}; generic ${DEFAULT_GENERIC_FEATURES.charNgrams.join(',')})`,
    )
    .option(
      '--min-df <n>',
      `keep features seen in at least n training texts (default: ${DEFAULT_FEATURES.minDocumentFrequency}; generic ${DEFAULT_GENERIC_FEATURES.minDocumentFrequency})`,
    )
    .option('--epochs <n>', `passes of stochastic gradient descent (default: ${DEFAULT_TRAIN.epochs})`)
    .option('--l2 <x>', `L2 penalty (default: ${DEFAULT_TRAIN.l2}; generic ${DEFAULT_GENERIC_TRAIN.l2})`)
    .option('--nb', 'scale features by naive-Bayes log-count ratios (NB-LR, the default)')
    .option('--no-nb', 'plain logistic regression over tf-idf')
    .option('--threshold-folds <k>', `folds of the inner cross-validation that chooses thresholds, 0 for none (default: ${DEFAULT_TRAIN.thresholdFolds})`);
  addInputOptions(addLexiconOptions(command));
  command.addHelpText(
    'after',
    `
The same gold file, lexicon and options give a byte-identical model.

Examples:
  $ yuqing train --gold studies/talent/corpus/dev.jsonl -o talent-model.json
  $ yuqing classify posts.jsonl --model talent-model.json -o classified.jsonl
  $ yuqing train --gold coded.csv --label-field stance --text-field body -o stance.json
  $ yuqing predict --model stance.json new-posts.csv -o predicted.jsonl`,
  );
  command.action((o: TrainOptions) => run(o, io));
}
