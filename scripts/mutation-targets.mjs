/**
 * What `npm run mutate` mutates: the core the issue names, one target per stage, each with the
 * unit tests that pin it (a target runs only those: a mutant is tested in seconds, not by the
 * whole suite, on a two-core machine). Whole-pipeline and CLI tests are left to `npm test`, except
 * the fault tests, which are the only tests of reading real files and reject accounting.
 * Of src/model only the learner (the logistic heads) is mutated: its gradient and L2 term are pinned
 * directly, and its whole training against a plain dense reference (model.learner-reference.test.ts);
 * features, tagger and training are being redesigned.
 */
export const mutationTargets = [
  {
    name: 'lexicon-match',
    mutate: ['src/lexicon/compile.ts', 'src/lexicon/match.ts'],
    tests: [
      'tests/lexicon/lexicon.match-edges.test.ts',
      'tests/lexicon/lexicon.match-long-text.test.ts',
      'tests/lexicon/lexicon.match-sealed.test.ts',
      'tests/lexicon/lexicon.compile.test.ts',
    ],
  },
  {
    name: 'learner',
    mutate: ['src/model/learner.ts'],
    tests: ['tests/model/model.learner-gradient.test.ts', 'tests/model/model.learner.test.ts', 'tests/model/model.learner-reference.test.ts'],
  },
  {
    name: 'statistics',
    mutate: ['src/aggregate/significance.ts', 'src/aggregate/wilson.ts', 'src/aggregate/keyness.ts'],
    tests: ['tests/aggregate/statistics.test.ts', 'tests/aggregate/keyness.test.ts', 'tests/aggregate/wilson.test.ts'],
  },
  // Report safety is escaping, link checking and CSV neutralisation: escape.ts and neutraliseCell (lines 16-18 of csv.ts).
  // The CSV layout (renderCsv's sections and columns) is pinned by the golden report (tests/report/golden.test.ts),
  // whose tests render whole reports: with them this target took about an hour here.
  { name: 'report-safety', mutate: ['src/report/html/escape.ts', 'src/report/csv.ts:16-18'], tests: ['tests/report/report.safety.test.ts'] },
  {
    name: 'merge',
    mutate: [
      'src/aggregate/state.ts',
      'src/aggregate/state-schema.ts',
      'src/aggregate/region-counts.ts',
      'src/aggregate/examples.ts',
      'src/aggregate/dedup.ts',
      'src/aggregate/serialise.ts',
      'src/io/write/partial-state.ts',
    ],
    tests: [
      'tests/aggregate/merge.test.ts',
      'tests/aggregate/merge.study.test.ts',
      'tests/aggregate/examples.test.ts',
      'tests/aggregate/region-counts.test.ts',
      'tests/aggregate/study.test.ts',
      'tests/aggregate/state.test.ts',
      'tests/io/partial-state.test.ts',
      'tests/aggregate/merge.edges.test.ts',
    ],
  },
  {
    name: 'tag',
    mutate: ['src/tag/**/*.ts'],
    tests: [
      'tests/tag/tag.rules.test.ts',
      'tests/tag/evidence.offsets.test.ts',
      'tests/tag/evidence.two-characters.test.ts',
      'tests/tag/tag.long-posts.test.ts',
      'tests/tag/tag.hits.test.ts',
      'tests/tag/evidence.spans.test.ts',
      'tests/tag/tag.large-taxonomy.test.ts',
    ],
  },
  // ambiguity.ts serves lexicon lint (one-to-many characters), not normalisation; index.ts only re-exports.
  { name: 'text', mutate: ['src/text/**/*.ts', '!src/text/ambiguity.ts', '!src/text/index.ts'], tests: ['tests/text/**/*.test.ts'] },
  {
    name: 'read',
    mutate: [
      'src/io/read/read-jsonl.ts',
      'src/io/read/read-csv.ts',
      'src/io/read/read-records.ts',
      'src/io/read/open-input.ts',
      'src/io/read/sniff.ts',
      'src/io/read/map-record.ts',
      'src/cli/run-options.ts',
    ],
    tests: [
      'tests/cli/run-options.test.ts',
      'tests/io/map-record.test.ts',
      'tests/io/sniff.test.ts',
      'tests/io/read-jsonl.test.ts',
      'tests/io/encode-lines.test.ts',
      'tests/io/seen-ids.test.ts',
      'tests/io/faults.test.ts',
    ],
  },
  { name: 'segment', mutate: ['src/segment/**/*.ts', '!src/segment/index.ts'], tests: ['tests/segment/**/*.test.ts'] },
];
