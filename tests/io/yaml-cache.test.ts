/** Parsed YAML kept between runs (src/io/bundled/yaml-cache.ts): the same value, checked, and never trusted when damaged. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readYamlValue, serialiseYamlValue, yamlCacheKey, yamlValueCache } from '../../src/io/bundled/yaml-cache.js';
import { parseYamlFile, sourceIssueSentence, yamlFileIssues } from '../../src/yaml-source.js';

const folder = mkdtempSync(join(tmpdir(), 'yuqing-yaml-cache-test-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const schema = z.object({ terms: z.array(z.string()), weight: z.number() });
const file = { path: 'cues.yaml', content: 'terms: [高才通, 優才]\nweight: 1.5\n' };

describe('the YAML value cache', () => {
  it('gives the value parsed, and the schema still checks it', () => {
    const cache = yamlValueCache(folder)!;
    const first = parseYamlFile(file, schema, cache);
    expect(readdirSync(folder)).toHaveLength(1);
    expect(parseYamlFile(file, schema, cache)).toEqual(first);
    expect(first).toEqual({ terms: ['高才通', '優才'], weight: 1.5 });
    const strict = z.object({ terms: z.array(z.string()), weight: z.string() });
    // A cached value the schema refuses is parsed again, so that the error names its line.
    expect(sourceIssueSentence(yamlFileIssues(file, strict, cache).issues[0]!)).toMatch(/^cues\.yaml:2:\d+ at weight:/);
  });

  it('ignores a file with one byte changed or cut short, parses again and writes a good file over it', () => {
    const key = yamlCacheKey(file.content);
    const good = serialiseYamlValue(key, { terms: ['x'], weight: 1 });
    expect(readYamlValue(good, key)).toEqual({ value: { terms: ['x'], weight: 1 } });
    expect(readYamlValue(good, yamlCacheKey('other'))).toBeUndefined();
    expect(readYamlValue(good.subarray(0, good.length - 1), key)).toBeUndefined();
    const target = join(folder, `yuqing-yaml-${key}.bin`);
    for (const at of [5, 12, good.length - 1]) {
      const bad = Uint8Array.from(good);
      bad[at] = bad[at]! ^ 0x04;
      expect(readYamlValue(bad, key)).toBeUndefined();
      writeFileSync(target, bad);
      expect(parseYamlFile(file, schema, yamlValueCache(folder))).toEqual({ terms: ['高才通', '優才'], weight: 1.5 });
      expect(readYamlValue(readFileSync(target), key)).toEqual({ value: { terms: ['高才通', '優才'], weight: 1.5 } });
    }
  });
});
