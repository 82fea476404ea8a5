/**
 * `yuqing lexicon …`: tools for extending lexicons safely — lint, test (examples), suggest,
 * diff, export and import. This file holds the parent command, lint and test.
 */
import { isAbsolute, relative } from 'node:path';
import type { Command } from 'commander';
import { loadClassifier } from '../../analyse.js';
import { analyseText, type Classifier } from '../../classify.js';
import { isYuqingError, YuqingError } from '../../errors.js';
import { DEFAULT_LEXICON_DIR, readLexiconSource } from '../../io/lexicon-files.js';
import { readCorpusPosts } from '../../io/read-corpus.js';
import { writeSegmenterDictionary } from '../../io/segmenter-dictionary.js';
import { exampleCases, runExamples } from '../../lexicon/examples.js';
import { formatExampleFailure, locateExamples } from '../../lexicon/examples-report.js';
import { lexiconIdentity } from '../../lexicon/identity.js';
import { formatFinding } from '../../lexicon/lint/finding.js';
import { lintLexicon, type LintReport } from '../../lexicon/lint/index.js';
import { cutWords, useSegmenterDictionary } from '../../segment/jieba.js';
import type { CliIo } from '../io.js';
import { checkFormat, emit } from '../output.js';
import { registerLexiconChanges } from './lexicon-changes.js';
import { registerLexiconInterchange } from './lexicon-interchange.js';
import { descriptionOf } from '../catalogue.js';

function classifierOrUndefined(dir: string): Classifier | undefined {
  try {
    return loadClassifier({ lexiconDir: dir });
  } catch (error) {
    if (isYuqingError(error)) return undefined;
    throw error;
  }
}

/** Paths inside the working folder are shown relative to it. */
function shownPath(dir: string): string {
  const rel = relative(process.cwd(), dir);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? dir : rel;
}

function plainCutter(): (text: string) => readonly string[] {
  const plain = writeSegmenterDictionary([]);
  return (text) => {
    useSegmenterDictionary(plain);
    return cutWords(text);
  };
}

function renderLint(report: LintReport, verbose: boolean): string {
  const shown = report.findings.filter((f) => verbose || f.severity !== 'info');
  const c = report.counts;
  const codes = Object.entries(c.byCode).map(([code, n]) => `${code} ${n}`).join(', ');
  const l = report.lexicon;
  const hidden = verbose || c.info === 0 ? '' : ` (info hidden: --verbose shows them)`;
  return [
    ...shown.map(formatFinding),
    `${l.dir}: ${c.error} error(s), ${c.warning} warning(s), ${c.info} info${hidden}${codes ? ` — ${codes}` : ''}`,
    `lexicon ${l.id ?? '?'} ${l.version ?? '?'} ${l.hash}${report.corpus ? ` · corpus ${report.corpus.file} (${report.corpus.posts} posts)` : ''}`,
  ].join('\n') + '\n';
}

interface LintOptions { readonly corpus?: string; readonly format: string; readonly verbose?: boolean; readonly output?: string }

async function lint(dirArg: string | undefined, o: LintOptions, io: CliIo): Promise<void> {
  const format = checkFormat(o.format);
  const dir = dirArg ?? DEFAULT_LEXICON_DIR;
  const source = { ...readLexiconSource(dir), dir: shownPath(dir) };
  const corpus = o.corpus ? { name: o.corpus, posts: (await readCorpusPosts(o.corpus)).posts } : undefined;
  const report = lintLexicon(source, { classifier: classifierOrUndefined(dir), cutPlain: plainCutter(), corpus });
  emit(io, format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderLint(report, Boolean(o.verbose)), o.output);
  if (report.counts.error > 0) {
    throw new YuqingError('E_LEXICON_LINT', `${dir}: the lexicon has ${report.counts.error} error(s), listed above with file:line. Fix them and run yuqing lexicon lint again.`, { file: dir });
  }
}

async function test(dirArg: string | undefined, o: { format: string; output?: string }, io: CliIo): Promise<void> {
  const format = checkFormat(o.format);
  const dir = dirArg ?? DEFAULT_LEXICON_DIR;
  const classifier = loadClassifier({ lexiconDir: dir });
  const data = classifier.lexicon.data;
  const failures = runExamples(data, (text) => analyseText(classifier, text).tags);
  const located = locateExamples({ ...readLexiconSource(dir), dir: shownPath(dir) }, failures);
  const total = exampleCases(data).length;
  const identity = lexiconIdentity(data);
  const text =
    format === 'json'
      ? `${JSON.stringify({ lexicon: identity, examples: total, failed: failures.length, failures: located }, null, 2)}\n`
      : `${located.map(formatExampleFailure).join('')}${total} example(s), ${failures.length} failed — lexicon ${identity.id} ${identity.version} ${identity.hash}\n`;
  emit(io, text, o.output);
  if (failures.length > 0) {
    throw new YuqingError('E_LEXICON_EXAMPLES', `${dir}: ${failures.length} example(s) fail, listed above. Fix the cues (or the example) and run yuqing lexicon test again.`, { file: dir });
  }
}

export function registerLexicon(program: Command, io: CliIo): void {
  const lexicon = program
    .command('lexicon')
    .description(descriptionOf('lexicon'))
    .addHelpText('after', `
Examples:
  $ yuqing lexicon lint                       # the bundled lexicon
  $ yuqing lexicon lint my-lexicon --corpus dump.jsonl --format json
  $ yuqing lexicon test my-lexicon
  $ yuqing lexicon suggest --corpus classified.jsonl --label pr.shell_company_crackdown
  $ yuqing lexicon diff --before lexicons/talent --after my-lexicon --corpus dump.jsonl
  $ yuqing lexicon export --to quanteda -o talent.yml`);
  lexicon
    .command('lint')
    .description('check a lexicon folder: YAML and schema errors (all of them), duplicate and twin terms, shared terms without a note, boundary risks, script ambiguity, terms unused in a corpus')
    .argument('[dir]', 'lexicon folder (default: the bundled lexicons/talent)')
    .option('--corpus <file>', 'a dump (JSONL/CSV): also report terms that never match in it, and check boundaries in its texts')
    .option('--format <format>', 'text or json', 'text')
    .option('--verbose', 'also print info-level findings')
    .option('-o, --output <file>', 'write here instead of stdout')
    .addHelpText('after', `
Errors exit 1; warnings and info do not.

Examples:
  $ yuqing lexicon lint
  $ yuqing lexicon lint my-lexicon --corpus corpora/talent/sample.jsonl
  $ yuqing lexicon lint my-lexicon --format json -o lint.json`)
    .action((dir: string | undefined, o: LintOptions) => lint(dir, o, io));
  lexicon
    .command('test')
    .description('run the examples of every topic and viewpoint entry (examples: {match, nomatch}); failures are printed with the evidence found')
    .argument('[dir]', 'lexicon folder (default: the bundled lexicons/talent)')
    .option('--format <format>', 'text or json', 'text')
    .option('-o, --output <file>', 'write here instead of stdout')
    .addHelpText('after', `
Exits 1 when an example fails.

Examples:
  $ yuqing lexicon test
  $ yuqing lexicon test my-lexicon --format json`)
    .action((dir: string | undefined, o: { format: string; output?: string }) => test(dir, o, io));
  registerLexiconChanges(lexicon, io);
  registerLexiconInterchange(lexicon, io);
  for (const sub of lexicon.commands) sub.exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
}
