/** `yuqing kwic TERM --corpus FILE`: keyword-in-context lines, the term matched in both scripts. */
import type { Command } from 'commander';
import { compileLexicon } from '../../lexicon/compile.js';
import { YuqingError } from '../../errors.js';
import { readLexiconSource } from '../../io/bundled/lexicon-files.js';
import { readCorpusPosts } from '../../io/read/read-corpus.js';
import { lexiconIdentity } from '../../lexicon/identity.js';
import { formatKwicLine, kwicLines, type KwicLine } from '../../lexicon-tools/kwic.js';
import { loadLexicon } from '../../lexicon/load.js';
import { termLabels } from '../../lexicon-tools/term-labels.js';
import { normaliseTerm, normaliseText } from '../../text/normalise.js';
import type { CliIo } from '../io.js';
import { addInputOptions, readOptionsFrom, STUDY_HELP, studyFrom, type InputOptions } from '../shared-options.js';
import { checkFormat, emit } from '../output.js';
import { descriptionOf } from '../catalogue.js';

interface KwicOptions extends InputOptions {
  readonly corpus: string;
  readonly window: string;
  readonly format: string;
  readonly output?: string;
}

async function kwic(term: string, o: KwicOptions, io: CliIo): Promise<void> {
  const format = checkFormat(o.format);
  const window = Number(o.window);
  if (!Number.isInteger(window) || window < 0) throw new YuqingError('E_OPTION', `--window ${o.window}: expected a whole number of characters (0 or more).`);
  const normalised = normaliseTerm(term);
  if (normalised === '') throw new YuqingError('E_OPTION', 'the term is empty: give the word to look for, e.g. yuqing kwic TERM --corpus dump.jsonl.');
  const study = studyFrom(o);
  const data = loadLexicon(readLexiconSource(o.lexicon ?? study.lexiconDir), study.taxonomy);
  const labels = termLabels(compileLexicon(data)).get(normalised) ?? [];
  const { posts } = await readCorpusPosts(o.corpus, readOptionsFrom(o, io));
  const lines: KwicLine[] = posts.flatMap((p) => kwicLines(p.id, normaliseText(p.text), normalised, window));
  const identity = lexiconIdentity(data);
  if (format === 'json') {
    emit(
      io,
      `${JSON.stringify({ lexicon: identity, term, normalised, inLexicon: labels, corpus: o.corpus, posts: posts.length, lines }, null, 2)}\n`,
      o.output,
    );
    return;
  }
  const idWidth = Math.min(24, Math.max(0, ...lines.map((l) => l.id.length)));
  const known = labels.length > 0 ? `already a cue of ${labels.join(', ')}` : 'not in the lexicon';
  const footer = `${lines.length} line(s) in ${posts.length} posts of ${o.corpus}; ${term} (normalised ${normalised}) is ${known} — lexicon ${identity.id} ${identity.version} ${identity.hash}`;
  emit(io, `${lines.map((l) => formatKwicLine(l, window, idWidth)).join('\n')}${lines.length > 0 ? '\n' : ''}${footer}\n`, o.output);
}

export function registerKwic(program: Command, io: CliIo): void {
  const command = program
    .command('kwic')
    .description(descriptionOf('kwic'))
    .argument('<term>', 'the word or phrase (Simplified or Traditional: both are found)')
    .requiredOption('--corpus <file>', 'a dump (JSON Lines, CSV/TSV or .xlsx; columns mapped as for classify)')
    .option('--window <n>', 'characters of context on each side', '20')
    .option('--study <dir>', STUDY_HELP)
    .option('--lexicon <dir>', "lexicon to say whether the term is already a cue (default: the study's)")
    .option('--format <format>', 'text or json', 'text')
    .option('-o, --output <file>', 'write here instead of stdout');
  addInputOptions(command)
    .addHelpText(
      'after',
      `
Examples:
  $ yuqing kwic TTPS --corpus studies/talent/corpus/sample.jsonl
  $ yuqing kwic QMAS --corpus dump.jsonl --window 30 --format json
  $ yuqing kwic TERM --corpus export.csv --text-field body`,
    )
    .action((term: string, o: KwicOptions) => kwic(term, o, io));
}
