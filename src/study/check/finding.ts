/**
 * What `yuqing study check` reports: one finding per problem, with a severity, a stable code, the
 * place (file:line:column when known) and a sentence.
 */
export interface StudyFinding {
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

/** `file:line:col: error [CODE] message` */
export function formatStudyFinding(f: StudyFinding): string {
  const where = [f.file, f.line, f.column].filter((x) => x !== undefined).join(':');
  return `${where}: ${f.severity} [${f.code}] ${f.message}`;
}

/** A thrown error's place and sentence as a finding (the place taken out of the sentence when it leads it). */
export function findingOfError(code: string, context: { file?: string; line?: number; column?: number }, message: string, fallbackFile: string): StudyFinding {
  const file = context.file ?? fallbackFile;
  const where = [file, context.line, context.column].filter((x) => x !== undefined).join(':');
  const sentence = message.startsWith(where) ? message.slice(where.length).replace(/^[:\s]+/, '') : message;
  return {
    severity: 'error',
    code,
    file,
    ...(context.line === undefined ? {} : { line: context.line }),
    ...(context.column === undefined ? {} : { column: context.column }),
    message: sentence,
  };
}

export function countSeverities(findings: readonly StudyFinding[]): { readonly error: number; readonly warning: number } {
  return { error: findings.filter((f) => f.severity === 'error').length, warning: findings.filter((f) => f.severity === 'warning').length };
}
