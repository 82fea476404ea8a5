/**
 * Exports as analysts get them: an unmapped text column stops the run before anything is
 * classified, with the columns found and a guess; dates written day first, relatively, in UTC or as
 * Excel cells are read in Hong Kong time, and those that cannot be read are counted, never dropped
 * silently. Each case is one of issue 16's observed defects.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { captureIo, TINY_LEXICON } from '../helpers.js';
import { buildXlsx } from '../io/xlsx-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'yuqing-messy-'));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function cli(args: string[], withLexicon = true) {
  const io = captureIo();
  const code = await runCli([...args, ...(withLexicon ? ['--lexicon', TINY_LEXICON] : [])], io);
  return { code, out: io.out(), err: io.err() };
}

const lines = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

/** The export: Big5, Chinese headers, the body under 內容, Hong Kong day-first dates. */
const EXPORT = [
  '編號,標題,內容,來源,發佈時間',
  '1,續簽,高才通續簽好難，寬進嚴出，我哋要點算先好,連登,31/03/2025 14:05',
  '2,優才,香港優才計劃很滿意，為了子女教育拿香港身份,小紅書,昨天 14:05',
  '3,新聞,港府公布高才通最新數字，續簽安排維持不變。,hk_news,3小時前',
  '4,審批,高才通放寬了，擴大名單，審批快，利好！,抖音,2025-03-31T20:00:00Z',
  '5,規劃,高才通續簽要提前規劃，唔好等到最後先搞,連登,01/04/2025 09:00',
].join('\n');
const big5 = () => file('export_big5.csv', iconv.encode(`${EXPORT}\n`, 'big5hkscs'));
const MAPPED = ['--text-field', '內容', '--platform-field', '來源', '--date-field', '發佈時間', '--workers', '1', '-q'];

