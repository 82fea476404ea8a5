import { basename } from 'node:path';
import type { Command } from 'commander';
import { YuqingError } from '../../errors.js';
import { disagreements, renderDisagreements } from '../../evaluate/errors.js';
import { score, type Labels } from '../../evaluate/metrics.js';
import { allIntervals, intervalsJson, renderIntervals } from '../../evaluate/interval-report.js';
import { renderScores } from '../../evaluate/render.js';
import { isCodedSheet, readCodedFile, readCodingVocabulary } from '../../io/read/read-coded.js';
import { writeFileAtomic } from '../../io/write/atomic.js';
import { readClassified } from '../../io/read/read-classified.js';
import { readGoldRecords } from '../../io/read/read-training.js';
import type { Classified, Evidence, Gold } from '../../records.js';
import { crossValidate, renderCv } from '../../model/cv-report.js';
import type { CliIo } from '../io.js';
import { chooseTagger } from '../model-tagger.js';
import { tagPost } from '../../classifier/tag-post.js';
import { addInputOptions, addLexiconOptions, classifierFrom, readOptionsFrom, taxonomyFrom, type InputOptions } from '../shared-options.js';
import { studyLabels } from '../study-labels.js';
import { findDesign } from '../tool-labels.js';
import { descriptionOf } from '../catalogue.js';

interface EvaluateOptions extends InputOptions {
  readonly pred?: string;
  readonly format: string;
  readonly showErrors?: boolean;
  readonly output?: string;
  readonly model?: string | false;
  readonly cv?: string;
  readonly foldsBy?: string;
}

const labelsOf = (r: Gold | Classified): Labels => ({ relevant: r.relevant, topics: r.topics, viewpoints: r.viewpoints, polarity: r.polarity });

/** A coded sheet's posts as gold records; the region is the tool's (design file) or the sheet's, else resolved from the platform. */
async function codedGold(file: string, o: EvaluateOptions, io: CliIo): Promise<{ gold: Gold[]; design: Map<string, Classified> | undefined }> {
  const classifier = classifierFrom(o);
  const coded = await readCodedFile(file, studyLabels(classifier), readCodingVocabulary());
  if (coded.uncoded > 0) io.stderr.write(`note: ${file}: ${coded.uncoded} rows not coded yet (skipped)\n`);
  const found = o.pred === undefined ? findDesign(file, {}) : undefined;
  const tool = new Map(found?.design.posts.map((p) => [p.id, p.tool]) ?? []);
  const blank = coded.posts.filter((p) => p.relevant && p.polarity === null).length;
  if (blank > 0) io.stderr.write(`note: ${file}: ${blank} relevant posts have no polarity; they are scored as neutral\n`);
  const gold = coded.posts.map((p) => ({
    id: p.id,
    text: p.text ?? '',
    ...(p.platform ? { platform: p.platform } : {}),
    region: tool.get(p.id)?.region ?? p.region ?? classifier.taxonomy.fallbackRegion,
    relevant: p.relevant,
    topics: p.topics as Gold['topics'],
    viewpoints: p.viewpoints as Gold['viewpoints'],
    polarity: (p.polarity ?? 'neutral') as Gold['polarity'],
  }));
  const textless = coded.posts.find((p) => p.text === null);
  if (found === undefined && o.pred === undefined && textless !== undefined) {
    throw new YuqingError(
      'E_VALIDATION',
      `${file}: coded post "${textless.id}" has no text to classify, and there is no design file beside the sheet. Give --pred with the classified file the sample was drawn from.`,
      { file },
    );
  }
  if (found === undefined) return { gold, design: undefined };
  io.stderr.write(`note: the tagger's labels from ${found.file}\n`);
  const design = new Map(found.design.posts.map((p) => [p.id, { id: p.id, ...p.tool, evidence: [] } as unknown as Classified]));
  return { gold, design };
}

async function predictions(
  goldFile: string,
  gold: readonly Gold[],
  o: EvaluateOptions,
  io: CliIo,
  known?: Map<string, Classified>,
): Promise<Map<string, Classified>> {
  const byId = new Map<string, Classified>();
  if (known !== undefined) {
    const missing = gold.find((g) => !known.has(g.id));
    if (missing)
      throw new YuqingError(
        'E_VALIDATION',
        `${goldFile}: coded post "${missing.id}" is not in the sample's design file. Give --pred with the classified file the sample was drawn from.`,
        { file: goldFile },
      );
    return known;
  }
  if (o.pred) {
    for await (const r of readClassified(o.pred, taxonomyFrom(o))) byId.set(r.id, r);
    const missing = gold.find((g) => !byId.has(g.id));
    if (missing)
      throw new YuqingError('E_GOLD_PARSE', `${o.pred}: no prediction for id "${missing.id}" of ${goldFile}. Classify the same file the gold labels are for.`, {
        file: o.pred,
      });
    return byId;
  }
  const classifier = classifierFrom(o);
  const tagger = chooseTagger(o, classifier, io);
  for (const g of gold) {
    const { relevant: _r, topics: _t, viewpoints: _v, polarity: _p, ...post } = g;
    byId.set(g.id, tagPost(tagger, post, { slim: true }));
  }
  return byId;
}

