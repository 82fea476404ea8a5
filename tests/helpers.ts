import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createClassifier, type Classifier } from '../src/classify.js';
import type { CliIo } from '../src/cli/io.js';
import { DEFAULT_PLATFORMS_FILE, readLexiconSource, readPlatformsFile } from '../src/io/lexicon-files.js';
import { writeSegmenterDictionary } from '../src/io/segmenter-dictionary.js';

export const TINY_LEXICON = fileURLToPath(new URL('./fixtures/lexicon', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));

let tiny: Classifier | undefined;
export function tinyClassifier(): Classifier {
  tiny ??= createClassifier({
    lexicon: readLexiconSource(TINY_LEXICON),
    platforms: readPlatformsFile(DEFAULT_PLATFORMS_FILE),
    segmenterFor: writeSegmenterDictionary,
  });
  return tiny;
}

export interface CapturedIo extends CliIo {
  out(): string;
  err(): string;
}

export function captureIo(stdinText = ''): CapturedIo {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const outChunks: Buffer[] = [];
  const errChunks: Buffer[] = [];
  stdout.on('data', (c: Buffer) => outChunks.push(c));
  stderr.on('data', (c: Buffer) => errChunks.push(c));
  return {
    stdout,
    stderr,
    stdin: Readable.from([stdinText]),
    stderrIsTTY: false,
    out: () => Buffer.concat(outChunks).toString('utf8'),
    err: () => Buffer.concat(errChunks).toString('utf8'),
  };
}
