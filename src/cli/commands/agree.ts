import type { Command } from 'commander';
import { YuqingError } from '../../errors.js';
import { writeFileAtomic } from '../../io/write/atomic.js';
import { readCodedFile, readCodingVocabulary } from '../../io/read/read-coded.js';
import { agreement } from '../../workbench/agree.js';
import { agreementJson, agreementText } from '../../workbench/agree-render.js';
import type { CliIo } from '../io.js';
import { addLexiconOptions, classifierFrom, type LexiconOptions } from '../shared-options.js';
import { studyLabels } from '../study-labels.js';
import { toolLabelsFromFiles, toolLabelsNow, type ToolOptions } from '../tool-labels.js';
import { descriptionOf } from '../catalogue.js';

interface AgreeOptions extends LexiconOptions, ToolOptions {
  readonly format: string;
  readonly output?: string;
  readonly model?: string | false;
}

async function run(files: string[], o: AgreeOptions, io: CliIo): Promise<void> {
  if (o.format !== 'text' && o.format !== 'json') throw new YuqingError('E_OPTION', `--format ${o.format}: expected text or json.`);
  if (files.length < 2) throw new YuqingError('E_OPTION', 'agreement needs the codes of two coders or more: yuqing agree CODES_A CODES_B [...].');
  const classifier = classifierFrom(o);
  const labels = studyLabels(classifier);
  const vocab = readCodingVocabulary();
  const sets = [];
  for (const file of files) sets.push(await readCodedFile(file, labels, vocab));
  const ids = new Set(sets.flatMap((s) => s.posts.map((p) => p.id)));
  const withText = [
    ...new Map(
      sets
        .flatMap((s) => s.posts)
        .filter((p) => p.text !== null)
        .map((p) => [p.id, p]),
    ).values(),
  ];
  const tool =
    (await toolLabelsFromFiles(classifier.taxonomy, files[0]!, ids, o)) ??
    (withText.length === ids.size ? toolLabelsNow(withText, classifier, o, io) : undefined);
  const report = agreement(sets, labels, tool?.labels);
  const text = o.format === 'json' ? agreementJson(report, tool?.source ?? null) : agreementText(report, tool?.source ?? null);
  for (const s of sets) if (s.uncoded > 0) io.stderr.write(`note: ${s.source}: ${s.uncoded} rows not coded yet (skipped)\n`);
  if (o.output) writeFileAtomic(o.output, text);
  else io.stdout.write(text);
}

export function registerAgree(program: Command, io: CliIo): void {
  const command = program
    .command('agree')
    .description(descriptionOf('agree'))
    .argument('<codes...>', 'coded sheets (.xlsx or .csv as people filled them in) or labelled JSON Lines, one per coder')
    .option('--format <format>', 'text or json', 'text')
    .option('-o, --output <file>', 'write here instead of stdout')
    .option(
      '--pred <classified>',
      "the tool's labels: the classified file the sample was drawn from (default: the design file beside the first sheet, else the texts classified now)",
    )
    .option('--design <file>', 'the design file yuqing sample wrote (default: SHEET.design.json beside the first sheet)')
    .option('--model <file>', 'when classifying the texts now: hybrid tagging with this model')
    .option('--no-model', 'when classifying the texts now: the lexicon alone');
  addLexiconOptions(command);
  command.addHelpText(
    'after',
    `
Examples:
  $ yuqing agree coding-anna.xlsx coding-ben.xlsx
  $ yuqing agree coding-anna.xlsx coding-ben.xlsx coding-chan.csv --format json -o agreement.json
  $ yuqing agree a.xlsx b.xlsx --pred out/classified.jsonl`,
  );
  command.action((files: string[], o: AgreeOptions) => run(files, o, io));
}
