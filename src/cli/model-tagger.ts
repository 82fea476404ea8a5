/**
 * Which tagger a command runs (`--model FILE`, `--no-model`, or the study's model: the policy is
 * src/run/choose-model.ts), said on stderr — any notes, then the "tagging: …" line — and recorded in
 * the manifest (`tagger`).
 */
import type { Classifier, ClassifyOptions } from '../classify.js';
import type { Tagger } from '../run/choose-model.js';
import { describeTagger } from '../run/choose-model.js';
import { specOfOptions, type ClassifierSpec } from '../run/classifier-spec.js';
import { taggerOf, taggingOptions, workerSpec } from '../run/load-classifier.js';
import type { CliIo } from './io.js';

export interface TaggerOptions {
  readonly model?: string | false;
  readonly lexicon?: string;
  readonly study?: string;
  readonly platforms?: string;
}

/** The tagger of the command's options, for the classifier built from them (classifierFrom); said on stderr. */
export function chooseTagger(o: TaggerOptions, classifier: Classifier, io: CliIo): Tagger & { readonly spec: ClassifierSpec } {
  const spec = specOfOptions(o);
  const tagger = taggerOf(spec, classifier);
  for (const note of tagger.notes) io.stderr.write(`note: ${note}\n`);
  io.stderr.write(`${describeTagger(tagger.record)}\n`);
  return { ...tagger, spec };
}

/** The tagging options for a chosen tagger, and the spec worker threads load to tag alike. */
export function taggerOptions(tagger: Tagger & { readonly spec: ClassifierSpec }): Pick<ClassifyOptions, 'tagPost'> & { readonly spec: ClassifierSpec } {
  return { ...taggingOptions(tagger), spec: workerSpec(tagger.spec, tagger) };
}
