/**
 * JSON Lines → raw items, one per non-blank line, numbered as the file's lines (a line ends at
 * LF, CRLF or a lone CR, as readline counts them). Items come in batches, one per chunk read, so
 * that a million lines cost a few hundred awaits rather than a million. For classifying, UTF-8
 * input travels as raw bytes cut at line ends (`readJsonLineByteBatches`): whichever thread
 * classifies a batch decodes and splits it, and the reading thread only counts line ends.
 */
import type { Readable } from 'node:stream';
import type { RawItem } from './raw-items.js';

/**
 * Split text into raw items, the first numbered `firstLine`. Returns the unfinished tail (after the
 * last line end; a CR at the very end is kept there, as it may be half of a CRLF) and the next line number.
 */
export function splitJsonLines(data: string, firstLine: number, out: RawItem[]): { rest: string; nextLine: number } {
  let line = firstLine;
  const push = (raw: string) => {
    const content = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (content.trim() !== '') out.push({ kind: 'json', line, text: content });
    line++;
  };
  let start = 0;
  if (!data.includes('\r')) {
    // The usual case, LF only: let indexOf find the ends.
    for (let end = data.indexOf('\n'); end >= 0; end = data.indexOf('\n', start)) {
      push(data.slice(start, end));
      start = end + 1;
    }
    return { rest: data.slice(start), nextLine: line };
  }
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i);
    if (code !== 0x0a && code !== 0x0d) continue;
    if (code === 0x0d && i === data.length - 1) break;
    push(data.slice(start, i));
    if (code === 0x0d && data.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
  }
  return { rest: data.slice(start), nextLine: line };
}

/** The last line of a text with no line end after it (a final lone CR ends it). */
export function lastJsonLine(rest: string, line: number, out: RawItem[]): void {
  if (rest === '') return;
  splitJsonLines(`${rest.endsWith('\r') ? rest.slice(0, -1) : rest}\n`, line, out);
}

export async function* readJsonLineBatches(text: Readable): AsyncGenerator<RawItem[]> {
  let line = 1;
  let rest = '';
  for await (const chunk of text) {
    const batch: RawItem[] = [];
    ({ rest, nextLine: line } = splitJsonLines(rest + (chunk as string), line, batch));
    if (batch.length > 0) yield batch;
  }
  const last: RawItem[] = [];
  lastJsonLine(rest, line, last);
  if (last.length > 0) yield last;
}

/** Raw UTF-8 bytes holding whole lines (the last batch may end without a line end), numbered from `firstLine`. */
export interface ByteBatch {
  readonly bytes: Uint8Array;
  readonly firstLine: number;
  /** The batch is the end of the input: a last line without a line end is a line. */
  readonly final: boolean;
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * Cut UTF-8 bytes into batches of `linesPerBatch` line ends (LF, CRLF or lone CR; UTF-8 never has
 * these bytes inside a character), counting lines as `splitJsonLines` will, without decoding.
 */
export async function* readJsonLineByteBatches(bytes: Readable, linesPerBatch: number, copy = true): AsyncGenerator<ByteBatch> {
  let carry = Buffer.alloc(0);
  let line = 1;
  // With `copy`, each batch gets bytes of its own, so that handing it to a worker copies (or moves)
  // only it; on one thread a view of the chunk read will do.
  const own = copy ? (data: Buffer, from: number, to: number) => new Uint8Array(data.subarray(from, to)) : (data: Buffer, from: number, to: number) => data.subarray(from, to);
  for await (const chunk of bytes) {
    const data = carry.length === 0 ? (chunk as Buffer) : Buffer.concat([carry, chunk as Buffer]);
    let start = 0; // where the current batch starts
    let end = 0; // just after the last line end found
    let count = 0; // line ends in the current batch
    let lf = data.indexOf(LF);
    let cr = data.indexOf(CR);
    for (;;) {
      const at = cr < 0 ? lf : lf < 0 ? cr : Math.min(lf, cr);
      if (at < 0 || (at === cr && at === data.length - 1)) break; // a final CR may be half of a CRLF
      end = at === cr && data[at + 1] === LF ? at + 2 : at + 1;
      count++;
      if (lf >= 0 && lf < end) lf = data.indexOf(LF, end);
      if (cr >= 0 && cr < end) cr = data.indexOf(CR, end);
      if (count === linesPerBatch) {
        yield { bytes: own(data, start, end), firstLine: line, final: false };
        line += count;
        count = 0;
        start = end;
      }
    }
    if (count > 0) {
      yield { bytes: own(data, start, end), firstLine: line, final: false };
      line += count;
      start = end;
    }
    carry = Buffer.from(data.subarray(start));
  }
  if (carry.length > 0) yield { bytes: new Uint8Array(carry), firstLine: line, final: true };
}

/** The raw items of a byte batch (worker side). */
export function jsonLinesOfBytes(batch: ByteBatch): RawItem[] {
  const out: RawItem[] = [];
  const decoded = new TextDecoder('utf-8', { ignoreBOM: true }).decode(batch.bytes);
  // A batch ends just after a line end; a lone CR there is a whole line end, not half of a CRLF.
  const text = decoded.endsWith('\r') ? `${decoded}\n` : decoded;
  const { rest, nextLine } = splitJsonLines(text, batch.firstLine, out);
  if (batch.final) lastJsonLine(rest, nextLine, out);
  return out;
}
