/**
 * A raw record (a JSON object or a CSV row) → a Post, or a reason to reject it. Column mapping
 * turns a dump's own field names into io.md's (`--text-field`, `--platform-field` …).
 */
import type { Diagnostic } from '../../diagnostic.js';
import type { Post } from '../../records.js';
import type { DateReader } from '../../time/read-date.js';
import { noteUnreadable, type DateTally } from '../../time/tally.js';

export interface FieldMap {
  readonly id?: string;
  readonly text?: string;
  readonly title?: string;
  readonly content?: string;
  readonly platform?: string;
  readonly region?: string;
  readonly date?: string;
  readonly kind?: string;
}

export type RejectCode =
  | 'bad_json'
  | 'not_an_object'
  | 'missing_text'
  | 'empty_text'
  | 'bad_text'
  | 'bad_field'
  | 'bad_csv_row'
  | 'undecodable'
  | 'too_large'
  | 'too_deep'
  | 'duplicate_id';

/** A rejected record as the rejects file holds it (docs/spec/io.md): its keys are that file's contract. */
export interface Reject {
  readonly file: string;
  readonly line: number;
  readonly id?: string;
  readonly code: RejectCode;
  readonly reason: string;
}

/** The reject as a Diagnostic: a warning (the run goes on without the record) at file:line; the reason names the place itself. */
export function rejectDiagnostic(r: Reject): Diagnostic {
  return { code: r.code, severity: 'warning', message: r.reason, place: { file: r.file, line: r.line } };
}

/** How dates are read (the study's zone, the day/month order, the collection date) and where they are counted. */
export interface DateContext {
  readonly reader: DateReader;
  readonly tally: DateTally;
}

export interface SourcePosition {
  readonly file: string;
  /** Basename used in generated ids. */
  readonly name: string;
  readonly line: number;
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return undefined;
}

/** A field's own value: never one inherited from Object.prototype (a field named "constructor" or "toString"). */
function own(raw: Record<string, unknown>, field: string): unknown {
  return Object.hasOwn(raw, field) ? raw[field] : undefined;
}

function pick(raw: Record<string, unknown>, field: string | undefined, fallback: string): unknown {
  return own(raw, field ?? fallback);
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** Decide the text: the text field, else title + "\n" + content (io.md). */
export function textOf(raw: Record<string, unknown>, fields: FieldMap): { text?: string; problem?: RejectCode; field: string } {
  const textField = fields.text ?? 'text';
  const value = own(raw, textField);
  if (value !== undefined && value !== null) {
    const text = asText(value);
    return text === undefined ? { problem: 'bad_text', field: textField } : { text, field: textField };
  }
  const title = asText(pick(raw, fields.title, 'title'));
  const content = asText(pick(raw, fields.content, 'content'));
  if (content !== undefined) return { text: title ? `${title}\n${content}` : content, field: fields.content ?? 'content' };
  return { problem: 'missing_text', field: textField };
}

/** Mapping options and the io.md fields they fill: these must be text when present (a number is written as text; null is absent). */
const RENAMES: readonly (readonly [keyof FieldMap, string])[] = [
  ['platform', 'platform'],
  ['region', 'region'],
  ['date', 'published_at'],
  ['kind', 'kind'],
];

function badField(at: SourcePosition, id: string | undefined, field: string, value: unknown): Reject {
  return {
    file: at.file,
    line: at.line,
    id,
    code: 'bad_field',
    reason: `${at.file} line ${at.line}: expected field "${field}" to be text, got ${describeValue(value)}. The record is rejected rather than lose the field; fix the value, or map another column with the --*-field options.`,
  };
}

/** The io.md text fields (in RENAMES's order), each as text or absent; or the field that is neither. */
function textFields(raw: Record<string, unknown>, fields: FieldMap): { values: (string | undefined)[]; bad?: { field: string; value: unknown } } {
  const values: (string | undefined)[] = [];
  for (const [option, target] of RENAMES) {
    // A mapped column that is absent leaves an io.md field of the same name to stand.
    const mapped = fields[option];
    const from = mapped !== undefined && own(raw, mapped) !== undefined ? mapped : target;
    const value = own(raw, from);
    if (value === undefined || value === null) {
      values.push(undefined);
      continue;
    }
    const text = asText(value);
    if (text === undefined) return { values, bad: { field: from, value } };
    values.push(text);
  }
  return { values };
}

/** `published_at` normalised to ISO 8601 in the study's zone; an unreadable date is kept as given and counted. */
function normaliseDate(post: Record<string, unknown>, dates: DateContext, line: number): void {
  const value = post.published_at;
  if (typeof value !== 'string' || value.trim() === '') {
    dates.tally.missing++;
    return;
  }
  const reading = dates.reader.normalise(value);
  if ('problem' in reading) {
    noteUnreadable(dates.tally, line, value, reading.problem);
    return;
  }
  dates.tally.read++;
  post.published_at = reading.text;
}

export function mapRecord(raw: Record<string, unknown>, at: SourcePosition, fields: FieldMap, dates?: DateContext): Post | Reject {
  const idRaw = pick(raw, fields.id, 'id');
  const idValue = asText(idRaw);
  const id = idValue !== undefined && idValue !== '' ? idValue : `${at.name}:${at.line}`;
  if (idRaw !== undefined && idRaw !== null && idValue === undefined) return badField(at, undefined, fields.id ?? 'id', idRaw);
  const { text, problem, field } = textOf(raw, fields);
  if (problem === 'bad_text') {
    return {
      file: at.file,
      line: at.line,
      id,
      code: problem,
      reason: `${at.file} line ${at.line}: expected field "${field}" to be text, got ${describeValue(own(raw, field))}.`,
    };
  }
  if (text === undefined) {
    return {
      file: at.file,
      line: at.line,
      id,
      code: 'missing_text',
      reason: `${at.file} line ${at.line}: the record has no "${field}" field (and no content field). Map the text column with --text-field.`,
    };
  }
  if (text.trim() === '') {
    return {
      file: at.file,
      line: at.line,
      id,
      code: 'empty_text',
      reason: `${at.file} line ${at.line}: field "${field}" is empty; there is nothing to classify.`,
    };
  }
  const { values, bad } = textFields(raw, fields);
  if (bad !== undefined) return badField(at, id, bad.field, bad.value);
  // Spread copies every own field, "__proto__" included, as data.
  const post: Record<string, unknown> = { ...raw, id, text };
  for (let k = 0; k < RENAMES.length; k++) {
    const target = RENAMES[k]![1];
    const value = values[k];
    if (value !== undefined) post[target] = value;
    // Deleting a field the record does not have would change nothing but cost a call into the runtime.
    else if (Object.hasOwn(post, target)) delete post[target];
  }
  if (dates !== undefined) normaliseDate(post, dates, at.line);
  return post as Post;
}

export function isReject(value: Post | Reject): value is Reject {
  return 'code' in value && 'reason' in value && !('text' in value);
}
