/**
 * Output paths checked before any work: a run that would classify a whole dump and then fail to
 * rename its output (a folder given where a file is meant, a parent that is a file, a folder that
 * cannot be written, the input itself as the output) stops at once with a sentence saying which.
 */
import { accessSync, constants, existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { YuqingError } from '../../errors.js';

export interface OutputTarget {
  readonly path: string;
  /** A file written atomically, or a folder created to hold files. */
  readonly kind: 'file' | 'folder';
  /** The option that named it, for messages (-o, --rejects, --charts). */
  readonly option: string;
}

function fail(target: OutputTarget, message: string): YuqingError {
  return new YuqingError('E_OUTPUT', `${target.option} ${target.path}: ${message}`, { file: target.path });
}

/** The nearest folder that exists on the way up from `path` (which must be a folder, and writable). */
function checkAncestors(target: OutputTarget, from: string): void {
  let dir = resolve(from);
  while (!existsSync(dir)) {
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  if (!statSync(dir).isDirectory()) {
    throw fail(target, `${dir} is a file, so no folder can be made inside it. Choose another path.`);
  }
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw fail(target, `the folder ${dir} cannot be written to. Choose a folder you may write in.`);
  }
}

function samePath(a: string, b: string): boolean {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
  return real(a) === real(b);
}

/** Throws E_OUTPUT for the first target that cannot be written, before any input is read. */
export function checkOutputPaths(targets: readonly OutputTarget[], inputs: readonly string[] = []): void {
  for (const target of targets) {
    const exists = existsSync(target.path);
    if (target.kind === 'file') {
      if (target.path.endsWith('/') || target.path.endsWith(sep) || (exists && statSync(target.path).isDirectory())) {
        throw fail(target, `is a folder; ${target.option} takes a file name here (for example ${target.path.replace(/[/\\]+$/, '')}/classified.jsonl).`);
      }
      for (const input of inputs) {
        if (input !== '-' && samePath(input, target.path))
          throw fail(target, 'is the input itself; writing there would destroy it. Choose another output name.');
      }
      checkAncestors(target, dirname(target.path));
    } else {
      if (exists && !statSync(target.path).isDirectory())
        throw fail(target, `is a file; ${target.option} takes a folder here. Choose another name, or remove the file.`);
      checkAncestors(target, target.path);
    }
  }
}
