/**
 * Lint check: terms whose conversion between scripts is one-to-many. A term is matched on its
 * Simplified form, so a term with 发 matches both 發 and 髮, and 后 matches both 後 and 后. Most such
 * terms are fine (context decides); single characters are flagged as warnings, longer terms as
 * info, and with a corpus a term is a warning when its occurrences really show two Traditional forms.
 */
import { ambiguousCharacters, likelyTraditional } from '../../text/ambiguity.js';
import type { LintFinding } from './finding.js';
import type { LocatedTerm } from './term-index.js';

export interface AmbiguousTerm {
  readonly term: LocatedTerm;
  /** The Traditional form the term means. */
  readonly intended: string;
  /** Other Traditional forms that normalise to the same term. */
  readonly others: readonly string[];
}

function intendedForm(t: LocatedTerm): string {
  const written = [...t.written];
  const norm = [...t.normalised];
  const guess = [...likelyTraditional(t.normalised)];
  return norm
    .map((ch, i) => {
      const w = written.length === norm.length ? written[i] : undefined;
      if (w !== undefined && w !== ch) return w;
      return guess.length === norm.length ? guess[i]! : ch;
    })
    .join('');
}

/** Distinct terms (first occurrence) with a one-to-many character, and the forms they also match. */
export function ambiguousTerms(terms: readonly LocatedTerm[]): AmbiguousTerm[] {
  const table = ambiguousCharacters();
  const seen = new Set<string>();
  const out: AmbiguousTerm[] = [];
  for (const t of terms) {
    if (t.layer === 'segmenter' || seen.has(t.normalised)) continue;
    seen.add(t.normalised);
    const norm = [...t.normalised];
    if (!norm.some((ch) => table.has(ch))) continue;
    const intended = [...intendedForm(t)];
    const others = new Set<string>();
    norm.forEach((ch, i) => {
      for (const form of table.get(ch) ?? []) {
        if (form === intended[i]) continue;
        const variant = [...intended];
        variant[i] = form;
        others.add(variant.join(''));
      }
    });
    if (others.size > 0) out.push({ term: t, intended: intended.join(''), others: [...others].sort() });
  }
  return out;
}

/** `formsSeen`: for a term's normalised form, the Traditional surface forms a corpus shows (optional). */
export function checkScriptAmbiguity(
  terms: readonly LocatedTerm[],
  formsSeen?: (normalised: string) => ReadonlyMap<string, number> | undefined,
): LintFinding[] {
  return ambiguousTerms(terms).map(({ term: t, intended, others }) => {
    const seen = formsSeen?.(t.normalised);
    const seenForms = seen ? [...seen].filter(([form]) => form === intended || others.includes(form)) : [];
    const evidence = seenForms.length > 1;
    const single = [...t.normalised].length === 1;
    const corpusNote = evidence ? ` The corpus has ${seenForms.map(([f, n]) => `${f} ×${n}`).join(', ')}.` : '';
    return {
      severity: evidence || single ? 'warning' : 'info',
      code: 'script-ambiguous',
      file: t.file,
      line: t.line,
      column: t.column,
      path: t.path,
      term: t.written,
      message: `${t.written} is meant as ${intended} but also matches ${others.join(', ')} in Traditional text (all normalise to ${t.normalised}).${corpusNote}`,
      fix: single
        ? 'a single character that converts one-to-many is rarely safe: use the words it occurs in as terms instead.'
        : 'if those forms mean something else, replace the term with longer terms that exclude them, or add a nomatch example to pin it.',
    } satisfies LintFinding;
  });
}
