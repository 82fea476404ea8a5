/**
 * Golden end-to-end report: a small fixture corpus through classify and report with the tiny
 * lexicon. Regenerate on purpose with UPDATE_GOLDEN=1 and review the diff; a missing golden file
 * fails, and under CI nothing is ever written (golden-file.ts).
 */
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { captureIo, FIXTURES, TINY_LEXICON } from '../helpers.js';
import { goldenText } from './golden-file.js';

const GOLDEN = join(FIXTURES, '..', 'golden');
const INPUT = 'tests/fixtures/posts.jsonl';

function checkGolden(name: string, actual: string): void {
  expect(actual).toBe(goldenText(join(GOLDEN, name), actual));
}

describe('golden report', () => {
  it('analyse writes the same classified records and reports (HTML and a chart spec included) as the reviewed golden files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yuqing-golden-'));
    const io = captureIo();
    const code = await runCli(['analyse', INPUT, '-o', dir, '--lexicon', TINY_LEXICON], io);
    expect(io.err()).toContain('read 12 = classified 12 + rejected 0');
    expect(code).toBe(0);
    for (const name of ['classified.jsonl', 'report.md', 'report.json', 'report.csv', 'report.html', 'charts/topic-volume.vl.json']) {
      const text = readFileSync(join(dir, name), 'utf8').replaceAll(TINY_LEXICON, '<tiny-lexicon>');
      checkGolden(name.replaceAll('/', '.'), text);
    }
  });
});
