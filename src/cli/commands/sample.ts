import { basename } from 'node:path';
import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { sampleUnit } from '../../aggregate/hashes.js';
import { YuqingError } from '../../errors.js';
import { writeFileAtomic } from '../../io/write/atomic.js';
import { hashFile } from '../../io/read/hash-file.js';
import { designPathFor, readCodingVocabulary } from '../../io/read/read-coded.js';
import { readMappedRecords } from '../../io/read/read-corpus.js';
import { classifiedSchemaFor } from '../../records.js';
import { xlsxBytes } from '../../io/write/write-xlsx.js';
import { neutraliseCell } from '../../report/csv.js';
import { drawSample, emptyFrame, offerCandidate, STRATIFY_FIELDS, type StratifyField } from '../../workbench/sample.js';
import { sampleDesign } from '../../workbench/sample-design.js';
import { CODING_WIDTHS, codingRows, instructionRows, type SheetRows } from '../../workbench/sheet-layout.js';
import type { CliIo } from '../io.js';
import { addInputOptions, addLexiconOptions, classifierFrom, readOptionsFrom, type InputOptions } from '../shared-options.js';
import { studyLabels } from '../study-labels.js';
import { descriptionOf } from '../catalogue.js';

interface SampleOptions extends InputOptions {
  readonly n: string;
  readonly stratify?: string;
  readonly seed?: string;
  readonly output: string;
}

function wholeNumber(option: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) throw new YuqingError('E_OPTION', `${option} ${value}: expected a whole number of at least ${min}.`);
  return n;
}

function stratifyFrom(value: string | undefined): StratifyField[] {
  if (value === undefined || value.trim() === '') return [];
  const fields = value.split(',').map((f) => f.trim());
  const bad = fields.find((f) => !(STRATIFY_FIELDS as readonly string[]).includes(f));
  if (bad !== undefined)
    throw new YuqingError('E_OPTION', `--stratify ${value}: "${bad}" is not a stratum field; expected ${STRATIFY_FIELDS.join(', ')} or both, comma-separated.`);
  return [...new Set(fields)] as StratifyField[];
}

const csvText = (rows: SheetRows) =>
  stringify(
    rows.map((row, r) => (r === 0 ? [...row] : row.map(neutraliseCell))),
    { record_delimiter: '\n', bom: true },
  );

async function run(files: string[], o: SampleOptions, io: CliIo): Promise<void> {
  const n = wholeNumber('--n', o.n, 1);
  const seed = o.seed === undefined ? 0 : wholeNumber('--seed', o.seed, 0);
  const by = stratifyFrom(o.stratify);
  const kind = /\.xlsx$/i.test(o.output) ? 'xlsx' : /\.csv$/i.test(o.output) ? 'csv' : undefined;
  if (kind === undefined) throw new YuqingError('E_OPTION', `-o ${o.output}: expected a file name ending in .xlsx or .csv.`);
  const classifier = classifierFrom(o);
  const labels = studyLabels(classifier);
  const vocab = readCodingVocabulary();
  const frame = emptyFrame(n, by);
  let records = 0;
  let withoutText = 0;
  const input: { file: string; sha256: string }[] = [];
  const reading = {
    code: 'E_CLASSIFIED_PARSE' as const,
    what: 'classified record (yuqing classify output)',
    onReject: () => {
      records++;
      withoutText++;
    },
  };
  for (const file of files) {
    for await (const { record: r } of readMappedRecords(file, classifiedSchemaFor(classifier.taxonomy), readOptionsFrom(o, io), reading)) {
      records++;
      if (typeof r.text !== 'string' || r.text.trim() === '') {
        withoutText++;
        continue;
      }
      const tool = { region: r.region, relevant: r.relevant, topics: r.topics, viewpoints: r.viewpoints, polarity: r.polarity };
      offerCandidate(frame, {
        id: r.id,
        key: sampleUnit(`coding\u0000${r.id}`, seed),
        platform: typeof r.platform === 'string' ? r.platform : '',
        text: r.text,
        tool,
      });
    }
    input.push({ file, sha256: await hashFile(file) });
  }
  if (records === withoutText) {
    throw new YuqingError(
      'E_OPTION',
      `${files.join(', ')}: no record with its text${withoutText > 0 ? ' (classified with --slim?)' : ''}; coders need the text. Classify without --slim and sample that.`,
    );
  }
  const { posts, strata } = drawSample(frame);
  const coding = codingRows(posts, vocab);
  const instructions = instructionRows(labels, vocab);
  if (kind === 'xlsx') {
    writeFileAtomic(
      o.output,
      await xlsxBytes([
        { name: vocab.sheets.coding, rows: coding, widths: CODING_WIDTHS, header: true },
        { name: vocab.sheets.instructions, rows: instructions, widths: [40, 28, 70] },
      ]),
    );
  } else {
    writeFileAtomic(o.output, csvText(coding));
    writeFileAtomic(o.output.replace(/\.csv$/i, '.instructions.csv'), csvText(instructions));
  }
  const design = sampleDesign({ sheet: basename(o.output), seed, n, stratify: by, frame: { input, records, without_text: withoutText }, strata, posts });
  const designFile = designPathFor(o.output);
  writeFileAtomic(designFile, `${JSON.stringify(design, null, 2)}\n`);
  io.stderr.write(
    `drew ${posts.length} of ${records - withoutText} posts with text${by.length ? ` in ${strata.length} strata by ${by.join(' and ')}` : ''} (seed ${seed}) → ${o.output}${kind === 'csv' ? ` and ${o.output.replace(/\.csv$/i, '.instructions.csv')}` : ''}\nweights and the tool's labels → ${designFile} (the analyst's file: do not give it to coders)\n`,
  );
}

export function registerSample(program: Command, io: CliIo): void {
  const command = program
    .command('sample')
    .description(descriptionOf('sample'))
    .argument('<classified...>', 'records written by yuqing classify (with the text: not --slim); columns mapped as for classify')
    .requiredOption('--n <n>', 'how many posts to draw')
    .option(
      '--stratify <fields>',
      `draw within strata: ${STRATIFY_FIELDS.join(', ')} or both (comma-separated); weights are recorded so estimates stay unbiased`,
    )
    .option('--seed <n>', 'seed of the draw (a whole number; default 0): the same seed gives the same sample')
    .requiredOption(
      '-o, --output <sheet>',
      'SHEET.xlsx (a coding sheet and an instructions sheet) or SHEET.csv (and SHEET.instructions.csv); SHEET.design.json is written beside it',
    );
  addInputOptions(addLexiconOptions(command));
  command.addHelpText(
    'after',
    `
Examples:
  $ yuqing sample out/classified.jsonl --n 300 --seed 7 -o coding.xlsx
  $ yuqing sample out/classified.jsonl --n 300 --stratify region,topic --seed 7 -o coding.xlsx
  $ yuqing sample out/classified.jsonl --n 200 -o coding.csv`,
  );
  command.action((files: string[], o: SampleOptions) => run(files, o, io));
}
