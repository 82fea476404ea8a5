/**
 * A lexicon folder as it was at a git revision (`yuqing lexicon lint DIR --changed HEAD`): the same
 * files readLexiconSource reads, taken from the repository with `git ls-tree` and `git show`.
 */
import { execFileSync } from 'node:child_process';
import { YuqingError } from '../../errors.js';
import { ACCEPTED_FILE } from '../../lexicon-tools/lint/accepted.js';
import type { LexiconSource } from '../../lexicon/load.js';

function git(dir: string, args: readonly string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
}

const LEXICON_FILE = /^(?:[^/]+|viewpoints\/[^/]+)\.ya?ml$/;

export function readLexiconSourceAtRevision(dir: string, revision: string): LexiconSource {
  let names: string[];
  try {
    git(dir, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
    names = git(dir, ['ls-tree', '-r', '--name-only', revision, '--', '.'])
      .split('\n')
      .filter((n) => LEXICON_FILE.test(n) && n !== ACCEPTED_FILE)
      .sort();
  } catch {
    throw new YuqingError(
      'E_OPTION',
      `--changed ${revision}: neither a lexicon folder nor a git revision of the repository holding ${dir}. Give the folder of the lexicon as it was (e.g. studies/talent/lexicon) or a revision (HEAD, main, a commit).`,
    );
  }
  if (names.length === 0) {
    throw new YuqingError(
      'E_OPTION',
      `--changed ${revision}: ${dir} holds no lexicon files at ${revision}. Give a revision where it existed, or the folder of the lexicon as it was.`,
    );
  }
  const viewpoints = names.filter((n) => n.startsWith('viewpoints/'));
  const top = names.filter((n) => !n.startsWith('viewpoints/'));
  return { dir: `${dir}@${revision}`, files: [...top, ...viewpoints].map((name) => ({ name, content: git(dir, ['show', `${revision}:./${name}`]) })) };
}
