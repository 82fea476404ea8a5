/**
 * `yuqing lexicon lint`: every check over a lexicon folder, findings sorted by place. Checks that
 * need the compiled lexicon (boundaries, corpus use) run only when the lexicon loads.
 */
import { analyseText, type Classifier } from '../../classify.js';
import { exampleCases } from '../examples.js';
import { hashLexiconSource, type LexiconSource } from '../../lexicon/load.js';
import type { Taxonomy } from '../../study/taxonomy.js';
import { findNormalisedOffsets, findOccurrences } from '../kwic.js';
import { manifestSchema } from '../../lexicon/schema.js';
import { yamlFileIssues } from '../../yaml-source.js';
import type { NormalisedText } from '../../text/normalise.js';
import { detectScript } from '../../text/script.js';
import { checkBoundaries, type SegmentedContext } from './boundary.js';
import { checkDuplicates } from './duplicates.js';
import { countFindings, sortFindings, type LintFinding } from './finding.js';
import { checkSchema } from './schema-check.js';
import { ambiguousTerms, checkScriptAmbiguity } from './script-ambiguity.js';
import { checkSharedTerms } from './shared-terms.js';
import { indexTerms, type LocatedTerm } from './term-index.js';
import { checkUnmatched } from './unmatched.js';

export interface LintCorpus {
  readonly name: string;
  readonly posts: readonly { readonly id: string; readonly text: string }[];
}

export interface LintEnvironment {
  /** The study's taxonomy the lexicon's topics and viewpoints are checked against. */
  readonly taxonomy: Taxonomy;
  /** The classifier built from the same source; absent when the lexicon does not load. */
  readonly classifier?: Classifier;
  /** Cut a normalised string with jieba's own dictionary (no lexicon words). Called after every analysis. */
  readonly cutPlain: (text: string) => readonly string[];
  readonly corpus?: LintCorpus;
}

export interface LintReport {
  readonly lexicon: { readonly dir: string; readonly id?: string; readonly version?: string; readonly hash: string };
  readonly corpus?: { readonly file: string; readonly posts: number };
  readonly counts: ReturnType<typeof countFindings>;
  readonly findings: readonly LintFinding[];
}

interface Analysed extends SegmentedContext {
  readonly normalised: NormalisedText;
  readonly matched: readonly string[];
  /** Normalised spans of the kept matches. */
  readonly spans: readonly { readonly start: number; readonly end: number }[];
}

function analyseAll(classifier: Classifier, texts: readonly { id: string; text: string }[]): Analysed[] {
  return texts.map(({ id, text }) => {
    const a = analyseText(classifier, text);
    return {
      id,
      text: a.normalised.text,
      normalised: a.normalised,
      segmentation: a.segmentation,
      matched: a.matches.map((m) => m.term.text),
      spans: a.matches.map((m) => ({ start: m.start, end: m.end })),
    };
  });
}

function corpusChecks(terms: readonly LocatedTerm[], corpus: LintCorpus, analysed: readonly Analysed[]): LintFinding[] {
  const matched = new Set(analysed.flatMap((a) => a.matched));
  const occurrences = (term: string) => {
    let total = 0;
    let covered = 0;
    for (const a of analysed) {
      for (const at of findNormalisedOffsets(a.text, term)) {
        total++;
        if (a.spans.some((m) => m.start <= at && m.end >= at + term.length && m.end - m.start > term.length)) covered++;
      }
    }
    return { total, covered };
  };
  return checkUnmatched(terms, { posts: analysed.length, matched, occurrences }, corpus.name);
}

function formsSeenIn(terms: readonly LocatedTerm[], analysed: readonly Analysed[]) {
  const forms = new Map<string, Map<string, number>>();
  for (const { term } of ambiguousTerms(terms)) {
    const counts = new Map<string, number>();
    for (const a of analysed) {
      if (detectScript(a.normalised.original) === 'hans') continue; // only Traditional text shows a collapse
      for (const span of findOccurrences(a.normalised, term.normalised)) {
        const form = a.normalised.original.slice(span.start, span.end);
        counts.set(form, (counts.get(form) ?? 0) + 1);
      }
    }
    forms.set(term.normalised, counts);
  }
  return (normalised: string) => forms.get(normalised);
}

export function lintLexicon(source: LexiconSource, env: LintEnvironment): LintReport {
  const findings: LintFinding[] = [...checkSchema(source, env.taxonomy)];
  const terms = indexTerms(source);
  findings.push(...checkDuplicates(terms), ...checkSharedTerms(terms));
  const classifier = findings.some((f) => f.severity === 'error') ? undefined : env.classifier;
  let formsSeen: ((normalised: string) => ReadonlyMap<string, number> | undefined) | undefined;
  if (classifier !== undefined) {
    const examples = exampleCases(classifier.lexicon.data).map((c, i) => ({ id: `example ${c.label} #${i + 1}`, text: c.text }));
    const corpus = env.corpus ? analyseAll(classifier, env.corpus.posts) : [];
    const contexts = [...analyseAll(classifier, examples), ...corpus];
    const known = new Set(classifier.lexicon.terms.map((t) => t.text));
    if (env.corpus) {
      findings.push(...corpusChecks(terms, env.corpus, corpus));
      formsSeen = formsSeenIn(terms, corpus);
    }
    findings.push(...checkBoundaries(terms, { cutPlain: env.cutPlain, contexts, isTerm: (s) => known.has(s) }));
  }
  findings.push(...checkScriptAmbiguity(terms, formsSeen));
  const manifestFile = source.files.find((f) => f.name === 'lexicon.yaml');
  const manifest = manifestFile ? yamlFileIssues({ path: manifestFile.name, content: manifestFile.content }, manifestSchema).data : undefined;
  const sorted = sortFindings(findings);
  return {
    lexicon: { dir: source.dir, id: manifest?.id, version: manifest?.version, hash: hashLexiconSource(source) },
    ...(env.corpus ? { corpus: { file: env.corpus.name, posts: env.corpus.posts.length } } : {}),
    counts: countFindings(sorted),
    findings: sorted,
  };
}
