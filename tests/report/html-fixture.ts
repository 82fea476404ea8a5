/** Reports built in memory for the HTML tests: fixture posts → classified → aggregated → model. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aggregate, reportModel } from '../../src/analyse.js';
import { buildClassifier } from '../../src/classifier/load-classifier.js';
import { WHOLE_DUMP, type StudyDesign } from '../../src/aggregate/study.js';
import { termTokeniser } from '../../src/aggregate/terms.js';
import { classifyPost, type Classifier } from '../../src/classify.js';
import { readStopList } from '../../src/io/bundled/report-data.js';
import type { Classified, Post } from '../../src/records.js';
import { renderHtml, type HtmlReport } from '../../src/report/html/index.js';
import type { ReportLanguage } from '../../src/report/html/wording.js';
import type { ReportModel } from '../../src/report/model.js';
import { FIXTURES, talentReportData, tinyClassifier } from '../helpers.js';

export function readPosts(file: string): Post[] {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Post);
}

export function modelOf(records: readonly Classified[], classifier: Classifier, design: StudyDesign = WHOLE_DUMP): ReportModel {
  const state = aggregate(classifier.taxonomy, records, classifier.platforms, design, termTokeniser(classifier, readStopList()));
  return reportModel(
    state,
    classifier,
    { input: [], options: {}, counts: { read: records.length, classified: records.length, rejected: 0 } },
    talentReportData(),
  );
}

/** posts.jsonl and hostile-posts.jsonl with the tiny lexicon. */
export function fixtureModel(): ReportModel {
  const c = tinyClassifier();
  const posts = [...readPosts(join(FIXTURES, 'posts.jsonl')), ...readPosts(join(FIXTURES, 'hostile-posts.jsonl'))];
  return modelOf(
    posts.map((p) => classifyPost(c, p)),
    c,
  );
}

/** The bundled sample corpus with the bundled lexicon and the bulletin's study windows. */
export function sampleModel(): ReportModel {
  const c = buildClassifier();
  const posts = readPosts(join(FIXTURES, '..', '..', 'studies', 'talent', 'corpus', 'sample.jsonl'));
  const design: StudyDesign = {
    ...WHOLE_DUMP,
    windows: [
      { from: '2024-10', to: '2024-12' },
      { from: '2025-03', to: '2025-07' },
    ],
  };
  return modelOf(
    posts.map((p) => classifyPost(c, p)),
    c,
    design,
  );
}

export function html(model: ReportModel, lang: ReportLanguage = 'zh-Hant'): Promise<HtmlReport> {
  return renderHtml(model, { lang, strings: model.strings });
}
