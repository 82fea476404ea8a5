/**
 * The run manifest: what produced a result, so it can be reproduced. No clock time is recorded:
 * the same input, lexicon and options give byte-identical files.
 */
import { z } from 'zod';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

const identitySchema = z.strictObject({ id: z.string(), version: z.string(), hash: z.string() });

/** Which tagger produced the labels, and from which files. */
export const taggerSchema = z.strictObject({
  method: z.enum(['lexicon', 'hybrid']),
  lexicon: z.strictObject({ dir: z.string(), id: z.string(), version: z.string(), hash: z.string() }),
  model: z.union([
    z.literal(false),
    z.strictObject({
      file: z.string(),
      sha256: z.string(),
      /** The lexicon the model was trained with. */
      trainedWith: identitySchema,
      /** The lexicon in use differs from it (edited or another version): its cues count through their labels. */
      lexiconChanged: z.boolean(),
    }),
  ]),
});
export type TaggerRecord = z.infer<typeof taggerSchema>;

export interface RunManifest {
  readonly tool: { readonly name: string; readonly version: string };
  readonly lexicon: { readonly id: string; readonly version: string; readonly hash: string };
  readonly tagger?: TaggerRecord;
  readonly input: readonly { readonly file: string; readonly sha256: string }[];
  readonly options: Readonly<Record<string, unknown>>;
  readonly counts: { readonly read: number; readonly classified: number; readonly rejected: number };
  /** Values the run did not know (unknown region, platform or kind names): how many, and the first. Present only when there were some. */
  readonly warnings?: Readonly<Record<string, { readonly count: number; readonly first: { readonly value: string; readonly line: number } }>>;
}

export function buildManifest(parts: Omit<RunManifest, 'tool'>): RunManifest {
  return { tool: { name: TOOL_NAME, version: TOOL_VERSION }, ...parts };
}
