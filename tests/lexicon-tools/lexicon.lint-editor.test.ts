/**
 * Lint as an editor needs it: one error per YAML syntax problem, only what an edit changed
 * (--changed a folder or a git revision), info and accepted findings hidden and counted, and an
 * untouched copy of the shipped lexicon quiet.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { DEFAULT_LEXICON_DIR } from '../../src/io/bundled/lexicon-files.js';
import { captureIo, TINY_LEXICON } from '../helpers.js';

function copyOf(lexicon: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'yuqing-lint-editor-')), 'lexicon');
  cpSync(lexicon, dir, { recursive: true });
  return dir;
}

const edit = (dir: string, name: string, change: (s: string) => string) => writeFileSync(join(dir, name), change(readFileSync(join(dir, name), 'utf8')));

async function lint(args: string[]) {
  const io = captureIo();
  const code = await runCli(['lexicon', 'lint', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

/** A risky single-character cue added to one viewpoint: a script-ambiguous warning on that entry only. */
const addRiskyCue = (s: string) => s.replace('  cues: [提前規劃]', '  cues: [提前規劃, 后]');

describe('lint for an editor', () => {
  it('reports one error for one mis-indented (tab) line, where classify reports it too', async () => {
    const dir = copyOf(TINY_LEXICON);
    edit(dir, 'viewpoints/permanent_residency.yaml', (s) => s.replace(/\n( +)- /, '\n\t$1- '));
    const r = await lint([dir]);
    expect(r.code).toBe(1);
    const errors = r.out.split('\n').filter((l) => / error yaml /.test(l));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/permanent_residency\.yaml:\d+:\d+: error yaml .*more errors? after it most likely follow from this one/);
    const io = captureIo();
    await runCli(['classify', '-', '--lexicon', dir], io);
    const place = /permanent_residency\.yaml:\d+:\d+/.exec(errors[0]!)![0];
    expect(io.err()).toContain(place);
  });

  it('--changed FOLDER shows only findings on entries that differ from it', async () => {
    const dir = copyOf(TINY_LEXICON);
    edit(dir, 'viewpoints/permanent_residency.yaml', addRiskyCue);
    const all = await lint([dir]);
    expect(all.out).toContain('warning shared-term 審批快');
    const changed = await lint([dir, '--changed', TINY_LEXICON]);
    expect(changed.code).toBe(0);
    const shown = changed.out.split('\n').filter((l) => /: (warning|error|info) /.test(l));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/permanent_residency\.yaml:\d+:\d+: warning script-ambiguous 后/);
    expect(changed.out).toMatch(/hidden: .*on entries unchanged since /);
  });

  it('--changed REVISION compares with the lexicon as committed', async () => {
    const dir = copyOf(TINY_LEXICON);
    const git = (...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.email=t@example.org', '-c', 'user.name=t', ...args], { stdio: 'pipe' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    expect((await lint([dir, '--changed', 'HEAD'])).out.split('\n').filter((l) => /: (warning|error) /.test(l))).toEqual([]);
    edit(dir, 'viewpoints/permanent_residency.yaml', addRiskyCue);
    const changed = await lint([dir, '--changed', 'HEAD']);
    expect(
      changed.out
        .split('\n')
        .filter((l) => /: warning /.test(l))
        .map((l) => /warning (\S+) (\S+)/.exec(l)!.slice(1)),
    ).toEqual([['script-ambiguous', '后']]);
    expect((await lint([dir, '--changed', 'no-such-revision'])).err).toContain('neither a lexicon folder nor a git revision');
  });

  it('hides info unless --verbose, saying how many', async () => {
    const quiet = await lint([TINY_LEXICON]);
    expect(quiet.out).not.toMatch(/: info /);
    expect(quiet.out).toMatch(/hidden: \d+ info \(--verbose shows them\)/);
    expect((await lint([TINY_LEXICON, '--verbose'])).out).toMatch(/: info /);
  });

  it('an untouched copy of the shipped lexicon lints quietly: its accepted findings hidden, counted, none stale', async () => {
    // The shipped lexicon's accepted findings sit beside it (studies/talent/lexicon/lint-accepted.yaml) and travel with a copy.
    const dir = copyOf(DEFAULT_LEXICON_DIR);
    const r = await lint([dir]);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').filter((l) => /: (warning|error|info) |stale|no longer occurs/.test(l))).toEqual([]);
    expect(r.out).toMatch(/0 error\(s\), 0 warning\(s\), 0 info shown — hidden: \d+ info \(--verbose shows them\), \d+ accepted in lint-accepted\.yaml/);
  }, 120_000);
});
