/**
 * Stable hashes of ids and texts. Decisions made from them (in or out of a sample, which posts
 * are examples, which texts repeat) are the same on every run, machine and shard.
 */
import { createHash } from 'node:crypto';

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A number in [0, 1) from the id and seed: the record is sampled when it is below the fraction. */
export function sampleUnit(id: string, seed: number): number {
  return parseInt(sha256Hex(`${seed}\u0000${id}`).slice(0, 12), 16) / 2 ** 48;
}

/** 16 hex digits of sha256(id): examples are the posts with the smallest. */
export function idHash(id: string): string {
  return sha256Hex(id).slice(0, 16);
}

/**
 * 16 hex digits identifying one text within one region (exact duplicates: the same text after
 * trimming surrounding white space). 64 bits: a collision among a million texts has odds ~3e-8.
 */
export function textKey(region: string, text: string): string {
  return sha256Hex(`${region}\u0000${text.trim()}`).slice(0, 16);
}
