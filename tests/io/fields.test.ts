/** Fields are kept or rejected with a reason, never dropped; unknown values are counted on stderr and in the manifest. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { captureIo, TINY_LEXICON } from '../helpers.js';
import { buildXlsx } from './xlsx-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'yuqing-fields-'));

async function classify(name: string, content: string | Uint8Array, extra: string[] = []) {
  const input = join(dir, name);
  writeFileSync(input, content);
  const out = join(dir, `${name}.out.jsonl`);
  const io = captureIo();
  const code = await runCli(['classify', input, '-o', out, '--workers', '1', '-q', '--lexicon', TINY_LEXICON, ...extra], io);
  const read = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);
  let rejects: Record<string, unknown>[] = [];
  try {
    rejects = read(`${out}.rejects.jsonl`).map((l) => JSON.parse(l) as Record<string, unknown>);
  } catch {
    /* no rejects file */
  }
  return { code, err: io.err(), raw: read(out), rejects, manifest: JSON.parse(readFileSync(`${out}.manifest.json`, 'utf8')) as Record<string, unknown> };
}

describe('fields kept or rejected, never dropped', () => {
  it('a platform, region or kind that is an object, array or boolean rejects the record with the field named', async () => {
    const r = await classify(
      'objects.jsonl',
      [
        { id: 'a', text: '高才通', platform: { name: 'weibo' } },
        { id: 'b', text: '高才通', region: ['hk'] },
        { id: 'c', text: '高才通', kind: true },
        { id: 'd', text: '高才通', platform: 'weibo', published_at: 20250307 },
      ]
        .map((p) => JSON.stringify(p))
        .join('\n'),
    );
    expect(r.rejects.map((x) => [x.id, x.code])).toEqual([
      ['a', 'bad_field'],
      ['b', 'bad_field'],
      ['c', 'bad_field'],
    ]);
    expect(String(r.rejects[0]!.reason)).toContain('expected field "platform" to be text, got an object');
    expect(r.raw).toHaveLength(1);
    // A number is written as text, as before.
    expect(JSON.parse(r.raw[0]!)).toMatchObject({ id: 'd', published_at: '20250307' });
  });

  it('keys named __proto__ and constructor are carried through verbatim (JSON Lines)', async () => {
    const r = await classify('proto.jsonl', '{"id":"p","text":"高才通","__proto__":{"polluted":1},"constructor":"k","toString":"t"}\n');
    expect(r.raw[0]).toContain('"__proto__":{"polluted":1},"constructor":"k","toString":"t"');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('columns named __proto__ and constructor are carried through verbatim (CSV and xlsx)', async () => {
    const csv = await classify('proto.csv', 'id,text,__proto__,constructor\n1,高才通,x,y\n');
    expect(csv.raw[0]).toContain('"__proto__":"x","constructor":"y"');
    const xlsx = await classify(
      'proto.xlsx',
      buildXlsx([
        ['id', 'text', '__proto__', 'constructor'],
        ['1', '高才通', 'x', 'y'],
      ]),
    );
    expect(xlsx.raw[0]).toContain('"__proto__":"x","constructor":"y"');
  });

  it('a mapped field named like an Object.prototype member is read only when the record has it', async () => {
    // The columns exist in the file (a later record has them), so the run starts (fail-fast checks the header).
    const lines = '{"id":"a","text":"高才通"}\n{"id":"b","text":"高才通","constructor":"weibo","toString":"x"}\n';
    const r = await classify('ctor.jsonl', lines, ['--platform-field', 'constructor', '--id-field', 'toString']);
    expect(JSON.parse(r.raw[0]!)).toMatchObject({ id: 'ctor.jsonl:1' });
    expect(JSON.parse(r.raw[0]!).platform).toBeUndefined();
    expect(JSON.parse(r.raw[1]!)).toMatchObject({ id: 'x', platform: 'weibo' });
  });

  it('a region of "mars" is counted as a warning on stderr and in the manifest, with its first line', async () => {
    const r = await classify(
      'mars.jsonl',
      [
        { id: 'a', text: '高才通', region: 'mars', platform: 'weibo' },
        { id: 'b', text: '高才通', region: 'hk' },
        { id: 'c', text: '高才通', region: 'mars' },
        { id: 'd', text: '高才通', platform: 'myspace', kind: 'reply' },
      ]
        .map((p) => JSON.stringify(p))
        .join('\n'),
    );
    expect(r.err).toContain('warning: 2 records give a region yuqing does not know (first "mars", line 1)');
    expect(r.err).toContain('warning: 1 records name a platform not in platforms.yaml (first "myspace", line 4)');
    expect(r.err).toContain('warning: 1 records give a kind other than post, comment, article (first "reply", line 4)');
    expect(r.manifest.warnings).toEqual({
      unknown_region: { count: 2, first: { value: 'mars', line: 1 } },
      unknown_platform: { count: 1, first: { value: 'myspace', line: 4 } },
      unknown_kind: { count: 1, first: { value: 'reply', line: 4 } },
    });
    // Classified all the same: the region comes from the platform.
    expect(r.raw.map((l) => JSON.parse(l).region)).toEqual(['mainland', 'hk', 'unknown', 'unknown']);
  });

  it('a run with only known values has no warnings in its manifest', async () => {
    const r = await classify('known.jsonl', '{"id":"a","text":"高才通","platform":"連登","region":"香港","kind":"post"}\n');
    expect(r.err).not.toContain('warning');
    expect(r.manifest).not.toHaveProperty('warnings');
  });
});
