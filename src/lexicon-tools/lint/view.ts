/**
 * What lint shows an editor: findings on entries that differ from a base (`--changed`), without
 * the findings the lexicon accepts (lint-accepted.yaml) and, in text, without info — each hidden
 * group counted and named, never dropped silently. Errors are always shown.
 */
import type { LexiconSource } from '../../lexicon/load.js';
import { applyAccepted, type AcceptedFindings } from './accepted.js';
import { changedSince, entryOf, filesData } from './entries.js';
import type { LintFinding } from './finding.js';
import type { LintReport } from './index.js';

export interface LintViewOptions {
  /** The lexicon as it was: only findings on entries new or changed since are shown. */
  readonly base?: { readonly source: LexiconSource; readonly name: string };
  readonly accepted: AcceptedFindings;
  /** Show info and accepted findings too. */
  readonly verbose: boolean;
  /** Info is shown only with verbose (text); JSON always carries it. */
  readonly hideInfo: boolean;
}

export interface LintView {
  readonly shown: readonly LintFinding[];
  readonly hidden: { readonly unchanged: number; readonly accepted: number; readonly info: number };
  /** Accepted findings that no longer occur. */
  readonly stale: AcceptedFindings['accepted'];
}

export function lintView(report: LintReport, source: LexiconSource, o: LintViewOptions): LintView {
  const changed = o.base === undefined ? () => true : changedSince(o.base.source, source);
  const inScope = report.findings.filter((f) => f.severity === 'error' || changed(f));
  const data = filesData(source);
  const { hidden, stale } = applyAccepted(report.findings, o.accepted, (f) => entryOf(f, source, data));
  const acceptedSet = new Set(hidden);
  const afterAccepted = inScope.filter((f) => o.verbose || !acceptedSet.has(f));
  const shown = afterAccepted.filter((f) => o.verbose || !o.hideInfo || f.severity !== 'info');
  return {
    shown,
    hidden: {
      unchanged: report.findings.length - inScope.length,
      accepted: inScope.length - afterAccepted.length,
      info: afterAccepted.length - shown.length,
    },
    stale: o.base === undefined ? stale : [],
  };
}
