/**
 * Model files: written atomically, read back and validated against the model schema (and kept in
 * the model cache, so that the next run reads them fast).
 */
import { existsSync } from 'node:fs';
import { YuqingError } from '../../errors.js';
import { serialiseModel } from '../../model/build.js';
import { modelSchema, type Model } from '../../model/schema.js';
import { writeFileAtomic } from '../write/atomic.js';
import { cachedModel, type ReadModel } from './model-cache.js';

export function writeModel(path: string, model: Model): void {
  writeFileAtomic(path, serialiseModel(model));
}

export function readModel(path: string): Model {
  return readModelFile(path).model;
}

/** The model and its file's sha256, through the model cache (model-cache.ts). */
export function readModelFile(path: string): ReadModel {
  if (!existsSync(path))
    throw new YuqingError('E_INPUT_NOT_FOUND', `${path}: no such model file. Train one with yuqing train --gold FILE -o ${path}.`, { file: path });
  return cachedModel(path, (bytes) => parseModel(path, bytes));
}

function parseModel(path: string, bytes: Buffer): Model {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new YuqingError('E_MODEL', `${path}: not valid JSON (${(error as Error).message}). Expected a model written by yuqing train.`, { file: path });
  }
  const parsed = modelSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.');
    throw new YuqingError(
      'E_MODEL',
      `${path}: field "${field}": ${issue.message}. Expected a model written by yuqing train (format yuqing-model, version 1); retrain it.`,
      { file: path, field },
    );
  }
  return parsed.data;
}
