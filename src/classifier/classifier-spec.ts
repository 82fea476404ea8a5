/**
 * One classifier, described once: a plain, serialisable object that the CLI builds from its options,
 * the library takes from its caller and worker threads receive, so that every one of them tags with
 * the same lexicon, platform table and model. `loadClassifier` (load-classifier.ts) turns it into the
 * values the stages use.
 */
import { z } from 'zod';
import { YuqingError } from '../errors.js';

const place = z.string().min(1);

export const classifierSpecSchema = z.strictObject({
  /** A study folder (docs/study-format.md); default: the bundled talent study, studies/talent. */
  study: place.optional(),
  /** A lexicon folder instead of the study's. */
  lexicon: place.optional(),
  /** A platform table instead of the study's. */
  platforms: place.optional(),
  /**
   * Which model tags beside the lexicon: a model file (`--model FILE`); 'bundled', the study's own
   * (study.yaml `model:`), used when the lexicon defines every label it has a head for (the CLI's
   * default); or 'none', the lexicon alone (`--no-model`).
   */
  model: z.union([z.strictObject({ path: place }), z.enum(['bundled', 'none'])]).default('bundled'),
});

/** A classifier spec as validated (model filled in). */
export type ClassifierSpec = z.infer<typeof classifierSpecSchema>;
/** A classifier spec as written: every field may be left out. */
export type ClassifierSpecInput = z.input<typeof classifierSpecSchema>;

const EXPECTED = 'expected { study?: folder, lexicon?: folder, platforms?: file, model?: { path: file } | "bundled" | "none" }';

/** The spec, checked: an unknown field, a wrong type or an empty path is an E_CLASSIFIER_SPEC error naming the field. */
export function parseClassifierSpec(value: unknown): ClassifierSpec {
  const parsed = classifierSpecSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  const field = [...issue.path, ...keys.slice(0, 1)].join('.');
  const what = field === '' ? 'classifier spec' : `classifier spec field "${field}"`;
  const got = keys.length > 0 ? '' : ` (got ${JSON.stringify(valueAt(value, issue.path)) ?? 'nothing'})`;
  throw new YuqingError('E_CLASSIFIER_SPEC', `${what}: ${issue.message}${got}; ${EXPECTED}.`, field === '' ? {} : { field });
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value;
  for (const key of path) at = typeof at === 'object' && at !== null ? (at as Record<PropertyKey, unknown>)[key] : undefined;
  return at;
}

/** The spec of the command-line options every classifying command shares (--study, --lexicon, --platforms, --model/--no-model). */
export function specOfOptions(o: {
  readonly study?: string;
  readonly lexicon?: string;
  readonly platforms?: string;
  readonly model?: string | false;
}): ClassifierSpec {
  const model = typeof o.model === 'string' ? { path: o.model } : o.model === false ? 'none' : 'bundled';
  return parseClassifierSpec({ study: o.study, lexicon: o.lexicon, platforms: o.platforms, model });
}
