#!/usr/bin/env node
// Trains the bundled model, studies/talent/model.json, on every labelled post of studies/talent/corpus (dev and
// test) with the bundled lexicon and the default settings — after the test split has been scored
// with a model trained on dev alone (scripts/score-test.mjs). Run `npm run build` first.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'yuqing-train-'));
try {
  const all = join(work, 'all.jsonl');
  writeFileSync(all, ['dev', 'test'].map((side) => readFileSync(join(root, 'studies', 'talent', 'corpus', `${side}.jsonl`), 'utf8')).join(''));
  execFileSync(process.execPath, [join(root, 'bin', 'yuqing.js'), 'train', '--gold', all, '-o', join(root, 'studies', 'talent', 'model.json')], {
    stdio: 'inherit',
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
