/**
 * gzip input inflated as a stream, with the bytes out counted against the bytes in: a
 * decompression bomb (a few MB that inflate to gigabytes, often as one line) stops with a clear
 * error long before memory or disk run out, and damaged gzip data is an input error, not a crash.
 */
import { pipeline, Readable, Transform } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { YuqingError } from '../../errors.js';
import { grouped, INFLATE_RATIO_FLOOR, type InputLimits } from './limits.js';

function overLimit(file: string, compressed: number, inflated: number, limits: InputLimits): YuqingError | undefined {
  if (limits.maxInflatedBytes > 0 && inflated > limits.maxInflatedBytes) {
    return new YuqingError(
      'E_INPUT_LIMIT',
      `${file}: the gzip data inflates to more than --max-inflated-bytes allows (${grouped(limits.maxInflatedBytes)} bytes), and reading stopped there. Split the dump, or raise --max-inflated-bytes if it is genuine.`,
      { file },
    );
  }
  if (limits.maxInflateRatio > 0 && inflated > INFLATE_RATIO_FLOOR && inflated > limits.maxInflateRatio * compressed) {
    return new YuqingError(
      'E_INPUT_LIMIT',
      `${file}: the gzip data inflates ${Math.round(inflated / compressed)}-fold (${grouped(compressed)} bytes became ${grouped(inflated)} so far), past --max-inflate-ratio ${limits.maxInflateRatio}: this looks like a decompression bomb, and reading stopped. If the file is genuine, raise --max-inflate-ratio (0 turns the check off).`,
      { file },
    );
  }
  return undefined;
}

function isZlibError(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}

export function inflateGuarded(compressed: Readable, file: string, limits: InputLimits): Readable {
  let bytesIn = 0;
  let bytesOut = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytesIn += chunk.length;
      done(null, chunk);
    },
  });
  const inflated = pipeline(compressed, counter, createGunzip(), () => undefined);
  async function* checked() {
    try {
      for await (const chunk of inflated) {
        bytesOut += (chunk as Buffer).length;
        const problem = overLimit(file, bytesIn, bytesOut, limits);
        if (problem) throw problem;
        yield chunk as Buffer;
      }
    } catch (error) {
      if (!isZlibError(error)) throw error;
      throw new YuqingError(
        'E_INPUT_FORMAT',
        `${file}: the gzip data is damaged after ${grouped(bytesOut)} bytes inflated (${error.message}). Check the download, or see how much gunzip can recover.`,
        { file },
      );
    } finally {
      inflated.destroy();
    }
  }
  return Readable.from(checked(), { objectMode: false });
}
