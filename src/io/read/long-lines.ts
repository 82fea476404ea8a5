/**
 * Lines longer than a limit, in JSON Lines: the reject they become, and where a line ends when
 * the reader is skipping past one (it keeps none of its bytes, only their count).
 */
import { grouped } from './limits.js';
import type { RawItem } from './raw-items.js';

const LF = 0x0a;
const CR = 0x0d;

/** Lines longer than `maxBytes` (UTF-8) become `too_large` rejects, never read whole into memory. */
export interface LineLimit {
  readonly file: string;
  readonly maxBytes: number;
}

export function tooLargeLine(limit: LineLimit, line: number, bytes: number): RawItem {
  const reason = `${limit.file} line ${line}: the record is ${grouped(bytes)} bytes, more than --max-record-bytes allows (${grouped(limit.maxBytes)}). It was skipped without being held in memory; raise --max-record-bytes if it is genuine.`;
  return { kind: 'reject', reject: { file: limit.file, line, code: 'too_large', reason } };
}

/** A line over the limit that is still being read past: where it began and its bytes so far. */
export interface Skipping {
  readonly line: number;
  bytes: number;
}

/** Where the first line end of a text is, and where the text after it starts ("" ending in CR: after is -1, an LF may follow). */
export function firstTextLineEnd(text: string): { at: number; after: number } {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  const at = cr < 0 ? lf : lf < 0 ? cr : Math.min(lf, cr);
  if (at < 0) return { at, after: -1 };
  if (text[at] === '\r' && at === text.length - 1) return { at, after: -1 };
  return { at, after: text[at] === '\r' && text[at + 1] === '\n' ? at + 2 : at + 1 };
}

/** Where the first line end of some bytes is ("after" -1: a CR at the very end, an LF may follow). */
export function firstByteLineEnd(data: Buffer): { at: number; after: number } {
  const lf = data.indexOf(LF);
  const cr = data.indexOf(CR);
  const at = cr < 0 ? lf : lf < 0 ? cr : Math.min(lf, cr);
  if (at < 0) return { at, after: -1 };
  if (data[at] === CR && at === data.length - 1) return { at, after: -1 };
  return { at, after: data[at] === CR && data[at + 1] === LF ? at + 2 : at + 1 };
}
