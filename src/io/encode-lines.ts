/**
 * Output lines → UTF-8 bytes, each line encoded straight into one buffer of its own with a line
 * feed after it: no joined string to flatten and encode again (that cost ≈ 4 × as much).
 */
export function encodeLines(lines: readonly string[]): Buffer {
  let units = 0;
  for (const line of lines) units += line.length + 1;
  // At most three bytes per UTF-16 code unit; the buffer is not pooled, so it can be moved to another thread.
  const bytes = Buffer.allocUnsafeSlow(units * 3);
  let at = 0;
  for (const line of lines) {
    at += bytes.write(line, at);
    bytes[at++] = 0x0a;
  }
  return bytes.subarray(0, at);
}
