/**
 * Lint check (with a corpus): terms that never match in it. Present but never matched because
 * of token boundaries is a warning; absent, or always inside a longer matched term, is info (a
 * small corpus lacks most of a large lexicon's words, and they may be needed for other dumps).
 */
import type { LintFinding } from './finding.js';
import type { LocatedTerm } from './term-index.js';

export interface CorpusUse {
  readonly posts: number;
  /** Normalised terms matched at least once. */
  readonly matched: ReadonlySet<string>;
  /** Occurrences (as substrings of the normalised texts) of a normalised term, and how many lie inside a longer match. */
  readonly occurrences: (normalised: string) => { readonly total: number; readonly covered: number };
}

export function checkUnmatched(terms: readonly LocatedTerm[], corpus: CorpusUse, corpusName: string): LintFinding[] {
  const findings: LintFinding[] = [];
  const done = new Set<string>();
  for (const t of terms) {
    if (t.layer === 'segmenter' || done.has(t.normalised) || corpus.matched.has(t.normalised)) continue;
    done.add(t.normalised);
    const { total: n, covered } = corpus.occurrences(t.normalised);
    findings.push({
      severity: n === covered ? 'info' : 'warning',
      code: 'unmatched',
      file: t.file,
      line: t.line,
      column: t.column,
      path: t.path,
      term: t.written,
      message:
        n === 0
          ? `${t.written} never occurs in ${corpusName} (${corpus.posts} posts).`
          : n === covered
            ? `${t.written} occurs ${n} time(s) in ${corpusName}, always inside a longer matched term (longest match wins).`
            : `${t.written} occurs ${n} time(s) in ${corpusName} but never matches: ${n - covered} occurrence(s) do not align with token boundaries.`,
      fix:
        n === covered
          ? 'keep it if it is expected in other dumps; otherwise consider removing it.'
          : `see yuqing kwic ${t.written} --corpus ${corpusName} for where it occurs.`,
    });
  }
  return findings;
}