describe('an unmapped export fails fast', () => {
  it('stops with exit 1 before classifying, listing the columns and guessing --text-field', async () => {
    const out = join(dir, 'unmapped');
    const r = await cli(['analyse', big5(), '-o', out]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('E_INPUT_COLUMNS');
    expect(r.err).toContain('Columns found: "編號", "標題", "內容", "來源", "發佈時間"');
    expect(r.err).toContain('--text-field 內容');
    expect(r.err).not.toContain('read 5 =');
  });

  it('stops when a mapped column is not in the header', async () => {
    const r = await cli(['classify', big5(), '--text-field', '內文', '--workers', '1']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no column "內文" \(given with --text-field\).*Columns found: "編號", "標題", "內容"/);
  });

  it('kwic, lexicon suggest, lexicon diff, sample, train and evaluate take the same mapping', async () => {
    const dump = big5();
    const kwic = await cli(['kwic', '續簽', '--corpus', dump, '--text-field', '內容']);
    expect(kwic.code).toBe(0);
    expect(kwic.out).toContain('3 line(s) in 5 posts');
    const diff = await cli(
      ['lexicon', 'diff', '--before', TINY_LEXICON, '--after', TINY_LEXICON, '--corpus', dump, '--text-field', '內容', '--no-model', '--format', 'json'],
      false,
    );
    expect(diff.code).toBe(0);
    expect(JSON.parse(diff.out).corpus.posts).toBe(5);
    for (const command of [
      ['kwic', '續簽', '--corpus', dump],
      ['lexicon', 'suggest', '--corpus', dump, '--label', 'relevant'],
    ]) {
      const unmapped = await cli(command);
      expect(unmapped.code, command.join(' ')).toBe(1);
      expect(unmapped.err).toContain('--text-field 內容');
    }
    const classified = join(dir, 'mapped.jsonl');
    expect((await cli(['classify', dump, ...MAPPED, '--collected-at', '2025-05-12T10:00', '-o', classified])).code).toBe(0);
    const renamed = file(
      'renamed.jsonl',
      lines(classified)
        .map((r) => {
          const { text, ...rest } = r;
          return JSON.stringify({ ...rest, body: text });
        })
        .join('\n'),
    );
    const suggest = await cli(['lexicon', 'suggest', '--corpus', renamed, '--text-field', 'body', '--label', 'relevant', '--format', 'json']);
    expect(suggest.code).toBe(0);
    const sheet = join(dir, 'sheet.csv');
    expect((await cli(['sample', renamed, '--text-field', 'body', '--n', '2', '-o', sheet])).code).toBe(0);
    expect(readFileSync(sheet, 'utf8')).toContain('高才通');
    const evaluate = await cli(['evaluate', renamed, '--text-field', 'body', '--no-model', '--format', 'json']);
    expect(evaluate.code).toBe(0);
    const model = join(dir, 'm.json');
    const train = await cli(['train', '--gold', dump, '--label-field', '來源', '--text-field', '內容', '--min-df', '1', '--threshold-folds', '0', '-o', model]);
    expect(train.code, train.err).toBe(0);
  }, 120_000);
});

describe('dates people export', () => {
  it('reads day-first dates (detected over the column), and counts relative dates it cannot place on stderr and in the manifest', async () => {
    const out = join(dir, 'dates');
    const r = await cli(['analyse', big5(), '-o', out, ...MAPPED]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('dates in "發佈時間" read dmy (detected over 2 numeric dates');
    expect(r.err).toContain('2 of 5 dates in "發佈時間" could not be read');
    expect(r.err).toContain('line 3 "昨天 14:05" (a relative date: give --collected-at)');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.dates).toMatchObject({ field: '發佈時間', order: 'dmy', orderFrom: 'detected', read: 3, missing: 0, unreadable: 2 });
    expect(manifest.dates.examples.map((e: { value: string }) => e.value)).toEqual(['昨天 14:05', '3小時前']);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.study.undated).toMatchObject({ missing: 0, unreadable: 2 });
    expect(report.manifest.dates.unreadable).toBe(2);
  });

  it('buckets every date by its day in Hong Kong: 31/03 14:05 in March, 2025-03-31T20:00Z and 01/04 in April', async () => {
    const out = join(dir, 'months');
    expect((await cli(['analyse', big5(), '-o', out, ...MAPPED, '--collected-at', '2025-05-12T10:00'])).code).toBe(0);
    const dates = lines(join(out, 'classified.jsonl')).map((r) => r.published_at);
    expect(dates).toEqual([
      '2025-03-31T14:05:00+08:00',
      '2025-05-11T14:05:00+08:00',
      '2025-05-12T07:00:00+08:00',
      '2025-04-01T04:00:00+08:00',
      '2025-04-01T09:00:00+08:00',
    ]);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    const all = (month: string) =>
      report.monthly_volume
        .filter((m: { month: string; topic: string }) => m.month === month && m.topic === 'all')
        .reduce((n: number, m: { volume: number }) => n + m.volume, 0);
    expect(all('2025-03')).toBe(1);
    expect(all('2025-04')).toBe(2);
    const utc = join(dir, 'months-utc');
    expect((await cli(['report', join(out, 'classified.jsonl'), '--format', 'json', '--timezone', 'UTC', '-o', utc])).code).toBe(0);
    const inUtc = JSON.parse(readFileSync(utc, 'utf8'));
    expect(
      inUtc.monthly_volume
        .filter((m: { month: string; topic: string }) => m.month === '2025-03' && m.topic === 'all')
        .reduce((n: number, m: { volume: number }) => n + m.volume, 0),
    ).toBe(2);
  });

  it('with --from/--to, unreadable dates are counted as undated, with examples, not silently left out', async () => {
    const out = join(dir, 'period');
    const r = await cli(['analyse', big5(), '-o', out, ...MAPPED, '--from', '2025-03', '--to', '2025-04', '--lang', 'en']);
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.study.records.undated).toBe(2);
    expect(report.study.undated.examples.map((e: { value: string }) => e.value).sort()).toEqual(['3小時前', '昨天 14:05']);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('2 of the records have a date that could not be read');
  });

  it('stops when day and month cannot be told apart, unless --date-order is given', async () => {
    const csv = file('ambiguous.csv', 'id,text,date\n1,高才通續簽好難,01/03/2025\n2,高才通續簽好難,02/04/2025\n');
    const r = await cli(['classify', csv, '--date-field', 'date', '--workers', '1']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/E_DATE_ORDER.*--date-order dmy or mdy/);
    const given = await cli(['classify', csv, '--date-field', 'date', '--date-order', 'mdy', '--workers', '1', '--slim']);
    expect(given.code).toBe(0);
    expect(
      given.out
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l).published_at),
    ).toEqual(['2025-01-03', '2025-02-04']);
  });

  it('reads an Excel date cell as the wall clock it shows, in Hong Kong time', async () => {
    const xlsx = file(
      'dates.xlsx',
      buildXlsx([
        ['id', 'text', 'published_at'],
        ['1', '高才通續簽好難', { serial: 45747.979166666664 }],
      ]),
    );
    const r = await cli(['classify', xlsx, '--workers', '1', '--slim']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).published_at).toBe('2025-03-31T23:30:00+08:00');
  });

  it('gives an empty body the same reject code in xlsx as in CSV', async () => {
    const xlsx = file(
      'empty.xlsx',
      buildXlsx([
        ['id', 'text'],
        ['1', '高才通續簽好難'],
        ['2', null],
      ]),
    );
    const csv = file('empty.csv', 'id,text\n1,高才通續簽好難\n2,\n');
    for (const input of [xlsx, csv]) {
      const out = join(dir, `${input.endsWith('xlsx') ? 'x' : 'c'}.jsonl`);
      expect((await cli(['classify', input, '--workers', '1', '-o', out])).code).toBe(0);
      expect(lines(`${out}.rejects.jsonl`).map((x) => x.code)).toEqual(['empty_text']);
    }
  });
});
