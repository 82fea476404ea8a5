/**
 * One streaming composition: the library's analyseDump and `yuqing analyse` write the same folder,
 * records are counted as they are classified on any number of threads, and counts add up.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseDump } from '../../src/index.js';
import { loadClassifier } from '../../src/classifier/load-classifier.js';
import { runCli } from '../../src/cli/program.js';
import { isYuqingError } from '../../src/errors.js';
import { captureIo } from '../helpers.js';

const LINES = [
  { id: 'a1', platform: '小紅書', published_at: '2025-03-02', text: '高才通續簽終於批了，材料交了三輪，香港身份總算穩住' },
  { id: 'a2', platform: 'LIHKG', published_at: '2025-03-05', text: '啲高才通人續唔到簽就走，咁嘅計劃有咩用' },
  { id: 'a3', platform: '微博', published_at: '2025-04-11', text: '优才计划打分制改了以后，审批快了很多，两个月就拿到批文' },
  { id: 'a4', platform: 'Facebook', published_at: '2025-04-12', text: '今日天氣好好，去咗行山' },
].map((p) => JSON.stringify(p));
// One line that is not a record: rejected with its reason, never lost.
const INPUT = `${[...LINES.slice(0, 2), '{"id": "broken", "text": ', ...LINES.slice(2)].join('\n')}\n`;

const dir = mkdtempSync(join(tmpdir(), 'yuqing-analyse-dump-'));
const input = join(dir, 'posts.jsonl');
writeFileSync(input, INPUT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = (folder: string, name: string) => readFileSync(join(folder, name), 'utf8');
/** The report's JSON without its manifest, which records the options each caller gave. */
const findings = (folder: string) => {
  const { manifest: _manifest, ...rest } = JSON.parse(read(folder, 'report.json')) as Record<string, unknown>;
  return rest;
};

describe('analyseDump', () => {
  it('writes the folder `yuqing analyse` writes: the same records, rejects and findings', async () => {
    const viaCli = join(dir, 'cli');
    expect(await runCli(['analyse', input, '-o', viaCli, '-q'], captureIo())).toBe(0);
    const viaLibrary = join(dir, 'library');
    const result = await analyseDump(input, viaLibrary);
    expect(read(viaLibrary, 'classified.jsonl')).toBe(read(viaCli, 'classified.jsonl'));
    expect(read(viaLibrary, 'rejects.jsonl')).toBe(read(viaCli, 'rejects.jsonl'));
    expect(findings(viaLibrary)).toEqual(findings(viaCli));
    expect(result.written).toEqual(expect.arrayContaining(['classified.jsonl', 'rejects.jsonl', 'report.html', 'manifest.json']));
  });

  it('counts every line once: read = classified + rejected, in the result and the manifest', async () => {
    const folder = join(dir, 'counts');
    const { counts, manifest } = await analyseDump(input, folder);
    expect(counts).toMatchObject({ read: 5, classified: 4, rejected: 1 });
    expect(manifest.counts).toEqual({ read: 5, classified: 4, rejected: 1 });
    expect(read(folder, 'classified.jsonl').trim().split('\n')).toHaveLength(4);
    expect(JSON.parse(read(folder, 'rejects.jsonl').trim())).toMatchObject({ line: 3 });
    const report = JSON.parse(read(folder, 'report.json')) as { records: number };
    expect(report.records).toBe(4);
  });

  it('counts the same records whether they were classified on this thread or read back from a worker', async () => {
    // Several batches of BATCH_SIZE lines, so that both threads classify some.
    const many = join(dir, 'many.jsonl');
    const copies = Array.from({ length: 1100 }, (_, i) => {
      const post = JSON.parse(LINES[i % LINES.length]!) as { id: string };
      return JSON.stringify({ ...post, id: `${post.id}-${i}` });
    });
    writeFileSync(many, `${copies.join('\n')}\n`);
    const loaded = loadClassifier();
    const one = join(dir, 'one-thread');
    const two = join(dir, 'two-threads');
    await analyseDump(many, one, loaded, { workers: 1 });
    await analyseDump(many, two, loaded, { workers: 2 });
    expect(JSON.parse(read(one, 'report.json'))).toMatchObject({ records: 1100 });
    expect(read(two, 'report.json')).toBe(read(one, 'report.json'));
    expect(read(two, 'classified.jsonl')).toBe(read(one, 'classified.jsonl'));
  });

  it('refuses a folder that is the input file, before classifying anything', async () => {
    const refused = await analyseDump(input, input).catch((error: unknown) => error);
    expect(isYuqingError(refused) && refused.code).toBe('E_OUTPUT');
  });
});
