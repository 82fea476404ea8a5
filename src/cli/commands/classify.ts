import { resolve } from 'node:path';
import type { Command } from 'commander';
import { openAtomicStream, writeFileAtomic } from '../../io/write/atomic.js';
import { requireInput } from '../../io/read/open-input.js';
import { classifyFile } from '../../run/classify-file.js';
import { classificationManifest } from '../../run/dump-manifest.js';
import { dumpReading } from '../dump-reading.js';
import { hashFile } from '../../io/read/hash-file.js';
import { YuqingError } from '../../errors.js';
import { checkOutputPaths, type OutputTarget } from '../../io/write/output-paths.js';
import type { CliIo } from '../io.js';
import { limitsFrom } from '../limit-options.js';
import { chooseTagger } from '../model-tagger.js';
import { startProgress } from '../progress.js';
import { addRunOptions, countsSummary, rejectLimit, workerCount, type RunOptions } from '../run-options.js';
import { descriptionOf } from '../catalogue.js';
import { addInputOptions, addLexiconOptions, classifierFrom, type InputOptions } from '../shared-options.js';
import { addDateOptions, type DateOptions } from '../date-options.js';

export interface ClassifyCommandOptions extends InputOptions, RunOptions, DateOptions {
  readonly output?: string;
  readonly rejects?: string;
  readonly slim?: boolean;
  readonly model?: string | false;
}

/** -o, its rejects file and its manifest, before any work. */
function checkClassifyOutputs(input: string, output: string | undefined, rejectsPath: string | undefined): void {
  const targets: OutputTarget[] = [];
  if (output) targets.push({ path: output, kind: 'file', option: '-o' }, { path: `${output}.manifest.json`, kind: 'file', option: '-o' });
  if (rejectsPath) targets.push({ path: rejectsPath, kind: 'file', option: '--rejects' });
  checkOutputPaths(targets, [input]);
  if (output && rejectsPath && resolve(output) === resolve(rejectsPath)) {
    throw new YuqingError('E_OUTPUT', `--rejects ${rejectsPath}: is the output file too; give the rejects a file of their own.`, { file: rejectsPath });
  }
}

async function run(input: string, o: ClassifyCommandOptions, io: CliIo): Promise<void> {
  const workers = workerCount(o, input);
  const limit = rejectLimit(o);
  const limits = limitsFrom(o);
  const rejectsPath = o.rejects ?? (o.output ? `${o.output}.rejects.jsonl` : undefined);
  checkClassifyOutputs(input, o.output, rejectsPath);
  const classifier = classifierFrom(o);
  requireInput(input);
  const reading = dumpReading(o, io);
  const tagger = chooseTagger(o, classifier, io);
  const progress = startProgress(io, Boolean(o.quiet));
  const out = o.output ? openAtomicStream(o.output) : undefined;
  const rejects = rejectsPath ? openAtomicStream(rejectsPath) : undefined;
  // The input's hash (for the manifest) is read alongside classification, not after it.
  const inputHash = o.output ? hashFile(input) : undefined;
  inputHash?.catch(() => undefined);
  try {
    const counts = await classifyFile(input, out?.stream ?? io.stdout, rejects?.stream, tagger, {
      ...reading,
      slim: o.slim,
      workers,
      limits,
      onReject: rejects ? undefined : (r) => io.stderr.write(`rejected: ${r.reason}\n`),
      onProgress: (c, fraction) => progress.update(c, fraction),
    });
    progress.stop();
    const dates = reading.finish(counts);
    await out?.commit();
    await rejects?.commit();
    if (o.output) {
      const manifest = await classificationManifest(
        classifier,
        input,
        { ...o, model: undefined, output: undefined, rejects: undefined, workers: undefined, quiet: undefined },
        counts,
        inputHash,
        tagger.record,
        dates,
      );
      writeFileAtomic(`${o.output}.manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
    }
    io.stderr.write(`${countsSummary(counts)}\n`);
    const tooMany = limit?.(counts);
    if (tooMany) throw new YuqingError('E_TOO_MANY_REJECTS', tooMany);
  } catch (error) {
    progress.stop();
    out?.abort();
    rejects?.abort();
    throw error;
  }
}

export function registerClassify(program: Command, io: CliIo): void {
  const command = program
    .command('classify')
    .description(descriptionOf('classify'))
    .argument('<input>', 'a JSON Lines, CSV/TSV or .xlsx file (gzipped or not), or - for stdin')
    .option('-o, --output <file>', 'write here (atomically) instead of stdout; a .manifest.json is written beside it')
    .option('--rejects <file>', 'rejected records with reasons (default: <output>.rejects.jsonl; with stdout output, reasons go to stderr)')
    .option('--slim', 'output only id, platform, published_at, kind, labels and evidence')
    .option(
      '--model <file>',
      'hybrid tagging with a model from yuqing train: lexicon evidence and model probability combined (README, "Hybrid rule"); default: the bundled model, with the bundled lexicon or any copy or edit of it that defines the same labels',
    )
    .option('--no-model', 'tag with the lexicon alone');
  addRunOptions(addDateOptions(addInputOptions(addLexiconOptions(command))));
  command.addHelpText(
    'after',
    `
Examples:
  $ yuqing classify studies/talent/corpus/dev.jsonl -o classified.jsonl
  $ yuqing classify posts.csv --text-field content --platform-field source > classified.jsonl
  $ cat posts.jsonl | yuqing classify - --slim
  $ yuqing classify posts.jsonl --model talent-model.json -o classified.jsonl
  $ yuqing classify export.xlsx.gz --encoding big5 --workers 2 --max-rejects 1% -o out.jsonl
  $ yuqing classify export.csv --text-field body --date-field published --date-order dmy --collected-at 2025-05-12T10:00 -o out.jsonl`,
  );
  command.action((input: string, o: ClassifyCommandOptions) => run(input, o, io));
}
