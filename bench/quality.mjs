// Quality against public benchmarks (npm run bench:quality). Reads ../shared/benchmarks/ (or
// $YUQING_BENCHMARKS) when present and skips with a message when not. The data are read for
// measuring only: nothing is copied into the project; per-fold training files go to a temporary
// folder outside it and are deleted.
//   1. segmentation word F1 (pooled word spans) on UD Chinese-HK and Cantonese-HK via `yuqing segment`,
//      with jieba's HMM (the default) and without it (`--no-hmm`);
//   2. 10-fold stance macro-F1 and F_avg = (F1(for) + F1(against)) / 2 on LIHKG blank-vote posts via
//      `yuqing train --label-field opinion --text-field msg` and `yuqing predict`, beside a
//      majority-class baseline.
// Results: bench/results/quality.json and quality.md. Run `npm run build` first.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { writeFileAtomic } from '../dist/io/write/atomic.js';
import { benchmarkRoot, findBenchmarks } from '../dist/bench/benchmarks.js';
import { wordSpanScores } from '../dist/evaluate/segmentation.js';
import { classScores, majorityLabel } from '../dist/evaluate/classes.js';
import { foldOf } from '../dist/model/cv.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'bin', 'yuqing.js');
const FOLDS = 10;
// Reference points from the benchmarks' README (Python jieba 0.42.1, default dictionary); targets of issue 17.
const REFERENCE = {
  'ud-chinese-hk': { direct: 0.765, hkToSimplified: 0.838, target: 0.86 },
  'ud-cantonese-hk': { direct: 0.762, hkToSimplified: 0.819, target: 0.87 },
};
const STANCE_NAMES = { 0: 'related, no stance', 1: 'for', 2: 'against' };

const yuqing = (args) => execFileSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
const lines = (file) =>
  readFileSync(file, 'utf8')
    .replace(/\r/g, '')
    .split('\n')
    .filter((l, i, a) => !(i === a.length - 1 && l === ''));
const r3 = (x) => Math.round(x * 1000) / 1000;

function segmentation(set) {
  const score = (args) => {
    const s = wordSpanScores(lines(set.gold), yuqing(['segment', set.raw, ...args]).split('\n'));
    return { precision: r3(s.precision), recall: r3(s.recall), f1: r3(s.f1), sentences: s.sentences, mismatched: s.mismatched };
  };
  return { set: set.name, hmm: score([]), dictionaryOnly: score(['--no-hmm']), reference: REFERENCE[set.name] };
}

function stanceScores(gold, predicted) {
  const s = classScores(gold, predicted);
  return {
    accuracy: r3(s.accuracy),
    macroF1: r3(s.macroF1),
    fAvg: r3((s.perClass['1'].f1 + s.perClass['2'].f1) / 2),
    f1: Object.fromEntries(Object.entries(s.perClass).map(([c, p]) => [c, r3(p.f1)])),
  };
}

function stance(file) {
  const rows = parse(readFileSync(file), { columns: true, delimiter: '\t', quote: false, relax_column_count: true, bom: true });
  const records = rows.map((r, i) => ({ id: `${r.thread_id}:${r.msg_id}:${i}`, msg: r.msg, opinion: r.opinion })).filter((r) => r.msg && r.opinion !== '');
  const work = mkdtempSync(join(tmpdir(), 'yuqing-quality-'));
  const gold = [];
  const model = [];
  const majority = [];
  try {
    for (let fold = 0; fold < FOLDS; fold++) {
      const train = records.filter((r) => foldOf(r.id, FOLDS) !== fold);
      const test = records.filter((r) => foldOf(r.id, FOLDS) === fold);
      const trainFile = join(work, `train-${fold}.jsonl`);
      const testFile = join(work, `test-${fold}.jsonl`);
      writeFileSync(trainFile, train.map((r) => JSON.stringify(r)).join('\n') + '\n');
      writeFileSync(testFile, test.map((r) => JSON.stringify(r)).join('\n') + '\n');
      const modelFile = join(work, `model-${fold}.json`);
      yuqing(['train', '--gold', trainFile, '--label-field', 'opinion', '--text-field', 'msg', '-o', modelFile]);
      const predicted = yuqing(['predict', '--model', modelFile, testFile])
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      const base = majorityLabel(train.map((r) => r.opinion));
      predicted.forEach((p, i) => {
        gold.push(test[i].opinion);
        model.push(p.predicted);
        majority.push(base);
      });
      process.stderr.write(`stance fold ${fold + 1}/${FOLDS}: ${test.length} held out\n`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const counts = Object.fromEntries([...new Set(gold)].sort().map((c) => [c, gold.filter((g) => g === c).length]));
  return { posts: gold.length, folds: FOLDS, classes: STANCE_NAMES, counts, model: stanceScores(gold, model), majorityBaseline: stanceScores(gold, majority) };
}

function markdown(result) {
  const out = ['# Quality against public benchmarks', '', `Benchmarks: \`${result.benchmarks}\` (read for measuring only).`, ''];
  if (result.segmentation.length) {
    out.push(
      '## Segmentation (`yuqing segment`, word-span P/R/F1 pooled)',
      '',
      '| set | P | R | F1 | F1 `--no-hmm` (P / R) | target | Python jieba direct | Python jieba hk→Simplified |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const s of result.segmentation) {
      const d = s.dictionaryOnly;
      out.push(
        `| ${s.set} | ${s.hmm.precision} | ${s.hmm.recall} | **${s.hmm.f1}** | ${d.f1} (${d.precision} / ${d.recall}) | ≥ ${s.reference.target} | ${s.reference.direct} | ${s.reference.hkToSimplified} |`,
      );
    }
    out.push('', 'No SIGHAN 2005 data (Hong Kong / Taiwan news gold) is on this machine: that target is not measured here.', '');
  }
  if (result.stance) {
    const { model, majorityBaseline: b } = result.stance;
    out.push(
      `## Stance (LIHKG blank vote 2019, ${result.stance.posts} posts, ${result.stance.folds}-fold CV by hash of id)`,
      '',
      '| classifier | macro-F1 | F_avg | accuracy | F1 none | F1 for | F1 against |',
      '|---|---|---|---|---|---|---|',
    );
    out.push(
      `| yuqing train/predict (generic) | **${model.macroF1}** | **${model.fAvg}** | ${model.accuracy} | ${model.f1['0']} | ${model.f1['1']} | ${model.f1['2']} |`,
    );
    out.push(`| majority class | ${b.macroF1} | ${b.fAvg} | ${b.accuracy} | ${b.f1['0']} | ${b.f1['1']} | ${b.f1['2']} |`, '');
  }
  return out.join('\n') + '\n';
}

const root = benchmarkRoot(ROOT);
const found = findBenchmarks(root);
if (found === undefined) {
  process.stdout.write(`bench:quality skipped: no benchmarks folder at ${root} (set YUQING_BENCHMARKS to use another).\n`);
  process.exit(0);
}
const result = {
  benchmarks: '../shared/benchmarks',
  segmentation: found.segmentation.map(segmentation),
  stance: found.stance ? stance(found.stance) : null,
};
const resultsDir = join(ROOT, 'bench', 'results');
writeFileAtomic(join(resultsDir, 'quality.json'), JSON.stringify(result, null, 2) + '\n');
writeFileAtomic(join(resultsDir, 'quality.md'), markdown(result));
process.stdout.write(markdown(result));
