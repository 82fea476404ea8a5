/**
 * Errors carry a stable code for machines and a sentence for people:
 * what went wrong, where, what was expected and what was found, and how to fix it.
 */
import { placeOf, type Diagnostic } from './diagnostic.js';

export type ErrorCode =
  | 'E_INPUT_NOT_FOUND'
  | 'E_INPUT_FORMAT'
  | 'E_INPUT_COLUMNS'
  | 'E_DATE_ORDER'
  | 'E_INPUT_LIMIT'
  | 'E_RECORD_PARSE'
  | 'E_RECORD_FIELD'
  | 'E_LEXICON_YAML'
  | 'E_LEXICON_SCHEMA'
  | 'E_LEXICON_MISSING'
  | 'E_PLATFORMS'
  | 'E_CLASSIFIED_PARSE'
  | 'E_GOLD_PARSE'
  | 'E_OPTION'
  | 'E_OUTPUT'
  | 'E_SYSTEM'
  | 'E_TOO_MANY_REJECTS'
  | 'E_MODEL'
  | 'E_TRAINING_DATA'
  | 'E_MERGE_MISMATCH'
  | 'E_LEXICON_LINT'
  | 'E_LEXICON_EXAMPLES'
  | 'E_INTERCHANGE'
  | 'E_CODED_SHEET'
  | 'E_VALIDATION'
  | 'E_STUDY_MISSING'
  | 'E_STUDY_YAML'
  | 'E_STUDY_SCHEMA'
  | 'E_STUDY_CHECK'
  | 'E_CLASSIFIER_SPEC';

export interface ErrorContext {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly field?: string;
  readonly path?: string;
}

/** A thrown problem: its Diagnostic (always an error) and the context it was raised with (which also names a field). */
export class YuqingError extends Error {
  readonly code: ErrorCode;
  readonly context: ErrorContext;
  readonly diagnostic: Diagnostic;

  constructor(code: ErrorCode, message: string, context: ErrorContext = {}) {
    super(message);
    this.name = 'YuqingError';
    this.code = code;
    this.context = context;
    const place = placeOf(context);
    this.diagnostic = { code, severity: 'error', message, ...(place === undefined ? {} : { place }) };
  }
}

/** "posts.csv line 42" — the place part of a message, from whatever is known. */
export function describePlace(context: ErrorContext): string {
  const parts: string[] = [];
  if (context.file !== undefined) parts.push(context.file);
  if (context.line !== undefined) parts.push(`line ${context.line}`);
  if (context.column !== undefined) parts.push(`column ${context.column}`);
  if (context.field !== undefined) parts.push(`field "${context.field}"`);
  if (context.path !== undefined) parts.push(`at ${context.path}`);
  return parts.join(' ');
}

export function isYuqingError(value: unknown): value is YuqingError {
  return value instanceof YuqingError;
}
