/** Limits: hostile input ends as rejects or a clear error (exit 1), never a crash (exit 70), and never costs the other records. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createGzip, gzipSync } from 'node:zlib';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { captureIo, TINY_LEXICON } from '../helpers.js';
import { buildXlsx } from './xlsx-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'yuqing-limits-'));
const post = (id: string) => `${JSON.stringify({ id, text: '高才通續簽好難' })}\n`;

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

async function classify(input: string, extra: string[] = [], stdin?: Readable) {
  const out = join(dir, `${input.replace(/\W/g, '_')}-${Math.random().toString(36).slice(2)}.jsonl`);
  const io = captureIo();
  const code = await runCli(['classify', input, '-o', out, '--workers', '1', '-q', '--lexicon', TINY_LEXICON, ...extra], stdin ? { ...io, stdin } : io);
  return { code, err: io.err(), out: lines(out), rejects: lines(`${out}.rejects.jsonl`) };
}

async function classifyFile(name: string, content: string | Uint8Array, extra: string[] = []) {
  const input = join(dir, name);
  writeFileSync(input, content);
  return classify(input, extra);
}

/** A gzip stream made as it is read: ordinary posts around one line of `lineBytes` bytes; counts the bytes it made. */
function generatedGzip(lineBytes: number, chunk: Buffer) {
  const made = { bytes: 0 };
  async function* plain() {
    yield Buffer.from(post('before'));
    yield Buffer.from('{"id":"huge","text":"');
    for (let n = 0; n < lineBytes; n += chunk.length) {
      made.bytes += chunk.length;
      yield chunk;
    }
    yield Buffer.from(`"}\n${post('after')}`);
  }
  return { stream: Readable.from(plain()).pipe(createGzip({ level: 1 })), made };
}

/** Text that gzip cannot squeeze much (a real giant post compresses a few times, not a thousand). */
function noisy(bytes: number): Buffer {
  let seed = 7;
  const out = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    out[i] = 0x61 + ((seed >>> 16) % 26);
  }
  return out;
}

describe('limits: a record too large', () => {
  it('a 2 MB gzip that inflates to one 2 GB line stops as a decompression bomb, early and with a clear error', async () => {
    const { stream, made } = generatedGzip(2 * 1024 ** 3, Buffer.alloc(1 << 20, 0x78));
    const r = await classify('-', [], stream);
    expect(r.code).toBe(1);
    expect(r.err).toContain('E_INPUT_LIMIT');
    expect(r.err).toContain('decompression bomb');
    expect(r.err).not.toContain('internal error');
    // Reading stopped soon after the ratio was judged, far short of 2 GB.
    expect(made.bytes).toBeLessThan(256 * 1024 ** 2);
  });

  it('a gzip line over --max-record-bytes is a too_large reject with its size; the posts around it are classified', async () => {
    const { stream } = generatedGzip(3 * 1024 * 1024, noisy(1 << 16));
    const r = await classify('-', ['--max-record-bytes', '1MiB'], stream);
    expect(r.code).toBe(0);
    expect(r.out.map((o) => o.id)).toEqual(['before', 'after']);
    expect(r.rejects).toHaveLength(1);
    expect(r.rejects[0]).toMatchObject({ line: 2, code: 'too_large' });
    expect(String(r.rejects[0]!.reason)).toMatch(/the record is 3,\d{3},\d{3} bytes, more than --max-record-bytes allows \(1,048,576\)/);
    expect(r.err).toContain('read 3 = classified 2 + rejected 1');
  });

  it('a long line in a plain file is rejected by size too, also in CRLF files and on the last line', async () => {
    const long = JSON.stringify({ id: 'long', text: '高才通'.repeat(2000) });
    const r = await classifyFile('long.jsonl', `${post('a').trim()}\r\n${long}\r\n${post('b').trim()}\r\n${long}`, ['--max-record-bytes', '4k']);
    expect(r.out.map((o) => o.id)).toEqual(['a', 'b']);
    expect(r.rejects.map((x) => [x.line, x.code])).toEqual([
      [2, 'too_large'],
      [4, 'too_large'],
    ]);
  });

  it('the same limit holds for text in other encodings (read as text, not bytes)', async () => {
    const text = `${post('a')}${JSON.stringify({ id: 'long', text: '續'.repeat(4000) })}\n${post('b')}`;
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const r = await classifyFile('long16.jsonl', utf16, ['--max-record-bytes', '4k']);
    expect(r.out.map((o) => o.id)).toEqual(['a', 'b']);
    expect(r.rejects).toMatchObject([{ line: 2, code: 'too_large' }]);
  });

  it('damaged gzip data is an input error naming the file, not a crash', async () => {
    const whole = gzipSync(Buffer.from(post('a').repeat(2000)));
    const r = await classifyFile('cut.jsonl.gz', whole.subarray(0, whole.length - 40));
    expect(r.code).toBe(1);
    expect(r.err).toContain('E_INPUT_FORMAT');
    expect(r.err).toContain('gzip data is damaged');
    // Under CSV too (the CSV parser used to wait for the damaged stream forever).
    const csv = gzipSync(Buffer.from(`id,text\n${'1,高才通\n'.repeat(2000)}`));
    const c = await classifyFile('cut.csv.gz', csv.subarray(0, csv.length - 40));
    expect(c.code).toBe(1);
    expect(c.err).toContain('gzip data is damaged');
  });
});

