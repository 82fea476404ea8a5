/**
 * The segmenter's model kept on disk between runs: building it from jieba's 5 MB dictionary (a trie
 * of 350,000 words, each weight a correctly rounded logarithm) and parsing the HMM takes most of a
 * second; reading it back takes milliseconds. One file per model key, in the system's temporary
 * folder beside the user dictionary; a file that does not match the key or its own layout is built
 * again, and so is one that fails its check (cache-frame.ts). The arrays read back are the arrays
 * built, bit for bit, so the cache changes no token.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SegmenterModel } from '../../segment/tokens.js';
import { tokenRulesOf } from '../../segment/token-rules.js';
import { writeFileAtomic } from '../write/atomic.js';
import { CACHE_CHECKABLE, FRAME_BYTES, frame, openFrame, seal } from './cache-frame.js';

const FORMAT = 'yuqing-segmenter-cache 2';
const ALIGN = 8;

type Typed = Int32Array | Uint32Array | Float64Array;
const KINDS = { Int32Array, Uint32Array, Float64Array } as const;

interface Header {
  readonly format: string;
  readonly key: string;
  readonly bytes: number;
  readonly arrays: Record<string, { readonly kind: keyof typeof KINDS; readonly offset: number; readonly length: number }>;
  readonly scalars: { readonly mask: number; readonly filterMask: number; readonly maxLength: number; readonly minWeight: number };
  readonly rules: { readonly currencies: readonly string[]; readonly magnitudes: readonly string[] };
  readonly hmm: boolean;
}

/** The cache file's key: the model's key and the size and time of the files it was built from. */
export function cacheKey(modelKey: string, sources: readonly string[]): string {
  const stamps = sources.map((file) => {
    const s = statSync(file);
    return `${file}\0${s.size}\0${s.mtimeMs}`;
  });
  return createHash('sha256')
    .update([FORMAT, modelKey, ...stamps].join('\n'))
    .digest('hex')
    .slice(0, 24);
}

function arraysOf(model: SegmenterModel): Record<string, Typed> {
  const { trie, nodeWeight } = model.words;
  const arrays: Record<string, Typed> = { root: trie.root, slots: trie.slots, filter: trie.filter, value: trie.value, nodeWeight };
  if (model.hmm !== null) Object.assign(arrays, { start: model.hmm.start, trans: model.hmm.trans, emit: model.hmm.emit });
  return arrays;
}

export function serialiseSegmenterModel(model: SegmenterModel, key: string): Uint8Array {
  const arrays = arraysOf(model);
  const layout: Header['arrays'] = {};
  let offset = 0;
  for (const [name, array] of Object.entries(arrays)) {
    layout[name] = { kind: array.constructor.name as keyof typeof KINDS, offset, length: array.length };
    offset += Math.ceil(array.byteLength / ALIGN) * ALIGN;
  }
  const { trie, minWeight } = model.words;
  const header: Header = {
    format: FORMAT,
    key,
    bytes: offset,
    arrays: layout,
    scalars: { mask: trie.mask, filterMask: trie.filterMask, maxLength: trie.maxLength, minWeight },
    rules: { currencies: model.rules.currencies, magnitudes: model.rules.magnitudes },
    hmm: model.hmm !== null,
  };
  const json = Buffer.from(JSON.stringify(header));
  const head = Math.ceil((FRAME_BYTES + json.length) / ALIGN) * ALIGN;
  const out = frame(json, head, offset);
  for (const [name, array] of Object.entries(arrays)) out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), head + layout[name]!.offset);
  return seal(out);
}

/** The model in `bytes`, or undefined when they are not a whole cache file of this key. */
export function readSegmenterModel(bytes: Uint8Array, key: string): SegmenterModel | undefined {
  const opened = openFrame(bytes);
  if (opened === undefined) return undefined;
  const header = opened.header as Header;
  const head = Math.ceil((FRAME_BYTES + opened.headerBytes) / ALIGN) * ALIGN;
  if (header.format !== FORMAT || header.key !== key || bytes.length !== head + header.bytes) return undefined;
  // Views need their offsets aligned to the element size: copy once when the buffer is not.
  const base = (bytes.byteOffset + head) % ALIGN === 0 ? bytes : bytes.slice();
  const at = base === bytes ? bytes.byteOffset + head : head;
  const view = (name: string): Typed => {
    const a = header.arrays[name]!;
    return new KINDS[a.kind](base.buffer as ArrayBuffer, at + a.offset, a.length);
  };
  const { mask, filterMask, maxLength, minWeight } = header.scalars;
  const trie = {
    root: view('root') as Int32Array,
    slots: view('slots') as Int32Array,
    mask,
    filter: view('filter') as Uint32Array,
    filterMask,
    value: view('value') as Int32Array,
    maxLength,
  };
  const hmm = header.hmm ? { start: view('start') as Float64Array, trans: view('trans') as Float64Array, emit: view('emit') as Float64Array } : null;
  return {
    words: { trie, nodeWeight: view('nodeWeight') as Float64Array, minWeight },
    hmm,
    rules: tokenRulesOf(header.rules.currencies, header.rules.magnitudes),
  };
}

/** The model from its cache file, or built and then written there. */
export function cachedSegmenterModel(key: string, build: () => SegmenterModel, folder: string = tmpdir()): SegmenterModel {
  const path = join(folder, `yuqing-segmenter-${key}.bin`);
  if (existsSync(path)) {
    const model = readSegmenterModel(readFileSync(path), key);
    if (model !== undefined) return model;
  }
  const model = build();
  if (!CACHE_CHECKABLE) return model;
  try {
    writeFileAtomic(path, serialiseSegmenterModel(model, key));
  } catch {
    // A folder we cannot write to only costs the next run the build.
  }
  return model;
}
