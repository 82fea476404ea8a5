/**
 * One post through the stages: normalise → segment → match → tag → region → output record.
 */
import { compileLexicon, type CompiledLexicon } from './lexicon/compile.js';
import { loadLexicon, type LexiconData, type LexiconSource } from './lexicon/load.js';
import { matchTerms, type TermMatch } from './lexicon/match.js';
import { OUTPUT_FIELDS, type Classified, type Post } from './records.js';
import { buildPlatformTable, resolveRegion, type PlatformTable } from './region/resolve.js';
import type { PlatformsFile } from './region/schema.js';
import type { Taxonomy } from './study/taxonomy.js';
import type { Segmenter } from './segment/jieba.js';
import { segmentNormalised, type Segmentation } from './segment/segmentation.js';
import { tagMatches, type TagResult } from './tag/tag.js';
import { normaliseText, type NormalisedText } from './text/normalise.js';

export interface Classifier {
  /** The study's taxonomy: the labels and regions this classifier gives. */
  readonly taxonomy: Taxonomy;
  readonly lexicon: CompiledLexicon;
  readonly platforms: PlatformTable;
  /** Cuts texts with the lexicon's words and one-character terms in its dictionary. */
  readonly segmenter: Segmenter;
}

export interface ClassifierParts {
  readonly taxonomy: Taxonomy;
  /** Source files are checked against the taxonomy; data must have been loaded with the same one. */
  readonly lexicon: LexiconData | LexiconSource;
  readonly platforms: PlatformsFile;
  /** The segmenter for the lexicon's word list (src/io builds it, or loads it from its cache, for the CLI and library). */
  readonly segmenterFor: (words: CompiledLexicon['segmenterWords'], options: { readonly singles: readonly string[] }) => Segmenter;
}

export function createClassifier(parts: ClassifierParts): Classifier {
  const data = 'files' in parts.lexicon ? loadLexicon(parts.lexicon, parts.taxonomy) : parts.lexicon;
  const lexicon = compileLexicon(data);
  return {
    taxonomy: data.taxonomy,
    lexicon,
    platforms: buildPlatformTable(parts.platforms, data.taxonomy),
    segmenter: parts.segmenterFor(lexicon.segmenterWords, { singles: lexicon.segmenterSingles }),
  };
}

export interface TextAnalysis {
  readonly normalised: NormalisedText;
  readonly segmentation: Segmentation;
  readonly matches: readonly TermMatch[];
  readonly tags: TagResult;
}

/** Every intermediate result for one text (used by classify, evaluate and kwic-style tools). */
export function analyseText(classifier: Classifier, text: string): TextAnalysis {
  const normalised = normaliseText(text);
  const segmentation = segmentNormalised(classifier.segmenter, normalised.text);
  const matches = matchTerms(classifier.lexicon, normalised.text, segmentation);
  return { normalised, segmentation, matches, tags: tagMatches(classifier.lexicon, normalised, matches) };
}

export interface ClassifyOptions {
  /** Only id, platform, published_at, kind, labels and evidence: no text, no other input fields. */
  readonly slim?: boolean;
}

const SLIM_FIELDS = ['platform', 'published_at', 'kind'] as const;
const OWNED = new Set<string>(['id', ...OUTPUT_FIELDS]);

/** A post tagged by the lexicon alone (hybrid tagging with a model: src/classifier/tag-post.ts). */
export function classifyPost(classifier: Classifier, post: Post, options: ClassifyOptions = {}): Classified {
  return outputRecord(classifier, post, analyseText(classifier, post.text).tags, options);
}

/** The output record (io.md) for a post and its labels; input fields carried unless slim. */
export function outputRecord(
  classifier: Classifier,
  post: Post,
  tags: Pick<TagResult, 'relevant' | 'topics' | 'viewpoints' | 'polarity' | 'evidence'>,
  options: ClassifyOptions = {},
): Classified {
  const out: Record<string, unknown> = { id: post.id };
  for (const key in post) {
    if (!Object.hasOwn(post, key) || OWNED.has(key)) continue;
    if (options.slim && !(SLIM_FIELDS as readonly string[]).includes(key)) continue;
    const value = (post as Record<string, unknown>)[key];
    // A field named "__proto__" is data: assigned, it would set the prototype and vanish.
    if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    else out[key] = value;
  }
  out.region = resolveRegion(classifier.platforms, post.platform, post.region);
  out.relevant = tags.relevant;
  out.topics = [...tags.topics];
  out.viewpoints = [...tags.viewpoints];
  out.polarity = tags.polarity;
  out.evidence = tags.evidence;
  return out as Classified;
}
