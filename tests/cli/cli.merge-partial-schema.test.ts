/**
 * `report --merge` reads partial states from other processes or machines: every field is checked
 * against the format yuqing aggregate writes, and a file that differs (an unknown field, a negative
 * count, a label outside the taxonomy, a link other than http(s)) is refused naming file and field.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { captureIo, FIXTURES, TINY_LEXICON } from '../helpers.js';

async function cli(args: string[]) {
  const io = captureIo();
  const code = await runCli([...args, '--lexicon', TINY_LEXICON], io);
  return { code, out: io.out(), err: io.err() };
}

// biome-ignore lint/suspicious/noExplicitAny: parsed JSON, read by path in the assertions.
type Json = Record<string, any>;

const dir = mkdtempSync(join(tmpdir(), 'yuqing-partial-schema-'));
const classified = join(dir, 'all.jsonl');
let partial: Json;
let dedupPartial: Json;

beforeAll(async () => {
  const posts = join(dir, 'posts.jsonl');
  writeFileSync(posts, ['posts.jsonl', 'hostile-posts.jsonl'].map((f) => readFileSync(join(FIXTURES, f), 'utf8')).join(''));
  expect((await cli(['classify', posts, '-o', classified, '--workers', '1', '-q'])).code).toBe(0);
  expect((await cli(['aggregate', classified, '-o', join(dir, 'p.json')])).code).toBe(0);
  expect((await cli(['aggregate', classified, '-o', join(dir, 'd.json'), '--dedup', 'exact'])).code).toBe(0);
  partial = JSON.parse(readFileSync(join(dir, 'p.json'), 'utf8')) as Json;
  dedupPartial = JSON.parse(readFileSync(join(dir, 'd.json'), 'utf8')) as Json;
}, 60_000);

/** Write a changed copy of the partial and merge it; returns the exit code and stderr. */
async function mergeChanged(name: string, change: (p: Json) => void, from: () => Json = () => partial) {
  const copy = structuredClone(from());
  change(copy);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(copy));
  return { file, ...(await cli(['report', '--merge', file, '--format', 'html'])) };
}

function firstExample(p: Json): Json {
  const key = Object.keys(p.state.examples as object).sort()[0]!;
  return { key, post: p.state.examples[key][0] as Json };
}

describe('report --merge checks every field of a partial state', () => {
  it('merges the files yuqing aggregate writes, with and without --dedup exact', async () => {
    for (const name of ['p.json', 'd.json']) {
      const r = await cli(['report', '--merge', join(dir, name), '--format', 'json']);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
    }
    expect(Object.keys(dedupPartial.state.distinct as object).length).toBeGreaterThan(0);
  });

  it.each([
    [
      'an unknown field in a region',
      (p: Json) => {
        p.state.byRegion.hk.extra = 1;
      },
      'state.byRegion.hk',
      /extra/,
    ],
    [
      'an unknown region',
      (p: Json) => {
        p.state.byRegion.mars = p.state.byRegion.hk;
      },
      'state.byRegion',
      /mars/,
    ],
    [
      'a negative count',
      (p: Json) => {
        p.state.byRegion.hk.volume = -1;
      },
      'state.byRegion.hk.volume',
      /0/,
    ],
    [
      'a fractional count',
      (p: Json) => {
        p.state.records = 1.5;
      },
      'state.records',
      /int/i,
    ],
    [
      'a topic outside the taxonomy',
      (p: Json) => {
        p.state.byRegion.hk.topics.made_up = 1;
      },
      'state.byRegion.hk.topics',
      /made_up/,
    ],
    [
      'an example pool key outside the taxonomy',
      (p: Json) => {
        p.state.examples['made.up hk'] = [];
      },
      'state.examples',
      /made\.up hk/,
    ],
    [
      'an unknown field in an example',
      (p: Json) => {
        firstExample(p).post.onclick = 'x';
      },
      'state.examples.',
      /onclick/,
    ],
    [
      'an evidence span outside its excerpt',
      (p: Json) => {
        firstExample(p).post.evidence = [{ end: 100000, label: 'pr.strict_exit', start: 0 }];
      },
      'state.examples.',
      /excerpt/,
    ],
    [
      'a study design field missing',
      (p: Json) => {
        delete p.state.design.dedup;
      },
      'state.design.dedup',
      /./,
    ],
    [
      'an unknown top-level field',
      (p: Json) => {
        p.note = 'x';
      },
      '',
      /note/,
    ],
  ])('refuses %s, naming the file and the field', async (_what, change, field, detail) => {
    const r = await mergeChanged('changed.json', change);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^error \[E_INPUT_FORMAT\]: /);
    expect(r.err).toContain(`${r.file}: field "${field}`);
    expect(r.err).toMatch(detail);
    expect(r.err).not.toContain('    at ');
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'JAVASCRIPT:alert(1)'])(
    'refuses an example link %j, naming its field',
    async (url) => {
      const r = await mergeChanged('link.json', (p) => {
        firstExample(p).post.url = url;
      });
      const { key } = firstExample(partial);
      expect(r.code).toBe(1);
      expect(r.err).toContain(`${r.file}: field "state.examples.${key}.0.url"`);
      expect(r.out).toBe('');
    },
  );

  it('refuses a --dedup exact table entry that is not a group as aggregate writes it', async () => {
    const r = await mergeChanged(
      'dedup.json',
      (p) => {
        const key = Object.keys(p.state.distinct as object)[0]!;
        p.state.distinct[key] = '0123456789abcdef\t["mars","post","weibo","",1,1,[],[],"neutral"]';
      },
      () => dedupPartial,
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain('field "state.distinct.');
  });
});
