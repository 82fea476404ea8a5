/** `yuqing lexicon suggest` and `yuqing lexicon diff`: terms from data, and an edit's impact. */
import type { Command } from 'commander';
import { buildClassifier } from '../../classifier/load-classifier.js';
import { YuqingError } from '../../errors.js';
import { labelSetOf } from '../../label-set.js';
import { hashFile } from '../../io/read/hash-file.js';
import { readCorpusPosts, readLabelledPosts } from '../../io/read/read-corpus.js';
import { diffClassifications } from '../../lexicon-tools/diff.js';
import { renderDiffText } from '../../lexicon-tools/diff-text.js';
import { lexiconIdentity } from '../../lexicon/identity.js';
import { renderSuggestionsYaml } from '../../lexicon-tools/suggest-yaml.js';
import { termLabels } from '../../lexicon-tools/term-labels.js';
import { cutWords } from '../../segment/jieba.js';
import type { CliIo } from '../io.js';
import { checkFormat, emit } from '../output.js';
import { addInputOptions, readOptionsFrom, STUDY_HELP, type InputOptions } from '../shared-options.js';
import { chooseTagger } from '../model-tagger.js';
import { tagPost } from '../../classifier/tag-post.js';

interface SuggestOptions extends InputOptions {
  readonly corpus: string;
  readonly label: string;
  readonly top: string;
  readonly minCount: string;
  readonly format: string;
  readonly output?: string;
}

function positiveInt(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new YuqingError('E_OPTION', `--${name} ${value}: expected a whole number of 1 or more.`);
  return n;
}

async function suggest(o: SuggestOptions, io: CliIo): Promise<void> {
  if (o.format !== 'yaml' && o.format !== 'json') throw new YuqingError('E_OPTION', `--format ${o.format}: expected yaml or json.`);
  const classifier = buildClassifier({ study: o.study, lexicon: o.lexicon });
  // The labels this lexicon defines: any study's, not a fixed list.
  const set = labelSetOf(classifier.lexicon.data, {});
  const labels = ['relevant', ...set.topics.map((t) => t.id), ...set.viewpoints.map((v) => v.id)];
  if (!labels.includes(o.label))
    throw new YuqingError('E_OPTION', `--label ${o.label}: expected relevant, a topic ID or a viewpoint ID of the lexicon (${labels.join(', ')}).`);
  const { suggestTerms } = await import('../../lexicon-tools/suggest.js');
  const posts = await readLabelledPosts(o.corpus, readOptionsFrom(o, io));
  const options = { label: o.label, top: positiveInt('top', o.top), minCount: positiveInt('min-count', o.minCount), concordance: 3, window: 15 };
  const result = suggestTerms(posts, (text) => cutWords(classifier.segmenter, text), termLabels(classifier.lexicon), options);
  const identity = lexiconIdentity(classifier.lexicon.data);
  const text =
    o.format === 'json'
      ? `${JSON.stringify({ lexicon: identity, corpus: { file: o.corpus, sha256: await hashFile(o.corpus) }, ...result }, null, 2)}\n`
      : renderSuggestionsYaml(result, o.corpus, identity);
  emit(io, text, o.output);
}

interface DiffOptions extends InputOptions {
  readonly before: string;
  readonly after: string;
  readonly corpus: string;
  readonly format: string;
  readonly limit: string;
  readonly allShares?: boolean;
  readonly output?: string;
  readonly model?: string | false;
}

