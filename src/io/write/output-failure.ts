/**
 * When writing fails: the disk is full, the reader of stdout went away (`| head`), a folder is not
 * writable. Such failures come from the system, not from yuqing: they get a sentence naming the
 * file and what to do, and a stream that failed stops the run instead of being waited on forever.
 */
import type { Writable } from 'node:stream';
import { YuqingError } from '../../errors.js';

/** Wait until `out` can take more; reject if it fails or closes first. */
export function drained(out: Writable): Promise<void> {
  if (out.errored) return Promise.reject(out.errored);
  if (out.destroyed) return Promise.reject(Object.assign(new Error('write after the output was closed'), { code: 'EPIPE', syscall: 'write' }));
  return new Promise((resolve, reject) => {
    const done = (error?: Error | null) => {
      out.off('drain', onDrain);
      out.off('error', onError);
      out.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onError = (error: Error) => done(error);
    const onClose = () => done(out.errored ?? Object.assign(new Error('the output was closed'), { code: 'EPIPE', syscall: 'write' }));
    out.on('drain', onDrain);
    out.on('error', onError);
    out.on('close', onClose);
  });
}

export interface SystemError extends Error {
  readonly code: string;
  readonly syscall?: string;
  readonly path?: string;
  readonly dest?: string;
}

/** An error the operating system reported (it has an errno code such as ENOSPC), not a bug. */
export function isSystemError(error: unknown): error is SystemError {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) && ('syscall' in error || code === 'EPIPE');
}

/** The reader of our output has gone (`yuqing classify … | head`): as Unix filters do, stop quietly. */
export function isClosedPipe(error: unknown): boolean {
  return isSystemError(error) && error.code === 'EPIPE';
}

const WHAT: Readonly<Record<string, string>> = {
  ENOSPC: 'no space is left on the device',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file grew larger than the file system allows',
  EROFS: 'the file system is read-only',
  EACCES: 'permission was denied',
  EPERM: 'the operation was not permitted',
  EISDIR: 'a folder stands where a file was expected',
  ENOTDIR: 'a file stands where a folder was expected',
  ENOENT: 'no such file or folder',
  EMFILE: 'too many files are open',
  EIO: 'the device reported an input/output error',
};

const FIX: Readonly<Record<string, string>> = {
  ENOSPC: 'Free some space or write elsewhere (-o); the unfinished output was removed.',
  EDQUOT: 'Free some space or write elsewhere (-o); the unfinished output was removed.',
  EROFS: 'Write somewhere writable (-o).',
  EACCES: 'Write somewhere you may write (-o), or fix the permissions.',
};

/** The sentence for a system error: what happened, to which file, what to do. */
export function systemErrorMessage(error: SystemError): YuqingError {
  const file = error.path ?? error.dest;
  const what = WHAT[error.code] ?? error.message;
  const during = error.syscall ? ` (${error.syscall}${file ? ` ${file}` : ''}, ${error.code})` : ` (${error.code})`;
  const fix = FIX[error.code] ?? 'Check the paths and the disk, then run again; any unfinished output was removed.';
  return new YuqingError('E_SYSTEM', `${what}${during}. ${fix}`, file ? { file } : {});
}
