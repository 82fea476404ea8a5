import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as api from '../../src/index.js';
import { TOOL_VERSION } from '../../src/version.js';

describe('public API', () => {
  it('exports exactly this list', () => {
    expect(Object.keys(api).sort()).toEqual([
      'KINDS',
      'POLARITIES',
      'REPORT_FORMATS',
      'SCRIPT_TARGETS',
      'TOOL_VERSION',
      'YuqingError',
      'aggregate',
      'aggregateRecord',
      'analyse',
      'analyseDump',
      'analyseText',
      'buildPlatformTable',
      'classifiedSchema',
      'classifiedSchemaFor',
      'classifierSpecSchema',
      'classify',
      'classifyPost',
      'compileLexicon',
      'convertScript',
      'createClassifier',
      'detectScript',
      'emptyState',
      'evidenceSchema',
      'goldSchema',
      'goldSchemaFor',
      'hashLexiconSource',
      'isYuqingError',
      'loadClassifier',
      'loadLexicon',
      'loadStudy',
      'matchTerms',
      'mergeStates',
      'normaliseText',
      'originalTokens',
      'parseClassifierSpec',
      'platformId',
      'postSchema',
      'renderCsv',
      'renderJson',
      'renderMarkdown',
      'renderReport',
      'reportModel',
      'resolveRegion',
      'runCli',
      'score',
      'segmentNormalised',
      'serialiseState',
      'summarise',
      'taxonomyOf',
      'termTokeniser',
      'toOriginalSpan',
      'topicOfViewpoint',
      'viewpointsOf',
      'wilsonShare',
    ]);
  });

  it('reports the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(TOOL_VERSION).toBe(pkg.version);
  });

  it('analyses posts in memory with the bundled lexicon', () => {
    const result = api.analyse([{ id: 'a', platform: '小紅書', text: '高才通续签太难了，宽进严出' }]);
    expect(result.records[0]).toMatchObject({ id: 'a', region: 'mainland', relevant: true });
    // report.md follows the report language, Traditional Chinese unless asked otherwise (as --lang).
    expect(result.report.markdown).toContain('## 圖 1 · 各議題聲量');
  });
});
