export { normaliseText, normaliseTerm, toOriginalSpan } from './normalise.js';
export type { NormalisedText, Span } from './normalise.js';
export { detectScript, countScriptCharacters } from './script.js';
export type { Script, ScriptCounts } from './script.js';
export { convertScript, converterFor, SCRIPT_TARGETS } from './convert.js';
export type { ScriptTarget } from './convert.js';
export { foldWidthAndCase } from './fold.js';
