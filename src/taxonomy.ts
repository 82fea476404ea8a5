/**
 * The classes io.md fixes for every study: the tagger's polarity classes and the kinds of
 * content. A study's topics, viewpoints and regions are data (src/study, docs/study-format.md).
 */
export const POLARITIES = ['positive', 'negative', 'neutral', 'mixed'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const KINDS = ['post', 'comment', 'article'] as const;
export type Kind = (typeof KINDS)[number];
