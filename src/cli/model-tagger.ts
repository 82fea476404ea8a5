/**
 * Which tagger a command runs (`--model FILE`, `--no-model`, or the study's model: the policy is
 * src/classifier/choose-model.ts), said on stderr — any notes, then the "tagging: …" line — and recorded in
 * the manifest (`tagger`).
 */
import type { Classifier } from '../classify.js';
import { describeTagger } from '../classifier/choose-model.js';
import { specOfOptions } from '../classifier/classifier-spec.js';
import { taggerOf, type LoadedClassifier } from '../classifier/load-classifier.js';
import type { CliIo } from './io.js';

export interface TaggerOptions {
  readonly model?: string | false;
  readonly lexicon?: string;
  readonly study?: string;
  readonly platforms?: string;
}

/**
 * The tagger of the command's options, for the classifier built from them (classifierFrom), said
 * on stderr; with the classifier and the spec, what tagPost and classifyFile take.
 */
export function chooseTagger(o: TaggerOptions, classifier: Classifier, io: CliIo): LoadedClassifier {
  const spec = specOfOptions(o);
  const tagger = taggerOf(spec, classifier);
  for (const note of tagger.notes) io.stderr.write(`note: ${note}\n`);
  io.stderr.write(`${describeTagger(tagger.record)}\n`);
  return { ...tagger, spec, classifier };
}
