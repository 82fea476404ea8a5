/**
 * Which tagger a spec gives: a model file given ({path}) tags beside the lexicon whatever it was
 * trained with; 'none' is the lexicon alone; 'bundled' is the study's model (study.yaml `model:`;
 * the bundled one for the talent study) beside whatever lexicon is in use — the bundled one, a copy
 * or an edited one — as long as that lexicon defines every label the model has a head for. The
 * model's lexicon features are looked up by label and cue family, so an edited lexicon still feeds
 * it; a lexicon of another study (other labels) is tagged alone. The choice comes with its record
 * (the manifest's `tagger`), the one line that says it ("tagging: …") and any notes.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import type { Classifier } from '../classify.js';
import { YuqingError } from '../errors.js';
import { PACKAGE_ROOT } from '../io/bundled/lexicon-files.js';
import { readModelFile } from '../io/bundled/model-file.js';
import { mismatchNote, prepareModel, type PreparedModel } from '../model/predict.js';
import type { Model } from '../model/schema.js';
import type { TaggerRecord } from '../report/manifest.js';
import type { Study } from '../study/load.js';
import type { ClassifierSpec } from './classifier-spec.js';

/** A path inside the installed package as runs record it ("bundled: studies/talent/model.json"), any other as given. */
function shownFile(path: string): string {
  const inside = relative(PACKAGE_ROOT, path);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? `bundled: ${inside.split('\\').join('/')}` : path;
}

export interface Tagger {
  /** The model hybrid tagging runs with, and its file; absent: the lexicon alone. */
  readonly model?: { readonly prepared: PreparedModel; readonly path: string };
  readonly record: TaggerRecord;
  /** Said before tagging starts (the CLI writes each as "note: …" on stderr). */
  readonly notes: readonly string[];
}

function taxonomyModel(path: string): { readonly model: Model; readonly sha256: string } {
  const read = readModelFile(path);
  const { model } = read;
  if (model.mode !== 'taxonomy') {
    throw new YuqingError(
      'E_MODEL',
      `${path}: a ${model.mode} model (label field "${model.training.labelField ?? '?'}"); hybrid tagging needs a taxonomy model (yuqing train --gold FILE without --label-field). Use yuqing predict for generic models.`,
      { file: path },
    );
  }
  return read;
}

/** Labels the model has heads for that the lexicon does not define. */
function missingLabels(model: Model, classifier: Classifier): string[] {
  const data = classifier.lexicon.data;
  const defined = new Set<string>([...Object.keys(data.topics), ...Object.keys(data.viewpoints)]);
  return model.heads.filter((h) => (h.kind === 'topic' || h.kind === 'viewpoint') && !defined.has(h.name)).map((h) => h.name);
}

/** The line that says which tagger runs. */
export function describeTagger(record: TaggerRecord): string {
  const lexicon = `lexicon ${record.lexicon.dir} (${record.lexicon.id} ${record.lexicon.version}, ${record.lexicon.hash.slice(0, 19)}…)`;
  if (record.model === false) return `tagging: lexicon alone — ${lexicon}`;
  return `tagging: hybrid (lexicon + model) — ${lexicon}; model ${record.model.file} (${record.model.sha256.slice(0, 19)}…)`;
}

/** The tagger of a spec, for a classifier built from it and the study it names. */
export function chooseModel(spec: ClassifierSpec, classifier: Classifier, study: Study): Tagger {
  const data = classifier.lexicon.data;
  const lexicon = { dir: spec.lexicon ?? shownFile(study.lexiconDir), id: data.manifest.id, version: data.manifest.version, hash: data.hash };
  const studyRecord = { dir: shownFile(study.dir), id: study.id, version: study.version, hash: study.hash };
  const alone: Tagger = { record: { method: 'lexicon', study: studyRecord, lexicon, model: false }, notes: [] };
  const explicit = typeof spec.model === 'object';
  const bundled = study.modelFile !== undefined && existsSync(study.modelFile) ? study.modelFile : undefined;
  const path = typeof spec.model === 'object' ? spec.model.path : spec.model === 'none' ? undefined : bundled;
  if (path === undefined) return alone;
  const { model, sha256 } = taxonomyModel(path);
  const missing = missingLabels(model, classifier);
  if (missing.length > 0 && !explicit) {
    const note = `the bundled model has heads for labels this lexicon does not define (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ' …' : ''}); tagging with the lexicon alone. Train a model for this lexicon with yuqing train.`;
    return { ...alone, notes: [note] };
  }
  const mismatch = mismatchNote(model, data.hash, classifier.segmenter.key);
  const trainedWith = model.lexicon;
  return {
    model: { prepared: prepareModel(model), path },
    record: {
      method: 'hybrid',
      study: studyRecord,
      lexicon,
      model: { file: explicit ? path : shownFile(path), sha256, trainedWith, lexiconChanged: trainedWith.hash !== lexicon.hash },
    },
    notes: mismatch ? [`${mismatch}.`] : [],
  };
}
