/**
 * Which two regions a report sets side by side and tests: taxonomy.yaml `compare:` (default: the
 * first two regions that are not the fallback) and `--compare A,B` on report and analyse.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { isYuqingError } from '../../src/errors.js';
import { PACKAGE_ROOT } from '../../src/io/bundled/lexicon-files.js';
import { parseStudyYaml } from '../../src/study/load.js';
import { taxonomyFileSchema } from '../../src/study/schema.js';
import { taxonomyOf, withCompared } from '../../src/study/taxonomy.js';
import { captureIo } from '../helpers.js';

const GLOBAL = join(PACKAGE_ROOT, 'studies', 'global_talent');
const TAXONOMY = readFileSync(join(GLOBAL, 'taxonomy.yaml'), 'utf8');

const taxonomyWith = (extra: string) => taxonomyOf(parseStudyYaml('taxonomy.yaml', `${TAXONOMY}\n${extra}\n`, taxonomyFileSchema));

describe('the regions a report compares', () => {
  it("defaults to the first two regions that are not the fallback, and follows the taxonomy's compare:", () => {
    expect(taxonomyWith('').compared).toEqual(['mainland', 'hk']);
    expect(taxonomyWith('compare: [taiwan, overseas]').compared).toEqual(['taiwan', 'overseas']);
  });

  it('refuses a compare: naming the fallback, an unknown region or one region twice, at its line', () => {
    for (const bad of ['compare: [taiwan, unknown]', 'compare: [taiwan, mars]', 'compare: [hk, hk]']) {
      let error: unknown;
      try {
        taxonomyWith(bad);
      } catch (e) {
        error = e;
      }
      expect(isYuqingError(error) && error.code).toBe('E_STUDY_SCHEMA');
      expect(isYuqingError(error) && (error.context as { line?: number }).line).toBe(TAXONOMY.split('\n').length + 1);
    }
  });

  it('takes another pair by value, and says why a pair is refused', () => {
    const t = taxonomyWith('');
    const swapped = withCompared(t, ['overseas', 'taiwan']);
    expect(typeof swapped !== 'string' && swapped.compared).toEqual(['overseas', 'taiwan']);
    expect(t.compared).toEqual(['mainland', 'hk']);
    expect(withCompared(t, ['taiwan'])).toMatch(/two different regions/);
    expect(withCompared(t, ['taiwan', 'unknown'])).toMatch(/unknown is not one of the study's regions/);
  });

  it('report --compare sets the chosen regions side by side; a bad pair is E_OPTION, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yuqing-compare-'));
    const posts = join(GLOBAL, 'corpus', 'dev.jsonl');
    const classified = join(dir, 'classified.jsonl');
    expect(await runCli(['classify', posts, '--study', GLOBAL, '--no-model', '-o', classified], captureIo())).toBe(0);
    const io = captureIo();
    const code = await runCli(['report', classified, '--study', GLOBAL, '--compare', 'taiwan,overseas', '--format', 'json'], io);
    expect(code).toBe(0);
    const report = JSON.parse(io.out()) as { summary_of_findings?: unknown } & Record<string, unknown>;
    expect(JSON.stringify(report)).toContain('"regions":["taiwan","overseas"]');
    const bad = captureIo();
    expect(await runCli(['report', classified, '--study', GLOBAL, '--compare', 'taiwan,unknown'], bad)).toBe(1);
    expect(bad.err()).toMatch(/E_OPTION.*--compare taiwan,unknown/);
  }, 60_000);
});
