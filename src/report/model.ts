/**
 * What every report format renders: the summary, the names of labels and the run manifest.
 */
import type { Summary } from '../aggregate/summary.js';
import type { LabelNames } from './labels.js';
import type { RunManifest } from './manifest.js';

export interface ReportModel {
  readonly summary: Summary;
  readonly names: LabelNames;
  readonly manifest: RunManifest;
}
