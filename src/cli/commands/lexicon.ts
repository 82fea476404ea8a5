/**
 * `yuqing lexicon …`: tools for extending lexicons safely — lint, test (examples), suggest,
 * diff, export and import. This file holds the parent command, lint and test.
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import type { Command } from 'commander';
import { buildClassifier } from '../../classifier/load-classifier.js';
import { analyseText, type Classifier } from '../../classify.js';
import { isYuqingError, YuqingError } from '../../errors.js';
import { readAcceptedFindings, readLexiconSource } from '../../io/bundled/lexicon-files.js';
import { readLexiconSourceAtRevision } from '../../io/read/lexicon-git.js';
import { ACCEPTED_FILE } from '../../lexicon-tools/lint/accepted.js';
import { lintView, type LintView } from '../../lexicon-tools/lint/view.js';
import { readCorpusPosts } from '../../io/read/read-corpus.js';
import { segmenterOf, writeSegmenterDictionary } from '../../io/bundled/segmenter-dictionary.js';
import { exampleCases, runExamples } from '../../lexicon-tools/examples.js';
import { formatExampleFailure, locateExamples } from '../../lexicon-tools/examples-report.js';
import { lexiconIdentity } from '../../lexicon/identity.js';
import { lintDiagnostic } from '../../lexicon-tools/lint/finding.js';
import { lintLexicon, type LintReport } from '../../lexicon-tools/lint/index.js';
import { cutWords } from '../../segment/jieba.js';
import type { CliIo } from '../io.js';
import { formatDiagnostic } from '../diagnostic-line.js';
import { checkFormat, emit } from '../output.js';
import { registerLexiconChanges } from './lexicon-changes.js';
import { registerLexiconInterchange } from './lexicon-interchange.js';
import { descriptionOf } from '../catalogue.js';
import { addInputOptions, readOptionsFrom, STUDY_HELP, studyFrom, type InputOptions } from '../shared-options.js';

function classifierOrUndefined(studyDir: string | undefined, dir: string): Classifier | undefined {
  try {
    return buildClassifier({ study: studyDir, lexicon: dir });
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
  const plain = segmenterOf(writeSegmenterDictionary([]));
  return (text) => cutWords(plain, text);
}

function renderLint(report: LintReport, view: LintView, base: string | undefined): string {
  const c = report.counts;
  const l = report.lexicon;
  const h = view.hidden;
  const count = (severity: 'error' | 'warning' | 'info') => view.shown.filter((f) => f.severity === severity).length;
  const hidden = [
    h.info > 0 ? `${h.info} info (--verbose shows them)` : '',
    h.accepted > 0 ? `${h.accepted} accepted in ${ACCEPTED_FILE} (--verbose shows them)` : '',
    h.unchanged > 0 ? `${h.unchanged} on entries unchanged since ${base}` : '',
  ].filter((x) => x !== '');
  const stale = view.stale.map(
    (a) => `${l.dir}/${ACCEPTED_FILE}: the accepted ${a.code} of ${a.term ?? a.entry} (${a.file}, ${a.entry}) no longer occurs: remove it.`,
  );
  return (
    [
      ...view.shown.map((f) => formatDiagnostic(lintDiagnostic(f), { code: 'bare' })),
      ...stale,
      `${l.dir}: ${c.error} error(s), ${count('warning')} warning(s), ${count('info')} info shown${hidden.length > 0 ? ` — hidden: ${hidden.join(', ')}` : ''}`,
      `lexicon ${l.id ?? '?'} ${l.version ?? '?'} ${l.hash}${report.corpus ? ` · corpus ${report.corpus.file} (${report.corpus.posts} posts)` : ''}`,
    ].join('\n') + '\n'
  );
}

interface LintOptions extends InputOptions {
  readonly corpus?: string;
  readonly format: string;
  readonly verbose?: boolean;
  readonly output?: string;
  readonly changed?: string;
}

/** --changed BASE: a lexicon folder, or a git revision of the repository holding DIR. */
function baseSource(dir: string, base: string | undefined) {
  if (base === undefined) return undefined;
  const source = existsSync(base) && statSync(base).isDirectory() ? readLexiconSource(base) : readLexiconSourceAtRevision(dir, base);
  return { source, name: base };
}

