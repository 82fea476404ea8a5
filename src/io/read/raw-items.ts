/**
 * Raw items of a dump — a JSON line's text or a parsed CSV/Excel row — each with its source line;
 * turning them into posts (JSON parsing, column mapping) is `toPost`, which worker threads run too.
 */
import type { Post } from '../../records.js';
import { DEFAULT_LIMITS } from './limits.js';
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

/**
 * What a parsed record holds that makes it unusable: a value nested deeper than `maxDepth`, or a
 * string with U+FFFD (bytes the encoding could not decode). The walk stops at the limit, so
 * however deep a value is, the stack is not.
 */
function inspectValue(value: unknown, maxDepth: number, depth = 0): 'ok' | 'too_deep' | 'undecodable' {
  if (typeof value === 'string') return value.includes('\uFFFD') ? 'undecodable' : 'ok';
  if (value === null || typeof value !== 'object') return 'ok';
  if (depth >= maxDepth) return 'too_deep';
  let found: 'ok' | 'undecodable' = 'ok';
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const inner = inspectValue((value as Record<string, unknown>)[key], maxDepth, depth + 1);
    if (inner === 'too_deep') return inner;
    if (inner === 'undecodable') found = 'undecodable';
  }
  return found;
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

/** A record and the posts it becomes; `maxJsonDepth` bounds the nesting of its values (DEFAULT_LIMITS). */
export function toPost(
  item: Exclude<RawItem, { kind: 'reject' }>,
  source: ItemSource,
  fields: FieldMap,
  maxJsonDepth = DEFAULT_LIMITS.maxJsonDepth,
  dates?: DateContext,
): Post | Reject {
  const { file } = source;
  const parsed: Parsed = item.kind === 'json' ? parseJsonLine(item.text, item.line, file) : { record: item.record };
  if ('reject' in parsed) return parsed.reject;
  const raw = parsed.record;
  // Levels of arrays and objects, the record itself the first.
  const found = inspectValue(raw, maxJsonDepth);
  if (found === 'too_deep') {
    return {
      file,
      line: item.line,
      code: 'too_deep',
      reason: `${file} line ${item.line}: the record nests arrays or objects more than --max-json-depth allows (${maxJsonDepth} levels). It is rejected; flatten the field, or raise --max-json-depth if it is genuine.`,
    };
  }
  if (found === 'undecodable') {
    return {
      file,
      line: item.line,
      code: 'undecodable',
      reason: `${file} line ${item.line}: holds bytes that are not valid in the file's encoding (shown as U+FFFD). Re-export the file, or give the right --encoding.`,
    };
  }
  return mapRecord(raw, { file, name: source.name, line: item.line }, fields, dates);
}

export { isReject };
