/**
 * Outputs: paths checked before any work; a full disk, a read-only folder or a closed pipe end with
 * a clear message, no temporary file left behind, exit 1 (exit 0 for a closed pipe, as filters do).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { captureIo, FIXTURES, TINY_LEXICON } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'yuqing-outputs-'));
const posts = join(FIXTURES, 'posts.jsonl');

async function cli(args: string[]) {
  const io = captureIo();
  const code = await runCli([...args, '--lexicon', TINY_LEXICON], io);
  return { code, err: io.err(), out: io.out() };
}

describe('output paths are checked before any work', () => {
  it('-o some/dir/ stops at once with a sentence, before classifying (no count line), and leaves nothing behind', async () => {
    const target = join(dir, 'some', 'dir');
    mkdirSync(target, { recursive: true });
    const r = await cli(['classify', posts, '-o', `${target}/`, '--workers', '1', '-q']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('error [E_OUTPUT]: -o');
    expect(r.err).toContain('is a folder; -o takes a file name here');
    expect(r.err).not.toContain('read ');
    expect(readdirSync(join(dir, 'some'))).toEqual(['dir']);
    expect((await cli(['classify', posts, '-o', target, '--workers', '1', '-q'])).err).toContain('is a folder');
  });

  it('a parent that is a file, the input as its own output, and analyse into a file are refused', async () => {
    const file = join(dir, 'plain.txt');
    writeFileSync(file, 'x');
    expect((await cli(['classify', posts, '-o', join(file, 'out.jsonl'), '-q'])).err).toContain('is a file, so no folder can be made inside it');
    const copy = join(dir, 'copy.jsonl');
    writeFileSync(copy, '{"id":"a","text":"高才通"}\n');
    const same = await cli(['classify', copy, '-o', copy, '-q']);
    expect(same.code).toBe(1);
    expect(same.err).toContain('is the input itself');
    expect((await cli(['analyse', posts, '-o', file, '-q'])).err).toContain('is a file; -o takes a folder here');
    expect((await cli(['aggregate', posts, '-o', `${dir}/`])).err).toContain('is a folder');
  });

  it('a missing parent folder is made, as before', async () => {
    const r = await cli(['classify', posts, '-o', join(dir, 'new', 'deeper', 'out.jsonl'), '--workers', '1', '-q']);
    expect(r.code).toBe(0);
  });
});

/** A tiny tmpfs (root can mount one; CI runs as root): a real full disk and a real read-only folder. */
function mountTmpfs(path: string, options: string): boolean {
  mkdirSync(path, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', path], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('a full disk and a read-only folder', () => {
  const full = join(dir, 'full');
  const readOnly = join(dir, 'ro');
  let mounted = false;
  beforeAll(() => {
    mounted = mountTmpfs(full, 'size=64k') && mountTmpfs(readOnly, 'ro,size=64k');
  });
  afterAll(() => {
    for (const path of [full, readOnly]) {
      try {
        execFileSync('umount', [path], { stdio: 'ignore' });
      } catch {
        /* not mounted */
      }
    }
  });

  it('ENOSPC: a clear message naming the file, the temporary file removed, exit 1', async (context) => {
    if (!mounted) context.skip(); // needs root, as CI has
    const big = join(dir, 'big.jsonl');
    writeFileSync(big, Array.from({ length: 3000 }, (_, i) => `{"id":"p${i}","text":"高才通續簽好難，寬進嚴出"}\n`).join(''));
    const r = await cli(['classify', big, '-o', join(full, 'out.jsonl'), '--workers', '1', '-q']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('error [E_SYSTEM]: no space is left on the device');
    expect(r.err).toContain('the unfinished output was removed');
    expect(r.err).not.toContain('internal error');
    expect(readdirSync(full)).toEqual([]);
  });

  it('a read-only folder is refused before any work', async (context) => {
    if (!mounted) context.skip();
    const r = await cli(['classify', posts, '-o', join(readOnly, 'out.jsonl'), '-q']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('cannot be written to');
  });

  it('ENOSPC on stdout (in-process): the same message and exit 1', async () => {
    const io = captureIo();
    const stdout = new Writable({
      write(_chunk, _encoding, done) {
        done(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' }));
      },
    });
    const code = await runCli(['classify', posts, '--workers', '1', '-q', '--lexicon', TINY_LEXICON], { ...io, stdout });
    expect(code).toBe(1);
    expect(io.err()).toContain('no space is left on the device');
  });
});

describe('a closed pipe (yuqing classify … | head)', () => {
  it('stops quietly with exit 0, and removes the unfinished rejects file', async () => {
    const input = join(dir, 'many.jsonl');
    writeFileSync(
      input,
      Array.from({ length: 4000 }, (_, i) => `{"id":"p${i}","text":"高才通續簽好難，寬進嚴出 ${i}"}\n${i % 500 === 0 ? '{"id":"bad"\n' : ''}`).join(''),
    );
    const rejects = join(dir, 'pipe-rejects.jsonl');
    const child = spawn(process.execPath, ['bin/yuqing.js', 'classify', input, '--workers', '1', '-q', '--lexicon', TINY_LEXICON, '--rejects', rejects], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // Read the first line, then close our end, as head does.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(stderr).not.toContain('internal error');
    expect(code).toBe(0);
    expect(readdirSync(dir).filter((name) => name.includes('pipe-rejects'))).toEqual([]);
  });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));
