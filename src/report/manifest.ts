/**
 * The run manifest: what produced a result, so it can be reproduced. No clock time is recorded:
 * the same input, lexicon and options give byte-identical files.
 */
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

export interface RunManifest {
  readonly tool: { readonly name: string; readonly version: string };
  readonly lexicon: { readonly id: string; readonly version: string; readonly hash: string };
  readonly input: readonly { readonly file: string; readonly sha256: string }[];
  readonly options: Readonly<Record<string, unknown>>;
  readonly counts: { readonly read: number; readonly classified: number; readonly rejected: number };
  /** Values the run did not know (unknown region, platform or kind names): how many, and the first. Present only when there were some. */
  readonly warnings?: Readonly<Record<string, { readonly count: number; readonly first: { readonly value: string; readonly line: number } }>>;
}

export function buildManifest(parts: Omit<RunManifest, 'tool'>): RunManifest {
  return { tool: { name: TOOL_NAME, version: TOOL_VERSION }, ...parts };
}
