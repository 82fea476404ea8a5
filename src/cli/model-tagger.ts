/** `--model FILE` for commands that tag: load a taxonomy model and plug the hybrid tagger in. */
import type { Classifier, ClassifyOptions } from '../classify.js';
import { YuqingError } from '../errors.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../io/lexicon-files.js';
import { readModel } from '../io/model-file.js';
import { classifyWithModel } from '../model/apply.js';
import { mismatchWarning, prepareModel, type PreparedModel } from '../model/predict.js';
import type { CliIo } from './io.js';

/** The bundled taxonomy model: trained on all of corpora/talent (dev + test) with the bundled lexicon. */
export const DEFAULT_MODEL_FILE = join(PACKAGE_ROOT, 'models', 'talent.json');

export function loadTaxonomyModel(path: string, classifier: Classifier, io: CliIo): PreparedModel {
  const model = readModel(path);
  if (model.mode !== 'taxonomy') {
    throw new YuqingError('E_MODEL', `${path}: a ${model.mode} model (label field "${model.training.labelField ?? '?'}"); hybrid tagging needs a taxonomy model (yuqing train --gold FILE without --label-field). Use yuqing predict for generic models.`, { file: path });
  }
  const warning = mismatchWarning(model, classifier.lexicon.data.hash, classifier.segmenter.key);
  if (warning) io.stderr.write(`${warning}\n`);
  return prepareModel(model);
}

export function hybridTagger(prepared: PreparedModel): NonNullable<ClassifyOptions['tagPost']> {
  return (classifier, post, options) => classifyWithModel(classifier, prepared, post, options);
}

/**
 * Which model tags by default: `--model FILE` if given; none with `--no-model`; otherwise the
 * bundled model (trained on all of corpora/talent) when the bundled lexicon is in use unchanged — the
 * model's lexicon features mean nothing for another lexicon, so then the lexicon tags alone.
 */
export function chooseModel(o: { readonly model?: string | false; readonly lexicon?: string }, classifier: Classifier, io: CliIo): string | undefined {
  if (typeof o.model === 'string') return o.model;
  if (o.model === false || o.lexicon !== undefined || !existsSync(DEFAULT_MODEL_FILE)) return undefined;
  const model = readModel(DEFAULT_MODEL_FILE);
  if (model.lexicon.hash === classifier.lexicon.data.hash && model.segmenter === classifier.segmenter.key) return DEFAULT_MODEL_FILE;
  io.stderr.write('note: the bundled model was trained with another version of the lexicon; tagging with the lexicon alone (retrain with yuqing train, see README).\n');
  return undefined;
}

/** How a manifest names the model: the bundled one by its place in the package, others as given. */
export function recordedModel(path: string | undefined): string | false {
  return path === undefined ? false : path === DEFAULT_MODEL_FILE ? 'bundled: models/talent.json' : path;
}

/** The tagging options for a chosen model (or none). */
export function modelOptions(path: string | undefined, classifier: Classifier, io: CliIo): Pick<ClassifyOptions, 'tagPost'> & { modelPath?: string } {
  return path === undefined ? {} : { tagPost: hybridTagger(loadTaxonomyModel(path, classifier, io)), modelPath: path };
}
