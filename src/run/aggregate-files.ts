/**
 * Classified files → a partial aggregation state (what `yuqing aggregate` writes and `report`
 * counts), and partial states merged into one (`report --merge`): shards of one dump counted apart
 * and combined, with the counts and taggers their manifests record.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { startAggregation } from '../analyse.js';
import { mergeStates } from '../aggregate/state.js';
import { WHOLE_DUMP, type StudyDesign } from '../aggregate/study.js';
import type { Classifier } from '../classify.js';
import { YuqingError } from '../errors.js';
import { hashFile } from '../io/read/hash-file.js';
import { readClassified } from '../io/read/read-classified.js';
import type { Partial } from '../io/write/partial-state.js';
import type { RunManifest, TaggerRecord } from '../report/manifest.js';
import type { StopList } from '../aggregate/terms.js';
import { readStopList } from '../io/bundled/report-data.js';
import { recordedOptions } from './dump-manifest.js';

/** The classification manifest written beside a classified file, if there is one. */
function sidecarManifest(file: string): RunManifest | undefined {
  if (file === '-') return undefined;
  const path = `${file}.manifest.json`;
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as RunManifest) : undefined;
}

/** Aggregate classified files: the counts and what produced them (a partial state). */
export async function aggregateFiles(
  files: readonly string[],
  classifier: Classifier,
  options: Record<string, unknown>,
  design: StudyDesign = WHOLE_DUMP,
  stdin?: Readable,
  stop: StopList = readStopList(),
): Promise<Partial> {
  const { state, add } = startAggregation(classifier, design, stop);
  const input: { file: string; sha256: string }[] = [];
  const counts = { read: 0, classified: 0, rejected: 0 };
  const taggers: (TaggerRecord | undefined)[] = [];
  for (const file of files) {
    let n = 0;
    for await (const record of readClassified(file, classifier.taxonomy, stdin)) {
      add(record);
      n++;
    }
    const side = sidecarManifest(file);
    taggers.push(side?.tagger);
    counts.read += side?.counts.read ?? n;
    counts.classified += n;
    counts.rejected += side?.counts.rejected ?? 0;
    input.push({ file, sha256: await hashFile(file) });
  }
  const data = classifier.lexicon.data;
  const lexicon = { id: data.manifest.id, version: data.manifest.version, hash: data.hash };
  const tagger = commonTagger(taggers);
  return { format: 'yuqing-partial/1', lexicon, ...(tagger ? { tagger } : {}), input, counts, options: recordedOptions(options), state };
}

/** The tagger every input was classified with, when their manifests all record the same one. */
function commonTagger(taggers: readonly (TaggerRecord | undefined)[]): TaggerRecord | undefined {
  const first = taggers[0];
  if (first === undefined) return undefined;
  const key = JSON.stringify(first);
  return taggers.every((t) => t !== undefined && JSON.stringify(t) === key) ? first : undefined;
}

/** Partials → one state; shards must share the lexicon and the study design. */
export function mergePartials(files: readonly string[], partials: readonly Partial[], classifier: Classifier): Omit<Partial, 'format' | 'lexicon'> {
  const hash = classifier.lexicon.data.hash;
  partials.forEach((p, i) => {
    if (p.lexicon.hash !== hash) {
      throw new YuqingError(
        'E_MERGE_MISMATCH',
        `${files[i]}: aggregated with lexicon ${p.lexicon.id} ${p.lexicon.version} (${p.lexicon.hash}), not the one given here (${hash}). Merge shards classified with one lexicon, and give it with --lexicon.`,
        { file: files[i] },
      );
    }
  });
  const counts = { read: 0, classified: 0, rejected: 0 };
  for (const p of partials) {
    counts.read += p.counts.read;
    counts.classified += p.counts.classified;
    counts.rejected += p.counts.rejected;
  }
  const tagger = commonTagger(partials.map((p) => p.tagger));
  return {
    ...(tagger ? { tagger } : {}),
    input: partials.flatMap((p) => p.input),
    counts,
    options: partials[0]?.options ?? {},
    state: mergeStates(
      classifier.taxonomy,
      partials.map((p) => p.state),
    ),
  };
}
