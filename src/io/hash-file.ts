import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** sha256 of a file's bytes, "sha256:<hex>"; "-" (stdin) cannot be re-read and hashes to "stdin". */
export async function hashFile(file: string): Promise<string> {
  if (file === '-') return 'stdin';
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return `sha256:${hash.digest('hex')}`;
}
