/**
 * What lint reports: findings with a severity, a stable code, the place (file:line:column and the
 * entry's path), a sentence and, where there is one, the fix. A finding is a Diagnostic
 * (src/diagnostic.ts) with the term and the fix beside it, its place kept flat: that is the shape
 * `lexicon lint --format json` writes and accepted-findings files refer to.
 */
import { z } from 'zod';
import { placeOf, placeSchema, severitySchema, type Diagnostic } from '../../diagnostic.js';

export const LINT_CODES = ['yaml', 'schema', 'missing-file', 'duplicate-term', 'shared-term', 'boundary-risk', 'script-ambiguous', 'unmatched'] as const;

export const lintFindingSchema = z.strictObject({
  severity: severitySchema,
  code: z.enum(LINT_CODES),
  ...placeSchema.shape,
  term: z.string().optional(),
  message: z.string(),
  fix: z.string().optional(),
});
export type LintFinding = z.infer<typeof lintFindingSchema>;
export type LintCode = LintFinding['code'];
export type Severity = LintFinding['severity'];

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** File, then line, then severity, then code: a stable order for reproducible output. */
export function sortFindings(findings: readonly LintFinding[]): LintFinding[] {
  return [...findings].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

/** Counts by severity and by code, keys sorted. */
export function countFindings(findings: readonly LintFinding[]) {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byCode: Partial<Record<LintCode, number>> = {};
  for (const f of findings) {
    bySeverity[f.severity]++;
    byCode[f.code] = (byCode[f.code] ?? 0) + 1;
  }
  const sortedCodes = Object.fromEntries(Object.entries(byCode).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { ...bySeverity, byCode: sortedCodes };
}

/** The finding as a Diagnostic: its place, and the fix as the message's last sentence. */
export function lintDiagnostic(f: LintFinding): Diagnostic {
  return { code: f.code, severity: f.severity, message: `${f.message}${f.fix ? ` Fix: ${f.fix}` : ''}`, place: placeOf(f) };
}
