/** The lexicon's identity as every output and manifest records it. */
import type { LexiconData } from './load.js';

export interface LexiconIdentity {
  readonly id: string;
  readonly version: string;
  readonly hash: string;
}

export function lexiconIdentity(data: LexiconData): LexiconIdentity {
  return { id: data.manifest.id, version: data.manifest.version, hash: data.hash };
}
