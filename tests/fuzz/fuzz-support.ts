/**
 * Shared by the fuzz tests: how many runs and which seed (fixed in CI, `npm run fuzz` for a longer
 * random run), running `yuqing classify` in-process on some bytes, and the checks every run must
 * pass — never exit 70, read = classified + rejected, every output line and reject as io.md says.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { z } from 'zod';
import { runCli } from '../../src/cli/program.js';
import { classifiedSchema } from '../../src/records.js';
import { captureIo, TINY_LEXICON } from '../helpers.js';

/** FUZZ_RUNS scales every property's runs; FUZZ_SEED=random draws a new seed (printed on failure). */
export function fuzzParameters(runs: number): fc.Parameters<unknown> {
  const scale = Number(process.env.FUZZ_RUNS ?? 1);
  const seed = process.env.FUZZ_SEED === 'random' ? Date.now() ^ (Math.random() * 2 ** 31) : Number(process.env.FUZZ_SEED ?? 20251207);
  return { numRuns: Math.max(1, Math.round(runs * scale)), seed, endOnFailure: true };
}

const dir = mkdtempSync(join(tmpdir(), 'yuqing-fuzz-'));
let n = 0;

export interface ClassifyRun {
  readonly code: number;
  readonly err: string;
  readonly out: string;
  readonly rejects: string;
}

/** Bytes into a file of their own, named … `name`. */
export function inputFile(bytes: Uint8Array | string, name: string): string {
  const input = join(dir, `${n++}-${name}`);
  writeFileSync(input, bytes);
  return input;
}

export function classifyBytes(bytes: Uint8Array | string, name: string, workers = 1, extra: readonly string[] = []): Promise<ClassifyRun> {
  return classifyFile(inputFile(bytes, name), workers, extra);
}

export async function classifyFile(input: string, workers = 1, extra: readonly string[] = []): Promise<ClassifyRun> {
  const out = `${input}.${n++}.out.jsonl`;
  const io = captureIo();
  const code = await runCli(['classify', input, '-o', out, '--workers', String(workers), '-q', '--lexicon', TINY_LEXICON, ...extra], io);
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return '';
    }
  };
  return { code, err: io.err(), out: read(out), rejects: read(`${out}.rejects.jsonl`) };
}

const rejectSchema = z.strictObject({
  file: z.string().min(1),
  line: z.int().min(1),
  id: z.string().optional(),
  code: z.enum(['bad_json', 'not_an_object', 'missing_text', 'empty_text', 'bad_text', 'bad_field', 'bad_csv_row', 'undecodable', 'too_large', 'too_deep']),
  reason: z.string().min(10),
});

const sorted = (xs: readonly string[]) => xs.every((x, i) => i === 0 || xs[i - 1]! < x);

/** What every run must satisfy, whatever the input. */
export function checkRun(run: ClassifyRun): void {
  expect(run.err, run.err).not.toContain('internal error');
  expect([0, 1], run.err).toContain(run.code);
  if (run.code === 1) {
    expect(run.err).toMatch(/^error \[E_[A-Z_]+\]: /m);
    expect(run.out).toBe('');
    return;
  }
  const out = run.out.split('\n').filter(Boolean);
  const rejects = run.rejects.split('\n').filter(Boolean);
  expect(run.err).toContain(`read ${out.length + rejects.length} = classified ${out.length} + rejected ${rejects.length}`);
  for (const line of out) {
    const parsed = classifiedSchema.safeParse(JSON.parse(line));
    expect(parsed.success, `${line}\n${parsed.error?.message}`).toBe(true);
    const record = parsed.data!;
    expect(sorted(record.topics) && sorted(record.viewpoints), line).toBe(true);
    if (!record.relevant) expect([...record.topics, ...record.viewpoints], line).toEqual([]);
    const text = (record as { text?: unknown }).text;
    for (const e of record.evidence) {
      expect(e.start <= e.end, line).toBe(true);
      if (typeof text === 'string') expect(e.end <= text.length, line).toBe(true);
    }
  }
  for (const line of rejects) {
    const parsed = rejectSchema.safeParse(JSON.parse(line));
    expect(parsed.success, `${line}\n${parsed.error?.message}`).toBe(true);
  }
}

/** Byte edits: overwrite, insert or delete at a position (modulo the length), or cut the end off. */
export const edits = fc.array(
  fc.record({
    at: fc.nat(),
    op: fc.constantFrom('set', 'insert', 'delete', 'truncate'),
    byte: fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x22, 0x2c, 0x0a, 0x0d, 0x7b, 0x7d, 0x5b, 0x5c, 0x00, 0xff)),
  }),
  { minLength: 1, maxLength: 6 },
);

export function mutate(bytes: Uint8Array, changes: readonly { at: number; op: string; byte: number }[]): Uint8Array {
  let b = Buffer.from(bytes);
  for (const { at, op, byte } of changes) {
    const i = b.length === 0 ? 0 : at % b.length;
    if (op === 'set' && b.length > 0) b[i] = byte;
    else if (op === 'insert') b = Buffer.concat([b.subarray(0, i), Buffer.from([byte]), b.subarray(i)]);
    else if (op === 'delete') b = Buffer.concat([b.subarray(0, i), b.subarray(i + 1)]);
    else if (op === 'truncate') b = b.subarray(0, i);
  }
  return b;
}
