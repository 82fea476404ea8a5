/**
 * Lint check: one term listed twice under the same label — written the same, or once in each
 * script (a Traditional term and its Simplified twin normalise to the same form). The compiled
 * lexicon counts it twice.
 */
import type { LintFinding } from './finding.js';
import { groupTerms, type LocatedTerm } from './term-index.js';

export function checkDuplicates(terms: readonly LocatedTerm[]): LintFinding[] {
  const findings: LintFinding[] = [];
  const single = terms.filter((t) => !t.inAll);
  for (const group of groupTerms(single, (t) => `${t.label}\u0000${t.normalised}`).values()) {
    const [first, ...repeats] = group;
    if (first === undefined) continue;
    for (const t of repeats) {
      const twin = t.written !== first.written;
      const how = twin ? `the other-script twin of ${first.written} (both normalise to ${t.normalised})` : `listed again`;
      const counts = t.layer === 'segmenter' ? '' : ` Its weight for ${t.label} counts twice.`;
      findings.push({
        severity: 'warning',
        code: 'duplicate-term',
        file: t.file,
        line: t.line,
        column: t.column,
        path: t.path,
        term: t.written,
        message: `${t.written} under ${t.label} is ${how}: the same term as ${first.file}:${first.line}.${counts}`,
        fix: `delete this entry and keep ${first.written} at line ${first.line}: a term is written once, in either script, and matches both.`,
      });
    }
  }
  return findings;
}
