/**
 * JSON Lines → raw items, one per non-blank line, numbered as the file's lines (a line ends at
 * LF, CRLF or a lone CR, as readline counts them). Items come in batches, one per chunk read, so
 * that a million lines cost a few hundred awaits rather than a million.
 */
import type { Readable } from 'node:stream';
import type { RawItem } from './raw-items.js';

export async function* readJsonLineBatches(text: Readable): AsyncGenerator<RawItem[]> {
  let line = 0;
  let rest = '';
  const item = (raw: string): RawItem | undefined => {
    line++;
    const content = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    return content.trim() === '' ? undefined : { kind: 'json', line, text: content };
  };
  for await (const chunk of text) {
    const data = rest + (chunk as string);
    const batch: RawItem[] = [];
    let start = 0;
    if (!data.includes('\r')) {
      // The usual case, LF only: let indexOf find the ends.
      for (let end = data.indexOf('\n'); end >= 0; end = data.indexOf('\n', start)) {
        const found = item(data.slice(start, end));
        if (found) batch.push(found);
        start = end + 1;
      }
      rest = data.slice(start);
      if (batch.length > 0) yield batch;
      continue;
    }
    for (let i = 0; i < data.length; i++) {
      const code = data.charCodeAt(i);
      if (code !== 0x0a && code !== 0x0d) continue;
      // A CR at the very end may be the first half of a CRLF split across chunks: wait for more.
      if (code === 0x0d && i === data.length - 1) break;
      const found = item(data.slice(start, i));
      if (found) batch.push(found);
      if (code === 0x0d && data.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
    rest = data.slice(start);
    if (batch.length > 0) yield batch;
  }
  if (rest !== '') {
    const last = rest.endsWith('\r') ? rest.slice(0, -1) : rest;
    const found = item(last);
    if (found) yield [found];
  }
}
