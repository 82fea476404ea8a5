/** Fault tests: every broken input ends as output or as a reject with a reason, and the counts add up. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { captureIo, TINY_LEXICON } from '../helpers.js';
import { buildXlsx } from './xlsx-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'yuqing-faults-'));

async function classify(name: string, content: string | Uint8Array, extra: string[] = []) {
  const input = join(dir, name);
  writeFileSync(input, content);
  const out = join(dir, `${name}.out.jsonl`);
  const io = captureIo();
  const code = await runCli(['classify', input, '-o', out, '--workers', '1', '--lexicon', TINY_LEXICON, ...extra], io);
  const lines = (file: string) => {
    try {
      return readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    } catch {
      return [];
    }
  };
  return { code, err: io.err(), out: lines(out), rejects: lines(`${out}.rejects.jsonl`) };
}

function addsUp(r: { err: string; out: unknown[]; rejects: unknown[] }, read: number) {
  expect(r.err).toContain(`read ${read} = classified ${r.out.length} + rejected ${r.rejects.length}`);
  expect(r.out.length + r.rejects.length).toBe(read);
}

describe('faults', () => {
  it('a truncated last line is rejected as bad JSON; the others are classified', async () => {
    const r = await classify('trunc.jsonl', '{"id":"a","text":"高才通續簽好難"}\n{"id":"b","text":"續簽');
    addsUp(r, 2);
    expect(r.rejects[0]).toMatchObject({ line: 2, code: 'bad_json' });
  });

  it('invalid UTF-8 bytes inside a record reject that record only', async () => {
    const good = Buffer.from('{"id":"a","text":"高才通續簽好難"}\n', 'utf8');
    const bad = Buffer.concat([Buffer.from('{"id":"b","text":"高才', 'utf8'), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from('通"}\n', 'utf8')]);
    const r = await classify('bad-utf8.jsonl', Buffer.concat([good, bad, good]));
    addsUp(r, 3);
    expect(r.rejects[0]).toMatchObject({ line: 2, code: 'undecodable' });
    expect(r.out.map((o) => o.text)).toEqual(['高才通續簽好難', '高才通續簽好難']);
  });

  it.each([
    ['big5', 'big5.csv'],
    ['gb18030', 'gb.csv'],
  ])('a %s file is detected and decoded', async (encoding, name) => {
    const text =
      encoding === 'big5'
        ? 'id,text,platform\n1,高才通續簽好難，寬進嚴出,連登\n2,香港優才計劃真係好,facebook\n'
        : 'id,text,platform\n1,高才通续签好难，宽进严出,小红书\n2,香港优才计划真好,微博\n';
    const r = await classify(name, iconv.encode(text, encoding));
    addsUp(r, 2);
    expect(r.out[0]).toMatchObject({ id: '1', relevant: true, viewpoints: ['pr.strict_exit'] });
    expect(r.out[0]!.text).toBe(text.split('\n')[1]!.split(',')[1]);
  });

  it('UTF-16 (either byte order) and UTF-8 with a BOM are decoded to the text as written', async () => {
    const post = { id: 'a', text: '高才通續簽好難😭' };
    const text = `${JSON.stringify(post)}\n`;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    for (const [name, bytes] of [
      ['u16le.jsonl', le],
      ['u16be.jsonl', be],
      ['bom.jsonl', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ] as const) {
      const r = await classify(name, bytes);
      addsUp(r, 1);
      expect(r.rejects, name).toEqual([]);
      expect(r.out[0], name).toMatchObject({ ...post, relevant: true });
    }
  });

  it('a CSV with quoted newlines and one broken quote loses only the broken record', async () => {
    const csv = 'id,text\n1,"高才通續簽\n好難, 真係"\n2,"高才通 broken quote\n3,香港優才計劃\n4,"高才通, ""quoted"" ok"\n';
    const r = await classify('broken.csv', csv);
    addsUp(r, 4);
    expect(r.out.map((o) => o.id)).toEqual(['1', '3', '4']);
    expect(r.rejects[0]).toMatchObject({ line: 4, code: 'bad_csv_row' });
    expect(r.out[0]!.text).toBe('高才通續簽\n好難, 真係');
  });

  it('an xlsx with an empty column and merged header cells is read from its first sheet', async () => {
    const xlsx = buildXlsx(
      [
        ['編號', null, '內容', '來源'],
        ['1', null, '高才通續簽好難', '連登'],
        ['2', null, '', '連登'],
        ['3', null, '優才計劃', '小紅書'],
      ],
      ['C1:D1'],
    );
    const r = await classify('dump.xlsx', xlsx, ['--id-field', '編號', '--text-field', '內容']);
    addsUp(r, 3);
    expect(r.out.map((o) => o.id)).toEqual(['1', '3']);
    expect(r.rejects[0]).toMatchObject({ code: 'empty_text' });
  });

  it('a 5 MB single post is classified', async () => {
    const big = '高才通續簽好難。'.repeat((5 * 1024 * 1024) / 24);
    const r = await classify('big.jsonl', `${JSON.stringify({ id: 'big', text: big })}\n`);
    addsUp(r, 1);
    expect(r.out[0]).toMatchObject({ id: 'big', relevant: true });
  });

  it('empty text, a record with no text field and a JSON array are rejected with reasons', async () => {
    const r = await classify('mixed.jsonl', '{"id":"a","text":""}\n{"id":"b","body":"x"}\n[1,2]\n{"id":"c","text":"高才通"}\n');
    addsUp(r, 4);
    expect(r.rejects.map((x) => x.code)).toEqual(['empty_text', 'missing_text', 'not_an_object']);
    expect(String(r.rejects[1]!.reason)).toContain('line 2');
  });

  it('duplicate ids are kept and reported', async () => {
    const r = await classify('dups.jsonl', '{"id":"a","text":"高才通"}\n{"id":"a","text":"優才計劃"}\n');
    addsUp(r, 2);
    expect(r.err).toContain('1 records reuse an id');
  });

  it('a file whose contents are not what its extension says is read by its contents', async () => {
    const r = await classify('really-jsonl.csv', '{"id":"a","text":"高才通續簽好難"}\n');
    addsUp(r, 1);
    expect(r.err).toContain('looks like jsonl, not csv');
    const g = await classify('posts.jsonl.gz', gzipSync('id,text\n1,高才通續簽好難\n'));
    addsUp(g, 1);
    expect(g.rejects).toEqual([]);
    expect(g.out[0]).toMatchObject({ id: '1', text: '高才通續簽好難', relevant: true });
  });

  it('binary data is refused with a clear error', async () => {
    const r = await classify('image.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    expect(r.code).toBe(1);
    expect(r.err).toContain('holds binary data');
  });

  /** n empty-text records (rejected) among 8 records. */
  const withRejects = (n: number) => Array.from({ length: 8 }, (_, i) => JSON.stringify({ id: `r${i}`, text: i < n ? '' : '高才通' })).join('\n') + '\n';

  it.each([
    ['2', 2, 0],
    ['2', 3, 3],
    ['25%', 2, 0],
    ['25%', 3, 3],
    ['0', 0, 0],
    ['0', 1, 3],
  ])('--max-rejects %s allows exactly that many: %i rejects exit %i', async (limit, rejects, code) => {
    const r = await classify(`limit-${limit.replace('%', 'pc')}-${rejects}.jsonl`, withRejects(rejects), ['--max-rejects', limit]);
    addsUp(r, 8);
    expect(r.rejects).toHaveLength(rejects);
    expect(r.code).toBe(code);
    if (code === 3) expect(r.err).toContain(`${rejects} records were rejected, more than --max-rejects ${limit} allows`);
    else expect(r.err).not.toContain('E_TOO_MANY_REJECTS');
  });

  it('--max-rejects turns too many rejects into exit code 3', async () => {
    const r = await classify('rej.jsonl', '{"id":"a","text":""}\n{"id":"b","text":"高才通"}\n', ['--max-rejects', '10%']);
    expect(r.code).toBe(3);
    expect(r.err).toContain('E_TOO_MANY_REJECTS');
  });
});
