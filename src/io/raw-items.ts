/**
 * Raw items of a dump — a JSON line's text or a parsed CSV/Excel row — each with its source line;
 * turning them into posts (JSON parsing, column mapping) is `toPost`, which worker threads run too.
 */
import type { Post } from '../records.js';
import { isReject, mapRecord, type DateContext, type FieldMap, type Reject } from './map-record.js';

export type RawItem =
  | { readonly kind: 'json'; readonly line: number; readonly text: string }
  | { readonly kind: 'record'; readonly line: number; readonly record: Record<string, unknown> }
  | { readonly kind: 'reject'; readonly reject: Reject };

export interface ItemSource {
  readonly file: string;
  /** Basename, for generated ids (`<name>:<line>`). */
  readonly name: string;
}

function hasReplacementCharacter(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\uFFFD');
  if (value === null || typeof value !== 'object') return false;
  for (const key in value) if (Object.hasOwn(value, key) && hasReplacementCharacter((value as Record<string, unknown>)[key])) return true;
  return false;
}

type Parsed = { readonly record: Record<string, unknown> } | { readonly reject: Reject };

function parseJsonLine(text: string, line: number, file: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { reject: { file, line, code: 'bad_json', reason: `${file} line ${line}: not valid JSON (${(error as Error).message}).` } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const got = Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value;
    return { reject: { file, line, code: 'not_an_object', reason: `${file} line ${line}: expected a JSON object, got ${got}.` } };
  }
  return { record: value as Record<string, unknown> };
}

export function toPost(item: Exclude<RawItem, { kind: 'reject' }>, source: ItemSource, fields: FieldMap, dates?: DateContext): Post | Reject {
  const { file } = source;
  const parsed: Parsed = item.kind === 'json' ? parseJsonLine(item.text, item.line, file) : { record: item.record };
  if ('reject' in parsed) return parsed.reject;
  const raw = parsed.record;
  if (hasReplacementCharacter(raw)) {
    return {
      file, line: item.line, code: 'undecodable',
      reason: `${file} line ${item.line}: holds bytes that are not valid in the file's encoding (shown as U+FFFD). Re-export the file, or give the right --encoding.`,
    };
  }
  return mapRecord(raw, { file, name: source.name, line: item.line }, fields, dates);
}

export { isReject };
