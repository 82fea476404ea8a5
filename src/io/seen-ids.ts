/**
 * Duplicate-id detection in fixed memory (a Bloom filter of 2^26 bits = 8 MiB), so memory stays
 * flat however many records a dump has. It may, very rarely, call an id a repeat when it is not
 * (about 1 in 10^6 at a million ids); it never misses a real repeat. Repeats are reported, not dropped.
 */
import { createHash } from 'node:crypto';

const BITS = 2 ** 26;
const HASHES = 5;

export class SeenIds {
  private readonly bits = new Uint8Array(BITS / 8);
  repeats = 0;
  firstRepeat: { id: string; line: number } | undefined;

  /** Record an id; true when it was (probably) seen before. */
  add(id: string, line: number): boolean {
    const digest = createHash('sha1').update(id).digest();
    let seen = true;
    for (let k = 0; k < HASHES; k++) {
      const bit = digest.readUInt32LE(k * 4) % BITS;
      const mask = 1 << (bit & 7);
      const byte = bit >>> 3;
      if ((this.bits[byte]! & mask) === 0) seen = false;
      this.bits[byte]! |= mask;
    }
    if (seen) {
      this.repeats++;
      this.firstRepeat ??= { id, line };
    }
    return seen;
  }
}
