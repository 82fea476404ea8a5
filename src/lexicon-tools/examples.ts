/**
 * Examples as tests: each topic and viewpoint entry may carry `examples: {match, nomatch}`;
 * every `match` sentence must get the label as a post, and no `nomatch` sentence may.
 */
import type { Evidence } from '../records.js';
import type { LexiconData } from '../lexicon/load.js';
import type { Examples } from '../lexicon/schema.js';

export interface ExampleCase {
  readonly label: string;
  readonly expect: 'match' | 'nomatch';
  readonly text: string;
}

export interface ExampleFailure extends ExampleCase {
  /** What the post got instead, and why. */
  readonly got: { readonly relevant: boolean; readonly labels: readonly string[]; readonly evidence: readonly Evidence[] };
}

export function exampleCases(data: LexiconData): ExampleCase[] {
  const cases: ExampleCase[] = [];
  const add = (label: string, examples: Examples | undefined) => {
    for (const text of examples?.match ?? []) cases.push({ label, expect: 'match', text });
    for (const text of examples?.nomatch ?? []) cases.push({ label, expect: 'nomatch', text });
  };
  for (const [id, entry] of Object.entries(data.topics)) add(id as string, entry.examples);
  for (const [id, entry] of Object.entries(data.viewpoints)) add(id as string, entry?.examples);
  return cases;
}

export interface LabelledText {
  readonly relevant: boolean;
  readonly topics: readonly string[];
  readonly viewpoints: readonly string[];
  readonly evidence: readonly Evidence[];
}

export function runExamples(data: LexiconData, label: (text: string) => LabelledText): ExampleFailure[] {
  const failures: ExampleFailure[] = [];
  for (const c of exampleCases(data)) {
    const got = label(c.text);
    const labels = [...got.topics, ...got.viewpoints];
    const has = labels.includes(c.label);
    if (has !== (c.expect === 'match')) failures.push({ ...c, got: { relevant: got.relevant, labels, evidence: got.evidence } });
  }
  return failures;
}
