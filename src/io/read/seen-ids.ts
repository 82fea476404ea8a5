/**
 * Duplicate-id detection in fixed memory (a Bloom filter of 2^26 bits = 8 MiB), so memory stays
 * flat however many records a dump has. It may, very rarely, call an id a repeat when it is not
 * (about 1 in 10^6 at a million ids); it never misses a real repeat. Repeats are reported, not dropped.
 */
const BITS = 2 ** 26;
const HASHES = 5;

export class SeenIds {
  private readonly bits = new Uint8Array(BITS / 8);
  repeats = 0;
  firstRepeat: { id: string; line: number } | undefined;

  /** Record an id; true when it was (probably) seen before. */
  add(id: string, line: number): boolean {
    // Two 32-bit hashes of the id (FNV-1a and a murmur-style mix), combined as h1 + k·h2 for each
    // of the filter's positions (Kirsch & Mitzenmacher): as good as k independent hashes here.
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 13;
    }
    h2 = Math.imul(h2 ^ (h2 >>> 15), 0x85ebca6b) | 1;
    let seen = true;
    for (let k = 0; k < HASHES; k++) {
      const bit = ((h1 + Math.imul(k, h2)) >>> 0) % BITS;
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
