/**
 * A taxonomy larger than the tagger's first tables (64 labels): labels past the 64th are decided,
 * and given evidence, exactly as the first ones are; none is given without a hit.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileLexicon } from '../../src/lexicon/compile.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { taxonomyFileSchema } from '../../src/study/schema.js';
import { taxonomyOf } from '../../src/study/taxonomy.js';
import { MAX_EVIDENCE_PER_LABEL } from '../../src/tag/evidence.js';
import { tagMatches } from '../../src/tag/tag.js';
import { matchTokens } from '../inline-lexicon.js';
import { normaliseText } from '../../src/text/normalise.js';

const TOPICS = ['ta', 'tb', 'tc'];
const PER_TOPIC = 24; // 3 topics + 72 viewpoints = 75 labels
const vp = (t: string, i: number) => `${t}.v${String(i).padStart(2, '0')}`;
const names = (id: string) => ({ 'zh-Hant': id, 'zh-Hans': id, en: id });

function largeTaxonomy() {
  const file = {
    topics: TOPICS.map((t) => ({
      id: t,
      names: names(t),
      description: `topic ${t}`,
      viewpoints: Array.from({ length: PER_TOPIC }, (_, i) => ({ id: vp(t, i), names: names(vp(t, i)) })),
    })),
    polarities: ['positive', 'negative', 'neutral', 'mixed'],
    regions: [
      { id: 'here', names: names('here') },
      { id: 'there', names: names('there') },
      { id: 'unknown', fallback: true, names: names('unknown') },
    ],
  };
  return taxonomyOf(taxonomyFileSchema.parse(parse(JSON.stringify(file))));
}

/** The last topic's last viewpoint (the 75th label) and the first topic's first have one cue each. */
function largeLexicon() {
  const taxonomy = largeTaxonomy();
  const files = [
    { name: 'lexicon.yaml', content: "id: large\nversion: '1'\n" },
    { name: 'relevance.yaml', content: 'strong: [强甲]\nweak: []\ncontext: []\ncounter: []\n' },
    { name: 'topics.yaml', content: TOPICS.map((t) => `${t}: {cues: []}\n`).join('') },
    { name: 'polarity.yaml', content: 'positive: []\nnegative: []\nsarcasm: []\n' },
    {
      name: 'viewpoints/large.yaml',
      content: [
        `${vp('ta', 0)}:\n  topic: ta\n  polarity: neutral\n  cues: [首观]\n`,
        `${vp('tc', PER_TOPIC - 1)}:\n  topic: tc\n  polarity: neutral\n  cues: [末观]\n`,
      ].join(''),
    },
  ];
  return compileLexicon(loadLexicon({ dir: 'large', files }, taxonomy));
}

function tag(tokens: readonly string[]) {
  const lexicon = largeLexicon();
  return tagMatches(lexicon, normaliseText(tokens.join('')), matchTokens(lexicon, tokens));
}

describe('a taxonomy of more than 64 labels', () => {
  it('gives a viewpoint past the 64th label, with its topic and evidence, when its cue is found', () => {
    const result = tag(['强甲', '末观']);
    expect(result.viewpoints).toEqual([vp('tc', PER_TOPIC - 1)]);
    expect(result.topics).toEqual(['tc']);
    expect(result.evidence.filter((e) => e.label === vp('tc', PER_TOPIC - 1)).map((e) => e.term)).toEqual(['末观']);
  });

  it('gives none of the labels past the 64th without a hit', () => {
    const result = tag(['强甲', '首观']);
    expect(result.viewpoints).toEqual([vp('ta', 0)]);
    expect(result.topics).toEqual(['ta']);
    expect(result.evidence.map((e) => e.label).sort()).toEqual(['relevant', 'ta', vp('ta', 0)].sort());
  });

  it('caps the evidence of a label past the 64th at MAX_EVIDENCE_PER_LABEL, as the first labels are capped', () => {
    const many = Array.from({ length: MAX_EVIDENCE_PER_LABEL + 5 }, () => '末观');
    const result = tag(['强甲', ...many]);
    expect(result.evidence.filter((e) => e.label === vp('tc', PER_TOPIC - 1))).toHaveLength(MAX_EVIDENCE_PER_LABEL);
    const first = tag(['强甲', ...many.map(() => '首观')]);
    expect(first.evidence.filter((e) => e.label === vp('ta', 0))).toHaveLength(MAX_EVIDENCE_PER_LABEL);
  });

  it('gives a label below the 64th and one past it together', () => {
    const first = tag(['强甲', '首观', '末观']);
    expect(first.viewpoints).toEqual([vp('ta', 0), vp('tc', PER_TOPIC - 1)]);
    expect(first.topics).toEqual(['ta', 'tc']);
  });
});
