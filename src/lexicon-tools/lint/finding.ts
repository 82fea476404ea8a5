/**
 * What lint reports: findings with a severity, a stable code, the place (file:line:column and the
 * entry's path), a sentence and, where there is one, the fix.
 */
import { z } from 'zod';

export const LINT_CODES = ['yaml', 'schema', 'missing-file', 'duplicate-term', 'shared-term', 'boundary-risk', 'script-ambiguous', 'unmatched'] as const;

export const lintFindingSchema = z.strictObject({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.enum(LINT_CODES),
  file: z.string(),
  line: z.int().optional(),
  column: z.int().optional(),
  /** The entry's path in its file, e.g. pr.plan_ahead.cues[3]. */
  path: z.string().optional(),
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

/** `file:line:column: severity code message (fix)` */
export function formatFinding(f: LintFinding): string {
  const where = [f.file, f.line, f.column].filter((x) => x !== undefined).join(':');
  const fix = f.fix ? ` Fix: ${f.fix}` : '';
  return `${where}: ${f.severity} ${f.code} ${f.message}${fix}`;
}
