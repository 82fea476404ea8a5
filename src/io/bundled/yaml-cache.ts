/**
 * Parsed YAML values kept in the system's temporary folder between runs, one file per content:
 * named by the sha256 of the yaml package's version and the file's text, framed with a CRC
 * (cache-frame.ts) and written atomically. A value read back is the value parsed (V8's structured
 * serialisation), and the schema checks it again (yaml-source.ts); a missing, foreign or damaged
 * file is parsed again and written over.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { YamlValueCache } from '../../yaml-source.js';
import { writeFileAtomic } from '../write/atomic.js';
import { CACHE_CHECKABLE, FRAME_BYTES, frame, openFrame, seal } from './cache-frame.js';

const FORMAT = 'yuqing-yaml-cache 1';
const YAML_VERSION = (createRequire(import.meta.url)('yaml/package.json') as { version: string }).version;

export function yamlCacheKey(content: string): string {
  return createHash('sha256').update(`${FORMAT}\n${YAML_VERSION}\n${content}`).digest('hex').slice(0, 32);
}

export function serialiseYamlValue(key: string, value: unknown): Uint8Array {
  const header = Buffer.from(JSON.stringify({ format: FORMAT, key }));
  const payload = serialize(value);
  const out = frame(header, FRAME_BYTES + header.length, payload.length);
  out.set(payload, FRAME_BYTES + header.length);
  return seal(out);
}

/** The value in `bytes`, or undefined when they are not a whole cache file of this key. */
export function readYamlValue(bytes: Uint8Array, key: string): { readonly value: unknown } | undefined {
  const opened = openFrame(bytes);
  const header = opened?.header as { format?: string; key?: string } | undefined;
  if (opened === undefined || header?.format !== FORMAT || header.key !== key) return undefined;
  try {
    return { value: deserialize(bytes.subarray(FRAME_BYTES + opened.headerBytes)) as unknown };
  } catch {
    return undefined;
  }
}

export function yamlValueCache(folder: string = tmpdir()): YamlValueCache | undefined {
  if (!CACHE_CHECKABLE) return undefined;
  const path = (key: string) => join(folder, `yuqing-yaml-${key}.bin`);
  return {
    get(content) {
      const key = yamlCacheKey(content);
      return existsSync(path(key)) ? readYamlValue(readFileSync(path(key)), key) : undefined;
    },
    set(content, value) {
      const key = yamlCacheKey(content);
      try {
        writeFileAtomic(path(key), serialiseYamlValue(key, value));
      } catch {
        // A folder we cannot write to only costs the next run the parse.
      }
    },
  };
}
