/**
 * Partial states on disk (partial-state.ts): what `aggregate -o` writes reads back as the same
 * state, byte for byte; anything else is refused with the file, the field and what was expected.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/analyse.js';
import { WHOLE_DUMP } from '../../src/aggregate/study.js';
import { readPartial, serialisePartial, type Partial } from '../../src/io/write/partial-state.js';
import type { Classified } from '../../src/records.js';
import { tinyClassifier, talentTaxonomy } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'yuqing-partial-'));

const record = (id: string, region: 'hk' | 'mainland', url?: string): Classified => ({
  id,
  platform: region === 'hk' ? 'lihkg' : 'weibo',
  kind: 'post',
  published_at: '2025-03-07',
  text: '高才通續簽好難，寬進嚴出',
  region,
  relevant: true,
  topics: ['permanent_residency'],
  viewpoints: ['pr.strict_exit'],
  polarity: 'negative',
  ...(url ? { url } : {}),
  evidence: [
    { label: 'pr.strict_exit', term: '寬進嚴出', start: 8, end: 12 },
    { label: 'permanent_residency', term: '續簽', start: 3, end: 5 },
  ],
});

function partial(dedup: 'none' | 'exact' = 'none'): Partial {
  const records = [record('a', 'hk', 'https://lihkg.com/t/1'), record('b', 'mainland'), record('c', 'hk')];
  return {
    format: 'yuqing-partial/1',
    lexicon: { id: 'test-tiny', version: '0.0.1', hash: 'sha256:x' },
    input: [{ file: 'a.jsonl', sha256: 'y' }],
    counts: { read: 3, classified: 3, rejected: 0 },
    options: { dedup },
    state: aggregate(talentTaxonomy(), records, tinyClassifier().platforms, { ...WHOLE_DUMP, dedup }),
  };
}

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('partial states', () => {
  it.each(['none', 'exact'] as const)('read back what was written, byte for byte (dedup %s)', (dedup) => {
    const p = partial(dedup);
    const text = serialisePartial(p);
    const back = readPartial(write(`p-${dedup}.json`, text), talentTaxonomy());
    expect(serialisePartial(back)).toBe(text);
    expect(back.state.design).toEqual(p.state.design);
    expect(Object.keys(back.state.design)).toEqual(Object.keys(WHOLE_DUMP));
  });

  it('refuse a missing file and a file that is not JSON, naming it', () => {
    expect(() => readPartial(join(dir, 'nope.json'), talentTaxonomy())).toThrow(
      expect.objectContaining({ code: 'E_INPUT_NOT_FOUND', message: expect.stringContaining('nope.json: no such file') }),
    );
    const bad = write('bad.json', '{"format": ');
    expect(() => readPartial(bad, talentTaxonomy())).toThrow(
      expect.objectContaining({ code: 'E_INPUT_FORMAT', message: expect.stringContaining(`${bad}: not JSON`) }),
    );
  });

  it('refuse a changed file naming the file, the field path and the expectation', () => {
    const p = JSON.parse(serialisePartial(partial())) as { state: { examples: Record<string, { url: string | null }[]> }; format: string };
    const key = Object.keys(p.state.examples)[0]!;
    p.state.examples[key]![0]!.url = 'javascript:alert(1)';
    const file = write('js.json', JSON.stringify(p));
    expect(() => readPartial(file, talentTaxonomy())).toThrow(
      expect.objectContaining({
        code: 'E_INPUT_FORMAT',
        context: { file, field: `state.examples.${key}.0.url` },
        message: expect.stringMatching(
          new RegExp(`^${file}: field "state\\.examples\\.${key.replace('.', '\\.')}\\.0\\.url": .*http\\(s\\).*yuqing-partial/1`),
        ),
      }),
    );
    p.state.examples[key]![0]!.url = 'https://ok.example/x';
    p.format = 'yuqing-partial/2';
    expect(() => readPartial(write('v2.json', JSON.stringify(p)), talentTaxonomy())).toThrow(
      expect.objectContaining({ context: expect.objectContaining({ field: 'format' }) }),
    );
  });
});
