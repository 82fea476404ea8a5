import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';

/**
 * sha256 of a file's bytes, "sha256:<hex>"; "-" (stdin) cannot be re-read and hashes to "stdin".
 * Read through one reused buffer: hashing runs beside classification and outpaces it, and a fresh
 * buffer per chunk would pile up a file's worth of garbage in the first seconds.
 */
export async function hashFile(file: string): Promise<string> {
  if (file === '-') return 'stdin';
  const hash = createHash('sha256');
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.allocUnsafeSlow(1 << 20);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  return `sha256:${hash.digest('hex')}`;
}
