import { mkdtempSync, readFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { classifiedSchema } from '../../src/records.js';
import { normaliseTerm } from '../../src/text/normalise.js';
import { captureIo, TINY_LEXICON, tinyClassifier, talentTaxonomy } from '../helpers.js';

const INPUT = 'tests/fixtures/posts.jsonl';

async function classify(args: string[], stdin = '') {
  const io = captureIo(stdin);
  const code = await runCli(['classify', ...args, '--lexicon', TINY_LEXICON], io);
  return { code, out: io.out(), err: io.err() };
}

describe('yuqing classify', () => {
  it('writes one valid line per input line, in input order, with evidence at a lexicon term of the text', async () => {
    const { code, out, err } = await classify([INPUT]);
    const terms = new Set(tinyClassifier().lexicon.terms.map((t) => t.text));
    expect(code).toBe(0);
    const inputIds = readFileSync(INPUT, 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: string }).id);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => classifiedSchema.parse(JSON.parse(l)));
    expect(lines.map((l) => l.id)).toEqual(inputIds);
    for (const r of lines) {
      // `term` is text.slice(start, end) by definition; what the offsets must hit is a term of the lexicon.
      for (const e of r.evidence) expect(terms.has(normaliseTerm((r.text as string).slice(e.start, e.end))), `${r.id} ${e.term}`).toBe(true);
      for (const label of [...r.topics, ...r.viewpoints]) expect(r.evidence.some((e) => e.label === label)).toBe(true);
      expect(r.topics.every((t) => talentTaxonomy().topics.includes(t))).toBe(true);
      expect(r.viewpoints.every((v) => talentTaxonomy().viewpoints.includes(v))).toBe(true);
      expect([...r.topics].sort()).toEqual(r.topics);
      if (!r.relevant) expect(r.topics).toEqual([]);
    }
    expect(err).toContain('read 12 = classified 12 + rejected 0');
  });

  it('gives the same bytes on worker threads as on one thread, over many batches', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yuqing-workers-'));
    const base = readFileSync(INPUT, 'utf8').trim().split('\n');
    const many = join(dir, 'many.jsonl');
    const lines = Array.from({ length: 1200 }, (_, i) => base[i % base.length]!.replace(/"id":"(\w+)"/, `"id":"$1-${i}"`));
    writeFileSync(many, `${lines.join('\n')}\n{"id":"bad"}\n`);
    const one = await classify([many, '--workers', '1']);
    const two = await classify([many, '--workers', '2']);
    expect(two.code).toBe(0);
    expect(two.out).toBe(one.out);
    expect(two.out.trim().split('\n')).toHaveLength(1200);
    expect(two.err).toContain('read 1201 = classified 1200 + rejected 1');
  });

  it('gives byte-identical output for the same input twice', async () => {
    expect((await classify([INPUT])).out).toBe((await classify([INPUT])).out);
  });

  it('reads stdin and writes atomically to -o with a manifest and rejects beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yuqing-cli-'));
    const out = join(dir, 'out.jsonl');
    const stdin = '{"id":"a","text":"高才通續簽好難"}\n[1,2]\n{"id":"b"}\nnot json\n{"id":"c","text":"   "}\n';
    const { code, err } = await classify(['-', '-o', out], stdin);
    expect(code).toBe(0);
    expect(err).toContain('read 5 = classified 1 + rejected 4');
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(1);
    const rejects = readFileSync(`${out}.rejects.jsonl`, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { code: string; line: number });
    expect(rejects.map((r) => [r.line, r.code])).toEqual([
      [2, 'not_an_object'],
      [3, 'missing_text'],
      [4, 'bad_json'],
      [5, 'empty_text'],
    ]);
    const manifest = JSON.parse(readFileSync(`${out}.manifest.json`, 'utf8')) as { counts: object; lexicon: { id: string } };
    expect(manifest.counts).toEqual({ read: 5, classified: 1, rejected: 4 });
    expect(manifest.lexicon.id).toBe('test-tiny');
  });

  it('reads CSV with quoted newlines and maps columns', async () => {
    const csv = '編號,內容,來源\n1,"高才通續簽\n好難",小紅書\n2,"H-1B, K字簽證",連登\n';
    const { code, out } = await classify(['-', '--input-format', 'csv', '--id-field', '編號', '--text-field', '內容', '--platform-field', '來源'], csv);
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; region: string; relevant: boolean; text: string });
    expect(lines.map((l) => [l.id, l.region, l.relevant])).toEqual([
      ['1', 'mainland', true],
      ['2', 'hk', false],
    ]);
    expect(lines[0]!.text).toBe('高才通續簽\n好難');
  });

  it('names file and cause for a missing input, exit 1, no stack trace', async () => {
    const { code, err } = await classify(['no/such/file.jsonl']);
    expect(code).toBe(1);
    expect(err).toMatch(/^error \[E_INPUT_NOT_FOUND\]: no\/such\/file.jsonl: no such file/);
    expect(err).not.toContain('    at ');
  });

  it('leaves no partial output under the final name when a run fails midway', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yuqing-cli-'));
    const out = join(dir, 'out.jsonl');
    async function* failing() {
      yield '{"id":"a","text":"高才通續簽好難"}\n';
      throw new Error('connection reset while reading');
    }
    const io = { ...captureIo(), stdin: Readable.from(failing()) };
    const code = await runCli(['classify', '-', '-o', out, '--lexicon', TINY_LEXICON], io);
    expect(code).not.toBe(0);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
