import type { Command } from 'commander';
import { writeFileAtomic } from '../../io/write/atomic.js';
import { checkOutputPaths } from '../../io/write/output-paths.js';
import { serialisePartial } from '../../io/write/partial-state.js';
import type { CliIo } from '../io.js';
import { addReportOptions, studyDesignFrom, type ReportOptions } from '../report-options.js';
import { addLexiconOptions, classifierFrom, studyFrom, type LexiconOptions } from '../shared-options.js';
import { readStopList } from '../../io/bundled/report-data.js';
import { aggregateFiles } from '../../run/aggregate-files.js';
import { descriptionOf } from '../catalogue.js';
import { addTimezoneOption } from '../date-options.js';

interface AggregateOptions extends LexiconOptions, ReportOptions {
  readonly output?: string;
}

async function run(files: string[], o: AggregateOptions, io: CliIo): Promise<void> {
  const design = studyDesignFrom(o);
  if (o.output) checkOutputPaths([{ path: o.output, kind: 'file', option: '-o' }], files);
  const classifier = classifierFrom(o);
  const { output, lexicon: _lexicon, platforms: _platforms, lang: _lang, ...recorded } = o;
  const partial = await aggregateFiles(files, classifier, recorded, design, io.stdin, readStopList(studyFrom(o)));
  const text = serialisePartial(partial);
  if (output) writeFileAtomic(output, text);
  else io.stdout.write(text);
}

export function registerAggregate(program: Command, io: CliIo): void {
  const command = program
    .command('aggregate')
    .description(descriptionOf('aggregate'))
    .argument('<classified...>', 'JSONL written by yuqing classify, or - for stdin (a reducer of Hadoop Streaming or Spark pipes it in)')
    .option('-o, --output <file>', 'write the partial state here (atomically) instead of stdout');
  addTimezoneOption(addReportOptions(addLexiconOptions(command)));
  command.addHelpText(
    'after',
    `
Examples:
  $ yuqing aggregate shard-1.classified.jsonl -o part-1.json
  $ yuqing classify shard-3.jsonl --workers 1 -q | yuqing aggregate - -o part-3.json
  $ yuqing aggregate shard-2.classified.jsonl --window 2024-10..2024-12 --sample 0.1 --seed 7 -o part-2.json
  $ yuqing report --merge part-*.json --format html -o report.html`,
  );
  command.action((files: string[], o: AggregateOptions) => run(files, o, io));
}
