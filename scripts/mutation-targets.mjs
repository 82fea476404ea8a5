/**
 * What `npm run mutate` mutates: the core the issue names, one target per stage, each with the
 * tests that pin it (a target runs only those, so a run stays short on a two-core machine).
 * src/model is the lead's except logistic.ts, whose gradient and L2 term are pinned directly.
 */
export const mutationTargets = [
  // ambiguity.ts serves lexicon lint (one-to-many characters), not normalisation; index.ts only re-exports.
  { name: 'text', mutate: ['src/text/**/*.ts', '!src/text/ambiguity.ts', '!src/text/index.ts'], tests: ['tests/text/**/*.test.ts'] },
  { name: 'segment', mutate: ['src/segment/**/*.ts', '!src/segment/index.ts'], tests: ['tests/segment/**/*.test.ts'] },
  { name: 'lexicon-match', mutate: ['src/lexicon/compile.ts', 'src/lexicon/match.ts'], tests: ['tests/lexicon/lexicon.match-policy.test.ts', 'tests/lexicon/lexicon.match-edges.test.ts'] },
  { name: 'tag', mutate: ['src/tag/**/*.ts'], tests: ['tests/tag/**/*.test.ts', 'tests/lexicon/lexicon.match-policy.test.ts'] },
  { name: 'statistics', mutate: ['src/aggregate/significance.ts', 'src/aggregate/wilson.ts', 'src/aggregate/keyness.ts'], tests: ['tests/aggregate/**/*.test.ts'] },
  {
    name: 'merge',
    mutate: ['src/aggregate/state.ts', 'src/aggregate/region-counts.ts', 'src/aggregate/examples.ts', 'src/aggregate/dedup.ts', 'src/aggregate/serialise.ts', 'src/io/partial-state.ts'],
    tests: ['tests/aggregate/**/*.test.ts', 'tests/cli/cli.aggregate-merge.test.ts'],
  },
  { name: 'report-safety', mutate: ['src/report/html/escape.ts', 'src/report/csv.ts'], tests: ['tests/report/html.test.ts', 'tests/report/report.safety.test.ts'] },
  {
    name: 'read',
    mutate: ['src/io/read-jsonl.ts', 'src/io/read-csv.ts', 'src/io/read-records.ts', 'src/io/lines.ts', 'src/io/open-input.ts', 'src/io/sniff.ts', 'src/io/map-record.ts', 'src/cli/run-options.ts'],
    tests: ['tests/io/**/*.test.ts'],
  },
  { name: 'logistic', mutate: ['src/model/logistic.ts'], tests: ['tests/model/model.logistic.test.ts'] },
];
