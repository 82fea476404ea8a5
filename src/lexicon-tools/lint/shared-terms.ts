/**
 * Lint check: one term under two labels of the same layer (two viewpoints, two topics, positive
 * and negative …) with no `note:` on any of its entries to say why. Every post with the term gets
 * both labels; that is sometimes intended, and then the note says so.
 */
import type { LintFinding } from './finding.js';
import { groupTerms, type LocatedTerm } from './term-index.js';

export function checkSharedTerms(terms: readonly LocatedTerm[]): LintFinding[] {
  const findings: LintFinding[] = [];
  const single = terms.filter((t) => !t.inAll && t.layer !== 'segmenter');
  for (const group of groupTerms(single, (t) => `${t.layer}\u0000${t.normalised}`).values()) {
    const labels = [...new Set(group.map((t) => t.label))];
    if (labels.length < 2 || group.some((t) => t.hasNote)) continue;
    const first = group[0]!;
    for (const t of group) {
      if (t.label === first.label) continue;
      findings.push({
        severity: 'warning',
        code: 'shared-term',
        file: t.file,
        line: t.line,
        column: t.column,
        path: t.path,
        term: t.written,
        message: `${t.written} is a cue of ${t.label} and also of ${first.label} (${first.file}:${first.line}), with no note: every post with it gets both labels.`,
        fix: `keep it under one label, or split the two senses with \`all\` rules, or add a note: saying why both labels are meant.`,
      });
    }
  }
  return findings;
}
