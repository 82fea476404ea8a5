/** What a CLI run may touch, injected so commands can be tested in-process. */
import type { Readable, Writable } from 'node:stream';

export interface CliIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly stdin: Readable;
  readonly stderrIsTTY: boolean;
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, stderrIsTTY: Boolean(process.stderr.isTTY) };
}

export const EXIT = {
  ok: 0,
  /** The input, lexicon or an output could not be used (a YuqingError). */
  failed: 1,
  /** The command line itself is wrong (unknown option, missing argument). */
  usage: 2,
  /** The run finished but rejected more records than --max-rejects allows. */
  tooManyRejects: 3,
  /** An unexpected internal error (a bug: please report it). */
  internal: 70,
} as const;
