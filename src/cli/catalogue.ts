/**
 * The commands, what `yuqing --help` says of each, and where each is registered. A run loads only
 * the module of the command it runs (commands pull in the pipeline, reports, models …: loading
 * all of them took most of a second before anything happened); the others stand in the help by
 * their line here. Each command file takes its description from here, and a test checks that the
 * line shown for a command is the one commander would show for it.
 */
import type { Command } from 'commander';
import type { CliIo } from './io.js';

export type Registrar = (program: Command, io: CliIo) => void;

export interface CommandEntry {
  readonly name: string;
  readonly alias?: string;
  /** The command's line in the top-level help: name, options, arguments. */
  readonly term: string;
  readonly description: string;
  /** The module that registers it (one module may register several commands). */
  readonly module: keyof typeof MODULES;
}

const MODULES = {
  classify: async () => (await import('./commands/classify.js')).registerClassify,
  report: async () => (await import('./commands/report.js')).registerReport,
  aggregate: async () => (await import('./commands/aggregate.js')).registerAggregate,
  analyse: async () => (await import('./commands/analyse.js')).registerAnalyse,
  textTools: async () => (await import('./commands/text-tools.js')).registerTextTools,
  evaluate: async () => (await import('./commands/evaluate.js')).registerEvaluate,
  lexicon: async () => (await import('./commands/lexicon.js')).registerLexicon,
  kwic: async () => (await import('./commands/kwic.js')).registerKwic,
  train: async () => (await import('./commands/train.js')).registerTrain,
  predict: async () => (await import('./commands/predict.js')).registerPredict,
  sample: async () => (await import('./commands/sample.js')).registerSample,
  agree: async () => (await import('./commands/agree.js')).registerAgree,
  discover: async () => (await import('./commands/discover.js')).registerDiscover,
  study: async () => (await import('./commands/study.js')).registerStudy,
} satisfies Record<string, () => Promise<Registrar>>;

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'classify',
    term: 'classify [options] <input>',
    module: 'classify',
    description:
      'tag every post of a dump (JSON Lines, CSV/TSV or Excel .xlsx, gzipped or not) with relevance, topics, viewpoints, polarity and evidence; one JSON line out per record, in input order',
  },
  {
    name: 'report',
    term: 'report [options] <classified...>',
    module: 'report',
    description:
      'topic volume by region, viewpoint shares per topic with 95% intervals and significance, the regions compared, timeline, key terms, examples, coverage — from classified records',
  },
  {
    name: 'aggregate',
    term: 'aggregate [options] <classified...>',
    module: 'aggregate',
    description: 'count classified records into a partial state that `yuqing report --merge` combines with others: shard a dump across processes or machines',
  },
  {
    name: 'analyse',
    alias: 'analyze',
    term: 'analyse|analyze [options] <input>',
    module: 'analyse',
    description: 'classify a dump and write every report format into a folder: the main job',
  },
  {
    name: 'convert',
    term: 'convert [options] [file]',
    module: 'textTools',
    description: 'convert between Simplified and Traditional Chinese (Hong Kong or Taiwan variants)',
  },
  {
    name: 'segment',
    term: 'segment [options] [file]',
    module: 'textTools',
    description: "segment text into tokens separated by single spaces, in the input's own script (token policy: README); lexicon terms stay whole",
  },
  {
    name: 'evaluate',
    term: 'evaluate [options] <gold>',
    module: 'evaluate',
    description: 'score predictions against a labelled corpus: relevance F1, topic and viewpoint F1, polarity, topic-share error',
  },
  {
    name: 'lexicon',
    term: 'lexicon',
    module: 'lexicon',
    description: "extend lexicons safely: lint, test the examples, suggest terms from data, measure an edit's impact, export and import",
  },
  {
    name: 'kwic',
    term: 'kwic [options] <term>',
    module: 'kwic',
    description: "keyword in context: every occurrence of a term in a dump, in either script, each line in the post's own script",
  },
  {
    name: 'train',
    term: 'train [options]',
    module: 'train',
    description:
      'train a classifier (logistic regression over words, character n-grams and lexicon cue families, sentence by sentence) to work beside the lexicon',
  },
  {
    name: 'predict',
    term: 'predict [options] <input>',
    module: 'predict',
    description: 'add `predicted` and `probability` from a generic model (yuqing train --label-field) to every record; JSONL out',
  },
  {
    name: 'sample',
    term: 'sample [options] <classified...>',
    module: 'sample',
    description: "a coding sheet of a reproducible random sample of classified posts (blind: the tool's labels are not shown), for people to code by hand",
  },
  {
    name: 'agree',
    term: 'agree [options] <codes...>',
    module: 'agree',
    description: "agreement between coders per field (Krippendorff's alpha, Cohen's kappa, raw agreement), the disagreements, and the tool against each coder",
  },
  {
    name: 'discover',
    term: 'discover [options] <classified>',
    module: 'discover',
    description:
      'group classified posts into themes (NMF on TF-IDF of words and bigrams): per theme its size by region with intervals, distinctive terms, examples, the labels its posts carry and a YAML draft for a new viewpoint',
  },
  {
    name: 'study',
    term: 'study',
    module: 'study',
    description:
      'start a study from a commented template (init), or check a study folder (check): its files and everything it names (lexicon, platform table, corpus labels, model), each against its taxonomy',
  },
];

/** A command's description (each command file reads its own from here). */
export function descriptionOf(name: string): string {
  const entry = COMMANDS.find((c) => c.name === name);
  if (entry === undefined) throw new Error(`no command ${name} in the catalogue`);
  return entry.description;
}

/** The command a command line runs: its first operand (or the one after `help`), if it names one. */
export function commandOf(argv: readonly string[]): CommandEntry | undefined {
  const operands = argv.filter((a) => !a.startsWith('-'));
  const name = operands[0] === 'help' ? operands[1] : operands[0];
  return name === undefined ? undefined : COMMANDS.find((c) => c.name === name || c.alias === name);
}

/** The registrar of a command's module. */
export function loadRegistrar(entry: CommandEntry): Promise<Registrar> {
  return MODULES[entry.module]();
}
