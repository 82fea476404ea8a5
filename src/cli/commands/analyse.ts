import { join } from 'node:path';
import type { Command } from 'commander';
import { aggregateRecord, renderReport, reportModel } from '../../analyse.js';
import { emptyState } from '../../aggregate/state.js';
import { openAtomicStream, writeFileAtomic } from '../../io/atomic.js';
import { classifyFile } from '../../io/classify-file.js';
import type { CliIo } from '../io.js';
import { addInputOptions, addLexiconOptions, classifierFrom, fieldMapFrom, type InputOptions } from '../shared-options.js';
import { YuqingError } from '../../errors.js';
import { startProgress } from '../progress.js';
import { addRunOptions, countsSummary, rejectLimit, workerCount, type RunOptions } from '../run-options.js';
import { classificationManifest } from './classify.js';

interface AnalyseOptions extends InputOptions, RunOptions {
  readonly output: string;
}

async function run(input: string, o: AnalyseOptions, io: CliIo): Promise<void> {
  const workers = workerCount(o);
  const limit = rejectLimit(o);
  const classifier = classifierFrom(o);
  const progress = startProgress(io, Boolean(o.quiet));
  const state = emptyState();
  const out = openAtomicStream(join(o.output, 'classified.jsonl'));
  const rejects = openAtomicStream(join(o.output, 'rejects.jsonl'));
  try {
    const counts = await classifyFile(input, out.stream, rejects.stream, classifier, {
      format: o.inputFormat,
      encoding: o.encoding,
      fields: fieldMapFrom(o),
      stdin: io.stdin,
      workers,
      lexiconDir: o.lexicon,
      platformsFile: o.platforms,
      onRecord: (record) => aggregateRecord(state, record, classifier.platforms),
      onNotice: (message) => io.stderr.write(`note: ${message}\n`),
      onProgress: (c, fraction) => progress.update(c, fraction),
    });
    progress.stop();
    await out.commit();
    await rejects.commit();
    const manifest = await classificationManifest(classifier, input, { ...o, output: undefined, workers: undefined, quiet: undefined }, counts);
    const model = reportModel(state, classifier, { input: manifest.input, options: manifest.options, counts: manifest.counts });
    const rendered = renderReport(model);
    writeFileAtomic(join(o.output, 'report.md'), rendered.markdown);
    writeFileAtomic(join(o.output, 'report.json'), rendered.json);
    writeFileAtomic(join(o.output, 'report.csv'), rendered.csv);
    writeFileAtomic(join(o.output, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    io.stderr.write(`${countsSummary(counts)}\nwrote ${o.output}/{classified.jsonl,rejects.jsonl,report.md,report.json,report.csv,manifest.json}\n`);
    const tooMany = limit?.(counts);
    if (tooMany) throw new YuqingError('E_TOO_MANY_REJECTS', tooMany);
  } catch (error) {
    progress.stop();
    out.abort();
    rejects.abort();
    throw error;
  }
}

export function registerAnalyse(program: Command, io: CliIo): void {
  const command = program
    .command('analyse')
    .alias('analyze')
    .description('classify a dump and write every report format into a folder: the main job')
    .argument('<input>', 'a JSONL or CSV file')
    .requiredOption('-o, --output <dir>', 'folder for classified.jsonl, rejects.jsonl, report.{md,json,csv} and manifest.json');
  addRunOptions(addInputOptions(addLexiconOptions(command)));
  command.addHelpText('after', `
Examples:
  $ yuqing analyse corpora/talent/sample.jsonl -o report
  $ yuqing analyse dump.csv --text-field 內容 --platform-field 來源 -o out`);
  command.action((input: string, o: AnalyseOptions) => run(input, o, io));
}
