import { describe, expect, it } from 'vitest';
import { errorLine, formatDiagnostic } from '../../src/cli/diagnostic-line.js';
import { YuqingError } from '../../src/errors.js';

describe('formatDiagnostic', () => {
  it('puts the known parts of the place in front, the code in brackets', () => {
    const d = { code: 'E_CORPUS_LABEL', severity: 'error' as const, message: 'bad.', place: { file: 'a.jsonl', line: 3, column: 7, path: 'x' } };
    expect(formatDiagnostic(d)).toBe('a.jsonl:3:7: error [E_CORPUS_LABEL] bad.');
    expect(formatDiagnostic({ ...d, place: { file: 'a.jsonl' } })).toBe('a.jsonl: error [E_CORPUS_LABEL] bad.');
  });
  it('prints lint codes bare, as lint always has', () => {
    expect(formatDiagnostic({ code: 'yaml', severity: 'warning', message: 'm', place: { file: 'f', line: 1 } }, { code: 'bare' })).toBe('f:1: warning yaml m');
  });
  it('prints a thrown error without a place, its sentence naming it', () => {
    const error = new YuqingError('E_INPUT_FORMAT', 'posts.csv line 4: bad.', { file: 'posts.csv', line: 4 });
    expect(error.diagnostic).toEqual({ code: 'E_INPUT_FORMAT', severity: 'error', message: 'posts.csv line 4: bad.', place: { file: 'posts.csv', line: 4 } });
    expect(errorLine(error.code, error.message)).toBe('error [E_INPUT_FORMAT]: posts.csv line 4: bad.');
  });
});