describe('limits: nesting', () => {
  it('one JSON line nested 100,000 deep among ordinary posts is a too_deep reject; the ordinary posts are classified', async () => {
    const deep = `{"id":"deep","text":"高才通","n":${'['.repeat(100_000)}${']'.repeat(100_000)}}\n`;
    const r = await classifyFile('deep.jsonl', `${post('a')}${deep}${post('b')}`);
    expect(r.code).toBe(0);
    expect(r.out.map((o) => o.id)).toEqual(['a', 'b']);
    expect(r.rejects).toMatchObject([{ line: 2, code: 'too_deep' }]);
    expect(r.err).toContain('read 3 = classified 2 + rejected 1');
  });

  it('--max-json-depth counts the levels of arrays and objects, the record itself the first; a record within it keeps its nested fields', async () => {
    const nested = `${JSON.stringify({ id: 'n', text: '高才通', meta: { a: { b: [1, [2]] } } })}\n`;
    expect((await classifyFile('n1.jsonl', nested, ['--max-json-depth', '5'])).out[0]).toMatchObject({ meta: { a: { b: [1, [2]] } } });
    expect((await classifyFile('n2.jsonl', nested, ['--max-json-depth', '4'])).rejects).toMatchObject([{ code: 'too_deep' }]);
  });
});

describe('limits: CSV', () => {
  it('a CSV record over the size limit is rejected and reading goes on from the next line', async () => {
    const csv = `id,text\n1,高才通\n2,${'續'.repeat(5000)}\n3,優才計劃\n`;
    const r = await classifyFile('big-field.csv', csv, ['--max-record-bytes', '1000']);
    expect(r.out.map((o) => o.id)).toEqual(['1', '3']);
    expect(r.rejects).toMatchObject([{ line: 3, code: 'too_large' }]);
  });

  it('a row with more fields than --max-fields is rejected; a wider header stops the run', async () => {
    const row = Array.from({ length: 50 }, (_, i) => `v${i}`).join(',');
    const r = await classifyFile('wide.csv', `id,text\n1,高才通\n2,優才,${row}\n`, ['--max-fields', '20']);
    expect(r.out.map((o) => o.id)).toEqual(['1']);
    expect(r.rejects).toMatchObject([{ line: 3, code: 'too_large' }]);
    const header = await classifyFile('wide-header.csv', `${row}\n${row}\n`, ['--max-fields', '20']);
    expect(header.code).toBe(1);
    expect(header.err).toContain('the header has 50 columns, more than --max-fields allows (20)');
  });

  it('cells past the header are kept as column_N fields, not dropped', async () => {
    const r = await classifyFile('ragged.csv', 'id,text\n1,高才通,extra,more\n');
    expect(r.out[0]).toMatchObject({ id: '1', text: '高才通', column_3: 'extra', column_4: 'more' });
  });
});

describe('limits: xlsx', () => {
  const sheet = (cells: string) => buildXlsxWithSheet(`<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>text</t></is></c></row>${cells}</sheetData>`);

  it('a few kilobytes whose one cell sits at XFD1048576 are refused before the reader builds 17 billion cells', async () => {
    const r = await classifyFile('far.xlsx', sheet('<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('E_INPUT_LIMIT');
    expect(r.err).toContain('1,048,576 rows × 16,384 columns');
  });

  it('a workbook that unzips past --max-xlsx-bytes or --max-inflate-ratio is refused as a zip bomb', async () => {
    const padding = `<row r="2"><c r="A2" t="inlineStr"><is><t>${'x'.repeat(20 * 1024 * 1024)}</t></is></c></row>`;
    const bomb = sheet(padding);
    const ratio = await classifyFile('bomb.xlsx', bomb);
    expect(ratio.code).toBe(1);
    expect(ratio.err).toContain('looks like a zip bomb');
    const size = await classifyFile('big.xlsx', bomb, ['--max-inflate-ratio', '0', '--max-xlsx-bytes', '1MiB']);
    expect(size.code).toBe(1);
    expect(size.err).toMatch(/sheets unzip to 20,\d{3},\d{3} bytes, more than --max-xlsx-bytes allows \(1,048,576\)/);
  });

  it('an xlsx row wider than its header keeps the extra cells as column_N fields', async () => {
    const r = await classifyFile(
      'wide.xlsx',
      buildXlsx([
        ['id', 'text'],
        ['1', '高才通', 'extra'],
      ]),
    );
    expect(r.out[0]).toMatchObject({ id: '1', text: '高才通', column_3: 'extra' });
  });
});

/** The fixture's workbook with a sheet of our own (cells placed anywhere). */
function buildXlsxWithSheet(sheetData: string): Uint8Array {
  const files = unzipSync(buildXlsx([['x']]));
  files['xl/worksheets/sheet1.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sheetData}</worksheet>`,
  );
  return zipSync(files, { level: 9 });
}
