/** `yuqing lexicon lint`: every check on small inline lexicons, and a broken copy of the shipped one. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { createClassifier } from '../../src/classify.js';
import { DEFAULT_LEXICON_DIR, DEFAULT_PLATFORMS_FILE, readLexiconSource, readPlatformsFile } from '../../src/io/bundled/lexicon-files.js';
import { segmenterOf, writeSegmenterDictionary } from '../../src/io/bundled/segmenter-dictionary.js';
import { lintLexicon } from '../../src/lexicon-tools/lint/index.js';
import type { LexiconSource } from '../../src/lexicon/load.js';
import { cutWords } from '../../src/segment/jieba.js';
import { captureIo, TINY_LEXICON, tinyClassifier, talentTaxonomy } from '../helpers.js';

const plain = segmenterOf(writeSegmenterDictionary([]));
const cutPlain = (text: string) => cutWords(plain, text);

function withFile(name: string, content: string): LexiconSource {
  const source = readLexiconSource(TINY_LEXICON);
  const others = source.files.filter((f) => f.name !== name);
  return { dir: 'lex', files: [...others, { name, content }] };
}

describe('lexicon lint checks', () => {
  it('collects every schema error of a file, each at its line', () => {
    const source = withFile(
      'viewpoints/permanent_residency.yaml',
      'pr.strict_exit:\n  topic: permanent_residency\n  cues: [a]\n  bogus: 1\npr.no_such_view:\n  topic: permanent_residency\n  cues: [x]\n',
    );
    const report = lintLexicon(source, { taxonomy: talentTaxonomy(), cutPlain });
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.code, f.line])).toEqual([
      ['schema', 4],
      ['schema', 5],
    ]);
    expect(errors[1]!.message).toContain("pr.no_such_view is not a viewpoint ID of the study's taxonomy");
  });

  it('finds a term and its other-script twin under the same label', () => {
    const report = lintLexicon(withFile('relevance.yaml', 'strong: [高才通, 優才計劃, 优才计划]\nweak: [續簽]\n'), { taxonomy: talentTaxonomy(), cutPlain });
    const dup = report.findings.find((f) => f.code === 'duplicate-term');
    expect(dup).toMatchObject({ severity: 'warning', file: 'lex/relevance.yaml', line: 1, term: '优才计划' });
    expect(dup!.message).toContain('other-script twin of 優才計劃');
  });

  it('flags one term under two labels without a note, and accepts it with one', () => {
    const shared = lintLexicon(readLexiconSource(TINY_LEXICON), { taxonomy: talentTaxonomy(), cutPlain }).findings.filter((f) => f.code === 'shared-term');
    expect(shared.map((f) => f.term)).toEqual(['審批快']);
    const noted = withFile(
      'viewpoints/scheme_optimisation.yaml',
      'opt.clear_fast:\n  topic: scheme_optimisation\n  needs_topic: true\n  cues: [{term: 審批快, note: "shared with id.clear_fast on purpose"}]\n',
    );
    expect(lintLexicon(noted, { taxonomy: talentTaxonomy(), cutPlain }).findings.filter((f) => f.code === 'shared-term')).toEqual([]);
  });

  it('flags a one-to-many script conversion; a single character is a warning', () => {
    const source = withFile('polarity.yaml', 'positive: [利好, 后]\nnegative: [擔心]\nnegators: [不]\n');
    const found = lintLexicon(source, { taxonomy: talentTaxonomy(), cutPlain }).findings.filter((f) => f.code === 'script-ambiguous');
    const hou = found.find((f) => f.term === '后');
    expect(hou?.severity).toBe('warning');
    expect(hou?.message).toMatch(/后 is meant as 後 but also matches 后/);
  });

  it('reports a term that occurs in an example but never aligns with token boundaries', () => {
    // 高才 inside 提高才能: jieba keeps 提高 and 才能, so the term never aligns there.
    const source = withFile(
      'topics.yaml',
      'scheme_optimisation:\n  cues: [高才]\n  examples:\n    match: [我哋要提高才能]\nidentity_acquisition:\n  cues: [香港身份]\npermanent_residency:\n  cues: [續簽]\n',
    );
    const classifier = createClassifier({
      taxonomy: talentTaxonomy(),
      lexicon: source,
      platforms: readPlatformsFile(DEFAULT_PLATFORMS_FILE, talentTaxonomy()),
      segmenterFor: (words, options) => segmenterOf(writeSegmenterDictionary(words, options)),
    });
    const report = lintLexicon(source, { taxonomy: talentTaxonomy(), cutPlain, classifier });
    const risk = report.findings.find((f) => f.code === 'boundary-risk' && f.term === '高才' && f.severity === 'warning');
    expect(risk?.message).toContain('提高');
    expect(risk?.fix).toBeDefined();
  });

  it('with a corpus, reports terms that never match in it', () => {
    const report = lintLexicon(readLexiconSource(TINY_LEXICON), {
      taxonomy: talentTaxonomy(),
      cutPlain,
      classifier: tinyClassifier(),
      corpus: { name: 'c.jsonl', posts: [{ id: 'a', text: '高才通續簽好難' }] },
    });
    const unmatched = report.findings.filter((f) => f.code === 'unmatched').map((f) => f.term);
    expect(unmatched).toContain('寬進嚴出');
    expect(unmatched).not.toContain('高才通');
    expect(report.corpus).toEqual({ file: 'c.jsonl', posts: 1 });
  });
});

describe('yuqing lexicon lint on a broken copy of the shipped lexicon', () => {
  it('reports a YAML syntax error, a bad key, a twin term and an unknown viewpoint ID at file:line, and exits 1', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'yuqing-lint-')), 'talent');
    cpSync(DEFAULT_LEXICON_DIR, dir, { recursive: true });
    const edit = (name: string, change: (s: string) => string) => writeFileSync(join(dir, name), change(readFileSync(join(dir, name), 'utf8')));
    edit('topics.yaml', (s) => `${s}\nbroken: [a, b\n`);
    edit(
      'viewpoints/permanent_residency.yaml',
      (s) => `${s.replace('  needs_topic:', '  needs_topc:')}\npr.no_such_view:\n  topic: permanent_residency\n  cues: [x]\n`,
    );
    edit('relevance.yaml', (s) => s.replace('strong:\n', 'strong:\n  - 优才计划\n'));
    const io = captureIo();
    const code = await runCli(['lexicon', 'lint', dir], io);
    const out = io.out();
    expect(code).toBe(1);
    expect(out).toMatch(/topics\.yaml:\d+:\d+: error yaml this is not valid YAML/);
    expect(out).toMatch(/viewpoints\/permanent_residency\.yaml:\d+:\d+: error schema pr\.\w+\.needs_topc: Unrecognized key/);
    expect(out).toMatch(/viewpoints\/permanent_residency\.yaml:\d+:\d+: error schema pr\.no_such_view: pr\.no_such_view is not a viewpoint ID/);
    // The later of the two entries is reported (the inserted one comes first here).
    expect(out).toMatch(/relevance\.yaml:\d+:\d+: warning duplicate-term 優才計劃 under relevance\.strong is the other-script twin of 优才计划/);
    expect(io.err()).toContain('error [E_LEXICON_LINT]');
    const line = Number(/relevance\.yaml:(\d+):\d+: warning duplicate-term/.exec(out)![1]);
    expect(readFileSync(join(dir, 'relevance.yaml'), 'utf8').split('\n')[line - 1]).toContain('優才計劃');
  });

  it('passes the shipped lexicon (no errors) and records its identity in JSON', async () => {
    const io = captureIo();
    const code = await runCli(['lexicon', 'lint', '--format', 'json'], io);
    const report = JSON.parse(io.out()) as { lexicon: { id: string; version: string; hash: string }; counts: { error: number } };
    expect(code).toBe(0);
    expect(report.counts.error).toBe(0);
    expect(report.lexicon).toMatchObject({ id: 'hk-talent', hash: expect.stringMatching(/^sha256:/) });
  });
});
