export { createSegmenter, cutWords, formatUserDictionary } from './jieba.js';
export type { Segmenter } from './jieba.js';
export { segmentNormalised, originalTokens } from './segmentation.js';
export type { Segmentation, Token } from './segmentation.js';
export { TOKEN_KINDS } from './tokens.js';
export type { TokenKind } from './tokens.js';
