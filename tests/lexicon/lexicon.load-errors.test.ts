import { describe, expect, it } from 'vitest';
import { loadLexicon, type LexiconSource } from '../../src/lexicon/load.js';
import { readLexiconSource } from '../../src/io/bundled/lexicon-files.js';
import { TINY_LEXICON, talentTaxonomy } from '../helpers.js';

function withFile(name: string, content: string): LexiconSource {
  const source = readLexiconSource(TINY_LEXICON);
  return { dir: 'lex', files: source.files.map((f) => (f.name === name ? { name, content } : f)) };
}

function errorOf(source: LexiconSource): { code: string; message: string } {
  try {
    loadLexicon(source, talentTaxonomy());
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected a load error');
}

describe('lexicon load errors', () => {
  it('a YAML syntax error names file, line and column', () => {
    const e = errorOf(withFile('topics.yaml', 'scheme_optimisation:\n  cues: [a, b\nidentity_acquisition: {}\n'));
    expect(e.code).toBe('E_LEXICON_YAML');
    expect(e.message).toMatch(/^lex\/topics\.yaml:\d+:\d+: this is not valid YAML/);
  });

  it('a schema error names file, line and the entry path', () => {
    const e = errorOf(
      withFile(
        'viewpoints/permanent_residency.yaml',
        'pr.strict_exit:\n  topic: permanent_residency\n  cues:\n    - 寬進嚴出\n    - {term: 難, boundry: free}\n',
      ),
    );
    expect(e.code).toBe('E_LEXICON_SCHEMA');
    expect(e.message).toMatch(/^lex\/viewpoints\/permanent_residency\.yaml:5:\d+ at pr\.strict_exit\.cues\[1\]/);
  });

  it('an unknown viewpoint ID is refused', () => {
    const e = errorOf(withFile('viewpoints/permanent_residency.yaml', 'pr.no_such_view:\n  topic: permanent_residency\n  cues: [x]\n'));
    expect(e.code).toBe('E_LEXICON_SCHEMA');
    expect(e.message).toContain('pr.no_such_view');
  });

  it('a missing file is named', () => {
    const source = readLexiconSource(TINY_LEXICON);
    const e = errorOf({ dir: 'lex', files: source.files.filter((f) => f.name !== 'polarity.yaml') });
    expect(e.code).toBe('E_LEXICON_MISSING');
    expect(e.message).toContain('lex: the lexicon has no polarity.yaml');
  });

  it('the content hash changes with any edit', () => {
    const a = loadLexicon(readLexiconSource(TINY_LEXICON), talentTaxonomy()).hash;
    const b = loadLexicon(
      withFile('topics.yaml', readLexiconSource(TINY_LEXICON).files.find((f) => f.name === 'topics.yaml')!.content + '\n# edit\n'),
      talentTaxonomy(),
    ).hash;
    expect(a).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(b).not.toBe(a);
  });
});
