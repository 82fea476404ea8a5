/**
 * A dump → a folder: classified.jsonl and rejects.jsonl, report.{md,json,csv,html} with charts/,
 * and manifest.json. Streaming: each record is counted into the report's state as it is
 * classified, on one thread or several. `yuqing analyse` and the library's analyseDump both run
 * this composition.
 */
import { join } from 'node:path';
import { reportModel, startAggregation } from '../analyse.js';
import type { ValidationInput } from '../aggregate/estimates.js';
import type { StudyDesign } from '../aggregate/study.js';
import type { Classifier } from '../classify.js';
import { loadClassifier, type LoadedClassifier } from '../classifier/load-classifier.js';
import { readReportData, readStopList, type ReportData } from '../io/bundled/report-data.js';
import { DEFAULT_STUDY_DIR, readStudy } from '../io/bundled/lexicon-files.js';
import type { DateResolution } from '../io/read/preflight.js';
import { startChartPool } from '../io/pool/chart-pool.js';
import type { ChartRenderer } from '../report/html/chart-renderer.js';
import { openAtomicStream, writeFileAtomic } from '../io/write/atomic.js';
import { checkOutputPaths } from '../io/write/output-paths.js';
import type { ReportLanguage } from '../report/html/wording.js';
import type { RunManifest } from '../report/manifest.js';
import { classifyFile, type ClassifyCounts, type ClassifyFileOptions } from './classify-file.js';
import { classificationManifest, datesRecord } from './dump-manifest.js';
import { writeReports } from './write-reports.js';

/** The files of an analysis folder that are written whole (the reports are listed by writeReports). */
const RECORD_FILES = ['classified.jsonl', 'rejects.jsonl', 'manifest.json'] as const;

export interface AnalyseDumpOptions extends Omit<ClassifyFileOptions, 'onRecord'> {
  /** Which records count, and how (default: every record, the study's zone). */
  readonly design?: StudyDesign;
  readonly lang?: ReportLanguage;
  /** The classifier whose taxonomy the report reads, when it compares other regions (default: the tagger's). */
  readonly reportClassifier?: Classifier;
  /** The report's wording and measured accuracy (default: the spec's study's). */
  readonly report?: ReportData;
  /** The options the manifest records as given. */
  readonly recorded?: object;
  /** A validation sample for corrected shares, read once classified.jsonl is written (it may hold the coded posts). */
  readonly validation?: (classifiedFile: string) => Promise<ValidationInput | undefined>;
  /** Told once every record is classified and the record files are committed. */
  readonly onClassified?: (counts: Readonly<ClassifyCounts>) => void;
  /**
   * What draws the charts, owned by the caller (a chart thread started before the classifier is
   * loaded has the longest head start). Absent: a chart thread of this call, started here.
   */
  readonly charts?: ChartRenderer;
}

export interface DumpAnalysis {
  readonly counts: ClassifyCounts;
  readonly manifest: RunManifest;
  /** The names written into the folder. */
  readonly written: readonly string[];
}

/** The folder and the files it will hold, checked before any work: not the input, not a file where a folder goes. */
export function checkAnalysisFolder(input: string, dir: string, option = '-o'): void {
  checkOutputPaths([{ path: dir, kind: 'folder', option }, ...RECORD_FILES.map((name) => ({ path: join(dir, name), kind: 'file' as const, option }))], [input]);
}

export async function analyseDump(
  input: string,
  dir: string,
  loaded: LoadedClassifier = loadClassifier(),
  options: AnalyseDumpOptions = {},
): Promise<DumpAnalysis> {
  checkAnalysisFolder(input, dir);
  const { classifier } = loaded;
  const lang = options.lang ?? 'zh-Hant';
  const study = readStudy(loaded.spec.study ?? DEFAULT_STUDY_DIR);
  const aggregation = startAggregation(classifier, options.design, readStopList(study));
  let resolution: DateResolution | undefined;
  const out = openAtomicStream(join(dir, 'classified.jsonl'));
  const rejects = openAtomicStream(join(dir, 'rejects.jsonl'));
  // The chart thread loads its libraries while the posts are classified.
  const own = options.charts === undefined ? startChartPool() : undefined;
  const charts = options.charts ?? own!;
  try {
    const counts = await classifyFile(input, out.stream, rejects.stream, loaded, {
      ...options,
      onRecord: aggregation.add,
      onDates: (r) => {
        resolution = r;
        options.onDates?.(r);
      },
    });
    await out.commit();
    await rejects.commit();
    options.onClassified?.(counts);
    const dates = resolution === undefined ? undefined : datesRecord(resolution, counts.dates);
    const manifest = await classificationManifest(classifier, input, options.recorded ?? {}, counts, undefined, loaded.record, dates);
    const validation = await options.validation?.(join(dir, 'classified.jsonl'));
    const model = reportModel(
      aggregation.state,
      options.reportClassifier ?? classifier,
      {
        tagger: manifest.tagger,
        input: manifest.input,
        options: manifest.options,
        counts: manifest.counts,
        ...(manifest.dates ? { dates: manifest.dates } : {}),
      },
      options.report ?? readReportData(study),
      validation,
      lang,
    );
    const reports = await writeReports(dir, model, { lang, charts });
    writeFileAtomic(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    return { counts, manifest, written: ['classified.jsonl', 'rejects.jsonl', ...reports, 'manifest.json'] };
  } catch (error) {
    out.abort();
    rejects.abort();
    throw error;
  } finally {
    await own?.close();
  }
}
