/** Line-by-line transformation of a file or stdin, one line out per line in, with backpressure. */
import { createReadStream, existsSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { YuqingError } from '../../errors.js';

export async function mapLines(file: string | undefined, stdin: Readable, out: Writable, transform: (line: string) => string): Promise<number> {
  if (file !== undefined && file !== '-' && !existsSync(file)) {
    throw new YuqingError('E_INPUT_NOT_FOUND', `${file}: no such file. Check the path.`, { file });
  }
  const input = file === undefined || file === '-' ? stdin : createReadStream(file);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!out.write(`${transform(line)}\n`)) await once(out, 'drain');
  }
  return n;
}
