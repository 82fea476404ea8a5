/**
 * The stages wired together for library users: load a classifier, classify posts, aggregate,
 * summarise and render. File handling lives in src/io, loading a classifier from its spec in src/run;
 * this module only composes.
 */
import { addRecord, emptyState, type AggregateState } from './aggregate/state.js';
import { recordDate } from './aggregate/dates.js';
import { estimateShares, type ValidationInput } from './aggregate/estimates.js';
import { summarise, type Summary } from './aggregate/summary.js';
import type { StudyDesign } from './aggregate/study.js';
import { termTokeniser, type StopList, type TermTokeniser } from './aggregate/terms.js';
import type { Classifier, ClassifyOptions } from './classify.js';
import { readDateWords } from './io/bundled/date-words.js';
import { createDateReader, type DateReader } from './time/read-date.js';
import { readReportData, readStopList, type ReportData } from './io/bundled/report-data.js';
import { DEFAULT_STUDY_DIR, readStudy } from './io/bundled/lexicon-files.js';
import { labelSetOf } from './label-set.js';
import type { Taxonomy } from './study/taxonomy.js';
import type { Classified, Post } from './records.js';
import { platformId, type PlatformTable } from './region/resolve.js';
import { labelNames } from './report/labels.js';
import { buildManifest, type RunManifest } from './report/manifest.js';
import { renderTextReports, type TextReports } from './report/render-report.js';
import { findingsOf } from './aggregate/key-findings.js';
import { wordingFor, type ReportLanguage } from './report/html/wording.js';
import type { ReportModel } from './report/model.js';
import { loadClassifier, type LoadedClassifier } from './classifier/load-classifier.js';
import { tagPost } from './classifier/tag-post.js';

/**
 * Posts → output records, tagged as `yuqing classify` tags them with the same spec (default:
 * loadClassifier(), the bundled study, hybrid with its model).
 */
export function* classify(
  posts: Iterable<Post>,
  loaded: LoadedClassifier = loadClassifier(),
  options: Pick<ClassifyOptions, 'slim'> = {},
): Generator<Classified> {
  for (const post of posts) yield tagPost(loaded, post, options);
}

/** How a report reads the dates of classified records: in the study's zone (numeric day/month dates only as ISO). */
export function studyDateReader(design: StudyDesign): DateReader {
  return createDateReader({ timezone: design.timezone, words: readDateWords() });
}

/**
 * Add one record to an aggregation state, deriving its platform, day, month and kind keys; with
 * `terms` (termTokeniser) its words are counted for keyness. Pass `dates` (studyDateReader) when
 * adding many records: building it costs more than a record.
 */
export function aggregateRecord(
  taxonomy: Taxonomy,
  state: AggregateState,
  record: Classified,
  platforms: PlatformTable,
  terms?: TermTokeniser,
  dates: DateReader = studyDateReader(state.design),
): void {
  const raw = typeof record.platform === 'string' ? record.platform : undefined;
  const date = recordDate(dates, record.published_at);
  addRecord(taxonomy, state, record, {
    platform: platformId(platforms, raw) ?? (raw && raw.trim() !== '' ? raw : 'unspecified'),
    month: date.month,
    day: date.day,
    ...(date.unreadable === undefined ? {} : { unreadableDate: date.unreadable }),
    kind: typeof record.kind === 'string' && record.kind !== '' ? record.kind : 'unspecified',
    terms,
  });
}

/** A report's aggregation under way: its state, and `add`, which counts one classified record into it. */
export interface Aggregation {
  readonly state: AggregateState;
  readonly add: (record: Classified) => void;
}

/**
 * An empty state for the study design, counting records as every report counts them: platform by
 * the classifier's table, dates in the study's zone, and words for key terms (the bundled stop list).
 */
export function startAggregation(classifier: Classifier, design?: StudyDesign, stop: StopList = readStopList()): Aggregation {
  const state = emptyState(classifier.taxonomy, design);
  const terms = termTokeniser(classifier, stop);
  const dates = studyDateReader(state.design);
  return { state, add: (record) => aggregateRecord(classifier.taxonomy, state, record, classifier.platforms, terms, dates) };
}

export function aggregate(
  taxonomy: Taxonomy,
  records: Iterable<Classified>,
  platforms: PlatformTable,
  design?: StudyDesign,
  terms?: TermTokeniser,
): AggregateState {
  const state = emptyState(taxonomy, design);
  const dates = studyDateReader(state.design);
  for (const record of records) aggregateRecord(taxonomy, state, record, platforms, terms, dates);
  return state;
}

/** The report's model; with a validation sample, every share is corrected for the tagger's errors. */
export function reportModel(
  state: AggregateState,
  classifier: Classifier,
  manifest: Omit<RunManifest, 'tool' | 'lexicon'>,
  report: ReportData,
  validation?: ValidationInput,
  lang: ReportLanguage = 'zh-Hant',
): ReportModel {
  const data = classifier.lexicon.data;
  const summary = summarise(classifier.taxonomy, state);
  const labels = labelSetOf(data, report.strings['zh-Hant'].polarity);
  const { estimates, tests } = estimateShares(summary, labels, validation);
  const bundled = report.accuracy;
  const bundledApplies = bundled !== null && bundled.lexicon.id === data.manifest.id && bundled.lexicon.version === data.manifest.version;
  const names = labelNames(classifier.taxonomy);
  const tested = { ...summary, viewpointTests: tests };
  return {
    summary: tested,
    names,
    findings: findingsOf(tested),
    wording: wordingFor(report.strings, lang, classifier.taxonomy),
    strings: report.strings,
    manifest: buildManifest({ lexicon: { id: data.manifest.id, version: data.manifest.version, hash: data.hash }, ...manifest }),
    trust: { estimates, bundled, bundledApplies },
  };
}

export interface AnalysisResult {
  readonly records: readonly Classified[];
  readonly summary: Summary;
  readonly report: TextReports;
}

/** In memory, end to end: posts → classified records (tagged as `yuqing analyse` tags them) → summary and rendered reports. */
export function analyse(
  posts: readonly Post[],
  loaded: LoadedClassifier = loadClassifier(),
  report: ReportData = readReportData(readStudy(loaded.spec.study ?? DEFAULT_STUDY_DIR)),
): AnalysisResult {
  const { classifier } = loaded;
  const records = [...classify(posts, loaded)];
  const aggregation = startAggregation(classifier, undefined, readStopList(readStudy(loaded.spec.study ?? DEFAULT_STUDY_DIR)));
  for (const record of records) aggregation.add(record);
  const model = reportModel(
    aggregation.state,
    classifier,
    {
      tagger: loaded.record,
      input: [],
      options: {},
      counts: { read: posts.length, classified: records.length, rejected: 0 },
    },
    report,
  );
  return { records, summary: model.summary, report: renderTextReports(model) };
}
