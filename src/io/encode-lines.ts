/**
 * Output lines → UTF-8 bytes, each line encoded straight into a reused scratch buffer with a line
 * feed after it (no joined string to flatten and encode again: that cost ≈ 4 × as much), then
 * copied into a buffer of exactly its size, its own (so that it can be moved to another thread,
 * and a queue of pending writes holds no slack).
 */
let scratch = Buffer.allocUnsafeSlow(1 << 20);

export function encodeLines(lines: readonly string[]): Buffer {
  let units = 0;
  for (const line of lines) units += line.length + 1;
  // At most three bytes per UTF-16 code unit.
  if (scratch.length < units * 3) scratch = Buffer.allocUnsafeSlow(units * 6);
  let at = 0;
  for (const line of lines) {
    at += scratch.write(line, at);
    scratch[at++] = 0x0a;
  }
  const bytes = Buffer.allocUnsafeSlow(at);
  scratch.copy(bytes, 0, 0, at);
  return bytes;
}
