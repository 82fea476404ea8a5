/** What a file holds, from its first bytes (sniff.ts): gzip, zip, binary, encoding, JSON Lines or CSV. */
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectEncoding, gunzipPrefix, isGzip, isZip, looksBinary, sniffTextFormat } from '../../src/io/read/sniff.js';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('sniffing', () => {
  it('knows gzip and zip by their magic bytes, all of them', () => {
    expect(isGzip(bytes(0x1f, 0x8b, 8))).toBe(true);
    expect(isGzip(bytes(0x1f, 0x8c))).toBe(false);
    expect(isGzip(bytes(0x1e, 0x8b))).toBe(false);
    expect(isZip(bytes(0x50, 0x4b, 0x03, 0x04, 0))).toBe(true);
    expect(isZip(bytes(0x50, 0x4b, 0x03, 0x05))).toBe(false);
    expect(isZip(bytes(0x50, 0x4b))).toBe(false);
  });

  it('decompresses what it can of a gzip prefix, and gives nothing for broken data', () => {
    const whole = gzipSync('{"id":"a","text":"高才通"}\n'.repeat(100));
    expect(gunzipPrefix(whole.subarray(0, 40)).toString('utf8')).toMatch(/^\{"id":"a"/);
    expect(gunzipPrefix(bytes(0x1f, 0x8b, 1, 2, 3)).length).toBe(0);
  });

  it('calls data with a NUL byte in its first 8 KiB binary, except UTF-16', () => {
    expect(looksBinary(bytes(0x61, 0, 0x62), 'utf-8')).toBe(true);
    expect(looksBinary(bytes(0x61, 0, 0x62), 'utf-16le')).toBe(false);
    expect(looksBinary(bytes(0x61, 0x62), 'utf-8')).toBe(false);
    const late = new Uint8Array(9000).fill(0x61);
    late[8191] = 0;
    expect(looksBinary(late, 'big5')).toBe(true);
    late[8191] = 0x61;
    late[8192] = 0;
    expect(looksBinary(late, 'big5')).toBe(false);
  });

  it('reads the encoding from a BOM first, then takes UTF-8 when it decodes, then guesses', () => {
    expect(detectEncoding(bytes(0xef, 0xbb, 0xbf, 0xe9))).toBe('utf-8');
    expect(detectEncoding(bytes(0xff, 0xfe, 0x61, 0))).toBe('utf-16le');
    expect(detectEncoding(bytes(0xfe, 0xff, 0, 0x61))).toBe('utf-16be');
    expect(detectEncoding(Buffer.from('id,text\n1,高才通續簽好難，寬進嚴出\n'))).toBe('utf-8');
    const big5 = iconv.encode('id,text,platform\n1,高才通續簽好難，寬進嚴出，真係麻煩,連登\n2,香港優才計劃真係好，大家都話正,facebook\n'.repeat(3), 'big5');
    expect(detectEncoding(big5)).toBe('big5hkscs');
    const gb = iconv.encode('id,text,platform\n1,高才通续签好难，宽进严出，真的很麻烦,小红书\n2,香港优才计划真好，大家都说不错,微博\n'.repeat(3), 'gb18030');
    expect(detectEncoding(gb)).toBe('gb18030');
  });

  it('takes a text as UTF-8 despite a multi-byte character cut at the end of the sample', () => {
    const cut = Buffer.from('高才通續簽'.repeat(20)).subarray(0, 3 * 100 - 1);
    expect(detectEncoding(cut)).toBe('utf-8');
  });

  it('calls a text JSON Lines when its first non-blank character opens an object or array, else CSV', () => {
    expect(sniffTextFormat('{"id":1}')).toBe('jsonl');
    expect(sniffTextFormat('\uFEFF  \n [1]')).toBe('jsonl');
    expect(sniffTextFormat('id,text\n')).toBe('csv');
    expect(sniffTextFormat('"{",x')).toBe('csv');
    expect(sniffTextFormat('')).toBe('csv');
  });
});
