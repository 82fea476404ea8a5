/**
 * The frame of a cache file in the temporary folder: [u32 header length][u32 CRC-32 of the rest]
 * [header JSON][payload]. A file cut short, overwritten or with one bit changed fails its CRC and is
 * read as no file at all (the caller builds again), so a cache can never change a result.
 * Node before 20.15 has no zlib.crc32: there the caches are neither read nor written.
 */
import * as zlib from 'node:zlib';

const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/** Whether cache files can be checked (and so used) on this Node. */
export const CACHE_CHECKABLE = typeof crc32 === 'function';

/** Bytes before the header JSON. */
export const FRAME_BYTES = 8;

/** A framed file: the header at 8, the payload where `payloadAt(header length)` puts it, the CRC filled in. */
export function frame(header: Uint8Array, payloadAt: number, payloadBytes: number): Uint8Array {
  const out = new Uint8Array(payloadAt + payloadBytes);
  new DataView(out.buffer).setUint32(0, header.length, true);
  out.set(header, FRAME_BYTES);
  return out;
}

/** Stamp the CRC of everything after the frame (call once the payload is written). */
export function seal(out: Uint8Array): Uint8Array {
  new DataView(out.buffer, out.byteOffset).setUint32(4, crc32!(out.subarray(FRAME_BYTES)), true);
  return out;
}

/** The header's JSON text of a whole, intact framed file, or undefined. */
export function openFrame(bytes: Uint8Array): { readonly header: unknown; readonly headerBytes: number } | undefined {
  if (!CACHE_CHECKABLE || bytes.length < FRAME_BYTES) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(0, true);
  if (FRAME_BYTES + length > bytes.length || view.getUint32(4, true) !== crc32!(bytes.subarray(FRAME_BYTES))) return undefined;
  try {
    return { header: JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + FRAME_BYTES, length).toString('utf8')), headerBytes: length };
  } catch {
    return undefined;
  }
}
