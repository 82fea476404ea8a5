/** The study's labels as a value (topics and viewpoints from the lexicon, polarity names from the report's UI strings). */
import type { Classifier } from '../classify.js';
import { readReportStrings } from '../io/bundled/report-data.js';
import { labelSetOf, type LabelSet } from '../label-set.js';

export function studyLabels(classifier: Classifier): LabelSet {
  return labelSetOf(classifier.lexicon.data, readReportStrings()['zh-Hant'].polarity);
}
