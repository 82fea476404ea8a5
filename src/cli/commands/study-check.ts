/**
 * `yuqing study check DIR`: the study's own files (study.yaml, taxonomy.yaml), then everything it
 * names — the lexicon (lint and examples), the platform table, the corpus's labels and the model's
 * heads — each against the study's taxonomy. One finding per problem; I/O is here, the checks are
 * the stages' own.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { buildClassifier } from '../../classifier/load-classifier.js';
import { analyseText, type Classifier } from '../../classify.js';
import { isYuqingError } from '../../errors.js';
import { readAcceptedFindings, readLexiconSource, readPlatformsFile } from '../../io/bundled/lexicon-files.js';
import { readModelFile } from '../../io/bundled/model-file.js';
import { segmenterOf, writeSegmenterDictionary } from '../../io/bundled/segmenter-dictionary.js';
import { runExamples } from '../../lexicon-tools/examples.js';
import { locateExamples } from '../../lexicon-tools/examples-report.js';
import { lintLexicon } from '../../lexicon-tools/lint/index.js';
import { lintView } from '../../lexicon-tools/lint/view.js';
import { cutWords } from '../../segment/jieba.js';
import { readReportData, readStopList } from '../../io/bundled/report-data.js';
import { checkCorpusLabels } from '../../study/check/corpus-labels.js';
import { findingOfError, studyFinding, type StudyFinding } from '../../study/check/finding.js';
import { loadStudy, type Study } from '../../study/load.js';

/** Paths inside the working folder are shown relative to it. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** Run `check`; a thrown yuqing error becomes one finding, anything else is a bug and rethrown. */
function guarded(fallbackFile: string, check: () => StudyFinding[]): StudyFinding[] {
  try {
    return check();
  } catch (error) {
    if (!isYuqingError(error)) throw error;
    return [findingOfError(error.diagnostic, fallbackFile)];
  }
}

function plainCutter(): (text: string) => readonly string[] {
  const plain = segmenterOf(writeSegmenterDictionary([]));
  return (text) => cutWords(plain, text);
}

function lexiconFindings(study: Study): StudyFinding[] {
  const dir = study.lexiconDir;
  if (!existsSync(dir))
    return [
      studyFinding(
        'error',
        'E_LEXICON_MISSING',
        { file: shownPath(dir) },
        `no lexicon folder here. Fix lexicon: in ${shownPath(join(study.dir, 'study.yaml'))}.`,
      ),
    ];
  const source = { ...readLexiconSource(dir), dir: shownPath(dir) };
  const classifier = classifierOrUndefined(study);
  const report = lintLexicon(source, { taxonomy: study.taxonomy, classifier, cutPlain: plainCutter() });
  const view = lintView(report, source, { accepted: readAcceptedFindings(dir), verbose: false, hideInfo: true });
  const lint: StudyFinding[] = view.shown
    .filter((f) => f.severity !== 'info')
    .map((f) =>
      studyFinding(
        f.severity === 'error' ? 'error' : 'warning',
        `lint.${f.code}`,
        { file: f.file, line: f.line, column: f.column },
        `${f.message}${f.fix ? ` Fix: ${f.fix}` : ''}`,
      ),
    );
  if (report.counts.error > 0 || classifier === undefined) return lint; // the examples need a lexicon that loads
  return [...lint, ...exampleFindings(study, classifier, source)];
}

/** The study's classifier, or none when its lexicon does not load (lint says why). */
function classifierOrUndefined(study: Study): Classifier | undefined {
  try {
    return buildClassifier({ study: study.dir });
  } catch (error) {
    if (isYuqingError(error)) return undefined;
    throw error;
  }
}

function exampleFindings(study: Study, classifier: Classifier, source: ReturnType<typeof readLexiconSource>): StudyFinding[] {
  const failures = runExamples(classifier.lexicon.data, (text) => analyseText(classifier, text).tags);
  return locateExamples(source, failures).map((f) =>
    studyFinding(
      'error',
      'E_LEXICON_EXAMPLES',
      { file: f.file ?? source.dir, line: f.line },
      `example of ${f.label} (${f.expect}) ${f.expect === 'match' ? 'does not get the label' : 'gets the label'}: got relevant=${f.got.relevant}, labels [${f.got.labels.join(', ')}]. Run yuqing lexicon test --study ${shownPath(study.dir)} for the evidence.`,
    ),
  );
}

function platformFindings(study: Study): StudyFinding[] {
  readPlatformsFile(study.platformsFile, study.taxonomy);
  return [];
}

function corpusFindings(study: Study): StudyFinding[] {
  const dir = study.corpusDir;
  if (dir === undefined) return [];
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    return [studyFinding('warning', 'W_CORPUS_MISSING', { file: shownPath(dir) }, 'corpus: names a folder that is not there; nothing to check.')];
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort();
  return files.flatMap((name) => checkCorpusLabels(study.taxonomy, shownPath(join(dir, name)), readFileSync(join(dir, name), 'utf8')));
}

function modelFindings(study: Study): StudyFinding[] {
  const path = study.modelFile;
  if (path === undefined) return [];
  const file = shownPath(path);
  if (!existsSync(path))
    return [studyFinding('warning', 'W_MODEL_MISSING', { file }, 'model: names a file that is not there; the study tags with its lexicon alone.')];
  const { model } = readModelFile(path);
  if (model.mode !== 'taxonomy')
    return [
      studyFinding(
        'error',
        'E_MODEL',
        { file },
        `a ${model.mode} model; a study's model is a taxonomy model (yuqing train --gold FILE without --label-field).`,
      ),
    ];
  const labels = new Set([...study.taxonomy.topics, ...study.taxonomy.viewpoints]);
  const heads = model.heads.filter((h) => h.kind === 'topic' || h.kind === 'viewpoint').map((h) => h.name);
  const headSet = new Set(heads);
  const strange = heads.filter((h) => !labels.has(h));
  const missing = [...labels].filter((l) => !headSet.has(l));
  return [
    ...(strange.length > 0
      ? [
          studyFinding(
            'error',
            'E_MODEL',
            { file },
            `heads for labels not in the taxonomy (${strange.join(', ')}): a model trained on another study. Train one for this study with yuqing train.`,
          ),
        ]
      : []),
    ...(missing.length > 0
      ? [
          studyFinding(
            'warning',
            'W_MODEL_HEADS',
            { file },
            `no head for ${missing.join(', ')}: the lexicon alone tags these labels. Retrain with yuqing train to cover them.`,
          ),
        ]
      : []),
  ];
}

/** The report wording and measured accuracy files: read with their schemas (a problem is thrown, with its place). */
function reportFindings(study: Study): StudyFinding[] {
  readReportData(study);
  readStopList(study);
  return [];
}

/** Every finding for the study in DIR, in the order the files are checked. */
export function checkStudy(dir: string): StudyFinding[] {
  let study: Study;
  try {
    study = loadStudy(dir);
  } catch (error) {
    if (!isYuqingError(error)) throw error;
    return [findingOfError(error.diagnostic, join(dir, 'study.yaml'))];
  }
  return [
    ...guarded(shownPath(study.lexiconDir), () => lexiconFindings(study)),
    ...guarded(shownPath(study.platformsFile), () => platformFindings(study)),
    ...guarded(shownPath(study.corpusDir ?? dir), () => corpusFindings(study)),
    ...guarded(shownPath(study.modelFile ?? dir), () => modelFindings(study)),
    ...guarded(shownPath(study.reportFile ?? study.accuracyFile ?? study.stopwordsFile ?? dir), () => reportFindings(study)),
  ];
}
