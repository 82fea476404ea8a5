/**
 * `yuqing discover CLASSIFIED`: themes the lexicon does not know yet, ready to become viewpoints
 * (README, "Discovering themes"). Two passes over the classified file; text, JSON or a
 * self-contained HTML page, byte-identical for the same input, lexicon and options.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { DEFAULT_SAMPLE_SIZE, type DiscoverOptions, type Discovery } from '../../discover/discovery.js';
import { discoveryHtml } from '../../discover/render-html.js';
import { discoveryJson, type DiscoveryMeta } from '../../discover/render-json.js';
import { discoveryText } from '../../discover/render-text.js';
import { pooledJson, pooledText, type TopicDiscovery } from '../../discover/pooled.js';
import { scopeFrom, topicScopes } from '../../discover/scope.js';
import { discoveryTokeniser } from '../../discover/tokens.js';
import { YuqingError } from '../../errors.js';
import { openAtomicStream, writeFileAtomic } from '../../io/write/atomic.js';
import { discoverFile, writePieces, type DiscoverRun } from '../../run/discover-file.js';
import { hashFile } from '../../io/read/hash-file.js';
import { requireInput } from '../../io/read/open-input.js';
import { checkOutputPaths } from '../../io/write/output-paths.js';
import { readThemeStopList } from '../../io/bundled/report-data.js';
import { taggerSchema, type TaggerRecord } from '../../report/manifest.js';
import { TOOL_NAME, TOOL_VERSION } from '../../version.js';
import { descriptionOf } from '../catalogue.js';
import { recordedOptions } from '../../run/dump-manifest.js';
import type { CliIo } from '../io.js';
import { addLexiconOptions, classifierFrom, studyFrom, type LexiconOptions } from '../shared-options.js';

const FORMATS = ['text', 'json', 'html'] as const;

interface DiscoverCommandOptions extends LexiconOptions {
  readonly within?: string;
  readonly unlabelledWithin?: string;
  readonly byTopic?: boolean;
  readonly unlabelled?: boolean;
  readonly allRelevant?: boolean;
  readonly k?: string;
  readonly auto?: boolean;
  readonly seed: string;
  readonly sample: string;
  readonly unguided?: boolean;
  readonly format: string;
  readonly output?: string;
}

function whole(name: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) throw new YuqingError('E_OPTION', `--${name} ${value}: expected a whole number of ${min} or more.`);
  return n;
}

function optionsFrom(o: DiscoverCommandOptions, topics: readonly string[]): DiscoverOptions {
  if (o.k !== undefined && o.auto) throw new YuqingError('E_OPTION', '--k and --auto both choose the number of themes; give one of them (default: --auto).');
  const seed = Number(o.seed);
  if (!Number.isSafeInteger(seed)) throw new YuqingError('E_OPTION', `--seed ${o.seed}: expected an integer, for example 7.`);
  return {
    scope: scopeFrom(o, topics),
    k: o.k === undefined ? 'auto' : whole('k', o.k, 2),
    seed,
    sampleSize: whole('sample', o.sample, 10),
    guided: !o.unguided,
  };
}

/** The tagger recorded in the classified file's manifest, when there is one beside it. */
function taggerOf(file: string): TaggerRecord | null {
  const path = `${file}.manifest.json`;
  if (!existsSync(path)) return null;
  const parsed = taggerSchema.safeParse((JSON.parse(readFileSync(path, 'utf8')) as { tagger?: unknown }).tagger);
  return parsed.success ? parsed.data : null;
}

