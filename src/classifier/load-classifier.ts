/**
 * A classifier spec (classifier-spec.ts) → the values that tag: the study's taxonomy, the compiled
 * lexicon, the platform table, the segmenter (its model from src/io's on-disk cache) and the model
 * hybrid tagging runs with. The CLI, the library's analyse/classify and the classify pool's worker
 * threads all load their classifier here, so they all tag alike.
 */
import { createClassifier, type Classifier, type ClassifierParts } from '../classify.js';
import { DEFAULT_STUDY_DIR, readLexiconSource, readPlatformsFile, readStudy } from '../io/bundled/lexicon-files.js';
import { lexiconSegmenter } from '../io/bundled/segmenter-dictionary.js';
import type { Segmenter } from '../segment/jieba.js';
import { parseClassifierSpec, type ClassifierSpec, type ClassifierSpecInput } from './classifier-spec.js';
import { chooseModel, type Tagger } from './choose-model.js';

export interface LoadedClassifier extends Tagger {
  /** The spec as validated: what worker threads are handed (workerSpec) to load the same classifier. */
  readonly spec: ClassifierSpec;
  readonly classifier: Classifier;
}

export interface LoadOptions {
  /** A segmenter already built for this lexicon (a worker thread's, over the main thread's shared model). */
  readonly segmenter?: Segmenter;
}

/** The classifier of a spec's study, lexicon and platform table, without choosing a model. */
export function buildClassifier(spec: Pick<ClassifierSpecInput, 'study' | 'lexicon' | 'platforms'> = {}, options: LoadOptions = {}): Classifier {
  const study = readStudy(spec.study ?? DEFAULT_STUDY_DIR);
  const given = options.segmenter;
  const segmenterFor: ClassifierParts['segmenterFor'] = given === undefined ? lexiconSegmenter : () => given;
  return createClassifier({
    taxonomy: study.taxonomy,
    lexicon: readLexiconSource(spec.lexicon ?? study.lexiconDir),
    platforms: readPlatformsFile(spec.platforms ?? study.platformsFile, study.taxonomy),
    segmenterFor,
  });
}

/** The tagger a spec chooses for a classifier already built from it (the CLI builds first and says which tagger runs later). */
export function taggerOf(spec: ClassifierSpec, classifier: Classifier): Tagger {
  return chooseModel(spec, classifier, readStudy(spec.study ?? DEFAULT_STUDY_DIR));
}

/**
 * A classifier and its tagger from a spec (checked first: a bad one is an E_CLASSIFIER_SPEC error).
 * Default: the bundled study, hybrid with its model — as `yuqing classify` tags.
 */
export function loadClassifier(input: ClassifierSpecInput = {}, options: LoadOptions = {}): LoadedClassifier {
  const spec = parseClassifierSpec(input);
  const classifier = buildClassifier(spec, options);
  return { spec, classifier, ...taggerOf(spec, classifier) };
}

/**
 * The spec a worker thread loads: the choice already made, so the thread cannot choose otherwise —
 * the model file that runs, or none.
 */
export function workerSpec(spec: ClassifierSpec, tagger: Pick<Tagger, 'model'>): ClassifierSpec {
  return { ...spec, model: tagger.model === undefined ? 'none' : { path: tagger.model.path } };
}
