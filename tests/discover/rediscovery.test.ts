/**
 * The rediscovery test, pinned for three viewpoints (scripts/rediscover.mjs runs it for all of them
 * and writes the table): a copy of the bundled lexicon without the viewpoint's cues tags the dev
 * corpus with --no-model; discover among relevant posts with no viewpoint must give one theme that
 * recovers the viewpoint with purity ≥ 0.6 and recall ≥ 0.6 against the corpus labels.
 * These three pass with guided discovery at --k 16 with seed 1 (bench/results/rediscovery-k16.md,
 * 4 of the 19 pass); re-measured on main at 57b0d54, seed 2 passes 3 of the 19 and of these three
 * only pr.a_visa_tradeoffs (-k16-seed2.md; in earlier runs all three passed it), so
 * this test guards against losing them, not the target for all (README, "Discovering
 * themes"). Only free themes are scored: posts leaning to a known viewpoint count in recall only.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { runCli } from '../../src/cli/program.js';
import { bestTheme } from '../../src/evaluate/themes.js';
import { captureIo } from '../helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEV = join(ROOT, 'studies', 'talent', 'corpus', 'dev.jsonl');

function lexiconWithout(viewpoint: string, dir: string): void {
  cpSync(join(ROOT, 'studies', 'talent', 'lexicon'), dir, { recursive: true });
  for (const name of readdirSync(join(dir, 'viewpoints'))) {
    const path = join(dir, 'viewpoints', name);
    const doc = parseDocument(readFileSync(path, 'utf8'));
    if (!doc.has(viewpoint)) continue;
    doc.setIn([viewpoint, 'cues'], []);
    doc.deleteIn([viewpoint, 'examples']);
    writeFileSync(path, doc.toString());
  }
}

async function rediscover(viewpoint: string) {
  const work = mkdtempSync(join(tmpdir(), 'yuqing-rediscover-test-'));
  const lexicon = join(work, 'lexicon');
  lexiconWithout(viewpoint, lexicon);
  const classified = join(work, 'classified.jsonl');
  const themes = join(work, 'themes.json');
  expect(await runCli(['classify', DEV, '--lexicon', lexicon, '--no-model', '--workers', '1', '--quiet', '-o', classified], captureIo())).toBe(0);
  expect(
    await runCli(['discover', classified, '--lexicon', lexicon, '--unlabelled', '--k', '16', '--seed', '1', '--format', 'json', '-o', themes], captureIo()),
  ).toBe(0);
  const result = JSON.parse(readFileSync(themes, 'utf8')) as {
    themes: { rank: number; posts: string[] }[];
    known: { posts: string[] }[];
    unassigned: { posts: string[] };
  };
  // Posts leaning to a known viewpoint stay in scope (recall counts them) but are no new theme.
  const inScope = new Set([...result.themes.flatMap((t) => t.posts), ...result.known.flatMap((t) => t.posts), ...result.unassigned.posts]);
  const gold = readFileSync(DEV, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; viewpoints: string[] });
  const labelled = new Set(gold.filter((p) => p.viewpoints.includes(viewpoint)).map((p) => p.id));
  return bestTheme(result.themes, labelled, inScope);
}

describe('rediscovery: a viewpoint removed from the lexicon comes back as a theme', () => {
  for (const viewpoint of ['pr.a_visa_tradeoffs', 'pr.self_employment', 'id.lower_threshold']) {
    it(`recovers ${viewpoint} with purity and recall of at least 0.6`, async () => {
      const best = await rediscover(viewpoint);
      expect(best?.purity).toBeGreaterThanOrEqual(0.6);
      expect(best?.recall).toBeGreaterThanOrEqual(0.6);
    });
  }
});
