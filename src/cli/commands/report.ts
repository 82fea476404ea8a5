import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { aggregateRecord, renderReport, reportModel } from '../../analyse.js';
import { emptyState } from '../../aggregate/state.js';
import type { Classifier } from '../../classify.js';
import { YuqingError } from '../../errors.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { hashFile } from '../../io/hash-file.js';
import { readClassified } from '../../io/read-classified.js';
import type { RunManifest } from '../../report/manifest.js';
import type { CliIo } from '../io.js';
import { addLexiconOptions, classifierFrom, recordedOptions, type LexiconOptions } from '../shared-options.js';

export const REPORT_FORMATS = ['md', 'json', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

interface ReportOptions extends LexiconOptions {
  readonly output?: string;
  readonly format: string;
}

/** The classification manifest written beside a classified file, if there is one. */
function sidecarManifest(file: string): RunManifest | undefined {
  const path = `${file}.manifest.json`;
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as RunManifest) : undefined;
}

export async function buildReport(files: readonly string[], classifier: Classifier, options: object) {
  const state = emptyState();
  const input: { file: string; sha256: string }[] = [];
  const counts = { read: 0, classified: 0, rejected: 0 };
  for (const file of files) {
    let n = 0;
    for await (const record of readClassified(file)) {
      aggregateRecord(state, record, classifier.platforms);
      n++;
    }
    const side = sidecarManifest(file);
    counts.read += side?.counts.read ?? n;
    counts.classified += n;
    counts.rejected += side?.counts.rejected ?? 0;
    input.push({ file, sha256: await hashFile(file) });
  }
  return reportModel(state, classifier, { input, options: recordedOptions(options), counts });
}

async function run(files: string[], o: ReportOptions, io: CliIo): Promise<void> {
  if (!(REPORT_FORMATS as readonly string[]).includes(o.format)) {
    throw new YuqingError('E_OPTION', `--format ${o.format}: expected one of ${REPORT_FORMATS.join(', ')}.`);
  }
  const classifier = classifierFrom(o);
  const model = await buildReport(files, classifier, { format: o.format });
  const rendered = renderReport(model);
  const text = o.format === 'json' ? rendered.json : o.format === 'csv' ? rendered.csv : rendered.markdown;
  if (o.output) writeFileAtomic(o.output, text);
  else io.stdout.write(text);
}

export function registerReport(program: Command, io: CliIo): void {
  const command = program
    .command('report')
    .description('topic volume by region, viewpoint shares per topic with 95% intervals, and the regions compared, from classified records')
    .argument('<classified...>', 'JSONL written by yuqing classify')
    .option('-o, --output <file>', 'write here (atomically) instead of stdout')
    .option('--format <format>', `one of ${REPORT_FORMATS.join(', ')}`, 'md');
  addLexiconOptions(command);
  command.addHelpText('after', `
Examples:
  $ yuqing report classified.jsonl
  $ yuqing report classified.jsonl --format csv -o shares.csv
  $ yuqing report part1.jsonl part2.jsonl --format json`);
  command.action((files: string[], o: ReportOptions) => run(files, o, io));
}
