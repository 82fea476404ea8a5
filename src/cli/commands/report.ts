import type { Command } from 'commander';
import { reportModel } from '../../analyse.js';
import { YuqingError } from '../../errors.js';
import { writeFileAtomic } from '../../io/write/atomic.js';
import { checkOutputPaths } from '../../io/write/output-paths.js';
import { readPartial } from '../../io/write/partial-state.js';
import { readOtherThemes } from '../../io/read/read-themes.js';
import { readReportData, readStopList } from '../../io/bundled/report-data.js';
import { writeCharts } from '../../run/write-reports.js';
import { REPORT_FORMATS, renderReport, type ReportFormat } from '../../report/render-report.js';
import { aggregateFiles, mergePartials } from '../../run/aggregate-files.js';
import { recordedOptions } from '../../run/dump-manifest.js';
import type { CliIo } from '../io.js';
import { addReportOptions, withCompareOption, reportLanguageFrom, studyDesignFrom, studyOptionsGiven, type ReportOptions } from '../report-options.js';
import { addLexiconOptions, classifierFrom, studyFrom, type LexiconOptions } from '../shared-options.js';
import { addValidationOptions, validationFrom, type ValidationOptions } from '../validation-options.js';
import { descriptionOf } from '../catalogue.js';
import { addTimezoneOption } from '../date-options.js';

interface ReportCommandOptions extends LexiconOptions, ReportOptions, ValidationOptions {
  readonly merge?: boolean;
  readonly output?: string;
  readonly format: string;
  readonly charts?: string;
  readonly themes?: string;
}

async function run(files: string[], o: ReportCommandOptions, io: CliIo): Promise<void> {
  if (!(REPORT_FORMATS as readonly string[]).includes(o.format)) {
    throw new YuqingError('E_OPTION', `--format ${o.format}: expected one of ${REPORT_FORMATS.join(', ')}.`);
  }
  const design = studyDesignFrom(o);
  const lang = reportLanguageFrom(o);
  checkOutputPaths(
    [
      ...(o.output ? [{ path: o.output, kind: 'file' as const, option: '-o' }] : []),
      ...(o.charts !== undefined ? [{ path: o.charts, kind: 'folder' as const, option: '--charts' }] : []),
    ],
    files,
  );
  const classifier = withCompareOption(o, classifierFrom(o));
  const study = studyFrom(o);
  const reportData = readReportData(study);
  const { output, charts, merge, themes, lexicon: _lexicon, platforms: _platforms, ...recorded } = o;
  const validation = await validationFrom(o, classifier, io, merge ? [] : files);
  let model: ReturnType<typeof reportModel>;
  if (merge) {
    if (studyOptionsGiven(o))
      throw new YuqingError(
        'E_OPTION',
        'with --merge the study design comes from the partial states; give --sample, --from, --to, --window and --dedup to yuqing aggregate instead.',
      );
    const merged = mergePartials(
      files,
      files.map((file) => readPartial(file, classifier.taxonomy)),
      classifier,
    );
    const options = recordedOptions({
      ...merged.options,
      format: o.format,
      lang: o.lang,
      validation: o.validation,
      validationPred: o.validationPred,
      validationDesign: o.validationDesign,
    });
    model = reportModel(merged.state, classifier, { tagger: merged.tagger, input: merged.input, options, counts: merged.counts }, reportData, validation, lang);
  } else {
    const counted = await aggregateFiles(files, classifier, recorded, design, io.stdin, readStopList(study));
    const { state, tagger, input, counts } = counted;
    model = reportModel(state, classifier, { tagger, input, options: counted.options, counts }, reportData, validation, lang);
  }
  if (themes !== undefined) model = { ...model, otherThemes: readOtherThemes(themes) };
  const format = o.format as ReportFormat;
  const formats: ReportFormat[] = charts !== undefined && format !== 'html' ? [format, 'html'] : [format];
  const rendered = await renderReport(model, { formats, lang });
  if (charts !== undefined) writeCharts(charts, rendered.html!.charts);
  const text = format === 'html' ? rendered.html!.html : format === 'json' ? rendered.json! : format === 'csv' ? rendered.csv! : rendered.markdown!;
  if (output) writeFileAtomic(output, text);
  else io.stdout.write(text);
}

export function registerReport(program: Command, io: CliIo): void {
  const command = program
    .command('report')
    .description(descriptionOf('report'))
    .argument('<classified...>', 'JSONL written by yuqing classify (with --merge: partial states written by yuqing aggregate)')
    .option('--merge', 'the inputs are partial states from yuqing aggregate (shards): combine them into the one-run report')
    .option('-o, --output <file>', 'write here (atomically) instead of stdout')
    .option('--format <format>', `one of ${REPORT_FORMATS.join(', ')}`, 'md')
    .option('--charts <dir>', 'also write each chart as <dir>/<name>.svg with its Vega-Lite spec <name>.vl.json')
    .option(
      '--themes <file>',
      'HTML: add the section "Other themes" from yuqing discover --format json (themes among relevant posts with no viewpoint, per region)',
    );
  addValidationOptions(addTimezoneOption(addReportOptions(addLexiconOptions(command))));
  command.addHelpText(
    'after',
    `
Examples:
  $ yuqing report classified.jsonl
  $ yuqing report classified.jsonl --format html -o report.html
  $ yuqing report classified.jsonl --format html --lang en --charts charts -o report.html
  $ yuqing report classified.jsonl --format csv -o shares.csv
  $ yuqing report part1.jsonl part2.jsonl --format json
  $ yuqing report classified.jsonl --window 2024-10..2024-12 --window 2025-03..2025-07 --sample 0.1 --seed 7 --dedup exact
  $ yuqing report --merge part1.json part2.json --format html -o report.html
  $ yuqing report classified.jsonl --validation coding.xlsx --format html -o report.html`,
  );
  command.action((files: string[], o: ReportCommandOptions) => run(files, o, io));
}
