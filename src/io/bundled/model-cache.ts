/**
 * A model file kept between runs in a form that reads fast: the bundled model's JSON is 21 MB, and
 * parsing it and checking 250,000 vocabulary and idf entries against the schema cost more than the
 * rest of a small analysis. The cache (system temporary folder, one file per model file's path,
 * size and time) holds the same model — the vocabulary as one string, the idf as doubles, the
 * weights' base64 as it was — and the file's sha256, so that nothing is read twice. The model read
 * back is the model parsed, field for field; a file that fails its check (cache-frame.ts) is parsed
 * and written again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Model } from '../../model/schema.js';
import { writeFileAtomic } from '../write/atomic.js';
import { CACHE_CHECKABLE, FRAME_BYTES, frame, openFrame, seal } from './cache-frame.js';

const FORMAT = 'yuqing-model-cache 2';
const SEPARATOR = '\u0000';

interface Header {
  readonly format: string;
  readonly key: string;
  readonly sha256: string;
  /** The model without its vocabulary, idf and weights. */
  readonly rest: Omit<Model, 'vocabulary' | 'idf' | 'weights'>;
  /** The model's keys in their order. */
  readonly keys: readonly string[];
  readonly vocabularyBytes: number;
  readonly entries: number;
  readonly weightsBytes: number;
}

export interface ReadModel {
  readonly model: Model;
  /** sha256 of the model file's bytes ("sha256:…"). */
  readonly sha256: string;
}

/** The cache key of a model file: its absolute path, size and modification time. */
export function modelCacheKey(path: string): string {
  const s = statSync(path);
  return createHash('sha256')
    .update([FORMAT, resolve(path), s.size, s.mtimeMs].join('\n'))
    .digest('hex')
    .slice(0, 24);
}

export function serialiseCachedModel(read: ReadModel, key: string): Uint8Array {
  const { vocabulary, idf, weights, ...rest } = read.model;
  const words = Buffer.from(vocabulary.join(SEPARATOR), 'utf8');
  const base64 = Buffer.from(weights, 'latin1');
  const header: Header = {
    format: FORMAT,
    key,
    sha256: read.sha256,
    rest,
    keys: Object.keys(read.model),
    vocabularyBytes: words.length,
    entries: idf.length,
    weightsBytes: base64.length,
  };
  const json = Buffer.from(JSON.stringify(header));
  const idfAt = Math.ceil((FRAME_BYTES + json.length + words.length) / 8) * 8;
  const out = frame(json, FRAME_BYTES + json.length, idfAt - FRAME_BYTES - json.length + idf.length * 8 + base64.length);
  out.set(words, FRAME_BYTES + json.length);
  new Float64Array(out.buffer, idfAt, idf.length).set(idf);
  out.set(base64, idfAt + idf.length * 8);
  return seal(out);
}

/** The model in `bytes`, or undefined when they are not a whole cache file of this key. */
export function readCachedModel(bytes: Buffer, key: string): ReadModel | undefined {
  const opened = openFrame(bytes);
  if (opened === undefined) return undefined;
  const header = opened.header as Header;
  if (header.format !== FORMAT || header.key !== key) return undefined;
  const wordsAt = FRAME_BYTES + opened.headerBytes;
  const idfAt = Math.ceil((wordsAt + header.vocabularyBytes) / 8) * 8;
  const weightsAt = idfAt + header.entries * 8;
  if (bytes.length !== weightsAt + header.weightsBytes) return undefined;
  const text = bytes.toString('utf8', wordsAt, wordsAt + header.vocabularyBytes);
  const vocabulary = header.entries === 0 ? [] : text.split(SEPARATOR);
  if (vocabulary.length !== header.entries) return undefined;
  const idf = new Float64Array(bytes.buffer.slice(bytes.byteOffset + idfAt, bytes.byteOffset + weightsAt));
  const weights = bytes.toString('latin1', weightsAt);
  const fields: Record<string, unknown> = { ...header.rest, vocabulary, idf: Array.from(idf), weights };
  const model = Object.fromEntries(header.keys.map((k) => [k, fields[k]])) as Model;
  return { model, sha256: header.sha256 };
}

/** A model file through its cache: read there, or parsed by `parse` and then written there. */
export function cachedModel(path: string, parse: (bytes: Buffer) => Model, folder: string = tmpdir()): ReadModel {
  const key = modelCacheKey(path);
  const file = join(folder, `yuqing-model-${key}.bin`);
  if (existsSync(file)) {
    const read = readCachedModel(readFileSync(file), key);
    if (read !== undefined) return read;
  }
  const bytes = readFileSync(path);
  const read = { model: parse(bytes), sha256: `sha256:${createHash('sha256').update(bytes).digest('hex')}` };
  if (!CACHE_CHECKABLE) return read;
  try {
    writeFileAtomic(file, serialiseCachedModel(read, key));
  } catch {
    // A folder we cannot write to only costs the next run the parse.
  }
  return read;
}
