import type { Command } from 'commander';
import { requireInput } from '../../io/read/open-input.js';
import { readReportData } from '../../io/bundled/report-data.js';
import { startChartPool } from '../../io/pool/chart-pool.js';
import { analyseDump, checkAnalysisFolder } from '../../run/analyse-dump.js';
import { limitsFrom } from '../limit-options.js';
import { addReportOptions, reportLanguageFrom, studyDesignFrom, withCompareOption, type ReportOptions } from '../report-options.js';
import type { CliIo } from '../io.js';
import { addInputOptions, addLexiconOptions, classifierFrom, studyFrom, type InputOptions } from '../shared-options.js';
import { addDateOptions, type DateOptions } from '../date-options.js';
import { YuqingError } from '../../errors.js';
import { startProgress } from '../progress.js';
import { addRunOptions, countsSummary, rejectLimit, workerCount, type RunOptions } from '../run-options.js';
import { chooseTagger } from '../model-tagger.js';
import { dumpReading } from '../dump-reading.js';
import { addValidationOptions, validationFrom, type ValidationOptions } from '../validation-options.js';
import { descriptionOf } from '../catalogue.js';

interface AnalyseOptions extends InputOptions, RunOptions, ReportOptions, ValidationOptions, DateOptions {
  readonly output: string;
  readonly model?: string | false;
}

async function run(input: string, o: AnalyseOptions, io: CliIo): Promise<void> {
  const workers = workerCount(o, input);
  const limit = rejectLimit(o);
  const limits = limitsFrom(o);
  checkAnalysisFolder(input, o.output);
  // Started first: the chart thread loads vega while this thread loads the classifier and classifies.
  const charts = startChartPool();
  try {
    const classifier = classifierFrom(o);
    const reportClassifier = withCompareOption(o, classifier);
    requireInput(input);
    const reading = dumpReading(o, io);
    const tagger = chooseTagger(o, classifier, io);
    const progress = startProgress(io, Boolean(o.quiet));
    const design = studyDesignFrom(o);
    const lang = reportLanguageFrom(o);
    try {
      const { counts } = await analyseDump(input, o.output, tagger, {
        ...reading,
        workers,
        limits,
        design,
        lang,
        charts,
        reportClassifier,
        report: readReportData(studyFrom(o)),
        recorded: { ...o, model: undefined, output: undefined, workers: undefined, quiet: undefined },
        validation: (classified) => validationFrom(o, classifier, io, [classified]),
        onProgress: (c, fraction) => progress.update(c, fraction),
        onClassified: (c) => {
          progress.stop();
          reading.finish(c);
        },
      });
      io.stderr.write(
        `${countsSummary(counts)}\nwrote ${o.output}/{classified.jsonl,rejects.jsonl,report.md,report.json,report.csv,report.html,charts/,manifest.json}\n`,
      );
      const tooMany = limit?.(counts);
      if (tooMany) throw new YuqingError('E_TOO_MANY_REJECTS', tooMany);
    } finally {
      progress.stop();
    }
  } finally {
    await charts.close();
  }
}

export function registerAnalyse(program: Command, io: CliIo): void {
  const command = program
    .command('analyse')
    .alias('analyze')
    .description(descriptionOf('analyse'))
    .argument('<input>', 'a JSON Lines, CSV/TSV or .xlsx file (gzipped or not), or - for stdin')
    .requiredOption('-o, --output <dir>', 'folder for classified.jsonl, rejects.jsonl, report.{md,json,csv,html}, charts/ and manifest.json')
    .option(
      '--model <file>',
      'hybrid tagging with a model from yuqing train (default: the bundled model, with the bundled lexicon or any copy or edit of it that defines the same labels)',
    )
    .option('--no-model', 'tag with the lexicon alone');
  addValidationOptions(addReportOptions(addRunOptions(addDateOptions(addInputOptions(addLexiconOptions(command))))));
  command.addHelpText(
    'after',
    `
Examples:
  $ yuqing analyse studies/talent/corpus/sample.jsonl -o report
  $ yuqing analyse dump.jsonl -o out --window 2024-10..2024-12 --window 2025-03..2025-07 --sample 0.1 --seed 7 --lang en
  $ yuqing analyse dump.csv --text-field content --platform-field source -o out
  $ yuqing analyse dump.jsonl -o out --validation coding.xlsx`,
  );
  command.action((input: string, o: AnalyseOptions) => run(input, o, io));
}
