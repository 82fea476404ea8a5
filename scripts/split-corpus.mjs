#!/usr/bin/env node
// The dev/test split of corpora/talent, fixed before any tuning and never changed:
// sha256(id) → first 4 bytes as an unsigned integer → mod 100 < 70 → dev, else test.
// `node scripts/split-corpus.mjs` checks that every record sits on its side (exit 1 if not).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export function sideOf(id) {
  return createHash('sha256').update(id).digest().readUInt32BE(0) % 100 < 70 ? 'dev' : 'test';
}

const dir = new URL('../corpora/talent/', import.meta.url);
let wrong = 0;
for (const side of ['dev', 'test']) {
  const lines = readFileSync(new URL(`${side}.jsonl`, dir), 'utf8').split('\n').filter((l) => l.trim() !== '');
  for (const line of lines) {
    const { id } = JSON.parse(line);
    if (sideOf(id) !== side) {
      wrong++;
      console.error(`${side}.jsonl: ${id} belongs to ${sideOf(id)}`);
    }
  }
  console.log(`${side}: ${lines.length} records`);
}
process.exitCode = wrong === 0 ? 0 : 1;
