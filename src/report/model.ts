/**
 * What every report format renders: the summary, the names of labels, the run manifest, and how far
 * to trust the shares (estimates, corrected with a validation sample or not, and the tagger's
 * measured accuracy on the bundled corpus).
 */
import type { Estimates } from '../aggregate/estimates.js';
import type { Summary } from '../aggregate/summary.js';
import type { BundledAccuracy } from './bundled-accuracy.js';
import type { LabelNames } from './labels.js';
import type { RunManifest } from './manifest.js';
import type { Findings } from '../aggregate/key-findings.js';
import type { UiStrings, Wording } from './html/wording.js';
import type { OtherThemes } from './themes.js';

export interface ReportModel {
  readonly summary: Summary;
  readonly names: LabelNames;
  readonly manifest: RunManifest;
  readonly trust: Trust;
  /** The findings summary every format opens with, and the words of the report's language (--lang). */
  readonly findings: Findings;
  readonly wording: Wording;
  /** The study's report wording in every language (the HTML report renders from it). */
  readonly strings: UiStrings;
  /** The optional "Other themes" section (report --themes). */
  readonly otherThemes?: OtherThemes;
}

export interface Trust {
  readonly estimates: Estimates;
  /** The study's measured accuracy (study.yaml `accuracy:`), or null when it has none. */
  readonly bundled: BundledAccuracy | null;
  /** Whether the report's lexicon is the one the accuracy was measured with. */
  readonly bundledApplies: boolean;
}
