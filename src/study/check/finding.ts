/**
 * What `yuqing study check` reports: one Diagnostic per problem — an error or a warning with a
 * stable code, the place (file, and line:column when known) and a sentence. The CLI prints them
 * (src/cli/diagnostic-line.ts).
 */
import { placeLabel, placeOf, type Diagnostic, type Place } from '../../diagnostic.js';

export type StudyFinding = Diagnostic & { readonly severity: 'error' | 'warning'; readonly place: Place };

/** A finding at file (and line, column when known). */
export function studyFinding(
  severity: StudyFinding['severity'],
  code: string,
  at: { readonly file: string; readonly line?: number; readonly column?: number },
  message: string,
): StudyFinding {
  return { code, severity, message, place: placeOf(at) as Place };
}

/** A thrown error's place and sentence as a finding (the place taken out of the sentence when it leads it). */
export function findingOfError(error: Diagnostic, fallbackFile: string): StudyFinding {
  const place: Place = { ...error.place, file: error.place?.file ?? fallbackFile };
  const where = placeLabel(place);
  const sentence = error.message.startsWith(where) ? error.message.slice(where.length).replace(/^[:\s]+/, '') : error.message;
  return studyFinding('error', error.code, place, sentence);
}

export function countSeverities(findings: readonly StudyFinding[]): { readonly error: number; readonly warning: number } {
  return { error: findings.filter((f) => f.severity === 'error').length, warning: findings.filter((f) => f.severity === 'warning').length };
}