async function diff(o: DiffOptions, io: CliIo): Promise<void> {
  const format = checkFormat(o.format);
  const { posts, rejected } = await readCorpusPosts(o.corpus, readOptionsFrom(o, io));
  // Each side is tagged exactly as \`yuqing classify --lexicon DIR\` would tag it (the same model choice).
  const tagged = (dir: string) => {
    const classifier = buildClassifier({ study: o.study, lexicon: dir });
    const tagger = chooseTagger({ model: o.model, lexicon: dir, study: o.study }, classifier, io);
    return { classifier, tagger, records: posts.map((p) => tagPost(tagger, p, { slim: true })) };
  };
  const before = tagged(o.before);
  const after = tagged(o.after);
  const result = diffClassifications(after.classifier.taxonomy, before.records, after.records, { allShares: o.allShares });
  const ids = { before: lexiconIdentity(before.classifier.lexicon.data), after: lexiconIdentity(after.classifier.lexicon.data) };
  const taggers = { before: before.tagger.record, after: after.tagger.record };
  const text =
    format === 'json'
      ? `${JSON.stringify({ lexicon: ids, tagger: taggers, corpus: { file: o.corpus, sha256: await hashFile(o.corpus), posts: posts.length, rejected }, ...result }, null, 2)}\n`
      : renderDiffText(result, ids.before, ids.after, o.corpus, positiveInt('limit', o.limit));
  emit(io, text, o.output);
}

export function registerLexiconChanges(lexicon: Command, io: CliIo): void {
  const suggestCommand = lexicon
    .command('suggest')
    .description(
      'candidate terms for a label from a classified corpus, ranked by keyness (G²) against posts without the label, with counts and concordance lines, as a YAML snippet to review and paste',
    )
    .requiredOption('--corpus <classified>', 'yuqing classify output with text (not --slim), or a labelled corpus (columns mapped as for classify)')
    .requiredOption('--label <label>', 'relevant, a topic ID or a viewpoint ID')
    .option('--top <n>', 'how many candidates', '20')
    .option('--min-count <n>', 'minimum occurrences in the posts with the label', '3')
    .option('--study <dir>', STUDY_HELP)
    .option('--lexicon <dir>', "lexicon whose terms are left out or flagged (default: the study's)")
    .option('--format <format>', 'yaml or json', 'yaml')
    .option('-o, --output <file>', 'write here instead of stdout');
  addInputOptions(suggestCommand)
    .addHelpText(
      'after',
      `
Examples:
  $ yuqing classify dump.jsonl -o classified.jsonl
  $ yuqing lexicon suggest --corpus classified.jsonl --label VIEWPOINT_ID --top 15
  $ yuqing lexicon suggest --corpus studies/talent/corpus/dev.jsonl --label TOPIC_ID --format json`,
    )
    .action((o: SuggestOptions) => suggest(o, io));
  const diffCommand = lexicon
    .command('diff')
    .description(
      'classify a corpus with two lexicons, each tagged as yuqing classify would tag it, and show which posts change labels and how each share moves (region × topic and viewpoint)',
    )
    .requiredOption('--before <dir>', 'the lexicon as it is')
    .requiredOption('--after <dir>', 'the edited copy')
    .requiredOption('--corpus <file>', 'a dump (JSON Lines, CSV/TSV or .xlsx; columns mapped as for classify)')
    .option('--study <dir>', STUDY_HELP)
    .option('--format <format>', 'text or json', 'text')
    .option('--limit <n>', 'changed posts listed in text output', '50')
    .option('--all-shares', 'list every share, not only those that move')
    .option('--model <file>', 'tag both sides with this model (default: as yuqing classify does — the bundled model beside each lexicon)')
    .option('--no-model', 'tag both sides with the lexicon alone')
    .option('-o, --output <file>', 'write here instead of stdout');
  addInputOptions(diffCommand)
    .addHelpText(
      'after',
      `
Examples:
  $ cp -r studies/talent/lexicon my-lexicon && $EDITOR my-lexicon/viewpoints/TOPIC_ID.yaml
  $ yuqing lexicon diff --before studies/talent/lexicon --after my-lexicon --corpus dump.jsonl
  $ yuqing lexicon diff --before studies/talent/lexicon --after my-lexicon --corpus dump.jsonl --format json -o impact.json`,
    )
    .action((o: DiffOptions) => diff(o, io));
}