async function lint(dirArg: string | undefined, o: LintOptions, io: CliIo): Promise<void> {
  const format = checkFormat(o.format);
  const study = studyFrom(o);
  const dir = dirArg ?? study.lexiconDir;
  const source = { ...readLexiconSource(dir), dir: shownPath(dir) };
  const base = baseSource(dir, o.changed);
  const accepted = readAcceptedFindings(dir);
  const corpus = o.corpus ? { name: o.corpus, posts: (await readCorpusPosts(o.corpus, readOptionsFrom(o, io))).posts } : undefined;
  const report = lintLexicon(source, { taxonomy: study.taxonomy, classifier: classifierOrUndefined(o.study, dir), cutPlain: plainCutter(), corpus });
  const verbose = Boolean(o.verbose);
  const view = lintView(report, source, { base, accepted, verbose, hideInfo: format === 'text' });
  const json = { ...report, findings: view.shown, hidden: view.hidden, stale: view.stale };
  emit(io, format === 'json' ? `${JSON.stringify(json, null, 2)}\n` : renderLint(report, view, o.changed), o.output);
  if (report.counts.error > 0) {
    throw new YuqingError(
      'E_LEXICON_LINT',
      `${dir}: the lexicon has ${report.counts.error} error(s), listed above with file:line. Fix them and run yuqing lexicon lint again.`,
      { file: dir },
    );
  }
}

async function test(dirArg: string | undefined, o: { format: string; output?: string; study?: string }, io: CliIo): Promise<void> {
  const format = checkFormat(o.format);
  const dir = dirArg ?? studyFrom(o).lexiconDir;
  const classifier = buildClassifier({ study: o.study, lexicon: dir });
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
    throw new YuqingError(
      'E_LEXICON_EXAMPLES',
      `${dir}: ${failures.length} example(s) fail, listed above. Fix the cues (or the example) and run yuqing lexicon test again.`,
      { file: dir },
    );
  }
}

export function registerLexicon(program: Command, io: CliIo): void {
  const lexicon = program
    .command('lexicon')
    .description(descriptionOf('lexicon'))
    .addHelpText(
      'after',
      `
Examples:
  $ yuqing lexicon lint                       # the bundled lexicon
  $ yuqing lexicon lint my-lexicon --corpus dump.jsonl --format json
  $ yuqing lexicon test my-lexicon
  $ yuqing lexicon suggest --corpus classified.jsonl --label VIEWPOINT_ID
  $ yuqing lexicon diff --before studies/talent/lexicon --after my-lexicon --corpus dump.jsonl
  $ yuqing lexicon export --to quanteda -o talent.yml`,
    );
  const lintCommand = lexicon
    .command('lint')
    .description(
      'check a lexicon folder: YAML syntax (one error per problem) and schema errors of every file, duplicate and twin terms, shared terms without a note, boundary risks, script ambiguity, terms unused in a corpus',
    )
    .argument('[dir]', "lexicon folder (default: the study's, studies/talent/lexicon for the bundled one)")
    .option('--study <dir>', STUDY_HELP)
    .option(
      '--corpus <file>',
      'a dump (JSON Lines, CSV/TSV or .xlsx; columns mapped as for classify): also report terms that never match in it, and check boundaries in its texts',
    )
    .option(
      '--changed <base>',
      'show only findings on entries that are new or differ from BASE: the lexicon folder you copied (studies/talent/lexicon) or a git revision (HEAD, main); errors are always shown',
    )
    .option('--format <format>', 'text or json', 'text')
    .option('--verbose', `also print info-level findings and those accepted in ${ACCEPTED_FILE}`)
    .option('-o, --output <file>', 'write here instead of stdout');
  addInputOptions(lintCommand)
    .addHelpText(
      'after',
      `
Errors exit 1; warnings and info do not. Findings the lexicon's authors accept are listed, with the
reason, in DIR/${ACCEPTED_FILE}; they are hidden and counted.

Examples:
  $ yuqing lexicon lint
  $ cp -r studies/talent/lexicon my-lexicon && yuqing lexicon lint my-lexicon --changed studies/talent/lexicon
  $ yuqing lexicon lint studies/talent/lexicon --changed HEAD
  $ yuqing lexicon lint my-lexicon --corpus studies/talent/corpus/sample.jsonl
  $ yuqing lexicon lint my-lexicon --format json -o lint.json`,
    )
    .action((dir: string | undefined, o: LintOptions) => lint(dir, o, io));
  lexicon
    .command('test')
    .description('run the examples of every topic and viewpoint entry (examples: {match, nomatch}); failures are printed with the evidence found')
    .argument('[dir]', "lexicon folder (default: the study's, studies/talent/lexicon for the bundled one)")
    .option('--study <dir>', STUDY_HELP)
    .option('--format <format>', 'text or json', 'text')
    .option('-o, --output <file>', 'write here instead of stdout')
    .addHelpText(
      'after',
      `
Exits 1 when an example fails.

Examples:
  $ yuqing lexicon test
  $ yuqing lexicon test my-lexicon --format json`,
    )
    .action((dir: string | undefined, o: { format: string; output?: string; study?: string }) => test(dir, o, io));
  registerLexiconChanges(lexicon, io);
  registerLexiconInterchange(lexicon, io);
  for (const sub of lexicon.commands) sub.exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
}
