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
}

export function buildManifest(parts: Omit<RunManifest, 'tool'>): RunManifest {
  return { tool: { name: TOOL_NAME, version: TOOL_VERSION }, ...parts };
}
