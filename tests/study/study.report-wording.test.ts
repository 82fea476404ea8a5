/**
 * A study's reports speak of its own subject: study.yaml `report:` lays the study's wording over the
 * generic strings of lexicons/report/ui.yaml, and `accuracy:` names the study's measured accuracy
 * (absent: the report says the tagger's accuracy is unmeasured). Bad files are refused at their place.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { isYuqingError } from '../../src/errors.js';
import { PACKAGE_ROOT } from '../../src/io/bundled/lexicon-files.js';
import { readReportData, readReportStrings } from '../../src/io/bundled/report-data.js';
import { loadStudy } from '../../src/study/load.js';
import { captureIo } from '../helpers.js';

const GLOBAL = join(PACKAGE_ROOT, 'studies', 'global_talent');
const TALENT = join(PACKAGE_ROOT, 'studies', 'talent');

function thrown(f: () => unknown): { code: string; message: string; line?: number } {
  try {
    f();
  } catch (error) {
    if (!isYuqingError(error)) throw error;
    return { code: error.code, message: error.message, line: (error.context as { line?: number }).line };
  }
  throw new Error('expected an error');
}

describe("a study's report wording and measured accuracy", () => {
  it('lays each study’s own title and lead over the generic wording, leaving the other strings alone', () => {
    const generic = readReportStrings();
    const talent = readReportData(loadStudy(TALENT)).strings;
    const global = readReportData(loadStudy(GLOBAL)).strings;
    expect(global.en.text.title).not.toBe(talent.en.text.title);
    expect(global.en.text.title).not.toBe(generic.en.text.title);
    expect(global.en.text.lead).not.toMatch(/Hong Kong's talent admission schemes/);
    expect(global['zh-Hant'].text.findings_relevant).not.toBe(talent['zh-Hant'].text.findings_relevant);
    expect(global.en.text.footer).toBe(generic.en.text.footer);
    expect(talent.en.text.footer).toBe(generic.en.text.footer);
  });

  it('gives each study its own measured accuracy, and none to a study that names no file', () => {
    expect(readReportData(loadStudy(TALENT)).accuracy?.lexicon.id).toBe('hk-talent');
    expect(readReportData(loadStudy(GLOBAL)).accuracy?.lexicon.id).toBe('global-talent');
    expect(readReportData({}).accuracy).toBeNull();
  });

  it('refuses a wording key ui.yaml does not have, naming the file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yuqing-wording-'));
    const file = join(dir, 'report.yaml');
    writeFileSync(file, 'en:\n  text:\n    title: My study\n    titel: a typo\n');
    const error = thrown(() => readReportData({ reportFile: file }));
    expect(error.code).toBe('E_STUDY_SCHEMA');
    expect(error.message).toContain(file);
    expect(error.message).toContain('titel');
    expect(error.line).toBe(4);
  });

  it('refuses an accuracy file that is not there, naming it', () => {
    const error = thrown(() => readReportData({ accuracyFile: '/nowhere/accuracy.yaml' }));
    expect(error.code).toBe('E_STUDY_MISSING');
    expect(error.message).toContain('/nowhere/accuracy.yaml');
  });

  it("analyses the second study with its own title and its own accuracy, not the talent study's", async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'yuqing-global-')), 'out');
    const io = captureIo();
    const posts = join(GLOBAL, 'corpus', 'dev.jsonl');
    expect(await runCli(['analyse', posts, '--study', GLOBAL, '-o', out, '--lang', 'en', '--no-model'], io)).toBe(0);
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    expect(md.split('\n')[0]).toBe(`# ${readReportData(loadStudy(GLOBAL)).strings.en.text.title}`);
    expect(md).not.toMatch(/talent schemes|Talent-scheme discourse/);
    expect(md).toContain('studies/global_talent/corpus/test.jsonl (120 posts, lexicon global-talent 0.1.0)');
  }, 60_000);
});
