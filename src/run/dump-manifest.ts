/**
 * The manifest of a classified dump — lexicon, tagger, input hash, options given, counts, dates —
 * built the same way by `classify`, `analyse` and the library's analyseDump.
 */
import type { Classifier } from '../classify.js';
import type { DateResolution } from '../io/read/preflight.js';
import { hashFile } from '../io/read/hash-file.js';
import { buildManifest, type DatesRecord, type RunManifest, type TaggerRecord } from '../report/manifest.js';
import { createDateReader } from '../time/read-date.js';
import type { DateTally } from '../time/tally.js';
import type { ClassifyCounts } from './classify-file.js';

/** Options as recorded in manifests: only what was given, keys sorted. */
export function recordedOptions(o: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(o).sort()) {
    const value = (o as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** The manifest's record of the dates: how they were read, and how many were read, missing or unreadable. */
export function datesRecord(resolution: DateResolution, tally: DateTally): DatesRecord {
  const s = resolution.settings;
  return {
    field: resolution.field,
    timezone: createDateReader(s).zone.name,
    order: s.order ?? null,
    orderFrom: resolution.orderFrom,
    collectedAt: s.collectedAt ?? null,
    read: tally.read,
    missing: tally.missing,
    unreadable: tally.unreadable,
    examples: tally.examples.map((e) => ({ line: e.line, value: e.value, problem: e.problem })),
  };
}

export async function classificationManifest(
  classifier: Classifier,
  input: string,
  options: object,
  counts: Pick<ClassifyCounts, 'read' | 'classified' | 'rejected' | 'warnings'>,
  inputHash: Promise<string> = hashFile(input),
  tagger?: TaggerRecord,
  dates?: DatesRecord,
): Promise<RunManifest> {
  const data = classifier.lexicon.data;
  const warnings = counts.warnings !== undefined && Object.keys(counts.warnings).length > 0 ? { warnings: counts.warnings } : {};
  return buildManifest({
    lexicon: { id: data.manifest.id, version: data.manifest.version, hash: data.hash },
    ...(tagger ? { tagger } : {}),
    input: [{ file: input, sha256: await inputHash }],
    options: recordedOptions(options),
    counts: { read: counts.read, classified: counts.classified, rejected: counts.rejected },
    ...(dates ? { dates } : {}),
    ...warnings,
  });
}
