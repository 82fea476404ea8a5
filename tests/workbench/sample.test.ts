import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { readCodedFile, readSampleDesign } from '../../src/io/read/read-coded.js';
import { xlsxBytes } from '../../src/io/write/write-xlsx.js';
import { allocate, drawSample, emptyFrame, offerCandidate, stratumOf } from '../../src/workbench/sample.js';
import { LABELS, VOCAB } from './fixtures.js';
import { captureIo } from '../helpers.js';

const tool = (region: string, topics: string[] = []) => ({ region, relevant: topics.length > 0, topics, viewpoints: [], polarity: 'neutral' });

describe('coding samples', () => {
  it('allocates in proportion to the square root of each stratum, never more than it holds', () => {
    expect(
      Object.fromEntries(
        allocate(
          new Map([
            ['a', 900],
            ['b', 100],
            ['c', 1],
          ]),
          40,
        ),
      ),
    ).toEqual({ a: 29, b: 10, c: 1 });
    expect(
      Object.fromEntries(
        allocate(
          new Map([
            ['a', 3],
            ['b', 2],
          ]),
          10,
        ),
      ),
    ).toEqual({ a: 3, b: 2 });
  });

  it("strata are the region and the tool's topic set; weights are population / drawn and add up to the frame", () => {
    expect(stratumOf(tool('hk', ['b', 'a']), ['region', 'topic'])).toBe('hk · a+b');
    expect(stratumOf({ ...tool('hk'), relevant: true }, ['topic'])).toBe('no_topic');
    const frame = emptyFrame(12, ['region']);
    for (let i = 0; i < 400; i++)
      offerCandidate(frame, { id: `p${i}`, key: ((i * 7919) % 400) / 400, platform: '', text: 't', tool: tool(i < 300 ? 'hk' : 'mainland') });
    const { posts, strata } = drawSample(frame);
    expect(strata.map((s) => [s.stratum, s.population, s.sampled])).toEqual([
      ['hk', 300, 8],
      ['mainland', 100, 4],
    ]);
    expect(posts.reduce((sum, p) => sum + p.weight, 0)).toBeCloseTo(400, 9);
    expect(posts.map((p) => p.key)).toEqual([...posts.map((p) => p.key)].sort((a, b) => a - b));
  });

  it('yuqing sample writes a blind sheet, its instructions and the design; the same seed gives the same bytes; the filled-in sheet reads back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yuqing-sample-'));
    const classified = join(dir, 'c.jsonl');
    const lines = Array.from({ length: 30 }, (_, i) =>
      JSON.stringify({
        id: `p${i}`,
        platform: i % 2 ? 'lihkg' : 'weibo',
        text: `post ${i} =cmd`,
        region: i % 2 ? 'hk' : 'mainland',
        relevant: i % 3 !== 0,
        topics: i % 3 === 1 ? ['permanent_residency'] : [],
        viewpoints: [],
        polarity: 'neutral',
        evidence: [],
      }),
    );
    writeFileSync(classified, `${lines.join('\n')}\n`);
    const run = async (out: string) => {
      const io = captureIo();
      const code = await runCli(['sample', classified, '--n', '8', '--stratify', 'region,topic', '--seed', '5', '-o', out], io);
      expect(io.err()).toContain('drew 8 of 30 posts');
      expect(code).toBe(0);
    };
    await run(join(dir, 'a.xlsx'));
    await run(join(dir, 'b.xlsx'));
    expect(readFileSync(join(dir, 'a.xlsx')).equals(readFileSync(join(dir, 'b.xlsx')))).toBe(true);
    const sheets = await readXlsxFile(readFileSync(join(dir, 'a.xlsx')));
    expect(sheets.map((s) => s.sheet)).toEqual(['coding', 'instructions']);
    const rows = sheets[0]!.data as string[][];
    expect(rows[0]).toEqual([
      'id',
      'platform 平台',
      'region 地區',
      'text 帖文',
      'relevant 相關',
      'topics 議題',
      'viewpoints 觀點',
      'polarity 情感傾向',
      'note 備註',
    ]);
    expect(JSON.stringify(rows)).not.toContain('permanent_residency');
    expect(JSON.stringify(sheets[1]!.data)).toContain('permanent_residency');
    const design = readSampleDesign(join(dir, 'a.design.json'));
    expect(design.posts.map((p) => p.id)).toEqual(rows.slice(1).map((r) => r[0]));
    expect(design.posts.reduce((s, p) => s + p.weight, 0)).toBeCloseTo(30, 9);
    const filled = rows.map((r, i) => (i === 0 ? r : [...r.slice(0, 4), i % 2 ? '是' : '否', '', i % 2 ? 'ren.plan' : '', '', '']).map(String));
    writeFileSync(join(dir, 'filled.xlsx'), await xlsxBytes([{ name: 'coding', rows: filled }]));
    const coded = await readCodedFile(join(dir, 'filled.xlsx'), LABELS, VOCAB);
    expect(coded.posts).toHaveLength(8);
    expect(coded.posts[0]).toMatchObject({ relevant: true, topics: ['renewal'], viewpoints: ['ren.plan'] });
  });

  it('the CSV sheet neutralises cells a spreadsheet would run as formulas', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yuqing-sample-'));
    writeFileSync(
      join(dir, 'c.jsonl'),
      `${JSON.stringify({ id: 'x', platform: 'weibo', text: '=HYPERLINK("http://evil")', region: 'mainland', relevant: false, topics: [], viewpoints: [], polarity: 'neutral', evidence: [] })}\n`,
    );
    const code = await runCli(['sample', join(dir, 'c.jsonl'), '--n', '5', '-o', join(dir, 's.csv')], captureIo());
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 's.csv'), 'utf8')).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(readFileSync(join(dir, 's.instructions.csv'), 'utf8')).toContain('scheme_optimisation');
  });
});

