/**
 * StrykerJS mutation testing over the core (issue 20). Not in CI: too slow for it. Run it with
 * `npm run mutate` (every target in turn) or `npm run mutate -- text tag` (some): each target is one
 * Stryker run over its source files with the tests that pin them, incremental, so a rerun tests only
 * the mutants whose code or tests changed. Targets live in scripts/mutation-targets.mjs.
 */
import { mutationTargets } from './scripts/mutation-targets.mjs';

const name = process.env.YUQING_MUTATE_TARGET;
const target = mutationTargets.find((t) => t.name === name);
if (target === undefined) {
  throw new Error(`YUQING_MUTATE_TARGET=${name ?? ''}: expected one of ${mutationTargets.map((t) => t.name).join(', ')}. Run npm run mutate.`);
}

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts', related: false },
  checkers: ['typescript'],
  // The checker type-checks src/ only (tests and benchmarks are not mutated): a third of the work per mutant.
  tsconfigFile: 'tsconfig.build.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants: tables, regexes, schemas) are not tested: with a
  // target's testFiles the vitest runner gives them no test to run, so each showed as a survivor
  // (a planted copy of one is caught by its tests). The score counts the others; see README.
  ignoreStatic: true,
  mutate: target.mutate,
  testFiles: target.tests,
  // The machine has two cores shared with others.
  concurrency: Number(process.env.YUQING_MUTATE_CONCURRENCY ?? 2),
  incremental: true,
  incrementalFile: `reports/mutation/${target.name}.incremental.json`,
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: `reports/mutation/${target.name}.html` },
  jsonReporter: { fileName: `reports/mutation/${target.name}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  // Only TypeScript gets "@ts-nocheck" in the sandbox: golden reports (tests/golden/*.html) stay byte for byte.
  disableTypeChecks: '{src,tests}/**/*.ts',
  tempDirName: '.stryker-tmp',
  // Anchored: a bare 'report' would also drop src/report/.
  ignorePatterns: ['/bench/corpus', '/bench/work', '/report', '/reports', '/test-artifacts', '/dist', '/.stryker-tmp'],
  timeoutMS: 20000,
  dryRunTimeoutMinutes: 20,
  thresholds: { high: 90, low: 80, break: null },
};
