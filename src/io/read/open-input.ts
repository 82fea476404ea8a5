/**
 * Opening a dump: file or stdin, gzip or not, xlsx or text in any of the encodings analysts get
 * (UTF-8 with or without BOM, UTF-16, Big5 / Big5-HKSCS, GB18030), detected or given.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { PassThrough, pipeline, Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { YuqingError } from '../../errors.js';
import { inflateGuarded } from './inflate-guard.js';
import { DEFAULT_LIMITS, type InputLimits } from './limits.js';
import { detectEncoding, gunzipPrefix, isGzip, isZip, looksBinary, sniffTextFormat, type InputFormat } from './sniff.js';

const SAMPLE_BYTES = 64 * 1024;

export interface OpenedInput {
  readonly format: InputFormat;
  /** iconv-lite encoding name; "binary" for xlsx. */
  readonly encoding: string;
  readonly gzip: boolean;
  /** The decoded text (jsonl, csv), or the raw bytes (xlsx, and UTF-8 JSON Lines when `utf8Bytes` was asked for). */
  readonly stream: Readable;
  /** The stream holds UTF-8 JSON Lines as bytes, undecoded. */
  readonly utf8Bytes?: boolean;
  /** Set when the content disagrees with the file name. */
  readonly notice?: string;
  /** Size of the file on disk (undefined for stdin) and bytes of it read so far, for progress. */
  readonly totalBytes?: number;
  readonly bytesRead: () => number;
}

const ENCODING_ALIASES: Readonly<Record<string, string>> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  'utf-8-sig': 'utf-8',
  'utf-16': 'utf-16le',
  utf16: 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  big5: 'big5hkscs',
  'big5-hkscs': 'big5hkscs',
  big5hkscs: 'big5hkscs',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
};

export function normaliseEncodingName(name: string): string {
  const key = name.trim().toLowerCase();
  const mapped = ENCODING_ALIASES[key] ?? key;
  if (!iconv.encodingExists(mapped)) {
    throw new YuqingError('E_OPTION', `--encoding ${name}: not an encoding yuqing can read. Use utf-8, utf-16le, utf-16be, big5, big5-hkscs or gb18030.`);
  }
  return mapped;
}

/** Read the first bytes of a stream and give back a stream that still yields everything. */
async function peek(stream: Readable, bytes: number): Promise<{ head: Buffer; whole: Readable }> {
  const chunks: Buffer[] = [];
  let size = 0;
  const iterator = stream[Symbol.asyncIterator]();
  while (size < bytes) {
    const { value, done } = await iterator.next();
    if (done) break;
    const chunk = Buffer.isBuffer(value) ? value : Buffer.from(value as string);
    chunks.push(chunk);
    size += chunk.length;
  }
  const head = Buffer.concat(chunks);
  async function* replay() {
    yield head;
    for (let r = await iterator.next(); !r.done; r = await iterator.next()) yield r.value as Buffer;
  }
  return { head, whole: Readable.from(replay(), { objectMode: false }) };
}

function declaredFormat(file: string): InputFormat | undefined {
  const ext = extname(file.replace(/\.gz$/i, '')).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json') return 'jsonl';
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  return undefined;
}

export interface OpenOptions {
  readonly format?: InputFormat;
  readonly encoding?: string;
  readonly stdin?: Readable;
  /** Give UTF-8 JSON Lines as bytes (worker threads decode them). */
  readonly utf8Bytes?: boolean;
  readonly limits?: InputLimits;
}

/** Big reads: fewer trips to the thread pool, so the main thread rarely waits on the disk. */
const READ_CHUNK_BYTES = 1 << 20;

/** Fails with E_INPUT_NOT_FOUND unless `file` is stdin (-) or an existing regular file. */
export function requireInput(file: string): void {
  if (file !== '-' && (!existsSync(file) || !statSync(file).isFile())) {
    throw new YuqingError('E_INPUT_NOT_FOUND', `${file}: no such file. Check the path.`, { file });
  }
}

export async function openInput(file: string, options: OpenOptions = {}): Promise<OpenedInput> {
  requireInput(file);
  const fileStream = file === '-' ? undefined : createReadStream(file, { highWaterMark: READ_CHUNK_BYTES });
  const source = fileStream ?? options.stdin ?? process.stdin;
  const progress = { totalBytes: fileStream ? statSync(file).size : undefined, bytesRead: () => fileStream?.bytesRead ?? 0 };
  const { head, whole } = await peek(source, SAMPLE_BYTES);
  const gzip = isGzip(head);
  const sample = gzip ? gunzipPrefix(head) : head;
  const bytes: Readable = gzip ? inflateGuarded(whole, file === '-' ? 'stdin' : file, options.limits ?? DEFAULT_LIMITS) : whole;
  const declared = file === '-' ? undefined : declaredFormat(file);
  if (options.format === 'xlsx' || (options.format === undefined && isZip(sample))) {
    const notice = declared && declared !== 'xlsx' ? `${file}: holds an Excel workbook, not ${declared}; reading it as xlsx.` : undefined;
    return { format: 'xlsx', encoding: 'binary', gzip, stream: bytes, notice, ...progress };
  }
  const encoding = options.encoding ? normaliseEncodingName(options.encoding) : detectEncoding(sample);
  if (looksBinary(sample, encoding)) {
    throw new YuqingError('E_INPUT_FORMAT', `${file}: holds binary data, not JSON Lines, CSV or an Excel workbook. Check that this is the export you meant.`, {
      file,
    });
  }
  const sniffed = sniffTextFormat(iconv.decode(sample.subarray(0, 4096), encoding));
  const format = options.format ?? sniffed;
  const notice =
    !options.format && sample.length > 0 && declared && declared !== 'xlsx' && declared !== format
      ? `${file}: looks like ${format}, not ${declared}; reading it as ${format}.`
      : undefined;
  if (options.utf8Bytes && encoding === 'utf-8' && format === 'jsonl') return { format, encoding, gzip, stream: bytes, utf8Bytes: true, notice, ...progress };
  // UTF-8 is decoded by the stream itself (one pass); other encodings through iconv-lite.
  const text =
    encoding === 'utf-8' ? bytes.setEncoding('utf8') : pipeline(bytes, iconv.decodeStream(encoding), new PassThrough({ encoding: 'utf8' }), () => undefined);
  return { format, encoding, gzip, stream: text, notice, ...progress };
}