describe('yuqing evaluate on a coding sheet', () => {
  it("scores the tool against the coders with intervals, taking the tool's labels from the design file", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yuqing-evaluate-'));
    const classified = join(dir, 'c.jsonl');
    const lines = Array.from({ length: 12 }, (_, i) =>
      JSON.stringify({
        id: `p${i}`,
        platform: 'lihkg',
        text: `post ${i}`,
        region: 'hk',
        relevant: i < 8,
        topics: i < 4 ? ['permanent_residency'] : [],
        viewpoints: [],
        polarity: 'neutral',
        evidence: [],
      }),
    );
    writeFileSync(classified, `${lines.join('\n')}\n`);
    expect(await runCli(['sample', classified, '--n', '12', '-o', join(dir, 's.csv')], captureIo())).toBe(0);
    const sheet = readFileSync(join(dir, 's.csv'), 'utf8').trim().split('\n');
    // coders: p0–p5 relevant, p0–p2 on permanent residency (the tool said p0–p7 relevant, p0–p3 on the topic)
    const filled = [
      sheet[0],
      ...sheet.slice(1).map((row) => {
        const id = row.split(',')[0]!;
        const n = Number(id.slice(1));
        return `${id},lihkg,hk,post ${n},${n < 6 ? '是' : '否'},${n < 3 ? 'permanent_residency' : ''},,${n < 6 ? '中性' : ''},`;
      }),
    ];
    writeFileSync(join(dir, 's.csv'), `${filled.join('\n')}\n`);
    const io = captureIo();
    expect(await runCli(['evaluate', join(dir, 's.csv'), '--format', 'json'], io)).toBe(0);
    expect(io.err()).toContain("the tagger's labels from");
    const doc = JSON.parse(io.out());
    expect(doc.scores.relevance).toMatchObject({ tp: 6, fp: 2, fn: 0 });
    expect(doc.scores.topics.permanent_residency).toMatchObject({ tp: 3, fp: 1, fn: 0 });
    expect(doc.intervals.relevant.precision[0]).toBeLessThan(0.75);
    expect(doc.intervals.relevant.precision[1]).toBeGreaterThan(0.75);
    expect(doc.intervals.relevant.recall[1]).toBe(1);
    expect(doc.intervals.permanent_residency.f1[0]).toBeLessThanOrEqual(6 / 7);
  });
});
