/**
 * Property-based tests of the readers and `yuqing classify`: arbitrary bytes, arbitrary JSON, and
 * mutated CSV, xlsx and gzip files never make it exit 70; read = classified + rejected; every output
 * line and reject is as io.md says; one and two workers give the same bytes. Fixed seeds here;
 * `npm run fuzz` runs longer with a fresh seed.
 */
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { readPosts } from '../../src/io/read/read-records.js';
import { isYuqingError } from '../../src/errors.js';
import { buildXlsx } from '../io/xlsx-fixture.js';
import { checkRun, classifyBytes, classifyFile, edits, fuzzParameters, inputFile, mutate } from './fuzz-support.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';

const texts = fc.oneof(fc.constantFrom('高才通續簽好難，寬進嚴出', '優才計劃審批快', '香港人才清單', '', ' '), fc.string({ unit: 'binary', maxLength: 40 }));
const values = fc.oneof(texts, fc.jsonValue({ maxDepth: 3 }), fc.constantFrom('weibo', '連登', '小紅書', 'mars', 'hk', 'mainland', 'post', 'reply'));
const keys = fc.oneof(
  fc.constantFrom(
    'id',
    'text',
    'title',
    'content',
    'platform',
    'region',
    'kind',
    'published_at',
    '__proto__',
    'constructor',
    'toString',
    'relevant',
    'evidence',
  ),
  fc.string({ maxLength: 8 }),
);

/** A JSON object's text built by hand, so that keys like __proto__ stay keys (and may repeat). */
const objectText = fc
  .array(fc.tuple(keys, values), { maxLength: 8 })
  .map((pairs) => `{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`);
const deepText = fc.integer({ min: 1, max: 400 }).map((n) => `{"id":"d","text":"高才通","x":${'['.repeat(n)}${']'.repeat(n)}}`);
const jsonLine = fc.oneof(
  { weight: 4, arbitrary: objectText },
  { weight: 1, arbitrary: fc.json({ maxDepth: 3 }) },
  { weight: 1, arbitrary: deepText },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);
const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
const jsonLines = fc.array(fc.tuple(jsonLine, lineEnd), { maxLength: 14 }).map((lines) => lines.map(([l, e]) => l + e).join(''));

const CSV = 'id,text,platform,region\n1,"高才通續簽\n好難, 真係",連登,hk\n2,優才計劃,小紅書,\n3,"他說""寬進嚴出""",weibo,mars\n';
const JSONL = '{"id":"a","text":"高才通續簽好難","platform":"weibo"}\n{"id":"b","text":"優才計劃","region":"hk"}\n';

describe('fuzz: yuqing classify never exits 70, and what it writes adds up and is valid', () => {
  it('arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.constantFrom('x.jsonl', 'x.csv', 'x.xlsx', 'x.jsonl.gz'), async (bytes, name) => {
        checkRun(await classifyBytes(bytes, name));
      }),
      fuzzParameters(12),
    );
  });

  it('arbitrary JSON Lines: odd values in every field, __proto__ keys, deep nesting, CR and CRLF', async () => {
    await fc.assert(
      fc.asyncProperty(jsonLines, fc.constantFrom([], ['--max-json-depth', '8'], ['--max-record-bytes', '200']), async (text, extra) => {
        checkRun(await classifyBytes(text, 'x.jsonl', 1, extra));
      }),
      fuzzParameters(20),
    );
  });

  it('mutated CSV', async () => {
    await fc.assert(
      fc.asyncProperty(edits, async (changes) => {
        checkRun(await classifyBytes(mutate(Buffer.from(CSV), changes), 'x.csv'));
      }),
      fuzzParameters(12),
    );
  });

  it('mutated xlsx', async () => {
    const xlsx = buildXlsx([
      ['id', 'text', '__proto__'],
      ['1', '高才通續簽好難', 'x'],
      ['2', '優才計劃', null],
    ]);
    await fc.assert(
      fc.asyncProperty(edits, async (changes) => {
        checkRun(await classifyBytes(mutate(xlsx, changes), 'x.xlsx'));
      }),
      fuzzParameters(8),
    );
  });

  it('mutated gzip', async () => {
    const gz = gzipSync(Buffer.from(JSONL.repeat(20)));
    await fc.assert(
      fc.asyncProperty(edits, async (changes) => {
        checkRun(await classifyBytes(mutate(gz, changes), 'x.jsonl.gz'));
      }),
      fuzzParameters(8),
    );
  });
});

describe('fuzz: the readers give posts or rejects, or a YuqingError, nothing else', () => {
  const dir = mkdtempSync(join(tmpdir(), 'yuqing-fuzz-read-'));
  let n = 0;
  it('arbitrary JSON Lines and mutated CSV through readPosts', async () => {
    const inputs = fc.oneof(
      jsonLines.map((t) => ({ bytes: Buffer.from(t), name: 'r.jsonl' })),
      edits.map((c) => ({ bytes: mutate(Buffer.from(CSV), c), name: 'r.csv' })),
    );
    await fc.assert(
      fc.asyncProperty(inputs, async ({ bytes, name }) => {
        const file = join(dir, `${n++}-${name}`);
        writeFileSync(file, bytes);
        try {
          for await (const item of readPosts(file)) {
            if ('post' in item) expect(typeof item.post.text === 'string' && typeof item.post.id === 'string').toBe(true);
            else expect(item.reject.reason.length).toBeGreaterThan(10);
          }
        } catch (error) {
          expect(isYuqingError(error), String(error)).toBe(true);
        }
      }),
      fuzzParameters(20),
    );
  });
});

describe('fuzz: one worker and two give the same bytes', () => {
  it(
    'arbitrary JSON Lines, repeated past a few batches',
    async () => {
      // The first line is a post, so that the file reads as JSON Lines (a first line of garbage makes
      // it CSV, where each broken quote costs a pass over the file: see the README's Big dumps).
      await fc.assert(
        fc.asyncProperty(
          jsonLines.filter((t) => t.length > 0),
          async (text) => {
            const lines = Math.max(1, text.split(/\r\n|\r|\n/).length);
            const body = text.endsWith('\n') || text.endsWith('\r') ? text.repeat(Math.ceil(700 / lines)) : `${text}\n`;
            const big = `{"id":"first","text":"高才通"}\n${body}`;
            const input = inputFile(big, 'w.jsonl');
            let started = Date.now();
            const one = await classifyFile(input, 1);
            const oneMs = Date.now() - started;
            started = Date.now();
            const two = await classifyFile(input, 2);
            if (process.env.FUZZ_VERBOSE) console.error(`one worker ${oneMs} ms, two: ${Date.now() - started} ms, ${big.length} chars, ${input}`);
            checkRun(one);
            expect(two.code).toBe(one.code);
            expect(two.out).toBe(one.out);
            expect(two.rejects).toBe(one.rejects);
          },
        ),
        fuzzParameters(3),
      );
    },
    30_000 * fuzzParameters(3).numRuns!,
  );
});
