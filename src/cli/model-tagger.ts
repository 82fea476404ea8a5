/**
 * Which tagger runs: `--model FILE`, the lexicon alone with `--no-model`, and otherwise the study's
 * model (study.yaml `model:`; the bundled one for the talent study) beside whatever lexicon is in use — the bundled one, a copy or an edited one — as long as
 * that lexicon defines every label the model has a head for. The model's lexicon features are
 * looked up by label and cue family, so an edited lexicon still feeds it; a lexicon of another
 * study (other labels) is tagged alone. Every run says on stderr which tagger ran and with which
 * files, and the manifest records it (`tagger`).
 */
import { existsSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import type { Classifier, ClassifyOptions } from '../classify.js';
import { YuqingError } from '../errors.js';
import { PACKAGE_ROOT } from '../io/bundled/lexicon-files.js';
import { readModelFile } from '../io/bundled/model-file.js';
import { classifyWithModel } from '../model/apply.js';
import { mismatchNote, prepareModel, type PreparedModel } from '../model/predict.js';
import type { Model } from '../model/schema.js';
import type { TaggerRecord } from '../report/manifest.js';
import type { Study } from '../study/load.js';
import type { CliIo } from './io.js';
import { studyFrom } from './shared-options.js';

/** A path inside the installed package as runs record it ("bundled: models/talent.json"), any other as given. */
function shownFile(path: string): string {
  const inside = relative(PACKAGE_ROOT, path);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? `bundled: ${inside.split('\\').join('/')}` : path;
}

export interface Tagger {
  readonly prepared?: PreparedModel;
  readonly modelPath?: string;
  readonly record: TaggerRecord;
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

function lexiconRecord(classifier: Classifier, dir: string | undefined, study: Study): TaggerRecord['lexicon'] {
  const data = classifier.lexicon.data;
  return { dir: dir ?? shownFile(study.lexiconDir), id: data.manifest.id, version: data.manifest.version, hash: data.hash };
}

function describe(record: TaggerRecord): string {
  const lexicon = `lexicon ${record.lexicon.dir} (${record.lexicon.id} ${record.lexicon.version}, ${record.lexicon.hash.slice(0, 19)}…)`;
  if (record.model === false) return `tagging: lexicon alone — ${lexicon}`;
  return `tagging: hybrid (lexicon + model) — ${lexicon}; model ${record.model.file} (${record.model.sha256.slice(0, 19)}…)`;
}

export function chooseTagger(
  o: { readonly model?: string | false; readonly lexicon?: string; readonly study?: string },
  classifier: Classifier,
  io: CliIo,
): Tagger {
  const study = studyFrom(o);
  const lexicon = lexiconRecord(classifier, o.lexicon, study);
  const explicit = typeof o.model === 'string';
  const bundled = study.modelFile !== undefined && existsSync(study.modelFile) ? study.modelFile : undefined;
  const path = explicit ? (o.model as string) : o.model === false ? undefined : bundled;
  const studyRecord = { dir: shownFile(study.dir), id: study.id, version: study.version, hash: study.hash };
  let tagger: Tagger = { record: { method: 'lexicon', study: studyRecord, lexicon, model: false } };
  if (path !== undefined) {
    const { model, sha256 } = taxonomyModel(path);
    const missing = missingLabels(model, classifier);
    if (missing.length > 0 && !explicit) {
      io.stderr.write(
        `note: the bundled model has heads for labels this lexicon does not define (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ' …' : ''}); tagging with the lexicon alone. Train a model for this lexicon with yuqing train.\n`,
      );
    } else {
      const note = mismatchNote(model, classifier.lexicon.data.hash, classifier.segmenter.key);
      if (note) io.stderr.write(`note: ${note}.\n`);
      const file = explicit ? path : shownFile(path);
      const trainedWith = model.lexicon;
      tagger = {
        prepared: prepareModel(model),
        modelPath: path,
        record: { method: 'hybrid', study: studyRecord, lexicon, model: { file, sha256, trainedWith, lexiconChanged: trainedWith.hash !== lexicon.hash } },
      };
    }
  }
  io.stderr.write(`${describe(tagger.record)}\n`);
  return tagger;
}

/** The tagging options for a chosen tagger. */
export function taggerOptions(tagger: Tagger): Pick<ClassifyOptions, 'tagPost'> & { modelPath?: string } {
  const { prepared } = tagger;
  if (prepared === undefined) return {};
  return { tagPost: (classifier, post, options) => classifyWithModel(classifier, prepared, post, options), modelPath: tagger.modelPath };
}
