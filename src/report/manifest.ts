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
  /** The study whose taxonomy the labels belong to (absent in runs made before studies were folders). */
  study: z.strictObject({ dir: z.string(), id: z.string(), version: z.string(), hash: z.string() }).optional(),
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

/** How the dates of the input were read, and how many could not be (classify, analyse). */
export const datesRecordSchema = z.strictObject({
  field: z.string(),
  timezone: z.string(),
  order: z.enum(['dmy', 'mdy', 'ymd']).nullable(),
  /** given (--date-order), detected over the column, or none (no numeric day/month dates). */
  orderFrom: z.enum(['given', 'detected', 'none']),
  collectedAt: z.string().nullable(),
  read: z.int(),
  missing: z.int(),
  unreadable: z.int(),
  examples: z.array(z.strictObject({ line: z.int(), value: z.string(), problem: z.string() })),
});
export type DatesRecord = z.infer<typeof datesRecordSchema>;

export interface RunManifest {
  readonly tool: { readonly name: string; readonly version: string };
  readonly lexicon: { readonly id: string; readonly version: string; readonly hash: string };
  readonly tagger?: TaggerRecord;
  readonly input: readonly { readonly file: string; readonly sha256: string }[];
  readonly options: Readonly<Record<string, unknown>>;
  readonly counts: { readonly read: number; readonly classified: number; readonly rejected: number };
  readonly dates?: DatesRecord;
  /** Values the run did not know (unknown region, platform or kind names): how many, and the first. Present only when there were some. */
  readonly warnings?: Readonly<Record<string, { readonly count: number; readonly first: { readonly value: string; readonly line: number } }>>;
}

export function buildManifest(parts: Omit<RunManifest, 'tool'>): RunManifest {
  return { tool: { name: TOOL_NAME, version: TOOL_VERSION }, ...parts };
}