async function run(input: string, o: DiscoverCommandOptions, io: CliIo): Promise<void> {
  if (!(FORMATS as readonly string[]).includes(o.format)) throw new YuqingError('E_OPTION', `--format ${o.format}: expected one of ${FORMATS.join(', ')}.`);
  if (o.byTopic && o.format === 'html')
    throw new YuqingError('E_OPTION', '--by-topic writes text or json; --format html shows one fit (give --unlabelled-within TOPIC).');
  if (input === '-') throw new YuqingError('E_OPTION', 'discover reads its input twice (a sample to fit, then every post): give a file, not - (stdin).');
  const classifier = classifierFrom(o);
  const data = classifier.lexicon.data;
  const topics = Object.keys(data.topics);
  const options = optionsFrom(o, topics);
  const scopes = o.byTopic ? topicScopes(options.scope, topics) : null;
  requireInput(input);
  if (o.output) checkOutputPaths([{ path: o.output, kind: 'file', option: '-o' }], [input]);
  const tagger = taggerOf(input);
  if (tagger !== null && tagger.lexicon.hash !== data.hash) {
    io.stderr.write(
      `note: ${input} was classified with lexicon ${tagger.lexicon.dir} (${tagger.lexicon.hash.slice(0, 19)}…), not the one given here; words are segmented with this one's dictionary.\n`,
    );
  }
  const tokeniser = discoveryTokeniser(classifier, readThemeStopList(studyFrom(o)));
  const meta = async (read: number, recorded: object): Promise<DiscoveryMeta> => ({
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    input: { file: input, sha256: await hashFile(input) },
    lexicon: { id: data.manifest.id, version: data.manifest.version, hash: data.hash },
    tagger,
    options: recordedOptions({ ...options, ...recorded, scope: undefined, lexicon: o.lexicon, format: o.format }),
    read,
    topics,
  });
  if (scopes !== null) {
    const runs: DiscoverRun[] = [];
    try {
      const parts: TopicDiscovery[] = [];
      for (const { topic, scope } of scopes) {
        const run = await discoverFile(input, tokeniser, { ...options, scope });
        runs.push(run);
        parts.push({ topic, discovery: run.discovery });
      }
      const m = await meta(runs[0]!.read, { byTopic: true });
      await emit(
        o,
        io,
        () => pooledText(parts, options.scope, m),
        (out) =>
          writePieces(
            pooledJson(parts, options.scope, options.seed, m),
            out,
            runs.map((r) => r.writeList),
          ),
      );
      io.stderr.write(`read ${m.read} · by topic: ${parts.map((p) => `${p.topic} ${summary(p.discovery)}`).join('; ')}\n`);
    } finally {
      for (const r of runs) r.dispose();
    }
    return;
  }
  const run = await discoverFile(input, tokeniser, options);
  try {
    const m = await meta(run.read, {});
    const d = run.discovery;
    await emit(
      o,
      io,
      () => (o.format === 'html' ? discoveryHtml(d, m) : discoveryText(d, m)),
      (out) => run.writeJson(discoveryJson(d, m), out),
    );
    io.stderr.write(`read ${run.read} · in scope ${summary(d)}\n`);
  } finally {
    run.dispose();
  }
}

function summary(d: Discovery): string {
  return `${d.counts.inScope} = ${d.themes.map((t) => t.size).join(' + ') || '0'} in ${d.themes.length} themes + ${d.counts.known} leaning to ${d.known.length} known viewpoints + ${d.counts.unassigned} with no word of the vocabulary`;
}

/** Writes the JSON (streamed, its lists from the temporary files) or the text, to -o (atomically) or stdout. */
async function emit(o: DiscoverCommandOptions, io: CliIo, text: () => string, json: (out: Writable) => Promise<void>): Promise<void> {
  if (o.format === 'json') {
    const out = o.output ? openAtomicStream(o.output) : undefined;
    try {
      await json(out?.stream ?? io.stdout);
      await out?.commit();
    } catch (error) {
      out?.abort();
      throw error;
    }
    return;
  }
  if (o.output) writeFileAtomic(o.output, text());
  else io.stdout.write(text());
}

export function registerDiscover(program: Command, io: CliIo): void {
  const command = program
    .command('discover')
    .description(descriptionOf('discover'))
    .argument('<classified>', 'JSONL written by yuqing classify, with text (not --slim)')
    .option('--unlabelled', 'relevant posts with no viewpoint (the default)')
    .option('--unlabelled-within <topic>', 'relevant posts with no viewpoint on this topic')
    .option('--within <topic>', 'relevant posts on this topic')
    .option('--by-topic', 'one fit per topic of the lexicon (of the unlabelled or all relevant posts on it), the themes pooled, each naming its topic')
    .option('--all-relevant', 'every relevant post')
    .option('--k <n>', 'this many themes')
    .option('--auto', 'the number of themes whose top terms are the most stable across seeds (the default)')
    .option('--seed <n>', 'seed of the fit sample and the fit: the same seed gives the same themes', '0')
    .option('--sample <n>', 'posts in the fit sample (the rest are only assigned)', String(DEFAULT_SAMPLE_SIZE))
    .option('--unguided', 'plain NMF: no fixed themes for the viewpoints the lexicon already tags (default: guided)')
    .option('--format <format>', `one of ${FORMATS.join(', ')}`, 'text')
    .option('-o, --output <file>', 'write here (atomically) instead of stdout');
  addLexiconOptions(command);
  command.addHelpText(
    'after',
    `
Examples:
  $ yuqing classify dump.jsonl -o classified.jsonl
  $ yuqing discover classified.jsonl                                  # relevant posts with no viewpoint, --auto
  $ yuqing discover classified.jsonl --within TOPIC_ID --k 12 --seed 7
  $ yuqing discover classified.jsonl --unlabelled-within TOPIC_ID     # what else is said on the topic that the lexicon does not name
  $ yuqing discover classified.jsonl --by-topic --k 6 --format json -o themes.json   # one fit per topic, pooled
  $ yuqing discover classified.jsonl --format json -o themes.json && yuqing report classified.jsonl --format html --themes themes.json -o report.html
  $ yuqing discover classified.jsonl --format html -o themes.html`,
  );
  command.action((input: string, o: DiscoverCommandOptions) => run(input, o, io));
}
