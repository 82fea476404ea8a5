/** JSON Lines → raw items, one per non-blank line, numbered as the file's lines. */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { RawItem } from './raw-items.js';

export async function* readJsonLines(text: Readable): AsyncGenerator<RawItem> {
  const lines = createInterface({ input: text, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line++;
    const content = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (content.trim() !== '') yield { kind: 'json', line, text: content };
  }
}
