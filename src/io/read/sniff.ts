/**
 * What a file really holds, from its first bytes: gzip, xlsx (a zip), or text in some encoding,
 * and whether that text is JSON Lines or CSV. The content wins over the file name.
 */
import { gunzipSync, constants } from 'node:zlib';
import chardet from 'chardet';

export type InputFormat = 'jsonl' | 'csv' | 'xlsx';

const GZIP = [0x1f, 0x8b];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

function startsWith(sample: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => sample[i] === b);
}

export function isGzip(sample: Uint8Array): boolean {
  return startsWith(sample, GZIP);
}

export function isZip(sample: Uint8Array): boolean {
  return startsWith(sample, ZIP);
}

/** The first bytes of a gzip stream, decompressed as far as they go. */
export function gunzipPrefix(sample: Uint8Array): Buffer {
  try {
    return gunzipSync(sample, { finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    return Buffer.alloc(0);
  }
}

/** Text has no NUL bytes outside UTF-16; binary data does. */
export function looksBinary(sample: Uint8Array, encoding: string): boolean {
  if (encoding.startsWith('utf-16')) return false;
  const n = Math.min(sample.length, 8192);
  for (let i = 0; i < n; i++) if (sample[i] === 0) return true;
  return false;
}

const REPLACEMENT = /\uFFFD/g;
/** Share of malformed sequences above which a file is not taken as UTF-8 (Big5 or GB18030 read as UTF-8 is mostly malformed). */
const UTF8_NOISE = 0.1;

function utf8Noise(sample: Uint8Array): number {
  // Drop a multi-byte sequence cut at the end of the sample.
  const text = new TextDecoder('utf-8').decode(sample.subarray(0, Math.max(0, sample.length - 3)));
  return text.length === 0 ? 0 : (text.match(REPLACEMENT)?.length ?? 0) / text.length;
}

/** iconv-lite's name for the sample's encoding: BOM first, then UTF-8 if it decodes, then chardet. */
export function detectEncoding(sample: Uint8Array): string {
  if (startsWith(sample, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(sample, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(sample, [0xfe, 0xff])) return 'utf-16be';
  if (utf8Noise(sample) <= UTF8_NOISE) return 'utf-8';
  const guess = (chardet.detect(sample) ?? '').toLowerCase();
  if (guess === 'big5') return 'big5hkscs';
  if (guess === 'gb18030' || guess === 'gb2312' || guess === 'gbk') return 'gb18030';
  if (guess === 'utf-16le' || guess === 'utf-16be') return guess;
  return guess === '' ? 'utf-8' : guess;
}

/** JSON Lines if the first non-blank character opens a JSON value, else CSV. */
export function sniffTextFormat(text: string): 'jsonl' | 'csv' {
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '{' || first === '[' ? 'jsonl' : 'csv';
}
