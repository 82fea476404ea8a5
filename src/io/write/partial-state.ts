/**
 * Partial aggregation states on disk (`yuqing aggregate -o part.json`): the counts of some
 * classified files with what produced them, so `yuqing report --merge` can combine shards into
 * exactly the report one run over all of them gives.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { AggregateState } from '../../aggregate/state.js';
import { serialiseState } from '../../aggregate/serialise.js';
import { aggregateStateSchemaFor } from '../../aggregate/state-schema.js';
import { YuqingError } from '../../errors.js';
import { taggerSchema } from '../../report/manifest.js';
import type { Taxonomy } from '../../study/taxonomy.js';

const partialHeadSchema = z.strictObject({
  format: z.literal('yuqing-partial/1'),
  lexicon: z.strictObject({ id: z.string(), version: z.string(), hash: z.string() }),
  /** The tagger every input was classified with (from their run manifests), when they agree. */
  tagger: taggerSchema.optional(),
  input: z.array(z.strictObject({ file: z.string(), sha256: z.string() })),
  counts: z.strictObject({ read: z.int(), classified: z.int(), rejected: z.int() }),
  options: z.record(z.string(), z.unknown()),
});

/** A partial state whose counts hold only the taxonomy's labels and regions. */
export function partialSchemaFor(taxonomy: Taxonomy) {
  return partialHeadSchema.extend({ state: aggregateStateSchemaFor(taxonomy) });
}
export type Partial = z.infer<typeof partialHeadSchema> & { readonly state: AggregateState };

/** The partial as JSON: keys sorted at every level (serialiseState), so equal counts give equal bytes. */
export function serialisePartial(partial: Partial): string {
  const { state, ...rest } = partial;
  const head = JSON.stringify({ ...rest, state: null }, null, 2);
  return head.replace('"state": null', `"state": ${serialiseState(state).trimEnd()}`) + '\n';
}

export function readPartial(file: string, taxonomy: Taxonomy): Partial {
  if (!existsSync(file)) throw new YuqingError('E_INPUT_NOT_FOUND', `${file}: no such file. Check the path.`, { file });
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new YuqingError('E_INPUT_FORMAT', `${file}: not JSON. --merge takes files written by yuqing aggregate -o.`, { file });
  }
  const parsed = partialSchemaFor(taxonomy).safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.map(String).join('.');
    throw new YuqingError(
      'E_INPUT_FORMAT',
      `${file}: field "${field}": ${issue.message}. --merge takes files written by yuqing aggregate -o (this version: yuqing-partial/1), unchanged.`,
      { file, field },
    );
  }
  // Every field was checked; the schema rebuilds objects in its own key order (the design as a fresh run holds it).
  return parsed.data;
}