async function run(goldFile: string, o: EvaluateOptions, io: CliIo): Promise<void> {
  if (o.format !== 'text' && o.format !== 'json') throw new YuqingError('E_OPTION', `--format ${o.format}: expected text or json.`);
  let gold: Gold[] = [];
  let known: Map<string, Classified> | undefined;
  if (isCodedSheet(goldFile)) ({ gold, design: known } = await codedGold(goldFile, o, io));
  else gold = await readGoldRecords(goldFile, taxonomyFrom(o), readOptionsFrom(o, io));
  if (o.cv !== undefined) return writeOut(crossValidation(goldFile, gold, o), o, io);
  const predicted = await predictions(goldFile, gold, o, io, known);
  const pairs = gold.map((g) => {
    const p = predicted.get(g.id)!;
    return { id: g.id, region: g.region, gold: labelsOf(g), predicted: labelsOf(p), text: g.text, evidence: p.evidence as Evidence[] };
  });
  const scores = score(taxonomyFrom(o), pairs);
  const intervals = allIntervals(scores);
  const showErrors = Boolean(o.showErrors);
  if (showErrors && /test/i.test(basename(goldFile))) {
    io.stderr.write(`warning: listing the errors of ${goldFile}. A test split is for measuring only; tune on dev.\n`);
  }
  const errors = showErrors ? disagreements(pairs) : [];
  const text =
    o.format === 'json'
      ? `${JSON.stringify({ gold: goldFile, scores, intervals: intervalsJson(intervals), ...(showErrors ? { errors } : {}) }, null, 2)}\n`
      : renderScores(basename(goldFile), scores) +
        `\n${renderIntervals(intervals)}` +
        (showErrors ? `\n# disagreements (${errors.length})\n${renderDisagreements(errors)}\n` : '');
  writeOut(text, o, io);
}

function writeOut(text: string, o: EvaluateOptions, io: CliIo): void {
  if (o.output) writeFileAtomic(o.output, text);
  else io.stdout.write(text);
}

function crossValidation(goldFile: string, gold: readonly Gold[], o: EvaluateOptions): string {
  const k = Number(o.cv);
  if (!Number.isInteger(k) || k < 2 || k > gold.length)
    throw new YuqingError('E_OPTION', `--cv ${o.cv}: expected a whole number of folds from 2 to ${gold.length} (the records in ${goldFile}).`);
  if (o.pred || o.model || o.showErrors)
    throw new YuqingError('E_OPTION', '--cv trains its own models fold by fold; it cannot be combined with --pred, --model or --show-errors.');
  const cv = crossValidate(classifierFrom(o), gold, k, o.foldsBy);
  return o.format === 'json'
    ? `${JSON.stringify({ gold: goldFile, ...(o.foldsBy ? { foldsBy: o.foldsBy } : {}), crossValidation: cv }, null, 2)}
`
    : renderCv(basename(goldFile), cv, o.foldsBy);
}

export function registerEvaluate(program: Command, io: CliIo): void {
  const command = program
    .command('evaluate')
    .description(descriptionOf('evaluate'))
    .argument('<gold>', 'labelled JSONL (io.md labels on each record), or a coding sheet from yuqing sample as people filled it in (.xlsx or .csv)')
    .option(
      '--pred <classified>',
      "predictions from yuqing classify (default: for a coding sheet, the tool's labels in its design file; else classify the gold texts now)",
    )
    .option('--format <format>', 'text or json', 'text')
    .option('--show-errors', 'list misses and false hits with their evidence (for dev; never tune on test)')
    .option('-o, --output <file>', 'write here instead of stdout')
    .option('--model <file>', 'score hybrid tagging with this model from yuqing train (default: the bundled model, as classify uses it)')
    .option('--no-model', 'score the lexicon alone')
    .option('--cv <k>', 'k-fold cross-validation on the gold file: lexicon-only, model-only and hybrid side by side (tune on dev only)')
    .option('--folds-by <field>', 'with --cv: hold out every value of this field whole (e.g. source: a writer is never on both sides)');
  addInputOptions(addLexiconOptions(command));
  command.addHelpText(
    'after',
    `
Examples:
  $ yuqing evaluate studies/talent/corpus/dev.jsonl --show-errors
  $ yuqing evaluate coding.xlsx
  $ yuqing evaluate studies/talent/corpus/test.jsonl --format json
  $ yuqing classify gold.jsonl -o pred.jsonl && yuqing evaluate gold.jsonl --pred pred.jsonl
  $ yuqing evaluate studies/talent/corpus/dev.jsonl --cv 5
  $ yuqing evaluate studies/talent/corpus/dev.jsonl --cv 5 --folds-by source
  $ yuqing train --gold studies/talent/corpus/dev.jsonl -o m.json && yuqing evaluate studies/talent/corpus/test.jsonl --model m.json`,
  );
  command.action((gold: string, o: EvaluateOptions) => run(gold, o, io));
}
