/**
 * The Dask recipe, run for real: a local cluster of two worker processes over loopback classifies
 * and aggregates the shards, and the merged report is the one-run report (the manifest's list of
 * inputs aside). Needs Debian's python3-distributed (.ci/run installs it).
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { readReportStrings } from '../../src/io/bundled/report-data.js';
import { captureIo, FIXTURES, TINY_LEXICON } from '../helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PYTHON = '/usr/bin/python3';

function daskInstalled(): boolean {
  try {
    execFileSync(PYTHON, ['-c', 'import distributed'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function cli(args: string[]) {
  const io = captureIo();
  const code = await runCli([...args, '--lexicon', TINY_LEXICON], io);
  expect(code, io.err()).toBe(0);
  return io.out();
}

/** A report without the manifest's inputs (the shards' files differ from the one file by name and hash). */
function withoutInputs(format: 'md' | 'json', text: string): string {
  // report.md's manifest rows are in the report's language (zh-Hant by default).
  const inputRow = `| ${readReportStrings()['zh-Hant'].text.man_input} |`;
  if (format === 'md')
    return text
      .split('\n')
      .filter((line) => !line.startsWith(inputRow))
      .join('\n');
  const report = JSON.parse(text) as { manifest: { input?: unknown } };
  delete report.manifest.input;
  return JSON.stringify(report, null, 2);
}

describe('scale-out/dask/shards.py', () => {
  const installed = daskInstalled();
  if (!installed && process.env.CI) throw new Error('python3-distributed is missing: .ci/run installs it (apt-get install python3-distributed)');

  it.skipIf(!installed)(
    'on a local cluster of two worker processes, the merged report is the one-run report',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'yuqing-dask-'));
      // The fixture's posts, records without ids (ids come from line numbers) and a bad line (a reject).
      const input = join(dir, 'dump.jsonl');
      const extra = ['{"text":"高才通續簽好難","platform":"weibo","published_at":"2025-03-02"}', '{"bad', '{"text":"優才計劃審批快","platform":"lihkg"}'];
      writeFileSync(input, `${readFileSync(join(FIXTURES, 'posts.jsonl'), 'utf8')}${extra.join('\n')}\n`);
      const design = '--window 2024-10..2024-12 --window 2025-03..2025-07';

      const out = join(dir, 'out');
      const stderr = await new Promise<string>((resolve, reject) => {
        execFile(
          PYTHON,
          [
            join(ROOT, 'scale-out', 'dask', 'shards.py'),
            input,
            '--out',
            out,
            '--local',
            '2',
            '--lines-per-shard',
            '8',
            '--formats',
            'md,json',
            '--yuqing',
            `${process.execPath} ${join(ROOT, 'bin', 'yuqing.js')}`,
            '--lexicon',
            TINY_LEXICON,
            '--aggregate-args',
            design,
          ],
          { timeout: 170_000 },
          (error, _stdout, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(err)),
        );
      });
      expect(stderr).toContain('cluster: 2 workers, scheduler tcp://127.0.0.1:');
      expect(readdirSync(join(out, 'parts'))).toHaveLength(2);
      expect(readFileSync(join(out, 'rejects.jsonl'), 'utf8')).toContain('"line":14,"code":"bad_json"');

      const all = join(dir, 'all.jsonl');
      await cli(['classify', input, '-o', all, '--workers', '1', '-q']);
      for (const format of ['md', 'json'] as const) {
        const one = await cli(['report', all, '--format', format, ...design.split(' ')]);
        expect(withoutInputs(format, readFileSync(join(out, `report.${format}`), 'utf8'))).toBe(withoutInputs(format, one));
      }
    },
    180_000,
  );
});
