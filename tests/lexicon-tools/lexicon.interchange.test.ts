/** LIWC .dic and quanteda YAML: parse, write, and a round trip through the shipped lexicon. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { buildLexiconFiles, guessMapping } from '../../src/lexicon-tools/interchange/import.js';
import { formatLiwc, parseLiwc } from '../../src/lexicon-tools/interchange/liwc.js';
import { parseQuanteda } from '../../src/lexicon-tools/interchange/quanteda.js';
import { captureIo } from '../helpers.js';
import { talentTaxonomy } from '../helpers.js';

const DIC = '%\n1\tposemo\n2\twork\n%\n開心\t1\n加班*\t2\n滿意\t1\t2\n';

describe('LIWC .dic', () => {
  it('parses the % header and word lines, keeping wildcards', () => {
    expect(parseLiwc(DIC, 'x.dic')).toEqual([
      { name: 'posemo', patterns: ['開心', '滿意'] },
      { name: 'work', patterns: ['加班*', '滿意'] },
    ]);
  });

  it('writes what it reads (words sorted)', () => {
    const sorted = (cats: ReturnType<typeof parseLiwc>) => cats.map((c) => ({ name: c.name, patterns: [...c.patterns].sort() }));
    const cats = parseLiwc(DIC, 'x.dic');
    expect(sorted(parseLiwc(formatLiwc(cats), 'y.dic'))).toEqual(sorted(cats));
  });

  it('names the line of a word in an undefined category', () => {
    expect(() => parseLiwc('%\n1\ta\n%\n詞\t7\n', 'bad.dic')).toThrow(/bad\.dic line 4: 詞 is in category 7/);
  });
});

describe('import mapping', () => {
  it('maps posemo to polarity and the rest to ignore; a trailing * becomes boundary: free', () => {
    const cats = parseLiwc(DIC, 'x.dic');
    const mapping = guessMapping(talentTaxonomy(), cats);
    expect(mapping.categories).toEqual({ posemo: 'polarity.positive', work: 'ignore' });
    const { files, report } = buildLexiconFiles(
      talentTaxonomy(),
      cats,
      { categories: { posemo: 'polarity.positive', work: 'topic.scheme_optimisation' } },
      { id: 'x', source: 'x.dic' },
    );
    expect(report).toMatchObject({ mapped: 2, ignored: [], terms: 4 });
    expect(files.find((f) => f.name === 'topics.yaml')!.content).toContain('term: 加班\n      boundary: free');
    expect(files.map((f) => f.name)).toContain('import-mapping.yaml');
  });

  it('reads quanteda nested keys as dotted categories', () => {
    expect(parseQuanteda('polarity:\n  positive: [好, "*讚*"]\nviewpoint:\n  pr.strict_exit: [寬進嚴出]\n', 'q.yml')).toEqual([
      { name: 'polarity.positive', patterns: ['好', '*讚*'] },
      { name: 'viewpoint.pr.strict_exit', patterns: ['寬進嚴出'] },
    ]);
  });
});

describe('round trip through the shipped lexicon', () => {
  for (const format of ['liwc', 'quanteda'] as const) {
    it(`export --to ${format} → import → export gives the same terms`, async () => {
      const dir = mkdtempSync(join(tmpdir(), `yuqing-${format}-`));
      const first = join(dir, 'first');
      const second = join(dir, 'second');
      expect(await runCli(['lexicon', 'export', '--to', format, '-o', first], captureIo())).toBe(0);
      const io = captureIo();
      expect(await runCli(['lexicon', 'import', '--from', format, first, '-o', join(dir, 'lex')], io)).toBe(0);
      expect(io.err()).not.toContain('ignored');
      expect(await runCli(['lexicon', 'export', join(dir, 'lex'), '--to', format, '-o', second], captureIo())).toBe(0);
      const parse = format === 'liwc' ? parseLiwc : parseQuanteda;
      const a = parse(readFileSync(first, 'utf8'), first).map((c) => [c.name, [...c.patterns].sort()]);
      const b = parse(readFileSync(second, 'utf8'), second).map((c) => [c.name, [...c.patterns].sort()]);
      expect(b).toEqual(a);
      expect(a.length).toBeGreaterThan(20);
    });
  }

  it('import refuses to overwrite a lexicon without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yuqing-import-'));
    writeFileSync(join(dir, 'x.dic'), DIC);
    expect(await runCli(['lexicon', 'import', '--from', 'liwc', join(dir, 'x.dic'), '-o', join(dir, 'lex')], captureIo())).toBe(0);
    const io = captureIo();
    expect(await runCli(['lexicon', 'import', '--from', 'liwc', join(dir, 'x.dic'), '-o', join(dir, 'lex')], io)).toBe(1);
    expect(io.err()).toContain('already holds a lexicon');
  });
});
