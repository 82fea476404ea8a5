/**
 * JSON Lines → raw items, one per non-blank line, numbered as the file's lines (a line ends at
 * LF, CRLF or a lone CR, as readline counts them). Items come in batches, one per chunk read, so
 * that a million lines cost a few hundred awaits rather than a million. For classifying, UTF-8
 * input travels as raw bytes cut at line ends (`readJsonLineByteBatches`): whichever thread
 * classifies a batch decodes and splits it, and the reading thread only counts line ends.
 */
import type { Readable } from 'node:stream';
import { firstByteLineEnd, firstTextLineEnd, tooLargeLine, type LineLimit, type Skipping } from './long-lines.js';
import type { RawItem } from './raw-items.js';

export type { LineLimit };

/**
 * Split text into raw items, the first numbered `firstLine`. Returns the unfinished tail (after the
 * last line end; a CR at the very end is kept there, as it may be half of a CRLF) and the next line number.
 */
export function splitJsonLines(data: string, firstLine: number, out: RawItem[], limit?: LineLimit): { rest: string; nextLine: number } {
  let line = firstLine;
  const push = (raw: string) => {
    const content = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    // A UTF-16 unit is at most three UTF-8 bytes: count bytes only when the line might be over.
    if (limit !== undefined && content.length * 3 > limit.maxBytes && Buffer.byteLength(content) > limit.maxBytes)
      out.push(tooLargeLine(limit, line, Buffer.byteLength(content)));
    else if (content.trim() !== '') out.push({ kind: 'json', line, text: content });
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

export async function* readJsonLineBatches(text: Readable, limit?: LineLimit): AsyncGenerator<RawItem[]> {
  let line = 1;
  let rest = '';
  let skipping: Skipping | undefined;
  let dropLeadingLf = false;
  for await (const chunk of text) {
    let data = chunk as string;
    if (dropLeadingLf && data.startsWith('\n')) data = data.slice(1);
    dropLeadingLf = false;
    if (skipping !== undefined && limit !== undefined) {
      const { at, after } = firstTextLineEnd(data);
      if (at < 0) {
        skipping.bytes += Buffer.byteLength(data);
        continue;
      }
      yield [tooLargeLine(limit, skipping.line, skipping.bytes + Buffer.byteLength(data.slice(0, at)))];
      line = skipping.line + 1;
      skipping = undefined;
      dropLeadingLf = after < 0;
      data = after < 0 ? '' : data.slice(after);
    }
    const batch: RawItem[] = [];
    ({ rest, nextLine: line } = splitJsonLines(rest + data, line, batch, limit));
    if (batch.length > 0) yield batch;
    if (limit !== undefined && rest.length > limit.maxBytes / 3 && Buffer.byteLength(rest) > limit.maxBytes) {
      // The line has no end yet and is already over: count the rest of it without keeping it.
      if (rest.endsWith('\r')) {
        yield [tooLargeLine(limit, line, Buffer.byteLength(rest) - 1)];
        line++;
        dropLeadingLf = true;
      } else skipping = { line, bytes: Buffer.byteLength(rest) };
      rest = '';
    }
  }
  if (skipping !== undefined && limit !== undefined) {
    yield [tooLargeLine(limit, skipping.line, skipping.bytes)];
    return;
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

/** Byte batches, and (between them, in input order) the rejects of lines over the limit. */
export type JsonLinePiece = ByteBatch | { readonly items: readonly RawItem[] };

/**
 * Cut UTF-8 bytes into batches of `linesPerBatch` line ends (LF, CRLF or lone CR; UTF-8 never has
 * these bytes inside a character), counting lines as `splitJsonLines` will, without decoding.
 * A line longer than the limit becomes a reject; past the limit its bytes are counted and dropped,
 * so memory holds at most the limit and a chunk read.
 */
export async function* readJsonLineByteBatches(bytes: Readable, linesPerBatch: number, copy = true, limit?: LineLimit): AsyncGenerator<JsonLinePiece> {
  const maxBytes = limit?.maxBytes ?? Infinity;
  let carry = Buffer.alloc(0);
  let line = 1;
  let skipping: Skipping | undefined;
  let dropLeadingLf = false;
  // With `copy`, each batch gets bytes of its own, so that handing it to a worker copies (or moves)
  // only it; on one thread a view of the chunk read will do.
  const own = copy
    ? (data: Buffer, from: number, to: number) => new Uint8Array(data.subarray(from, to))
    : (data: Buffer, from: number, to: number) => data.subarray(from, to);
  for await (const chunk of bytes) {
    let data = chunk as Buffer;
    if (dropLeadingLf && data[0] === LF) data = data.subarray(1);
    dropLeadingLf = false;
    if (skipping !== undefined && limit !== undefined) {
      const { at, after } = firstByteLineEnd(data);
      if (at < 0) {
        skipping.bytes += data.length;
        continue;
      }
      yield { items: [tooLargeLine(limit, skipping.line, skipping.bytes + at)] };
      line = skipping.line + 1;
      skipping = undefined;
      dropLeadingLf = after < 0;
      data = after < 0 ? data.subarray(data.length) : data.subarray(after);
    }
    if (carry.length > 0) data = Buffer.concat([carry, data]);
    let start = 0; // where the current batch starts
    let end = 0; // just after the last line end found
    let count = 0; // line ends in the current batch
    let lf = data.indexOf(LF);
    let cr = data.indexOf(CR);
    for (;;) {
      const at = cr < 0 ? lf : lf < 0 ? cr : Math.min(lf, cr);
      if (at < 0 || (at === cr && at === data.length - 1)) break; // a final CR may be half of a CRLF
      const lineStart = end;
      end = at === cr && data[at + 1] === LF ? at + 2 : at + 1;
      if (lf >= 0 && lf < end) lf = data.indexOf(LF, end);
      if (cr >= 0 && cr < end) cr = data.indexOf(CR, end);
      if (at - lineStart > maxBytes) {
        if (count > 0) yield { bytes: own(data, start, lineStart), firstLine: line, final: false };
        line += count;
        count = 0;
        yield { items: [tooLargeLine(limit!, line, at - lineStart)] };
        line++;
        start = end;
        continue;
      }
      count++;
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
    const tail = data.length - start;
    if (tail > maxBytes) {
      // The line has no end yet and is already over: count the rest of it without keeping it.
      const endsInCr = data[data.length - 1] === CR;
      if (endsInCr) {
        yield { items: [tooLargeLine(limit!, line, tail - 1)] };
        line++;
        dropLeadingLf = true;
      } else skipping = { line, bytes: tail };
      carry = Buffer.alloc(0);
    } else carry = Buffer.from(data.subarray(start));
  }
  if (skipping !== undefined) yield { items: [tooLargeLine(limit!, skipping.line, skipping.bytes)] };
  else if (carry.length > 0) yield { bytes: new Uint8Array(carry), firstLine: line, final: true };
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
