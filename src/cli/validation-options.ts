/**
 * --validation CODED for report and analyse: the coded posts, joined with the tool's labels
 * (from --validation-pred, the sample's design file, or the classified files being reported) and
 * the design weights, as the validation sample the shares are corrected with.
 */
import type { Command } from 'commander';
import type { ValidationInput } from '../aggregate/estimates.js';
import type { ValidationPost } from '../aggregate/correction.js';
import type { Classifier } from '../classify.js';
import { YuqingError } from '../errors.js';
import { readCodedFile, readCodingVocabulary, readToolLabels } from '../io/read/read-coded.js';
import type { ToolLabels } from '../workbench/coded.js';
import type { CliIo } from './io.js';
import { studyLabels } from './study-labels.js';
import { toolLabelsFromFiles } from './tool-labels.js';
import type { Taxonomy } from '../study/taxonomy.js';

export interface ValidationOptions {
  readonly validation?: string;
  readonly validationPred?: string;
  readonly validationDesign?: string;
}

export function addValidationOptions(command: Command): Command {
  return command
    .option(
      '--validation <coded>',
      "correct every share for the tagger's errors measured on posts coded by hand: a coding sheet from yuqing sample (.xlsx or .csv, filled in) or labelled JSON Lines",
    )
    .option('--validation-pred <classified>', "the tagger's labels of the coded posts (default: the sheet's design file, else the classified files reported)")
    .option('--validation-design <file>', 'the design file of the sample (default: SHEET.design.json beside the sheet); gives the weights');
}

async function labelsFromReported(taxonomy: Taxonomy, files: readonly string[], ids: ReadonlySet<string>): Promise<Map<string, ToolLabels>> {
  const out = new Map<string, ToolLabels>();
  for (const file of files) for (const [id, labels] of await readToolLabels(file, taxonomy, ids)) out.set(id, labels);
  return out;
}

/** The validation sample, or undefined without --validation. `reported`: classified files whose records may hold the coded posts. */
export async function validationFrom(
  o: ValidationOptions,
  classifier: Classifier,
  io: CliIo,
  reported: readonly string[],
): Promise<ValidationInput | undefined> {
  if (o.validation === undefined) {
    if (o.validationPred !== undefined || o.validationDesign !== undefined)
      throw new YuqingError('E_OPTION', '--validation-pred and --validation-design need --validation CODED.');
    return undefined;
  }
  const coded = await readCodedFile(o.validation, studyLabels(classifier), readCodingVocabulary());
  if (coded.uncoded > 0) io.stderr.write(`note: ${o.validation}: ${coded.uncoded} rows not coded yet (left out of the validation)\n`);
  if (coded.posts.length === 0)
    throw new YuqingError('E_VALIDATION', `${o.validation}: no coded post. Fill in the sheet's relevant, topics, viewpoints and polarity columns first.`, {
      file: o.validation,
    });
  const ids = new Set(coded.posts.map((p) => p.id));
  const found = await toolLabelsFromFiles(classifier.taxonomy, o.validation, ids, { pred: o.validationPred, design: o.validationDesign });
  const tool = found?.labels ?? (await labelsFromReported(classifier.taxonomy, reported, ids));
  const missing = coded.posts.find((p) => !tool.has(p.id));
  if (missing !== undefined) {
    throw new YuqingError(
      'E_VALIDATION',
      `${o.validation}: the tagger's labels of coded post "${missing.id}" are not known (${found ? `not in ${found.source}` : 'no design file beside the sheet, and not among the reported records'}). Give --validation-pred with the classified file the sample was drawn from.`,
      { file: o.validation },
    );
  }
  const weights = new Map(found?.design?.posts.map((p) => [p.id, p.weight]) ?? []);
  const unweighted = found?.design !== undefined ? coded.posts.find((p) => !weights.has(p.id)) : undefined;
  if (unweighted !== undefined)
    throw new YuqingError(
      'E_VALIDATION',
      `${o.validation}: coded post "${unweighted.id}" is not in the sample's design file; code the sheet yuqing sample wrote, or give the matching --validation-design.`,
      { file: o.validation },
    );
  const posts: ValidationPost[] = coded.posts.map((p) => {
    const t = tool.get(p.id)!;
    return { id: p.id, region: t.region, weight: weights.get(p.id) ?? 1, coded: p, tool: t };
  });
  return { posts, source: o.validation, toolSource: found?.source ?? 'the reported classified records', weighted: found?.design !== undefined };
}
