/** `--model FILE` for commands that tag: load a taxonomy model and plug the hybrid tagger in. */
import type { Classifier, ClassifyOptions } from '../classify.js';
import { YuqingError } from '../errors.js';
import { readModel } from '../io/model-file.js';
import { classifyWithModel } from '../model/apply.js';
import { mismatchWarning, prepareModel, type PreparedModel } from '../model/predict.js';
import type { CliIo } from './io.js';

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
