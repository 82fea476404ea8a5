/**
 * Output lines → UTF-8 bytes: each line is encoded into a reused scratch buffer as soon as it is
 * made (so the string dies young, and no joined string is flattened and encoded again: that cost
 * ≈ 4 × as much), then the batch is copied into a buffer of exactly its size, its own (so that it
 * can be moved to another thread, and a queue of pending writes holds no slack).
 */
export class LineBytes {
  private scratch = Buffer.allocUnsafeSlow(1 << 16);
  private used = 0;

  /** Forgets what was pushed (a batch that failed half-way). */
  reset(): void {
    this.used = 0;
  }

  /** Appends a line and a line feed. */
  push(line: string): void {
    // At most three bytes per UTF-16 code unit.
    const room = this.used + line.length * 3 + 1;
    if (room > this.scratch.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(room, this.scratch.length * 2));
      this.scratch.copy(grown, 0, 0, this.used);
      this.scratch = grown;
    }
    this.used += this.scratch.write(line, this.used);
    this.scratch[this.used++] = 0x0a;
  }

  /** The lines pushed since the last take, in a buffer of their own. */
  take(): Buffer {
    const bytes = Buffer.allocUnsafeSlow(this.used);
    this.scratch.copy(bytes, 0, 0, this.used);
    this.used = 0;
    return bytes;
  }
}
