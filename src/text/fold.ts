/**
 * Width and case folding that never changes a string's length in UTF-16 code units,
 * so folded offsets are the offsets of the string before folding.
 */
const FULLWIDTH_FIRST = 0xff01;
const FULLWIDTH_LAST = 0xff5e;
const FULLWIDTH_SHIFT = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

function foldUnit(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if (code < 0x80) return code;
  if (code >= FULLWIDTH_FIRST && code <= FULLWIDTH_LAST) {
    const ascii = code - FULLWIDTH_SHIFT;
    return ascii >= 0x41 && ascii <= 0x5a ? ascii + 0x20 : ascii;
  }
  if (code === IDEOGRAPHIC_SPACE) return 0x20;
  return code;
}

/** Full-width ASCII to half-width, ideographic space to space, A–Z to a–z. */
export function foldWidthAndCase(text: string): string {
  let first = 0;
  while (first < text.length && foldUnit(text.charCodeAt(first)) === text.charCodeAt(first)) first++;
  if (first === text.length) return text;
  const units = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) units[i] = foldUnit(text.charCodeAt(i));
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < units.length; i += CHUNK) out += String.fromCharCode(...units.slice(i, i + CHUNK));
  return out;
}
